"""The domain and its services: pure Python, never imports Qt (a test checks).

Wings: model (vocabulary), write (the one write path), items, calendar (reading), workspace,
review, crisis, ics, demo. Each is a package whose `__init__` names its public modules.

Here the features plug their rules into the write path (by name: nothing is imported until
an operation needs it), so that every program gets them, whoever composed it.
"""

from .model.domain import AllDay, InputError, ItemDraft, NotFoundError, Timed
from .write import hooks as _hooks
from .write.changes import Changes

_hooks.register_item_policy("review.reopen", "ngo_calendar.core.review.rules:reopen_policy")
_hooks.register_rename_policy("review.names", "ngo_calendar.core.review.rules:follow_renames")

__all__ = ["AllDay", "Changes", "InputError", "ItemDraft", "NotFoundError", "Timed"]
