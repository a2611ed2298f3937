"""One date of a series in the window (issue 28, point 5): a double-click opens that date, and
saving asks for this date, the whole series, or this date and the following ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import Timed
from ngo_calendar.gui.editor.dialog import ItemEditor
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.helpers import add_item

# Tuesdays at 09:00 in Paris: 1, 8, 15 and 22 December.
KEYS = ("20261201T080000Z", "20261208T080000Z", "20261215T080000Z", "20261222T080000Z")


def _series(window: MainWindow) -> int:
    item_id = add_item(
        window.db,
        "Distribution",
        Timed(datetime(2026, 12, 1, 9, 0)),
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=4",
    )
    occurrences.edit_occurrence(window.db, item_id, KEYS[2], title="Spéciale Noël")
    window.refresh()
    assert window.wait_until_shown()
    return item_id


def _double_click(qtbot, window: MainWindow, day: int) -> None:  # noqa: ANN001
    month = window.stack.month
    month.grab()  # lays the chips out
    occ = next(o for o in window.shown if o.start_utc and o.start_utc.day == day)
    qtbot.mouseDClick(month, Qt.MouseButton.LeftButton, pos=month.chip_rect(occ).center())


def _titles(db: Database) -> list[tuple[int, str]]:
    found = query.occurrences(db, date(2026, 12, 1), date(2026, 12, 31))
    return sorted((o.start_utc.day if o.start_utc else 0, o.title) for o in found)


def _editing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, edit: Callable[[ItemEditor], None]
) -> list[ItemEditor]:
    seen: list[ItemEditor] = []

    def run(dialog: ItemEditor) -> bool:
        seen.append(dialog)
        edit(dialog)
        return True

    monkeypatch.setattr(window.items, "run_editor", run)
    return seen


def _retitle(dialog: ItemEditor) -> None:
    dialog.general.title_edit.setText("Distribution de Noël")


def test_double_click_opens_that_date_with_its_own_title(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _series(window)
    seen = _editing(window, monkeypatch, lambda d: None)
    _double_click(qtbot, window, 15)
    dialog = seen[0]
    assert dialog.general.title_edit.text() == "Spéciale Noël"
    assert dialog.general.start() == Timed(datetime(2026, 12, 15, 9, 0))
    assert dialog.series_date is not None and not dialog.series_date.isHidden()
    assert "own title" in dialog.series_date.label.text()
    # The rule is the series' one, from its first date.
    assert dialog.recurrence.rule() == "FREQ=WEEKLY;BYDAY=TU;COUNT=4"


def test_this_date_keeps_the_rest_of_the_series(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _series(window)
    _editing(window, monkeypatch, _retitle)
    asked: list[str] = []
    monkeypatch.setattr(
        window.items, "ask_series_scope", lambda verb, following=False: asked.append(verb) or "one"
    )
    _double_click(qtbot, window, 8)
    assert asked
    assert _titles(window.db) == [
        (1, "Distribution"),
        (8, "Distribution de Noël"),
        (15, "Spéciale Noël"),
        (22, "Distribution"),
    ]


def test_the_whole_series_keeps_each_dates_own_title(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _series(window)
    seen = _editing(window, monkeypatch, _retitle)
    asked: list[bool] = []
    monkeypatch.setattr(
        window.items,
        "ask_series_scope",
        lambda verb, following=False: asked.append(following) or "series",
    )
    _double_click(qtbot, window, 22)
    assert asked == [True]  # three answers offered
    assert seen[0].general.start() == Timed(datetime(2026, 12, 22, 9, 0))
    assert _titles(window.db) == [
        (1, "Distribution de Noël"),
        (8, "Distribution de Noël"),
        (15, "Spéciale Noël"),
        (22, "Distribution de Noël"),
    ]


def test_this_and_the_following_ones_with_the_real_question_and_one_undo(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _series(window)
    _editing(window, monkeypatch, _retitle)
    buttons: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        buttons.extend(b.text() for b in box.buttons())
        later = next(b for b in box.buttons() if b.text() == "This and the following ones")
        later.click()

    QTimer.singleShot(10, answer)
    _double_click(qtbot, window, 8)
    assert {"This occurrence", "Whole series", "This and the following ones"} <= set(buttons)
    assert _titles(window.db) == [
        (1, "Distribution"),
        (8, "Distribution de Noël"),
        (15, "Spéciale Noël"),
        (22, "Distribution de Noël"),
    ]
    assert len({o.item_id for o in window.shown}) == 2
    window.act_undo.trigger()
    assert window.wait_until_shown()
    assert len({o.item_id for o in window.shown}) == 1
    assert [t for _, t in _titles(window.db)] == [
        "Distribution",
        "Distribution",
        "Spéciale Noël",
        "Distribution",
    ]


def test_use_the_series_values_puts_a_date_back(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item_id = _series(window)

    def use_series(dialog: ItemEditor) -> None:
        assert dialog.series_date is not None
        qtbot.mouseClick(dialog.series_date.button, Qt.MouseButton.LeftButton)

    _editing(window, monkeypatch, use_series)
    monkeypatch.setattr(window.items, "ask_series_scope", lambda verb, following=False: "one")
    _double_click(qtbot, window, 15)
    assert [t for _, t in _titles(window.db)] == ["Distribution"] * 4
    item = query.get_item(window.db, item_id)
    assert item is not None
    assert [o.own for o in window.shown] == [()] * 4


def test_a_later_date_of_an_approved_series_is_not_sent_back_for_a_tag(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The date shown is not the series' first date: that alone is no change of date."""
    from ngo_calendar.core.review import decide as review

    item_id = _series(window)
    review.submit(window.db, [item_id])
    review.approve(window.db, [item_id])
    review.update_rules(window.db, mode="all")
    asked: list[bool] = []
    monkeypatch.setattr(ItemEditor, "confirm_reopen", lambda self: asked.append(True) or True)

    def tag(dialog: ItemEditor) -> None:
        dialog.general.tags_edit.setText("hiver")
        dialog.accept()  # where the question is asked

    _editing(window, monkeypatch, tag)
    monkeypatch.setattr(window.items, "ask_series_scope", lambda verb, following=False: "series")
    _double_click(qtbot, window, 22)
    assert asked == []
    item = query.get_item(window.db, item_id)
    assert item is not None and item.tags == ("hiver",)
