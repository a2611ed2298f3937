"""Translatable labels for the domain's enums and history fields, shared by the GUI.

Each string is written out in a literal `QCoreApplication.translate("ItemEditor", ...)` call so
that pyside6-lupdate finds it; the dictionaries are built at call time so that a language
installed after import is used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ngo_calendar.core.model.domain import ItemKind, Sensitivity, Status


def status_label(status: Status | str) -> str:
    """The status in the interface's language (given as a Status or its stored value)."""
    labels = {
        Status.IDEA: QCoreApplication.translate("ItemEditor", "Idea"),
        Status.DRAFT: QCoreApplication.translate("ItemEditor", "Draft"),
        Status.IN_REVIEW: QCoreApplication.translate("ItemEditor", "In review"),
        Status.APPROVED: QCoreApplication.translate("ItemEditor", "Approved"),
        Status.PUBLISHED: QCoreApplication.translate("ItemEditor", "Published"),
        Status.CANCELLED: QCoreApplication.translate("ItemEditor", "Cancelled"),
        Status.HELD: QCoreApplication.translate("ItemEditor", "Held (crisis)"),
    }
    return labels[Status(status)]


def kind_label(kind: ItemKind | str) -> str:
    labels = {
        ItemKind.POST: QCoreApplication.translate("ItemEditor", "Post"),
        ItemKind.EVENT: QCoreApplication.translate("ItemEditor", "Event"),
        ItemKind.MILESTONE: QCoreApplication.translate("ItemEditor", "Milestone"),
    }
    return labels[ItemKind(kind)]


def sensitivity_label(sensitivity: Sensitivity | str) -> str:
    labels = {
        Sensitivity.MOVABLE: QCoreApplication.translate("ItemEditor", "Movable"),
        Sensitivity.TIME_BOUND: QCoreApplication.translate("ItemEditor", "Time-bound"),
        Sensitivity.ESSENTIAL: QCoreApplication.translate("ItemEditor", "Essential"),
    }
    return labels[Sensitivity(sensitivity)]


def sensitivity_help(sensitivity: Sensitivity) -> str:
    """What crisis mode does with an item of this sensitivity, for tooltips."""
    texts = {
        Sensitivity.MOVABLE: QCoreApplication.translate(
            "ItemEditor", "Promotional or cheerful: paused in a crisis and planned again later."
        ),
        Sensitivity.TIME_BOUND: QCoreApplication.translate(
            "ItemEditor", "Only meaningful on its date: kept or cancelled in a crisis, never moved."
        ),
        Sensitivity.ESSENTIAL: QCoreApplication.translate(
            "ItemEditor", "Crisis message or practical information: always kept."
        ),
    }
    return texts[Sensitivity(sensitivity)]


def field_label(name: str | None) -> str:
    """A history field name (core.snapshot.HISTORY_FIELDS) as a person reads it."""
    if not name:
        return ""
    labels = {
        "title": QCoreApplication.translate("ItemEditor", "Title"),
        "kind": QCoreApplication.translate("ItemEditor", "Kind"),
        "status": QCoreApplication.translate("ItemEditor", "Status"),
        "start": QCoreApplication.translate("ItemEditor", "Start"),
        "duration_minutes": QCoreApplication.translate("ItemEditor", "Duration"),
        "days": QCoreApplication.translate("ItemEditor", "Days"),
        "channels": QCoreApplication.translate("ItemEditor", "Channels"),
        "variants": QCoreApplication.translate("ItemEditor", "Channel texts"),
        "body": QCoreApplication.translate("ItemEditor", "Text"),
        "campaign": QCoreApplication.translate("ItemEditor", "Campaign"),
        "objective": QCoreApplication.translate("ItemEditor", "Objective"),
        "audiences": QCoreApplication.translate("ItemEditor", "Audiences"),
        "tags": QCoreApplication.translate("ItemEditor", "Tags"),
        "attachments": QCoreApplication.translate("ItemEditor", "Attachments"),
        "notes": QCoreApplication.translate("ItemEditor", "Notes"),
        "sensitivity": QCoreApplication.translate("ItemEditor", "Crisis sensitivity"),
        "rrule": QCoreApplication.translate("ItemEditor", "Recurrence"),
        "exdates": QCoreApplication.translate("ItemEditor", "Removed dates"),
        "overrides": QCoreApplication.translate("ItemEditor", "Moved dates"),
    }
    return labels.get(name, name)


def action_label(action: str) -> str:
    """A history action (the service's label) as a person reads it; unknown ones as stored."""
    labels = {
        "created": QCoreApplication.translate("ItemEditor", "Created"),
        "create": QCoreApplication.translate("ItemEditor", "Created"),
        "edit": QCoreApplication.translate("ItemEditor", "Edited"),
        "status": QCoreApplication.translate("ItemEditor", "Status changed"),
        "move": QCoreApplication.translate("ItemEditor", "Moved"),
        "delete occurrence": QCoreApplication.translate("ItemEditor", "Date removed"),
        "split series": QCoreApplication.translate("ItemEditor", "Series split"),
        "deleted": QCoreApplication.translate("ItemEditor", "Deleted"),
        "undo": QCoreApplication.translate("ItemEditor", "Undone"),
        "redo": QCoreApplication.translate("ItemEditor", "Redone"),
    }
    return labels.get(action, action)


def operation_label(label: str) -> str:
    """The name of an undoable operation (core/items/edit.py labels), as the Undo tooltip
    says it."""
    labels = {
        "create": QCoreApplication.translate("ItemEditor", "new item"),
        "edit": QCoreApplication.translate("ItemEditor", "edit"),
        "status": QCoreApplication.translate("ItemEditor", "status change"),
        "move": QCoreApplication.translate("ItemEditor", "move"),
        "delete": QCoreApplication.translate("ItemEditor", "deletion"),
        "delete occurrence": QCoreApplication.translate("ItemEditor", "deletion of one occurrence"),
        "settings": QCoreApplication.translate("ItemEditor", "settings change"),
        "crisis start": QCoreApplication.translate("ItemEditor", "crisis declared"),
        "crisis end": QCoreApplication.translate("ItemEditor", "end of the crisis"),
        "crisis message": QCoreApplication.translate("ItemEditor", "crisis message"),
        "crisis rules": QCoreApplication.translate("ItemEditor", "crisis rules"),
    }
    return labels.get(label, label)
