"""Where the window is in the calendar: the view, the day it is anchored on, paging, and the
days on screen. A mixin of MainWindow, which owns the widgets it moves."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate

from ngo_calendar.core import checks
from ngo_calendar.core.query import Filter

VIEWS = ("month", "week", "agenda")


class CalendarNavigation:
    """Needs from the window: anchor, today, tz, view_name, the three views, stack,
    view_actions, date_edit, filter_bar, current_filter and refresh()."""

    anchor: date
    today: date
    view_name: str
    current_filter: Filter
    tz: Any
    month: Any
    week: Any
    agenda: Any
    stack: Any
    view_actions: Any
    date_edit: Any
    filter_bar: Any
    refresh: Any

    def show_view(self, name: str) -> None:
        self.view_name = name
        self.stack.setCurrentIndex(VIEWS.index(name))
        self.view_actions[name].setChecked(True)
        self._show_anchor()

    def step(self, direction: int) -> None:
        # Paging stops at the ends of the workspace's calendar (core's span, years 1900-2200).
        if self.view_name == "week":
            self.anchor = checks.clamp_day(self.anchor + timedelta(days=7 * direction))
        else:
            month = self.anchor.month - 1 + direction
            year = self.anchor.year + month // 12
            if checks.FIRST_YEAR <= year <= checks.LAST_YEAR:
                self.anchor = date(year, month % 12 + 1, 1)
        self._show_anchor()

    def go_today(self) -> None:
        self.anchor = self.today
        self._show_anchor()

    def go_to(self, day: date) -> None:
        self.anchor = checks.clamp_day(day)
        self._show_anchor()

    def _show_anchor(self) -> None:
        """After going somewhere: read what is visible, and the agenda starts at that day."""
        self.refresh()
        if self.view_name == "agenda":
            self.agenda.scroll_to_day(self.anchor)

    def current_day(self) -> date:
        """The day a new item goes on: where the person's selection is."""
        if self.view_name == "month":
            return self.month.selected_day()
        chosen = (self.week if self.view_name == "week" else self.agenda).selected()
        if chosen is not None and chosen.start_date is not None:
            return chosen.start_date
        if chosen is not None and chosen.start_utc is not None:
            return chosen.start_utc.astimezone(self.tz).date()
        return self.anchor

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.show_view("week")

    def focus_date(self) -> None:
        self.date_edit.setFocus()
        self.date_edit.calendarWidget().showNormal()

    def focus_filter(self) -> None:
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()

    def _date_picked(self, qdate: QDate) -> None:
        picked = date(qdate.year(), qdate.month(), qdate.day())
        if picked != self.anchor:
            self.go_to(picked)

    def _filter_changed(self, flt: Filter) -> None:
        self.current_filter = flt
        self.refresh()

    def visible_range(self) -> tuple[date, date]:
        """Only what is on screen is loaded, so a big workspace stays quick to browse."""
        if self.view_name == "week":
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=6)
        first = self.anchor.replace(day=1)
        if self.view_name == "month":
            grid = first - timedelta(days=first.weekday())
            return grid, grid + timedelta(days=41)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
