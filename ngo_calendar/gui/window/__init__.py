"""The main window and what it is made of: the window (main_window), navigation,
item operations, the view stack, the store watch, the weeks the window keeps (period_cache),
start (launch) and the window's own state.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = [
    "launch",
    "main_window",
    "navigation",
    "operations",
    "period_cache",
    "store_watch",
    "system_libraries",
    "view_stack",
    "window_state",
]
