"""The main window and what it is made of: the window (main_window), navigation,
item operations, the view stack, the filter bar, the database worker, the store watch,
progress, errors, start (launch) and the window's own state.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = [
    "db_worker",
    "errors",
    "filter_bar",
    "launch",
    "main_window",
    "navigation",
    "operations",
    "period_cache",
    "progress",
    "store_watch",
    "system_libraries",
    "view_stack",
    "window_state",
]
