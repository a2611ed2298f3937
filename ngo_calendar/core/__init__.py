"""The domain and its services: pure Python, never imports Qt (a test checks)."""

from .changes import Changes
from .domain import AllDay, InputError, ItemDraft, NotFoundError, Timed

__all__ = ["AllDay", "Changes", "InputError", "ItemDraft", "NotFoundError", "Timed"]
