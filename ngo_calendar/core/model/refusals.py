"""What services refuse with. The window and the command line catch exactly these and show
them; anything else is a defect (logged with its traceback, see app.py)."""

from __future__ import annotations

from ngo_calendar.store import WorkspaceBusy, WorkspaceUnusable

from .domain import (
    InputError,
    NotFoundError,
    NothingToUndo,
    StackMoved,
    UndoConflict,
    UnreadableFile,
)

REFUSALS: tuple[type[Exception], ...] = (
    InputError,
    NotFoundError,
    NothingToUndo,
    StackMoved,
    UndoConflict,
    UnreadableFile,
    WorkspaceBusy,
    WorkspaceUnusable,
)

__all__ = [
    "REFUSALS",
    "InputError",
    "NotFoundError",
    "NothingToUndo",
    "StackMoved",
    "UndoConflict",
    "UnreadableFile",
    "WorkspaceBusy",
    "WorkspaceUnusable",
]
