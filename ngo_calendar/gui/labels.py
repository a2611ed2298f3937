"""Translatable names of the domain's values (statuses, kinds, sensitivities)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ngo_calendar.core.domain import ItemKind, Sensitivity, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: str) -> str:
    labels = {
        Status.IDEA: _tr("Idea"),
        Status.DRAFT: _tr("Draft"),
        Status.IN_REVIEW: _tr("In review"),
        Status.APPROVED: _tr("Approved"),
        Status.PUBLISHED: _tr("Published"),
        Status.CANCELLED: _tr("Cancelled"),
        Status.HELD: _tr("Held"),
    }
    return labels.get(Status(status), status)


def kind_label(kind: str) -> str:
    labels = {
        ItemKind.POST: _tr("Post"),
        ItemKind.EVENT: _tr("Event"),
        ItemKind.MILESTONE: _tr("Milestone"),
    }
    return labels.get(ItemKind(kind), kind)


def sensitivity_label(value: str) -> str:
    labels = {
        Sensitivity.MOVABLE: _tr("Movable"),
        Sensitivity.TIME_BOUND: _tr("Time-bound"),
        Sensitivity.ESSENTIAL: _tr("Essential"),
    }
    return labels.get(Sensitivity(value), value)


def operation_label(label: str) -> str:
    """The name of an undoable operation (core/items.py labels), as the Undo tooltip says it."""
    labels = {
        "create": _tr("new item"),
        "edit": _tr("edit"),
        "status": _tr("status change"),
        "move": _tr("move"),
        "delete": _tr("deletion"),
        "delete occurrence": _tr("deletion of one occurrence"),
    }
    return labels.get(label, label)
