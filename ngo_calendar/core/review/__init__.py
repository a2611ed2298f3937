"""The light validation queue: submit, approve, request changes (decide), what waits
(queue), the workspace's rules (rules), the review sheet for a reviewer away from the laptop
(sheet, sheet_html) and the decisions it brings back (decisions).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["decide", "decisions", "queue", "rules", "sheet", "sheet_html"]
