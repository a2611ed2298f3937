"""The name of every operation (one user action: one transaction, one undo step). The history
and the undo stack store it; the window says it in the person's language (gui/common/labels:
the Undo tooltip, an item's history). The unit of work takes no other name, so a new operation
cannot reach the window untranslated (tests/gui/common/test_labels.py checks each has French).
"""

from __future__ import annotations

# The lists named by their kind in a few operations' names ("rename objective"...).
NAMED_LISTS = ("objective", "audience")

OPERATIONS = frozenset(
    {
        # items
        "create",
        "edit",
        "status",
        "move",
        "delete",
        "edit occurrence",
        "split series",
        "delete occurrence",
        "import",
        # review
        "submit for review",
        "approve",
        "request changes",
        "review",
        "comment",
        "silent approval",
        "review settings",
        "review sheet",
        "review sheet decisions",
        # the workspace and its lists
        "new workspace",
        "settings",
        "publish settings",
        "channel",
        "rename channel",
        "delete channel",
        "reorder channels",
        "campaign",
        "rename campaign",
        "delete campaign",
        "person",
        "delete person",
        "list",
        *(f"{verb} {kind}" for verb in ("rename", "delete") for kind in NAMED_LISTS),
        *(f"reorder {kind}s" for kind in NAMED_LISTS),
        # crisis mode
        "crisis start",
        "crisis end",
        "crisis cancel",
        "crisis message",
        "crisis rules",
        # undo, redo (stored as "undo: <the operation undone>"), the demo
        "undo",
        "redo",
        "demo",
    }
)


def known(label: str) -> bool:
    """An operation's name, as the unit of work and the undo stack hold it."""
    action, _, undone = label.partition(": ")
    if undone:
        return action in ("undo", "redo") and undone in OPERATIONS
    return label in OPERATIONS
