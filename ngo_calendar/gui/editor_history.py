"""The History tab: every recorded change of the item, newest first, read-only."""

from __future__ import annotations

from datetime import UTC, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ngo_calendar.core.history import Change

from .labels import action_label, field_label, kind_label, sensitivity_label, status_label

CELL_CHARS = 80  # longer values (a whole body) are cut in the cell and shown whole in a tooltip


def _cell(text: str | None) -> QTableWidgetItem:
    full = text or ""
    one_line = " ".join(full.split())
    shown = one_line if len(one_line) <= CELL_CHARS else one_line[: CELL_CHARS - 1] + "…"
    item = QTableWidgetItem(shown)
    if full != shown:
        item.setToolTip(full)
    return item


class HistoryTab(QWidget):
    def __init__(
        self, changes: list[Change], tz: tzinfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

        self.empty = QLabel(
            self.tr(
                "No change recorded yet. Once the item is saved, every change is listed here "
                "with who made it and when."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        stack = QStackedLayout(self)
        stack.addWidget(self.table)
        stack.addWidget(self.empty)
        self._fill(changes, tz)
        stack.setCurrentWidget(self.table if changes else self.empty)

    def _fill(self, changes: list[Change], tz: tzinfo | None) -> None:
        # Newest first; entries written in one save share a time and keep their recorded order.
        ordered = sorted(enumerate(changes), key=lambda pair: (pair[1].at, -pair[0]), reverse=True)
        self.table.setRowCount(len(ordered))
        for row, (_, change) in enumerate(ordered):
            at = change.at if change.at.tzinfo else change.at.replace(tzinfo=UTC)
            when = at.astimezone(tz)  # tz None: the computer's own zone
            cells = [
                _cell(when.strftime("%Y-%m-%d %H:%M")),
                _cell(change.who),
                _cell(action_label(change.action)),
                _cell(field_label(change.field)),
                _cell(_value(change.field, change.old)),
                _cell(_value(change.field, change.new)),
            ]
            cells[0].setToolTip(at.isoformat())
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)


def _value(field: str | None, value: str | None) -> str | None:
    """Stored enum values (approved, event, essential) as the labels the editor shows."""
    labels = {"status": status_label, "kind": kind_label, "sensitivity": sensitivity_label}
    if value and field in labels:
        try:
            return labels[field](value)  # type: ignore[operator]
        except ValueError:
            return value
    return value
