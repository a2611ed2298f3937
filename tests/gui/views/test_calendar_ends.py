"""The window at the ends of the workspace's calendar (years 1900 to 2200,
core/model/checks.py): items on its first and last days show, paging stops there, and
nothing past the ends is offered."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import AllDay, ItemDraft, Timed
from ngo_calendar.gui.window.main_window import MainWindow


def _add(window: MainWindow, title: str, start: AllDay | Timed, rrule: str | None = None) -> None:
    draft = ItemDraft(title, channels=["Facebook"], start=start, rrule=rrule)
    window.apply_changes(items.create_item(window.db, draft))


def test_items_on_the_first_and_last_days_show_and_paging_stops(window: MainWindow) -> None:
    _add(window, "Fondation", AllDay(checks.FIRST_DAY))
    _add(window, "Bout du calendrier", Timed(datetime(2200, 12, 31, 23, 59)))
    _add(window, "Chaque heure depuis 1900", Timed(datetime(1900, 1, 1, 9, 0)), "FREQ=HOURLY")
    for view in ("month", "week", "agenda"):
        window.navigation.show_view(view)
        assert window.wait_until_shown()
        window.navigation.go_to(date(2200, 12, 31))
        assert window.wait_until_shown()
        assert "Bout du calendrier" in {o.title for o in window.shown}, view
        assert "Chaque heure depuis 1900" in {o.title for o in window.shown}, view
        for _ in range(3):
            window.act_next.trigger()
            assert window.wait_until_shown()
        assert window.navigation.anchor.year == checks.LAST_YEAR, view
        window.navigation.go_to(date(9999, 1, 1))
        assert window.wait_until_shown()
        assert window.navigation.anchor == checks.LAST_DAY
        window.navigation.go_to(checks.FIRST_DAY)
        assert window.wait_until_shown()
        assert "Fondation" in {o.title for o in window.shown}, view
        for _ in range(3):
            window.act_prev.trigger()
            assert window.wait_until_shown()
        assert window.navigation.anchor.year == checks.FIRST_YEAR, view
    assert window.date_edit.minimumDate() == QDate(1900, 1, 1)
    assert window.date_edit.maximumDate() == QDate(2200, 12, 31)
    window.grab()  # every view painted its items at the ends without an error
