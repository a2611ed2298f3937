"""The Help menu: the guide (shipped with the app, in the window's language), the keyboard
shortcuts (read from the window's own actions, so the list is never out of date), about, where
the data lives, and the logs folder.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
"""

__all__ = ["menu"]
