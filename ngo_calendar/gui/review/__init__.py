"""Review in the window: the queue panel, its actions, the review sheet written and
read back, the sheet's PDF.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["actions", "panel", "sheet_actions", "sheet_pdf"]
