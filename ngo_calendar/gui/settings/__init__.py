"""The workspace settings dialog and its tabs (the lists, validation).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["dialog", "review_tab", "rows", "tabs", "widgets"]
