"""Rough edges a new user hit in the window (issue 13), each driven through the real widgets."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ngo_calendar.core.model.domain import Timed
from ngo_calendar.gui.views.week_canvas import MIN_LANE_WIDTH
from ngo_calendar.gui.window.main_window import MainWindow
from tests.helpers import add_item, cell_center


def _opened_on(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list:
    """Where each editor Ctrl+N opens starts (the dialog is closed without saving)."""
    starts: list = []

    def look(dialog) -> bool:  # noqa: ANN001 - the real ItemEditor
        starts.append(dialog.draft().start)
        return False

    monkeypatch.setattr(window.items, "run_editor", look)
    return starts


def test_ctrl_n_opens_on_the_selected_day(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    starts = _opened_on(window, monkeypatch)
    qtbot.mouseClick(
        window.stack.month, Qt.MouseButton.LeftButton, pos=cell_center(window, date(2026, 12, 17))
    )
    qtbot.keyClick(window.stack.month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.act_new.trigger()  # the toolbar's "New item" does the same
    assert starts == [Timed(datetime(2026, 12, 17, 10, 0))] * 2


def test_ctrl_n_in_the_week_and_agenda_opens_on_the_selected_item_day(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts = _opened_on(window, monkeypatch)
    add_item(window.db, "Jeudi", Timed(datetime(2026, 12, 10, 18, 0)))
    window.refresh()
    window.navigation.go_to(date(2026, 12, 10))
    assert window.wait_until_shown()
    window.navigation.show_view("week")
    assert window.wait_until_shown()
    window.stack.week.select(window.shown[0])
    window.act_new.trigger()
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    window.stack.agenda.selectRow(0)
    window.act_new.trigger()
    window.stack.agenda.clearSelection()
    window.act_new.trigger()  # nothing selected: the day the view is on
    assert [s.local.date() for s in starts] == [date(2026, 12, 10)] * 3


def _editor(window: MainWindow, qtbot):  # noqa: ANN001, ANN202 - the real ItemEditor
    from ngo_calendar.core.model.domain import ItemDraft
    from ngo_calendar.gui.editor.dialog import ItemEditor

    draft = ItemDraft("x", channels=["Facebook"], start=Timed(datetime(2026, 12, 9, 9, 30)))
    # Owned by the window, which the fixture closes: closing the dialog itself at teardown
    # would ask about the edits a test left in it.
    dialog = ItemEditor(window.items.editor_context(), draft, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # focus events reach only the active window
    return dialog


@pytest.mark.parametrize("typed", ["18:30", "1830"])
def test_a_time_typed_over_the_whole_hour_box_sticks(qtbot, window: MainWindow, typed: str) -> None:  # noqa: ANN001
    dialog = _editor(window, qtbot)
    box = dialog.general.time_edit
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, typed)
    assert dialog.draft().start == Timed(datetime(2026, 12, 9, 18, 30))


def test_a_time_typed_after_tabbing_in_sticks(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    dialog = _editor(window, qtbot)
    box = dialog.general.time_edit
    before = dialog.general.all_day_check
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is box
    qtbot.keyClicks(box, "1415")
    assert dialog.draft().start == Timed(datetime(2026, 12, 9, 14, 15))


@pytest.mark.parametrize("answer", [False, True])
def test_escape_asks_before_throwing_edits_away(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,  # noqa: ANN001
) -> None:
    dialog = _editor(window, qtbot)
    asked: list[bool] = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(True) or answer)
    qtbot.keyClicks(dialog.general.title_edit, " v2")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible() is not answer  # kept open unless the person said discard
    assert dialog.draft().title.endswith("v2")  # the edit is still there


def test_escape_with_nothing_changed_just_closes(qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    dialog = _editor(window, qtbot)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: pytest.fail("asked for nothing"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("typed", ["benevoles", "BENEVOLES", "Benevoles"])
def test_the_search_box_ignores_accents_and_case(qtbot, window: MainWindow, typed: str) -> None:  # noqa: ANN001
    add_item(window.db, "Appel aux bénévoles", Timed(datetime(2026, 12, 3, 18, 0)))
    add_item(window.db, "Autre chose", Timed(datetime(2026, 12, 4, 18, 0)))
    window.refresh()
    assert window.wait_until_shown()
    qtbot.keyClicks(window.filter_bar.text, typed)
    qtbot.waitUntil(
        lambda: [o.title for o in window.shown] == ["Appel aux bénévoles"], timeout=2000
    )


def test_the_agenda_starts_at_the_chosen_day_and_shows_every_column(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    for day in range(1, 31):
        for hour in (9, 12, 18):
            add_item(window.db, f"Post {day}/{hour}", Timed(datetime(2026, 12, day, hour, 0)))
    window.refresh()
    window.resize(1200, 700)
    window.navigation.go_to(date(2026, 12, 20))
    assert window.wait_until_shown()
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    qtbot.waitUntil(lambda: window.stack.agenda.viewport().height() > 100)
    top = window.stack.agenda.indexAt(window.stack.agenda.viewport().rect().topLeft())
    assert top.data(Qt.ItemDataRole.DisplayRole) is not None
    from ngo_calendar.gui.views.agenda import OCCURRENCE_ROLE

    first_shown = top.data(OCCURRENCE_ROLE)
    assert first_shown.start_utc.date() == date(2026, 12, 20)
    assert not window.stack.agenda.horizontalScrollBar().isVisible()
    header = window.stack.agenda.horizontalHeader()
    last = header.count() - 1
    assert (
        header.sectionViewportPosition(last) + header.sectionSize(last) <= header.viewport().width()
    )


def test_the_history_tab_speaks_the_workspace_zone_as_people_write(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    from ngo_calendar.core import workspace
    from ngo_calendar.core.items import edit as items
    from ngo_calendar.core.model.domain import ItemDraft
    from ngo_calendar.gui.editor.dialog import ItemEditor

    workspace.update_settings(window.db, timezone="Pacific/Auckland")
    window.reload_choices()
    window.tz = workspace.settings(window.db).tz
    made = items.create_item(
        window.db,
        ItemDraft("Vœux", channels=["Facebook"], start=Timed(datetime(2026, 12, 9, 14, 18))),
    )
    uid = next(iter(made.items))
    dialog = ItemEditor(
        window.items.editor_context(uid), items.item_draft(window.db, made.new_id), window
    )
    table = dialog.history.table
    cells = {table.item(r, 3).text(): (table.item(r, 0).text(), table.item(r, 5).text())
             for r in range(table.rowCount())}  # fmt: skip
    when, start = next(v for k, v in cells.items() if "tart" in k or "ébut" in k)
    assert "T14:18" not in start and "+13:00" not in start
    assert "9" in start and "2026" in start and start.endswith("14:18")
    now_there = datetime.now(window.tz)
    assert when.endswith(f"{now_there:%H}:{now_there:%M}") or when.endswith(
        f"{now_there:%H}:{(now_there.minute - 1) % 60:02}"
    )


@pytest.mark.parametrize("answer", [False, True])
def test_a_text_over_the_limit_is_warned_at_save_and_marked_in_every_view(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,  # noqa: ANN001
) -> None:
    """Instagram takes 2,200 characters: a 2,369-character text used to be saved without a
    word and look like any other item in the calendar."""
    from ngo_calendar.gui.common.chips import channel_abbrev, occurrence_tooltip
    from ngo_calendar.gui.editor.dialog import ItemEditor

    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(
        ItemEditor, "confirm_too_long", lambda self, channels: asked.append(channels) or answer
    )
    saved: list[bool] = []

    def type_long_text(dialog) -> bool:  # noqa: ANN001 - the real ItemEditor
        if saved:
            return False  # the person closes it after going back to the text
        dialog.general.title_edit.setText("Portrait")
        dialog.general.channel_list.set_checked(["Instagram"], "")
        dialog.text.body_edit.setPlainText("x" * 2369)
        dialog.accept()
        saved.append(dialog.result() == 1)
        return saved[-1]

    monkeypatch.setattr(window.items, "run_editor", type_long_text)
    qtbot.mouseClick(
        window.stack.month, Qt.MouseButton.LeftButton, pos=cell_center(window, date(2026, 12, 9))
    )
    window.act_new.trigger()
    assert asked == [("Instagram",)]
    assert saved == [answer]
    shown = [o for o in window.shown if o.title == "Portrait"]
    if not answer:
        assert shown == []  # went back: nothing saved
        return
    [occ] = shown
    assert occ.too_long == ("Instagram",)
    assert channel_abbrev(occ).startswith("⚠")
    assert "too long for: Instagram" in occurrence_tooltip(occ, window.tz)
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    from ngo_calendar.gui.views.agenda import OCCURRENCE_ROLE

    proxy = window.stack.agenda.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(OCCURRENCE_ROLE).title == "Portrait"
    )
    assert proxy.index(row, 3).data(Qt.ItemDataRole.DisplayRole).startswith("⚠")


def test_month_chips_start_with_the_title_and_a_legend_says_what_marks_mean(
    window: MainWindow,
) -> None:
    from ngo_calendar.core.items import edit as items
    from ngo_calendar.core.model.domain import ItemDraft, Status

    draft = ItemDraft("Collecte de jouets", channels=["Facebook", "Instagram"],
                      start=Timed(datetime(2026, 12, 9, 9, 0)), status=Status.APPROVED)  # fmt: skip
    window.apply_changes(items.create_item(window.db, draft))
    [occ] = [o for o in window.shown if o.title == "Collecte de jouets"]
    assert window.stack.month.chip_text(occ) == "✓ 09:00 Collecte de jouets"  # no "FA/IN" before it
    legend = window.findChild(QLabel, "legend")
    assert legend is not None and legend.isVisible()
    for word in ("italics", "✓", "struck out", "⚠"):
        assert word in legend.text()


def test_week_overlaps_each_show_a_title_or_fold_into_a_list(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    """Edge 7: six posts at the same hour no longer shrink to "✓ 1…": the lanes that fit keep
    a readable width, and the others are behind a "+N" that lists them and opens the one
    chosen."""
    for n in range(6):
        add_item(window.db, f"Annonce {n}", Timed(datetime(2026, 12, 2, 10, 0)))
    window.refresh()
    window.resize(1400, 900)
    window.navigation.show_view("week")
    assert window.wait_until_shown()
    week = window.stack.week
    lanes = week.lanes_that_fit()
    assert 1 <= lanes < 6
    blocks = [b for b in week._layout.blocks if b.occ.title.startswith("Annonce")]
    [more] = week._layout.more
    assert len(blocks) == lanes - 1 and len(more.occs) == 6 - (lanes - 1)
    for block in blocks:
        assert week._block_rect(block).width() >= MIN_LANE_WIDTH - 8
    shown = {b.occ.title for b in blocks} | {o.title for o in more.occs}
    assert shown == {f"Annonce {n}" for n in range(6)}  # none lost
    opened: list[object] = []
    week.itemActivated.disconnect()  # the editor itself is tested elsewhere
    week.itemActivated.connect(opened.append)
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=week._block_rect(more).center().toPoint())
    menu = week.more_menu
    assert [a.text().split(" ", 1)[1] for a in menu.actions()] == [o.title for o in more.occs]
    menu.actions()[0].trigger()
    assert opened == [more.occs[0]] and week.selected() == more.occs[0]
    menu.close()
    # Wider, more fit side by side; the layout follows the window's size.
    window.resize(2600, 900)
    qtbot.waitUntil(lambda: week.lanes_that_fit() > lanes)
    assert len(week._layout.blocks) >= lanes


def test_a_date_typed_over_the_toolbar_box_is_the_date_shown(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Ctrl+G then 15/03/2027 and Enter: Qt's own box kept the day it had (02/03/2027)."""
    window.activateWindow()
    window.act_goto.trigger()
    window.date_edit.calendarWidget().hide()
    qtbot.keyClicks(window.date_edit, "15/03/2027")
    qtbot.keyClick(window.date_edit, Qt.Key.Key_Return)
    assert window.wait_until_shown()
    assert window.navigation.anchor == date(2027, 3, 15)
    assert window.date_edit.text() == "15/03/2027"
    assert "March 2027" in window.period_label.text()


def test_after_enter_in_the_date_box_the_view_keys_switch_views(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Issue 28, point 10: Ctrl+G, 15032027, Enter, then 2: the week view, not a year "2"."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    window.date_edit.calendarWidget().hide()
    assert window.date_edit.hasFocus()
    qtbot.keyClicks(window.date_edit, "15032027")
    qtbot.keyClick(window.date_edit, Qt.Key.Key_Return)
    assert not window.date_edit.hasFocus()
    assert window.stack.currentWidget().hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert window.navigation.view_name == "week"
    assert window.wait_until_shown()
    assert window.navigation.anchor == date(2027, 3, 15)
    assert window.date_edit.date().year() == 2027
    # Escape leaves what was typed: the box shows the day shown, the calendar has the keys.
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    window.date_edit.calendarWidget().hide()
    qtbot.keyClicks(window.date_edit, "01")
    qtbot.keyClick(window.date_edit, Qt.Key.Key_Escape)
    assert window.stack.currentWidget().hasFocus()
    assert window.date_edit.text() == "15/03/2027"


def test_today_and_go_to_select_the_day_a_new_item_goes_on(window: MainWindow) -> None:
    """After paging away and back with T, Ctrl+N opens on today, not on the 1st of the month."""
    for _ in range(3):
        window.navigation.step(1)
    window.navigation.go_today()
    assert window.wait_until_shown()
    assert window.stack.month.selected_day() == date(2026, 12, 2) == window.current_day()
    window.navigation.go_to(date(2027, 3, 15))
    assert window.wait_until_shown()
    assert window.current_day() == date(2027, 3, 15)
