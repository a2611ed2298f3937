"""Other calendars: reading an iCalendar file (structure, read), importing it
(importer), exporting the plan (export) and the published folder (publish, publish_state).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["export", "importer", "publish", "publish_state", "read", "structure"]
