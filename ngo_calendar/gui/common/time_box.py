"""Date and time boxes that take what is typed over them (the editor's time, the toolbar's
date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QTimeEdit

if TYPE_CHECKING:
    # What the mixin below goes before (QDateEdit and QTimeEdit are ones), as mypy sees it:
    # its super() calls and self reach that editor's methods.
    from PySide6.QtWidgets import QDateTimeEdit as _Edit
else:
    _Edit = object


class _TypedOver(_Edit):
    """Typing over the whole text starts again in the first section (hours, or the day). A
    mixin before QTimeEdit or QDateEdit."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            # Reached from the keyboard: the first section is selected, so typing replaces it.
            self.setSelectedSection(self.sectionAt(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        edit = self.lineEdit()
        whole = edit.hasSelectedText() and edit.selectedText() == edit.text()
        text = event.text()
        if text.isdigit() and whole:
            self.setSelectedSection(self.sectionAt(0))
        if text in SEPARATORS and getattr(self, "_moved_on", False):
            # A full section (15) already moved to the next one: the separator typed after
            # it must not skip that one too (15/03 gave the year, not March).
            self._moved_on = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() != before


SEPARATORS = {"/", ".", "-", ":", " "}


class DateBox(_TypedOver, QDateEdit):
    """The toolbar's date: Ctrl+G, then 15/03/2027 typed over it goes to 15 March 2027 (Qt's
    own box kept the day it had: 02/03/2027). Enter takes the date typed and Escape leaves it;
    both say the person is done (`done`, True for Enter), so the window gives the keyboard
    back to the calendar and the view keys (1, 2, 3) switch views again instead of typing."""

    done = Signal(bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            if key != Qt.Key.Key_Escape:
                self.interpretText()  # what is typed becomes the date before the box is left
            event.accept()
            self.done.emit(key != Qt.Key.Key_Escape)
            return
        super().keyPressEvent(event)


class TimeBox(_TypedOver, QTimeEdit):
    """A time box that takes a time typed over it: Qt's own refuses the first digit typed over
    a selection spanning hours and minutes (select all, type 18:30: it stays 09:30; tab in and
    type 1415: 14:18). Typing over the whole text starts again in the hours, as people expect;
    the hours fill, then the minutes."""
