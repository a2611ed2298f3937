"""Small editors used in the settings tables: a colour swatch button and an optional date."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from ngo_calendar.core.model import checks

# The lowest date the edit may show stands for "no date", shown as the special text: the day
# before the calendar's first, so every date core accepts can still be chosen.
_FIRST, _LAST = checks.FIRST_DAY, checks.LAST_DAY
NO_DATE = QDate(_FIRST.year, _FIRST.month, _FIRST.day).addDays(-1)


class ColourButton(QPushButton):
    """A swatch with its hex code; clicking opens the system colour dialog."""

    colour_changed = Signal(str)

    def __init__(self, colour: str = "#607d8b", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = ""
        self.setToolTip(self.tr("Choose a colour"))
        self.clicked.connect(self._choose)
        self.set_colour(colour)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        value = QColor(colour)
        if not value.isValid():
            return
        name = value.name()  # #rrggbb, lower case: what the store keeps
        if name == self._colour:
            return
        self._colour = name
        swatch = QPixmap(14, 14)
        swatch.fill(value)
        self.setIcon(QIcon(swatch))
        self.setText(name)
        self.colour_changed.emit(name)

    def _choose(self) -> None:
        picked = QColorDialog.getColor(QColor(self._colour), self, self.tr("Choose a colour"))
        if picked.isValid():
            self.set_colour(picked.name())


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a tick box to set it, and the date itself."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Set a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(NO_DATE, QDate(_LAST.year, _LAST.month, _LAST.day))
        self.edit.setSpecialValueText(self.tr("No date"))
        # Remembered so that ticking the box again brings back what was there.
        self._last = QDate.currentDate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self._date_changed)
        self.set_date(None)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return cast("date", self.edit.date().toPython())  # PySide6 types it as object

    def set_date(self, value: date | None) -> None:
        if value is not None:
            self._last = QDate(value.year, value.month, value.day)
        self.check.setChecked(value is not None)
        self._toggled(value is not None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.setDate(self._last if on else NO_DATE)
        self.changed.emit()

    def _date_changed(self, value: QDate) -> None:
        if self.check.isChecked() and value != NO_DATE:
            self._last = value
        self.changed.emit()
