"""The calendar's views: month, week (layout, canvas, painting, drag), agenda, and the
idea backlog.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = [
    "agenda",
    "backlog",
    "chip_paint",
    "month",
    "week",
    "week_canvas",
    "week_drag",
    "week_grid_paint",
    "week_layout",
    "week_paint",
]
