"""The editor's time box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit


class TimeBox(QTimeEdit):
    """A time box that takes a time typed over it: Qt's own refuses the first digit typed over
    a selection spanning hours and minutes (select all, type 18:30: it stays 09:30; tab in and
    type 1415: 14:18). Typing over the whole text starts again in the hours, as people expect;
    the hours fill, then the minutes."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            # Reached from the keyboard: the hours are selected, so typing replaces them.
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        edit = self.lineEdit()
        whole = edit.hasSelectedText() and edit.selectedText() == edit.text()
        if event.text().isdigit() and whole:
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        super().keyPressEvent(event)
