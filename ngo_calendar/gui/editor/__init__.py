"""The item editor (dialog) and its tabs: general, text, recurrence, attachments,
history.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["attachments", "dialog", "general", "history", "recurrence", "text"]
