"""GUI tests see the window as a person does: with the English catalogue installed (plurals
such as "1 item shown" come from it), unless a test installs another language itself."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ngo_calendar.core.calendar import query
from ngo_calendar.gui.common.i18n import Translations
from ngo_calendar.gui.window import main_window
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database

TODAY = date(2026, 12, 2)  # the day the window tests take as today


def wait_for(condition: Callable[[], object], timeout_s: float = 30.0) -> bool:
    """Let the event loop run (the database worker's results arrive through it) until
    `condition` holds or the time is up; whether it holds."""
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    return bool(condition())


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations(qapp)
    installed.install("en")
    yield installed
    installed.uninstall()


@pytest.fixture(autouse=True)
def answer_the_editor_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor closed with edits in it asks first, in a modal box nobody answers in a test
    (pytest-qt closes every widget at teardown). Tests of that question set their own answer."""
    from ngo_calendar.gui.editor.dialog import ItemEditor

    monkeypatch.setattr(ItemEditor, "confirm_discard", lambda self: True)
    # Likewise the question at saving a text over a channel's limit: saved anyway.
    monkeypatch.setattr(ItemEditor, "confirm_too_long", lambda self, channels: True)
    # And at saving an approved item that goes back to review: saved.
    monkeypatch.setattr(ItemEditor, "confirm_reopen", lambda self: True)


@pytest.fixture
def window(qtbot, cdb: Database, ws_dir: Path) -> MainWindow:  # noqa: ANN001
    win = MainWindow(cdb, ws_dir, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # At start a month shows a first look, then the complete weeks read on the worker: the
    # tests begin from the complete month (test_first_look.py covers the first look).
    assert win.wait_until_shown()
    return win


@pytest.fixture
def gui_thread_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[date, date, object]]:
    """(first, last, uids) of every calendar read the window waits for: query.occurrences
    called on the GUI thread, and the month's first look at start (uids "first look"). The
    weeks read ahead on the database worker are not counted."""
    reads: list[tuple[date, date, object]] = []
    real = query.occurrences

    def counted(db, first, last, flt=None, uids=None, **more):  # noqa: ANN001, ANN003, ANN202
        if threading.current_thread() is threading.main_thread():
            reads.append((first, last, uids))
        return real(db, first, last, flt, uids=uids, **more)

    monkeypatch.setattr(query, "occurrences", counted)
    real_look = main_window.first_look

    def first_look(db, first, last, per_day):  # noqa: ANN001, ANN202
        reads.append((first, last, "first look"))
        return real_look(db, first, last, per_day)

    monkeypatch.setattr(main_window, "first_look", first_look)
    return reads
