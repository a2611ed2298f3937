"""The History tab: every recorded change of the item, newest first, read-only."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ngo_calendar.core.write.history import Change

from ..common.labels import action_label, field_label, kind_label, sensitivity_label, status_label

CELL_CHARS = 80  # longer values (a whole body) are cut in the cell and shown whole in a tooltip
DAY_FORMAT = "ddd d MMM yyyy"
TIME_FORMAT = "HH:mm"
# How the history stores moments: an instant with its offset, a day, an occurrence key.
STORED_MOMENT = re.compile(
    r"(?P<instant>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?[+-]\d{2}:\d{2})"
    r"|(?P<key>\d{8}T\d{6}Z)"
    r"|(?P<day>\d{4}-\d{2}-\d{2})"
    r"|(?P<daykey>\b\d{8}\b)"
)


def human_moment(moment: datetime | date, tz: tzinfo | None, locale: QLocale) -> str:
    """A moment as a person writes it, in the workspace's zone: « mer. 9 déc. 2026 14:18 »."""
    if isinstance(moment, datetime):
        local = moment.astimezone(tz)
        day = QDate(local.year, local.month, local.day)
        text = locale.toString(QDateTime(day, QTime(local.hour, local.minute)), DAY_FORMAT)
        return f"{text} {local:%H:%M}"
    return locale.toString(QDate(moment.year, moment.month, moment.day), DAY_FORMAT)


def human_value(value: str | None, tz: tzinfo | None, locale: QLocale) -> str | None:
    """Every stored moment in a history value (a start, a moved date, removed dates) written
    for people; other text is left as it is."""
    if not value:
        return value

    def one(match: re.Match[str]) -> str:
        try:
            if match["instant"]:
                return human_moment(datetime.fromisoformat(match["instant"]), tz, locale)
            if match["key"]:
                instant = datetime.strptime(match["key"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
                return human_moment(instant, tz, locale)
            if match["day"]:
                return human_moment(date.fromisoformat(match["day"]), tz, locale)
            return human_moment(datetime.strptime(match["daykey"], "%Y%m%d").date(), tz, locale)
        except ValueError:
            return match[0]

    return STORED_MOMENT.sub(one, value).replace(" -> ", " → ")


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
            locale = self.locale()
            cells = [
                _cell(human_moment(at, tz, locale)),  # tz None: the computer's own zone
                _cell(change.who),
                _cell(action_label(change.action)),
                _cell(field_label(change.field)),
                _cell(self._shown(change.field, change.old, tz)),
                _cell(self._shown(change.field, change.new, tz)),
            ]
            cells[0].setToolTip(at.isoformat())
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)

    def _shown(self, field: str | None, value: str | None, tz: tzinfo | None) -> str | None:
        if field in MOMENT_FIELDS:
            return human_value(value, tz, self.locale())
        return _value(field, value)


MOMENT_FIELDS = ("start", "exdates", "overrides")


def _value(field: str | None, value: str | None) -> str | None:
    """Stored enum values (approved, event, essential) as the labels the editor shows."""
    labels: dict[str, Callable[[str], str]] = {
        "status": status_label,
        "kind": kind_label,
        "sensitivity": sensitivity_label,
    }
    if value and field in labels:
        try:
            return labels[field](value)
        except ValueError:
            return value
    return value
