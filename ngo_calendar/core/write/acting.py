"""Who is acting, for attribution in the history. Importing this loads nothing else: the
window reads it at start."""

from __future__ import annotations

import os

_acting: str | None = None  # chosen in the window (one of the workspace's people)


def act_as(name: str | None) -> None:
    """Attribute what this program does from now on to `name` (None: back to the default)."""
    global _acting
    _acting = name.strip() if name and name.strip() else None


def current_user() -> str:
    """Who is acting, for attribution: the person chosen in the window, else this
    computer's (default_user)."""
    return _acting if _acting is not None else default_user()


def default_user() -> str:
    """NGO_CALENDAR_USER, else the system login name."""
    name = os.environ.get("NGO_CALENDAR_USER", "").strip()
    if name:
        return name
    import getpass  # here: only when no name is set (it loads the terminal module)

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
