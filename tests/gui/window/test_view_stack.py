"""The stack of views: the month at start, the week and the agenda built the first time they
are asked for, each in its place, and handed once to the window to connect."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ngo_calendar.gui.views.agenda import AgendaView
from ngo_calendar.gui.views.week import WeekView
from ngo_calendar.gui.window.view_stack import VIEWS, ViewStack


def test_the_week_and_the_agenda_are_built_when_first_asked_for(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    built: list[tuple[str, QWidget]] = []
    stack = ViewStack(holder, lambda name, view: built.append((name, view)))
    assert stack.count() == len(VIEWS) and stack.widget(0) is stack.month
    assert not isinstance(stack.widget(1), WeekView)  # a stand-in until asked for
    stack.setCurrentIndex(VIEWS.index("agenda"))
    agenda = stack.agenda
    assert isinstance(agenda, AgendaView) and built == [("agenda", agenda)]
    assert stack.currentWidget() is agenda  # shown where the stand-in was
    week = stack.week
    assert isinstance(week, WeekView) and stack.widget(VIEWS.index("week")) is week
    assert stack.week is week and stack.agenda is agenda  # built once
    assert built == [("agenda", agenda), ("week", week)]
    assert stack.count() == len(VIEWS)
