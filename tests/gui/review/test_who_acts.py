"""Who acts (issue 28, point 9): the status bar shows who the history names; a person chosen
in the review tab is not taken back in silence after a restart: the window asks, and until the
answer what is done is signed with this computer's name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QToolButton

from ngo_calendar.core import AllDay, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.write import acting, history
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.gui.conftest import TODAY
from tests.helpers import add_item


@pytest.fixture(autouse=True)
def nobody_acting() -> Iterator[None]:
    """Who acts is the process's: each test leaves it as it found it."""
    yield
    acting.act_as(None)


def open_window(qtbot, cdb: Database, ws_dir: Path) -> MainWindow:  # noqa: ANN001
    win = MainWindow(cdb, ws_dir, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.wait_until_shown()
    return win


def status_text(win: MainWindow) -> str:
    found = win.statusBar().findChild(QToolButton, "actingStatus")
    assert found is not None
    return found.text()


def question(win: MainWindow) -> QMessageBox | None:
    boxes = [b for b in win.findChildren(QMessageBox, "actingQuestion") if b.isVisible()]
    return boxes[0] if boxes else None


def retitle(win: MainWindow, cdb: Database, item_id: int, title: str) -> str:
    """Retitle through the window's write path; who the history names for it."""
    from ngo_calendar.core.items import edit as items

    draft = replace(items.item_draft(cdb, item_id), title=title)
    assert win.run_write(lambda: items.update_item(cdb, item_id, draft)) is not None
    found = query.get_item(cdb, item_id)
    assert found is not None
    return [c for c in history.item_history(cdb, found.uid) if c.new == title][-1].who


def test_a_reviewer_chosen_once_is_asked_for_after_a_restart(
    qtbot,
    cdb: Database,
    ws_dir: Path,  # noqa: ANN001
) -> None:
    workspace.save_person(cdb, "Présidente", "reviewer")
    item_id = add_item(cdb, "Collecte", AllDay(date(2026, 12, 9)))
    me = acting.default_user()
    first = open_window(qtbot, cdb, ws_dir)
    assert status_text(first) == f"Acting as {me}"
    assert question(first) is None  # nobody remembered: nothing to ask
    chooser = first.review.acting
    chooser.setCurrentIndex(chooser.findData("Présidente"))
    chooser.activated.emit(chooser.currentIndex())  # as picking it in the list does
    assert status_text(first) == "Acting as Présidente"
    assert retitle(first, cdb, item_id, "Collecte 1") == "Présidente"
    first.close()
    stored = QSettings(str(ws_dir / "window.ini"), QSettings.Format.IniFormat)
    assert stored.value("acting_person") == "Présidente"

    # A restart: not Présidente in silence; asked, and meanwhile this computer signs.
    second = open_window(qtbot, cdb, ws_dir)
    qtbot.waitUntil(lambda: question(second) is not None)
    assert status_text(second) == f"Acting as {me}"
    assert retitle(second, cdb, item_id, "Collecte 2") == me
    box = question(second)
    assert box is not None and "Présidente" in box.text()
    no = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.NoRole]
    no[0].click()
    assert status_text(second) == f"Acting as {me}"
    assert retitle(second, cdb, item_id, "Collecte 3") == me
    second.close()
    assert QSettings(str(ws_dir / "window.ini"), QSettings.Format.IniFormat).value(
        "acting_person"
    ) in ("", None)

    # Chosen again, and confirmed after the next restart: Présidente signs.
    third = open_window(qtbot, cdb, ws_dir)
    assert question(third) is None
    chooser = third.review.acting
    chooser.setCurrentIndex(chooser.findData("Présidente"))
    chooser.activated.emit(chooser.currentIndex())
    third.close()
    fourth = open_window(qtbot, cdb, ws_dir)
    qtbot.waitUntil(lambda: question(fourth) is not None)
    box = question(fourth)
    assert box is not None
    box.defaultButton().click()  # Enter: "Yes, sign “Présidente”"
    assert status_text(fourth) == "Acting as Présidente"
    assert retitle(fourth, cdb, item_id, "Collecte 4") == "Présidente"
    fourth.close()
