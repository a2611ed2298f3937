"""The filter bar: one Filter for every view (channel, campaign, status, objective, text)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QPushButton, QToolButton, QWidget

from ngo_calendar.core.calendar.query import Filter
from ngo_calendar.core.model.domain import Status

from .labels import status_label


class ChoiceButton(QToolButton):
    """A drop-down of checkable values; its text says how many are chosen."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self._refresh_text()

    def set_values(self, values: list[tuple[str, str]]) -> None:
        """(value, label) pairs; values still offered stay checked."""
        chosen = set(self.chosen())
        menu = self.menu()
        menu.clear()
        for value, label in values:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in chosen)
            action.toggled.connect(self._toggled)
        self._refresh_text()

    def chosen(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.menu().actions() if a.isChecked())

    def set_chosen(self, values: set[str]) -> None:
        for action in self.menu().actions():
            action.blockSignals(True)
            action.setChecked(action.data() in values)
            action.blockSignals(False)
        self._refresh_text()
        self.changed.emit()

    def _toggled(self) -> None:
        self._refresh_text()
        self.changed.emit()

    def _refresh_text(self) -> None:
        count = len(self.chosen())
        self.setText(f"{self._title} ({count})" if count else self._title)
        font = self.font()
        font.setBold(bool(count))
        self.setFont(font)


class FilterBar(QWidget):
    changed = Signal(object)  # Filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Search titles, texts, notes, tags (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(170)
        self.channels = ChoiceButton(self.tr("Channels"), self)
        self.campaigns = ChoiceButton(self.tr("Campaigns"), self)
        self.statuses = ChoiceButton(self.tr("Status"), self)
        self.objectives = ChoiceButton(self.tr("Objectives"), self)
        self.audiences = ChoiceButton(self.tr("Audiences"), self)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        layout.addWidget(self.text, 3)
        for button in self._buttons():
            layout.addWidget(button)
            button.changed.connect(self._emit)
        layout.addWidget(self.clear_button)
        self.statuses.set_values([(s.value, status_label(s.value)) for s in Status])
        # Typing waits a moment so the views are not reloaded on every key.
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(lambda _text: self._debounce.start())
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)

    def _buttons(self) -> list[ChoiceButton]:
        return [self.channels, self.campaigns, self.statuses, self.objectives, self.audiences]

    def set_choices(
        self, channels: list[str], campaigns: list[str], objectives: list[str], audiences: list[str]
    ) -> None:
        self.channels.set_values([(n, n) for n in channels])
        self.campaigns.set_values([(n, n) for n in campaigns])
        self.objectives.set_values([(n, n) for n in objectives])
        self.audiences.set_values([(n, n) for n in audiences])

    def filter(self) -> Filter:
        return Filter(
            text=self.text.text(),
            channels=self.channels.chosen(),
            campaigns=self.campaigns.chosen(),
            statuses=self.statuses.chosen(),
            objectives=self.objectives.chosen(),
            audiences=self.audiences.chosen(),
        )

    def clear(self) -> None:
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        for button in self._buttons():
            button.blockSignals(True)
            button.set_chosen(set())
            button.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        current = self.filter()
        self.clear_button.setEnabled(current.active)
        self.changed.emit(current)
