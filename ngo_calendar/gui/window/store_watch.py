"""Noticing other writers: the command line, a second window or an import may commit while the
window is open. SQLite's data version (one PRAGMA on a connection of its own) changes with
every commit by any program, so polling it is cheap enough to run every second."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# Often enough that a change shows within two seconds; rare enough to cost nothing.
WATCH_INTERVAL_MS = 1000


class StoreWatch(QObject):
    """Calls `check` on a timer while the window lives; `check` compares the data version with
    the one it last read and refreshes what is shown only when it moved."""

    def __init__(self, parent: QObject, check: Callable[[], object]) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(check)
        self.timer.start()
