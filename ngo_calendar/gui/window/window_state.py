"""The window's size, splitter and view, kept per workspace in `window.ini` beside its data
(not in the database: they belong to this computer's screen, not to the plan)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from .view_stack import VIEWS

if TYPE_CHECKING:
    from .main_window import MainWindow

DEFAULT_SIZE = (1400, 900)


def first_size(window: MainWindow) -> tuple[int, int]:
    """The size at the first start: the default, within the screen's free area less room for
    the title bar and borders (a window as tall as the screen had its status bar below it)."""
    screen = window.screen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry()
    margin = 48  # the title bar and the frame, drawn outside the window's own size
    return (
        min(DEFAULT_SIZE[0], max(free.width() - margin, 640)),
        min(DEFAULT_SIZE[1], max(free.height() - margin, 480)),
    )


def _stored(window: MainWindow) -> QSettings:
    return QSettings(str(window.folder / "window.ini"), QSettings.Format.IniFormat)


def restore(window: MainWindow) -> None:
    """The size and view of the last session (a fixed size when the window does not remember,
    as for screenshots)."""
    if not window.remember:
        window.resize(*DEFAULT_SIZE)
        return
    stored = _stored(window)
    geometry = stored.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(*first_size(window))
    splitter = stored.value("splitter")
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)
    view = str(stored.value("view", "month"))
    shown = window.navigation.view_name = view if view in VIEWS else "month"
    window.stack.setCurrentIndex(VIEWS.index(shown))
    window.view_actions[shown].setChecked(True)


def save(window: MainWindow) -> None:
    if not window.remember:
        return
    stored = _stored(window)
    stored.setValue("geometry", window.saveGeometry())
    stored.setValue("splitter", window.splitter.saveState())
    stored.setValue("view", window.navigation.view_name)
    stored.sync()
