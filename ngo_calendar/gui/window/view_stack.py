"""The month, week and agenda views in one stack. Only the month is built at start: the week
and agenda views (and their modules) are built the first time they are shown or asked for,
which takes them off the time to the first painted month."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, overload

from PySide6.QtWidgets import QStackedWidget, QWidget

from ..views.month import MonthView

if TYPE_CHECKING:
    from ..views.agenda import AgendaView
    from ..views.week import WeekView

VIEWS = ("month", "week", "agenda")  # in the stack's order, and the keys 1, 2 and 3


class ViewStack(QStackedWidget):
    """The three views, one shown at a time; `built` is called with each view built later
    (the week or the agenda), for the window to connect it."""

    def __init__(
        self, parent: QWidget, built: Callable[[str, WeekView | AgendaView], None]
    ) -> None:
        super().__init__(parent)
        self._on_built = built
        self.month = MonthView(self)
        self._built: dict[str, QWidget] = {"month": self.month}
        for name in VIEWS:  # a stand-in keeps each view's index until the view is built
            self.addWidget(self.month if name == "month" else QWidget(self))

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
        view: WeekView | AgendaView
        if name == "week":
            from ..views.week import WeekView

            view = WeekView(self)
        else:
            from ..views.agenda import AgendaView

            view = AgendaView(self)
        index = VIEWS.index(name)
        stand_in = self.widget(index)
        assert stand_in is not None  # every view has its place in the stack
        shown = self.currentIndex() == index
        self.insertWidget(index, view)
        self.removeWidget(stand_in)
        stand_in.deleteLater()
        if shown:
            self.setCurrentIndex(index)
        self._built[name] = view
        self._on_built(name, view)
        return view
