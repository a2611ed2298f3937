"""The toolbar's date box: Ctrl+G, a date typed over it (15/03/2027 or 15032027) and Enter go
there; Escape leaves it; either way the calendar has the keyboard again, so the view keys
(1, 2, 3) switch views instead of typing into the box. The box follows the day shown, never
under the cursor of someone typing. Texts are translated in the context "MainWindow"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QWidget

from ngo_calendar.core.model import checks

from ..common.time_box import DateBox


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GoToDate:
    def __init__(
        self,
        parent: QWidget,
        anchor: Callable[[], date],
        go_to: Callable[[date], None],
        calendar: Callable[[], QWidget | None],
    ) -> None:
        self.anchor, self.go_to, self.calendar = anchor, go_to, calendar
        box = self.box = DateBox(parent)
        box.setCalendarPopup(True)
        box.setKeyboardTracking(False)  # the calendar moves on Enter, not per digit
        box.setDateRange(_qdate(checks.FIRST_DAY), _qdate(checks.LAST_DAY))
        box.setToolTip(QCoreApplication.translate("MainWindow", "Go to date (Ctrl+G)"))
        box.dateChanged.connect(self._picked)
        box.done.connect(self._done)

    def focus(self) -> None:
        """Ctrl+G: the box, its calendar open."""
        self.box.setFocus()
        self.box.calendarWidget().showNormal()

    def show(self, day: date, typed_over: bool = False) -> None:
        """The day the view is anchored on, without going there again (`typed_over`: also
        when the box's date is that day but its text was typed over)."""
        if typed_over or self.box.date() != _qdate(day):
            self.box.blockSignals(True)
            self.box.setDate(_qdate(day))
            self.box.blockSignals(False)

    def _done(self, taken: bool) -> None:
        """Enter or Escape: the calendar has the keyboard again (Escape puts back the day
        shown)."""
        if not taken:
            self.show(self.anchor(), typed_over=True)
        shown = self.calendar()
        if shown is not None:
            shown.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _picked(self, qdate: QDate) -> None:
        picked = date(qdate.year(), qdate.month(), qdate.day())
        if picked != self.anchor():
            self.go_to(picked)
