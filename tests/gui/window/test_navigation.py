"""Navigation on its own: the view and the day it is anchored on, paging within the calendar's
ends, the days on screen and the ones read ahead. No window: a stack of views and a counter of
the moves it reports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ngo_calendar.core.model import checks
from ngo_calendar.gui.window.navigation import Navigation
from ngo_calendar.gui.window.view_stack import VIEWS, ViewStack

TODAY = date(2026, 12, 2)  # a Wednesday


@pytest.fixture
def moves(qtbot: QtBot) -> Iterator[tuple[Navigation, list[tuple[str, date]]]]:
    """A navigation and the (view, anchor) of each move it reported."""
    holder = QWidget()  # kept until the test ends: the stack and its views go with it
    qtbot.addWidget(holder)
    stack = ViewStack(holder, lambda name, view: None)
    seen: list[tuple[str, date]] = []

    def moved() -> None:
        seen.append((navigation.view_name, navigation.anchor))

    navigation = Navigation(stack, TODAY, moved)
    yield navigation, seen
    holder.close()


def test_it_starts_on_today_in_the_month(moves: tuple[Navigation, list]) -> None:
    navigation, seen = moves
    assert (navigation.view_name, navigation.anchor, navigation.today) == ("month", TODAY, TODAY)
    assert navigation.visible_range() == (date(2026, 11, 30), date(2027, 1, 10))  # six weeks
    assert seen == []  # nothing moved yet


def test_each_move_is_reported_once_and_switches_the_stack(moves: tuple[Navigation, list]) -> None:
    navigation, seen = moves
    navigation.show_view("week")
    assert navigation.stack.currentIndex() == VIEWS.index("week")
    navigation.step(1)
    navigation.go_to(date(2027, 3, 10))
    navigation.go_today()
    navigation.show_day(date(2027, 1, 5))
    assert seen == [
        ("week", TODAY),
        ("week", date(2026, 12, 9)),
        ("week", date(2027, 3, 10)),
        ("week", TODAY),
        ("week", date(2027, 1, 5)),
    ]
    assert navigation.stack.month.selected_day() == TODAY  # Today selects the day it shows


def test_paging_stops_at_the_ends_of_the_calendar(moves: tuple[Navigation, list]) -> None:
    navigation, _ = moves
    navigation.go_to(date(2200, 12, 20))
    navigation.step(1)
    assert navigation.anchor == date(2200, 12, 20)  # no month after December 2200
    navigation.show_view("week")
    navigation.step(1)
    navigation.step(1)  # a week on from the 27th would be 2201: the last day instead
    assert navigation.anchor == checks.LAST_DAY
    navigation.go_to(date(1850, 1, 1))
    assert navigation.anchor == checks.FIRST_DAY


def test_the_days_on_screen_and_those_read_ahead(moves: tuple[Navigation, list]) -> None:
    navigation, _ = moves
    navigation.show_view("week")
    assert navigation.visible_range() == (date(2026, 11, 30), date(2026, 12, 6))
    assert navigation.visible_range("agenda") == (date(2026, 12, 1), date(2026, 12, 31))
    assert navigation.neighbour_ranges() == [
        (date(2026, 12, 7), date(2026, 12, 13)),  # the next week
        (date(2026, 11, 23), date(2026, 11, 29)),  # the previous one
        navigation.visible_range("month"),
        navigation.visible_range("agenda"),
    ]


def test_the_day_a_new_item_goes_on(moves: tuple[Navigation, list]) -> None:
    navigation, _ = moves
    navigation.stack.month.select_day(date(2026, 12, 24))
    assert navigation.current_day(ZoneInfo("Europe/Paris")) == date(2026, 12, 24)
    navigation.show_view("agenda")  # nothing selected there: the day it is anchored on
    assert navigation.current_day(ZoneInfo("Europe/Paris")) == TODAY
