"""The month, week and agenda views in one stack. Only the month is built at start: the week
and agenda views (and their modules) are built the first time they are shown or asked for,
which takes them off the time to the first painted month."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Literal, overload

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ..views.month import MonthView
from .navigation import VIEWS

if TYPE_CHECKING:
    from ..views.agenda import AgendaView
    from ..views.week import WeekView


class ViewStack:
    """Mixin of the main window; it connects each view when built (`_connect_view`)."""

    stack: QStackedWidget
    month: MonthView
    paint_watch: Any

    if TYPE_CHECKING:

        def _connect_view(self, name: str, view: WeekView | AgendaView) -> None: ...

    def _build_stack(self) -> None:
        parent: Any = self
        self.stack = QStackedWidget(parent)
        self.month = MonthView(parent)
        self._built: dict[str, QWidget] = {"month": self.month}
        for name in VIEWS:  # a stand-in keeps each view's index until the view is built
            self.stack.addWidget(self.month if name == "month" else QWidget(parent))

    @property
    def week(self) -> WeekView:
        return self._view("week")

    @property
    def agenda(self) -> AgendaView:
        return self._view("agenda")

    @overload
    def _view(self, name: Literal["week"]) -> WeekView: ...
    @overload
    def _view(self, name: Literal["agenda"]) -> AgendaView: ...
    def _view(self, name: str) -> QWidget:
        built = self._built.get(name)
        if built is not None:
            return built
        parent: Any = self
        view: WeekView | AgendaView
        if name == "week":
            from ..views.week import WeekView

            view = WeekView(parent)
        else:
            from ..views.agenda import AgendaView

            view = AgendaView(parent)
        index = VIEWS.index(name)
        stand_in = self.stack.widget(index)
        assert stand_in is not None  # every view has its place in the stack
        shown = self.stack.currentIndex() == index
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if shown:
            self.stack.setCurrentIndex(index)
        self._built[name] = view
        self._connect_view(name, view)
        return view

    def wait_until_shown(self, timeout_s: float = 60.0) -> bool:
        """Let the worker finish reading what is on screen (a screenshot, a script)."""
        owner: Any = self
        deadline = time.monotonic() + timeout_s
        while (owner.loading or owner.review.loading) and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return not (owner.loading or owner.review.loading)
