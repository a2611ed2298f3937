"""Writes on items: create, edit, duplicate, delete, status (edit); one date of a series
moved or given its own content (occurrences, series).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["edit", "occurrences", "series"]
