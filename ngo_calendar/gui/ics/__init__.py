"""Other calendars in the window: export and import dialogs, publish now (actions),
the import report's reasons translated.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["actions", "export_dialog", "import_dialog"]
