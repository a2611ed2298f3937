"""Where the window is in the calendar: the view, the day it is anchored on, paging, and the
days on screen. A mixin of MainWindow, which owns the widgets it moves."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate

from ngo_calendar.core.calendar.query import Filter
from ngo_calendar.core.model import checks

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

VIEWS = ("month", "week", "agenda")


class CalendarNavigation:
    """Needs from the window: anchor, today, tz, view_name, the three views, stack,
    view_actions, date_edit, filter_bar, current_filter, periods, show_period() and
    _refresh_lists()."""

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
    periods: Any
    show_period: Any
    _refresh_lists: Any
    _scroll_to_anchor: bool

    if TYPE_CHECKING:

        def locale(self) -> QLocale: ...

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
        self.go_to(self.today)

    def go_to(self, day: date) -> None:
        """A chosen day: shown, and selected, so that Ctrl+N puts a new item on it."""
        self.anchor = checks.clamp_day(day)
        self._show_anchor()
        self.month.select_day(self.anchor)

    def _show_anchor(self) -> None:
        """After going somewhere: show what is visible, and the agenda starts at that day."""
        self._scroll_to_anchor = True
        self.show_period()

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
        self.periods.set_filter(flt)
        self._refresh_lists()
        self.show_period()

    def visible_range(
        self, view: str | None = None, anchor: date | None = None
    ) -> tuple[date, date]:
        """The days on screen in `view` anchored on `anchor` (by default, the ones shown)."""
        view, anchor = view or self.view_name, anchor or self.anchor
        if view == "week":
            monday = anchor - timedelta(days=anchor.weekday())
            return monday, monday + timedelta(days=6)
        first = anchor.replace(day=1)
        if view == "month":
            grid = first - timedelta(days=first.weekday())
            return grid, grid + timedelta(days=41)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)

    def neighbour_ranges(self) -> list[tuple[date, date]]:
        """What the person may ask for next: the next page, the previous one, the other views."""
        if self.view_name == "week":
            steps = [self.anchor + timedelta(days=7), self.anchor - timedelta(days=7)]
        else:
            month = self.anchor.replace(day=1)
            steps = [month + timedelta(days=31), month - timedelta(days=1)]
        ranges = [self.visible_range(self.view_name, checks.clamp_day(day)) for day in steps]
        others = [self.visible_range(view) for view in VIEWS if view != self.view_name]
        return ranges + others

    def _period_text(self, first: date, last: date) -> str:
        locale = self.locale()
        if self.view_name == "week":
            start = locale.toString(QDate(first.year, first.month, first.day), "d MMM")
            end = locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy")
            return (
                QCoreApplication.translate("MainWindow", "Week %1: %2 – %3")
                .replace("%1", str(first.isocalendar().week))
                .replace("%2", start)
                .replace("%3", end)
            )
        text = locale.toString(QDate(self.anchor.year, self.anchor.month, 1), "MMMM yyyy")
        return text[:1].upper() + text[1:]
