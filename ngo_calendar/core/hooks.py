"""What runs after every committed operation, whichever program made it: app.py (the
composition root) puts the published folder's refresh here. Kept apart from the unit of work,
so that registering loads nothing (the window's start stays without the ORM)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

AFTER_COMMIT: list[Callable[[Any, Any], None]] = []
