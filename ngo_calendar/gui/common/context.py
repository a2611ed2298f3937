"""What the main window's controllers may use of it. The window is composed of controllers, one
per part of what it does (its items, review, the review sheet, crisis mode, other calendars):
each gets the window as a `WindowContext` and reaches it only through what this protocol
names. mypy checks both sides: that the window provides all of it (where it hands itself to a
controller) and that a controller uses nothing else.

The feature wings (gui/review, gui/crisis, gui/ics) sit below gui/window and never import it:
this protocol, here in the wing every part shares, is their one way to the window. Their
dialogs take it too (their parent, the database and the worker they compute on)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QStatusBar, QWidget

    from ngo_calendar.core.calendar.query import Filter, Occurrence
    from ngo_calendar.core.workspace import Database
    from ngo_calendar.core.write.changes import Changes

    from .db_worker import DatabaseWorker


class WindowContext(Protocol):
    """The main window as its controllers see it."""

    @property
    def db(self) -> Database:
        """The open workspace."""
        ...

    @property
    def folder(self) -> Path:
        """The workspace's folder (the window's own settings, window.ini, live there)."""
        ...

    @property
    def tz(self) -> ZoneInfo:
        """The workspace's time zone, in which every date and time is shown."""
        ...

    @property
    def worker(self) -> DatabaseWorker:
        """The window's one database worker: long work runs there, never on the GUI thread."""
        ...

    @property
    def current_filter(self) -> Filter:
        """What the filter bar shows (an export starts from it)."""
        ...

    @property
    def dialog_parent(self) -> QWidget:
        """The window itself as a widget: the parent of dialogs, menus and actions."""
        ...

    def statusBar(self) -> QStatusBar:  # noqa: N802 - Qt's name, which the window provides
        """Short messages, and the widgets kept at the right of the status bar."""
        ...

    def show_error(self, text: str) -> None:
        """A refusal, in a box that does not block the window and in the status bar."""
        ...

    def run_write(
        self,
        work: Callable[[], Changes],
        done: str = "",
        quiet: tuple[type[Exception], ...] = (),
    ) -> Changes | None:
        """Run one write (a core service call): the window refreshes from its change set and
        says `done`; a refusal is shown (only in the status bar for those in `quiet`), the
        store is read again, and None is returned."""
        ...

    def apply_changes(self, changes: Changes) -> None:
        """A write made elsewhere (a dialog on the worker): refresh from its change set."""
        ...

    def edit_occurrence(self, occ: Occurrence | None) -> bool:
        """The item editor on `occ`; whether it saved."""
        ...

    def selected_occurrence(self) -> Occurrence | None:
        """The item (or date of a series) selected in the view shown or the Ideas panel."""
        ...

    def open_settings(self, tab: str = "") -> bool:
        """The settings dialog, on the tab of that object name if given; whether it saved."""
        ...

    def update_counts(self) -> None:
        """Say again in the status bar how many items are shown and how many wait."""
        ...


def window_action(
    parent: QWidget,
    text: str,
    shortcuts: Sequence[str],
    slot: Callable[..., object],
    tip: str = "",
) -> QAction:
    """An action of the window: its shortcuts work wherever the focus is in the window, and
    its tooltip says the first one."""
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setToolTip(f"{tip or text} ({shortcuts[0]})" if shortcuts else tip or text)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action
