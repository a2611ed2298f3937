"""The workspace's settings and lists (channels, campaigns, objectives, audiences,
people): entries, their renames, deletions and order (list_edits), and the settings dialog's
values applied in one operation (apply).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["apply", "entries", "list_edits"]
