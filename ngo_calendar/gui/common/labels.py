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
    """A history action (the operation's name, core/write/operations.py) as a person reads it,
    in an item's history: what was done. Unknown ones (an older version's) as stored."""
    labels = {
        "created": QCoreApplication.translate("ItemEditor", "Created"),
        "create": QCoreApplication.translate("ItemEditor", "Created"),
        "edit": QCoreApplication.translate("ItemEditor", "Edited"),
        "status": QCoreApplication.translate("ItemEditor", "Status changed"),
        "move": QCoreApplication.translate("ItemEditor", "Moved"),
        "delete": QCoreApplication.translate("ItemEditor", "Deleted"),
        "delete occurrence": QCoreApplication.translate("ItemEditor", "Date removed"),
        "deleted": QCoreApplication.translate("ItemEditor", "Deleted"),
        "edit occurrence": QCoreApplication.translate("ItemEditor", "One date edited"),
        "split series": QCoreApplication.translate("ItemEditor", "Series split"),
        "import": QCoreApplication.translate("ItemEditor", "Imported"),
        "submit for review": QCoreApplication.translate("ItemEditor", "Sent to review"),
        "approve": QCoreApplication.translate("ItemEditor", "Approved"),
        "request changes": QCoreApplication.translate("ItemEditor", "Changes requested"),
        "review": QCoreApplication.translate("ItemEditor", "Review decision"),
        "comment": QCoreApplication.translate("ItemEditor", "Comment"),
        "silent approval": QCoreApplication.translate("ItemEditor", "Approved silently"),
        "review settings": QCoreApplication.translate("ItemEditor", "Validation settings"),
        "review sheet": QCoreApplication.translate("ItemEditor", "Review sheet made"),
        "review sheet decisions": QCoreApplication.translate(
            "ItemEditor", "Review sheet decisions"
        ),
        "new workspace": QCoreApplication.translate("ItemEditor", "Workspace created"),
        "settings": QCoreApplication.translate("ItemEditor", "Settings changed"),
        "publish settings": QCoreApplication.translate("ItemEditor", "Publication settings"),
        "channel": QCoreApplication.translate("ItemEditor", "Channel saved"),
        "rename channel": QCoreApplication.translate("ItemEditor", "Channel renamed"),
        "delete channel": QCoreApplication.translate("ItemEditor", "Channel deleted"),
        "reorder channels": QCoreApplication.translate("ItemEditor", "Channels reordered"),
        "campaign": QCoreApplication.translate("ItemEditor", "Campaign saved"),
        "rename campaign": QCoreApplication.translate("ItemEditor", "Campaign renamed"),
        "delete campaign": QCoreApplication.translate("ItemEditor", "Campaign deleted"),
        "person": QCoreApplication.translate("ItemEditor", "Person saved"),
        "delete person": QCoreApplication.translate("ItemEditor", "Person deleted"),
        "list": QCoreApplication.translate("ItemEditor", "List entry added"),
        "rename objective": QCoreApplication.translate("ItemEditor", "Objective renamed"),
        "delete objective": QCoreApplication.translate("ItemEditor", "Objective deleted"),
        "reorder objectives": QCoreApplication.translate("ItemEditor", "Objectives reordered"),
        "rename audience": QCoreApplication.translate("ItemEditor", "Audience renamed"),
        "delete audience": QCoreApplication.translate("ItemEditor", "Audience deleted"),
        "reorder audiences": QCoreApplication.translate("ItemEditor", "Audiences reordered"),
        "crisis start": QCoreApplication.translate("ItemEditor", "Crisis declared"),
        "crisis end": QCoreApplication.translate("ItemEditor", "Crisis ended"),
        "crisis cancel": QCoreApplication.translate("ItemEditor", "Crisis cancelled"),
        "crisis message": QCoreApplication.translate("ItemEditor", "Crisis message"),
        "crisis rules": QCoreApplication.translate("ItemEditor", "Crisis rules"),
        "undo": QCoreApplication.translate("ItemEditor", "Undone"),
        "redo": QCoreApplication.translate("ItemEditor", "Redone"),
        "demo": QCoreApplication.translate("ItemEditor", "Demo loaded"),
    }
    return labels.get(action, action)


def operation_label(label: str) -> str:
    """The name of an undoable operation (core/write/operations.py), as the Undo and Redo
    tooltips say it ("Undo %1"); an undo of an undo names what it undid."""
    action, _, undone = label.partition(": ")
    if undone and action in ("undo", "redo"):
        return operation_labels().get(action, action) + " — " + operation_label(undone)
    return operation_labels().get(label, label)


def operation_labels() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("ItemEditor", "new item"),
        "edit": QCoreApplication.translate("ItemEditor", "edit"),
        "status": QCoreApplication.translate("ItemEditor", "status change"),
        "move": QCoreApplication.translate("ItemEditor", "move"),
        "delete": QCoreApplication.translate("ItemEditor", "deletion"),
        "edit occurrence": QCoreApplication.translate("ItemEditor", "edit of one date"),
        "split series": QCoreApplication.translate("ItemEditor", "split of the series"),
        "delete occurrence": QCoreApplication.translate("ItemEditor", "deletion of one occurrence"),
        "import": QCoreApplication.translate("ItemEditor", "import"),
        "submit for review": QCoreApplication.translate("ItemEditor", "sending to review"),
        "approve": QCoreApplication.translate("ItemEditor", "approval"),
        "request changes": QCoreApplication.translate("ItemEditor", "request for changes"),
        "review": QCoreApplication.translate("ItemEditor", "review decision"),
        "comment": QCoreApplication.translate("ItemEditor", "comment"),
        "silent approval": QCoreApplication.translate("ItemEditor", "silent approval"),
        "review settings": QCoreApplication.translate("ItemEditor", "validation settings"),
        "review sheet": QCoreApplication.translate("ItemEditor", "review sheet"),
        "review sheet decisions": QCoreApplication.translate(
            "ItemEditor", "review sheet decisions"
        ),
        "new workspace": QCoreApplication.translate("ItemEditor", "new workspace"),
        "settings": QCoreApplication.translate("ItemEditor", "settings change"),
        "publish settings": QCoreApplication.translate("ItemEditor", "publication settings"),
        "channel": QCoreApplication.translate("ItemEditor", "channel saved"),
        "rename channel": QCoreApplication.translate("ItemEditor", "channel renamed"),
        "delete channel": QCoreApplication.translate("ItemEditor", "channel deleted"),
        "reorder channels": QCoreApplication.translate("ItemEditor", "channel order"),
        "campaign": QCoreApplication.translate("ItemEditor", "campaign saved"),
        "rename campaign": QCoreApplication.translate("ItemEditor", "campaign renamed"),
        "delete campaign": QCoreApplication.translate("ItemEditor", "campaign deleted"),
        "person": QCoreApplication.translate("ItemEditor", "person saved"),
        "delete person": QCoreApplication.translate("ItemEditor", "person deleted"),
        "list": QCoreApplication.translate("ItemEditor", "list entry added"),
        "rename objective": QCoreApplication.translate("ItemEditor", "objective renamed"),
        "delete objective": QCoreApplication.translate("ItemEditor", "objective deleted"),
        "reorder objectives": QCoreApplication.translate("ItemEditor", "objective order"),
        "rename audience": QCoreApplication.translate("ItemEditor", "audience renamed"),
        "delete audience": QCoreApplication.translate("ItemEditor", "audience deleted"),
        "reorder audiences": QCoreApplication.translate("ItemEditor", "audience order"),
        "crisis start": QCoreApplication.translate("ItemEditor", "crisis declared"),
        "crisis end": QCoreApplication.translate("ItemEditor", "end of the crisis"),
        "crisis cancel": QCoreApplication.translate("ItemEditor", "crisis cancelled"),
        "crisis message": QCoreApplication.translate("ItemEditor", "crisis message"),
        "crisis rules": QCoreApplication.translate("ItemEditor", "crisis rules"),
        "undo": QCoreApplication.translate("ItemEditor", "undo"),
        "redo": QCoreApplication.translate("ItemEditor", "redo"),
        "demo": QCoreApplication.translate("ItemEditor", "demo"),
    }
