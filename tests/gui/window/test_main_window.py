"""The main window driven as a person would: real widgets, real workspace files."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.model.domain import AllDay, Status, Timed
from ngo_calendar.gui.common.dnd import DraggedItem, to_mime
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.gui.conftest import TODAY
from tests.helpers import add_item, cell_center


def found_in(widget) -> set:  # noqa: ANN001
    """Every occurrence drawn somewhere on the widget, probed every 8 pixels."""
    return {
        occ
        for x in range(0, widget.width(), 8)
        for y in range(0, widget.height(), 8)
        if (occ := widget.occurrence_at(QPoint(x, y))) is not None
    }


def titles(win: MainWindow) -> list[str]:
    return [o.title for o in win.shown]


def test_views_show_the_visible_range_only(window: MainWindow, cdb: Database) -> None:
    add_item(cdb, "Appel aux dons", Timed(datetime(2026, 12, 3, 18, 0)))
    add_item(cdb, "Bilan de janvier", Timed(datetime(2027, 1, 20, 18, 0)))
    window.refresh()
    assert window.wait_until_shown()
    assert titles(window) == ["Appel aux dons"]
    window.act_next.trigger()
    assert window.wait_until_shown()
    assert titles(window) == ["Bilan de janvier"]
    window.act_today.trigger()
    assert window.wait_until_shown()
    assert window.navigation.anchor == TODAY
    assert "Décembre" in window.period_label.text() or "December" in window.period_label.text()


def test_item_shows_in_month_week_and_agenda(window: MainWindow, cdb: Database, qtbot) -> None:  # noqa: ANN001
    add_item(cdb, "Collecte au marché", Timed(datetime(2026, 12, 2, 10, 0)))
    window.refresh()
    assert window.wait_until_shown()
    occ = window.shown[0]
    window.stack.month.grab()  # chips are placed when painted
    assert window.stack.month.chip_rect(occ) is not None
    qtbot.keyClick(window, Qt.Key.Key_2)
    assert window.navigation.view_name == "week"
    window.stack.week.grab()
    assert occ in found_in(window.stack.week)
    qtbot.keyClick(window, Qt.Key.Key_3)
    assert window.navigation.view_name == "agenda"
    model = window.stack.agenda.model()
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "Collecte au marché"


def test_drag_to_another_day_then_undo(window: MainWindow, cdb: Database, qtbot) -> None:  # noqa: ANN001
    item_id = add_item(cdb, "Portes ouvertes", Timed(datetime(2026, 12, 5, 14, 30)))
    window.refresh()
    assert window.wait_until_shown()
    mime = to_mime(DraggedItem(item_id, None))
    assert window.stack.month.handle_drop(mime, cell_center(window, date(2026, 12, 9)))
    moved = query.get_item(cdb, item_id)
    assert moved is not None and moved.start_utc is not None
    assert moved.start_utc.astimezone(window.tz).replace(tzinfo=None) == datetime(
        2026, 12, 9, 14, 30
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = query.get_item(cdb, item_id)
    assert back is not None and back.start_utc is not None
    assert back.start_utc.astimezone(window.tz).day == 5
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    again = query.get_item(cdb, item_id)
    assert again is not None and again.start_utc.astimezone(window.tz).day == 9


def test_week_drop_sets_the_time(window: MainWindow, cdb: Database) -> None:
    item_id = add_item(cdb, "Live Instagram", Timed(datetime(2026, 12, 1, 18, 0)))
    window.navigation.show_view("week")
    assert window.wait_until_shown()
    window.stack.week.itemMoved.emit(
        DraggedItem(item_id, None), Timed(datetime(2026, 12, 3, 12, 15))
    )
    moved = query.get_item(cdb, item_id)
    assert moved.start_utc.astimezone(window.tz).replace(tzinfo=None) == datetime(
        2026, 12, 3, 12, 15
    )


def test_schedule_an_idea_from_the_backlog_and_back(window: MainWindow, cdb: Database) -> None:
    idea_id = add_item(cdb, "Portrait de bénévole", None, status=Status.IDEA)
    window.refresh()
    assert window.wait_until_shown()
    backlog_model = window.backlog.model()
    assert backlog_model.rowCount() == 1
    mime = backlog_model.mimeData([backlog_model.index(0, 0)])
    assert window.stack.month.handle_drop(mime, cell_center(window, date(2026, 12, 10)))
    scheduled = query.get_item(cdb, idea_id)
    assert scheduled.start_utc.astimezone(window.tz).replace(tzinfo=None) == datetime(
        2026, 12, 10, 10
    )
    assert backlog_model.rowCount() == 0
    assert titles(window) == ["Portrait de bénévole"]
    assert window.backlog.handle_drop(to_mime(DraggedItem(idea_id, None)))
    assert query.get_item(cdb, idea_id).start_utc is None
    assert backlog_model.rowCount() == 1


def test_recurring_drop_asks_and_moves_one_occurrence(
    window: MainWindow, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = add_item(cdb, "Distribution", Timed(datetime(2026, 12, 1, 9, 0)), rrule="FREQ=WEEKLY")
    window.refresh()
    assert window.wait_until_shown()
    second = [o for o in window.shown if o.item_id == item_id][1]
    asked: list[str] = []
    monkeypatch.setattr(window.items, "ask_series_scope", lambda verb: asked.append(verb) or "one")
    mime = to_mime(DraggedItem(item_id, second.occurrence_key))
    window.stack.month.handle_drop(mime, cell_center(window, date(2026, 12, 10)))
    assert asked
    days = sorted(
        o.start_utc.astimezone(window.tz).day for o in window.shown if o.item_id == item_id
    )
    assert 10 in days and 8 not in days and 1 in days and 15 in days


def test_filters_apply_to_every_view_and_clear(window: MainWindow, cdb: Database) -> None:
    add_item(cdb, "Sur Facebook", Timed(datetime(2026, 12, 3, 9, 0)))
    add_item(cdb, "Sur Instagram", Timed(datetime(2026, 12, 4, 9, 0)), channels=["Instagram"])
    add_item(cdb, "Idée Instagram", None, channels=["Instagram"], status=Status.IDEA)
    window.refresh()
    assert window.wait_until_shown()
    assert len(window.shown) == 2
    action = next(a for a in window.filter_bar.channels.menu().actions() if a.data() == "Instagram")
    action.setChecked(True)
    assert window.wait_until_shown()
    assert titles(window) == ["Sur Instagram"]
    assert window.backlog.model().rowCount() == 1
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    assert window.stack.agenda.model().rowCount() == 1
    window.filter_bar.text.setText("facebook")
    window.filter_bar._debounce.timeout.emit()
    assert window.wait_until_shown()
    assert titles(window) == []
    window.filter_bar.clear_button.click()
    assert window.wait_until_shown()
    assert len(window.shown) == 2
    assert not window.current_filter.active


def click_first_chip(window: MainWindow, qtbot) -> Occurrence:  # noqa: ANN001
    """The month read again, and its first chip clicked (selected) as a person does."""
    window.refresh()
    assert window.wait_until_shown()
    window.stack.month.grab()
    occ = window.shown[0]
    qtbot.mouseClick(
        window.stack.month,
        Qt.MouseButton.LeftButton,
        pos=window.stack.month.chip_rect(occ).center(),
    )
    return occ


def test_delete_key_then_undo_brings_it_back(window: MainWindow, cdb: Database, qtbot) -> None:  # noqa: ANN001
    item_id = add_item(cdb, "À supprimer", AllDay(date(2026, 12, 7)))
    occ = click_first_chip(window, qtbot)
    assert window.stack.month.selected() == occ
    window.act_delete.trigger()
    assert query.get_item(cdb, item_id) is None
    window.act_undo.trigger()
    assert query.get_item(cdb, item_id) is not None


def test_window_state_is_restored(window: MainWindow, cdb: Database, ws_dir: Path, qtbot) -> None:  # noqa: ANN001
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    window.resize(780, 560)  # within the offscreen screen, which is 800x600
    qtbot.wait(10)
    window.splitter.setSizes([500, 250])
    sizes = window.splitter.sizes()
    window.close()
    assert (ws_dir / "window.ini").exists()
    again = MainWindow(cdb, ws_dir, today=TODAY)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.navigation.view_name == "agenda"
    assert again.stack.currentWidget() is again.stack.agenda
    # The restored splitter gives the ideas panel the width it had (layouts may round a little).
    assert abs(again.splitter.sizes()[1] - sizes[1]) <= sizes[1] // 20


def test_item_models_pass_the_model_tester(
    window: MainWindow, cdb: Database, qtmodeltester
) -> None:  # noqa: ANN001
    add_item(cdb, "Un", Timed(datetime(2026, 12, 3, 9, 0)))
    add_item(cdb, "Deux", AllDay(date(2026, 12, 3)))
    add_item(cdb, "Idée", None, status=Status.IDEA)
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    qtmodeltester.check(window.stack.agenda.source)
    qtmodeltester.check(window.stack.agenda.proxy)
    qtmodeltester.check(window.backlog.source)


def test_settings_from_the_window_apply_and_refresh_the_filters(
    window: MainWindow,
    cdb: Database,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from ngo_calendar.core import workspace

    def fill(dialog) -> bool:  # noqa: ANN001
        name = dialog.association  # the General tab's association name field
        name.clear()
        qtbot.keyClicks(name, "Les Paniers Solidaires")
        return True

    monkeypatch.setattr(window, "run_settings", fill)
    assert window.open_settings()
    assert workspace.settings(cdb).association == "Les Paniers Solidaires"
    assert "Les Paniers Solidaires" in window.windowTitle()


def test_first_new_item_in_an_empty_workspace_opens_the_settings(
    qtbot,
    db: Database,
    ws_dir: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    win = MainWindow(db, ws_dir, today=TODAY)
    qtbot.addWidget(win)
    opened: list[bool] = []
    monkeypatch.setattr(win, "run_settings", lambda dialog: opened.append(True) or False)
    assert win.items.new_item() is False
    assert opened == [True]


def test_typing_in_the_filter_is_not_taken_as_shortcuts(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.act_next.trigger()
    assert window.wait_until_shown()
    anchor = window.navigation.anchor
    window.focus_filter()
    qtbot.keyClicks(window.filter_bar.text, "t2 3")
    assert window.filter_bar.text.text() == "t2 3"
    assert window.navigation.anchor == anchor and window.navigation.view_name == "month"


def test_shortcuts_move_in_time_and_switch_views(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.stack.month.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.navigation.anchor.month == 1 and window.navigation.anchor.year == 2027
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert window.navigation.anchor == TODAY
    qtbot.keyClick(window, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.navigation.view_name == "week" and (TODAY - window.navigation.anchor).days == 7


def test_create_in_the_editor_then_see_it_in_all_three_views(
    window: MainWindow,
    cdb: Database,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from PySide6.QtCore import QDate, QTime

    def type_in(dialog) -> bool:  # noqa: ANN001 - the real ItemEditor, filled as a person would
        general = dialog.general
        qtbot.keyClicks(general.title_edit, "Soiree des benevoles")  # keyClicks: ASCII only
        instagram = general.channel_list.findItems("Instagram", Qt.MatchFlag.MatchExactly)[0]
        instagram.setCheckState(Qt.CheckState.Checked)
        if general.no_date_check.isChecked():
            general.no_date_check.click()
        general.date_edit.setDate(QDate(2026, 12, 11))
        general.time_edit.setTime(QTime(19, 0))
        qtbot.keyClicks(dialog.text.body_edit, "Merci a toutes et tous !")
        assert dialog.ok_button.isEnabled(), dialog.reasons()
        dialog.accept()
        return True

    monkeypatch.setattr(window.items, "run_editor", type_in)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["Soiree des benevoles"]
    occ = window.shown[0]
    assert occ.channels == ("Facebook", "Instagram")
    assert occ.start_utc.astimezone(window.tz).replace(tzinfo=None) == datetime(2026, 12, 11, 19)
    window.stack.month.grab()
    assert window.stack.month.chip_rect(occ) is not None
    window.navigation.show_view("week")
    assert window.wait_until_shown()
    window.navigation.anchor = date(2026, 12, 11)
    window.refresh()
    assert window.wait_until_shown()
    window.stack.week.grab()
    assert occ in found_in(window.stack.week)
    window.navigation.show_view("agenda")
    assert window.wait_until_shown()
    assert window.stack.agenda.model().index(0, 2).data() == "Soiree des benevoles"
    assert window.stack.agenda.model().index(0, 1).data() == "19:00"


def test_filter_follows_a_renamed_channel(window: MainWindow, cdb: Database) -> None:
    from ngo_calendar.core import workspace

    add_item(cdb, "Sur Facebook", Timed(datetime(2026, 12, 3, 9, 0)))
    window.refresh()
    assert window.wait_until_shown()
    action = next(a for a in window.filter_bar.channels.menu().actions() if a.data() == "Facebook")
    action.setChecked(True)
    assert titles(window) == ["Sur Facebook"]
    facebook = next(c for c in workspace.channels(cdb) if c.name == "Facebook")
    window.apply_changes(workspace.rename_channel(cdb, facebook.id, "Facebook asso"))
    assert not window.current_filter.active  # the old name is no longer chosen
    assert titles(window) == ["Sur Facebook"]


def test_editors_and_menus_do_not_pile_up(
    window: MainWindow,
    cdb: Database,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QMenu

    from ngo_calendar.gui.editor.dialog import ItemEditor

    add_item(cdb, "Un", Timed(datetime(2026, 12, 3, 9, 0)))
    window.refresh()
    assert window.wait_until_shown()
    monkeypatch.setattr(window.items, "run_editor", lambda dialog: False)
    for _ in range(3):
        window.edit_occurrence(window.shown[0])
        menu = window.items.context_menu(window.shown[0], None, QPoint(0, 0))
        menu.close()
    qtbot.waitUntil(lambda: not window.findChildren(ItemEditor))
    qtbot.waitUntil(
        lambda: not window.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    )


def test_ctrl_d_on_an_item_in_review_makes_a_draft_copy(
    window: MainWindow,
    cdb: Database,
    qtbot,  # noqa: ANN001
) -> None:
    """Issue 28, point 13: nobody reviewed the copy, so it starts as a draft."""
    add_item(cdb, "Appel urgent", AllDay(date(2026, 12, 8)), status=Status.IN_REVIEW)
    click_first_chip(window, qtbot)
    qtbot.keyClick(window.stack.month, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.wait_until_shown()
    assert sorted(o.status for o in window.shown) == ["draft", "in_review"]
    assert "Duplicated" in window.statusBar().currentMessage()


def test_ctrl_z_undoes_a_settings_change(
    window: MainWindow,
    cdb: Database,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    def rename(dialog) -> bool:  # noqa: ANN001
        dialog.association.clear()
        qtbot.keyClicks(dialog.association, "Nouveau nom")
        return True

    monkeypatch.setattr(window, "run_settings", rename)
    assert window.open_settings()
    assert "Nouveau nom" in window.windowTitle()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.settings(cdb).association == "Test"
    assert "Nouveau nom" not in window.windowTitle()


def test_status_of_one_date_of_a_series_from_the_window(
    window: MainWindow, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_item(cdb, "Distribution", Timed(datetime(2026, 12, 1, 9, 0)), rrule="FREQ=WEEKLY;COUNT=3")
    window.refresh()
    assert window.wait_until_shown()
    asked: list[str] = []
    monkeypatch.setattr(window.items, "ask_series_scope", lambda verb: asked.append(verb) or "one")
    window.items.set_status(window.shown[1], Status.APPROVED)
    assert asked and [o.status for o in window.shown] == ["draft", "approved", "draft"]
    assert window.shown[1].own == ("status",)
    monkeypatch.setattr(window.items, "ask_series_scope", lambda verb: "series")
    window.items.set_status(window.shown[0], Status.IN_REVIEW)
    assert [o.status for o in window.shown] == ["in_review", "approved", "in_review"]
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert [o.status for o in window.shown] == ["draft"] * 3


def test_the_calendar_has_the_keyboard_at_start(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    assert window.focusWidget() is window.stack.month
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    assert window.navigation.anchor.month == 1


def test_the_window_is_made_of_controllers_given_itself_as_context(window: MainWindow) -> None:
    """What the window does is done by its parts (gui/common/context.py says what they may
    use of it): each is an attribute, and each reaches the window through its context."""
    from ngo_calendar.gui.crisis.actions import CrisisController
    from ngo_calendar.gui.ics.actions import IcsController
    from ngo_calendar.gui.review.actions import ReviewController
    from ngo_calendar.gui.review.sheet_actions import ReviewSheetController
    from ngo_calendar.gui.window.navigation import Navigation
    from ngo_calendar.gui.window.operations import ItemController
    from ngo_calendar.gui.window.view_stack import ViewStack

    parts = {
        "items": ItemController,
        "review": ReviewController,
        "review_sheet": ReviewSheetController,
        "crisis": CrisisController,
        "ics": IcsController,
    }
    for name, kind in parts.items():
        part = getattr(window, name)
        assert isinstance(part, kind) and part.context is window, name
    assert window.review.sheet is window.review_sheet
    assert isinstance(window.navigation, Navigation) and isinstance(window.stack, ViewStack)
    assert window.navigation.stack is window.stack
    assert MainWindow.__bases__ == (QMainWindow,)


def test_ctrl_shift_n_opens_an_editor_titled_new_idea(
    window: MainWindow,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    titles: list[str] = []
    monkeypatch.setattr(window.items, "run_editor", lambda d: titles.append(d.windowTitle()))
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["New idea", "New item"]


def test_the_first_window_fits_the_screen_with_its_frame(window: MainWindow) -> None:
    """At the first start a 1400x900 window on a 1400x900 screen had its status bar below it."""
    from ngo_calendar.gui.window.window_state import DEFAULT_SIZE, first_size

    free = window.screen().availableGeometry()
    width, height = first_size(window)
    assert width <= min(DEFAULT_SIZE[0], free.width() - 40)
    assert height <= min(DEFAULT_SIZE[1], free.height() - 40)
