"""Where the window is in the calendar: the view, the day it is anchored on, paging, and the
days on screen. A controller the main window composes: it switches the stack of views and
tells the window after each move, which then shows what is visible."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ngo_calendar.core.model import checks

from .view_stack import VIEWS, ViewStack

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo


class Navigation:
    """The view shown (`view_name`) and the day it is anchored on (`anchor`). Its context is
    the stack of views it switches and `moved`, called after every move: the window then shows
    the days now visible (the agenda starting at the anchor)."""

    def __init__(self, stack: ViewStack, today: date, moved: Callable[[], None]) -> None:
        self.stack = stack
        self.today = today
        self.anchor = today
        self.view_name = "month"
        self._moved = moved

    def show_view(self, name: str) -> None:
        self.view_name = name
        self.stack.setCurrentIndex(VIEWS.index(name))
        self._moved()

    def step(self, direction: int) -> None:
        # Paging stops at the ends of the workspace's calendar (core's span, years 1900-2200).
        if self.view_name == "week":
            self.anchor = checks.clamp_day(self.anchor + timedelta(days=7 * direction))
        else:
            month = self.anchor.month - 1 + direction
            year = self.anchor.year + month // 12
            if checks.FIRST_YEAR <= year <= checks.LAST_YEAR:
                self.anchor = date(year, month % 12 + 1, 1)
        self._moved()

    def go_today(self) -> None:
        self.go_to(self.today)

    def go_to(self, day: date) -> None:
        """A chosen day: shown, and selected, so that Ctrl+N puts a new item on it."""
        self.anchor = checks.clamp_day(day)
        self._moved()
        self.stack.month.select_day(self.anchor)

    def show_day(self, day: date) -> None:
        """A day of the month ("+N more" clicked): its week."""
        self.anchor = day
        self.show_view("week")

    def current_day(self, tz: ZoneInfo) -> date:
        """The day a new item goes on: where the person's selection is (an item's day in the
        workspace's zone `tz`)."""
        if self.view_name == "month":
            return self.stack.month.selected_day()
        chosen = (self.stack.week if self.view_name == "week" else self.stack.agenda).selected()
        if chosen is not None and chosen.start_date is not None:
            return chosen.start_date
        if chosen is not None and chosen.start_utc is not None:
            return chosen.start_utc.astimezone(tz).date()
        return self.anchor

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
