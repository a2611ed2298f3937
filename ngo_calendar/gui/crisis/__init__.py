"""Crisis mode in the window: the menu and banner (actions), the declare/end dialog and
its plan table, the rules dialog, crisis words translated (labels).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["actions", "dialog", "labels", "rules_dialog", "table"]
