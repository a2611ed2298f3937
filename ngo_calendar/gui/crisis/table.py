"""The crisis plan as a table the person can change: each row's action (keep, hold, shift,
cancel) from a list, and a shifted item's new date, edited in place. A change goes through
core (crisis_file.edited), which says what is accepted; crisis messages from templates sit at
the top, as new rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ngo_calendar.core.crisis.plan import ACTIONS, CANCEL, HOLD, KEEP, SHIFT, Row
from ngo_calendar.core.crisis.plan_file import edited
from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.model.timing import local_to_utc

from ..common.reasons import reason_text
from .labels import action_label, reason_label, template_label

ACTION, ITEM, CHANNELS, BEFORE, AFTER, REASON, SENSITIVE = range(7)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Message:
    """A crisis message to make from a template when the plan is applied."""

    template: str
    channel: str
    start: datetime  # naive, workspace wall time


class PlanModel(QAbstractTableModel):
    refused = Signal(str)  # a change core did not accept, in words
    edited = Signal()

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.rows: list[Row] = []
        self.proposed: dict[tuple[int, str | None], Row] = {}
        self.messages: list[Message] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.proposed = {r.item.key: r for r in rows}
        self.endResetModel()

    def add_message(self, message: Message) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.messages.insert(0, message)
        self.endInsertRows()
        self.edited.emit()

    def row_at(self, n: int) -> Row | Message:
        return self.messages[n] if n < len(self.messages) else self.rows[n - len(self.messages)]

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(ACTIONS, 0)
        for r in self.rows:
            found[r.action] += 1
        return found

    # -- the model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.messages) + len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            QCoreApplication.translate("Crisis", "Action"),
            QCoreApplication.translate("Crisis", "Item"),
            QCoreApplication.translate("Crisis", "Channels"),
            QCoreApplication.translate("Crisis", "Before"),
            QCoreApplication.translate("Crisis", "After"),
            QCoreApplication.translate("Crisis", "Reason"),
            QCoreApplication.translate("Crisis", "Sensitive words"),
        )
        return names[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row())
        if isinstance(row, Row) and (
            index.column() == ACTION or (index.column() == AFTER and row.action == SHIFT)
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        column = index.column()
        if isinstance(row, Message):
            return self._message_data(row, column, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.action if column == ACTION else row.after
        if role == Qt.ItemDataRole.UserRole:
            return row.action
        if role == Qt.ItemDataRole.FontRole and row.action in (CANCEL, HOLD):
            font = QFont()
            font.setStrikeOut(row.action == CANCEL)
            font.setItalic(row.action == HOLD)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SENSITIVE:
                return QBrush(QColor("#b71c1c"))
            if row.action in (CANCEL, HOLD):
                return QBrush(QColor("#78909c"))
        if role == Qt.ItemDataRole.BackgroundRole and column == ACTION:
            colours = {SHIFT: "#fff3e0", HOLD: "#eceff1", CANCEL: "#ffebee", KEEP: "#e8f5e9"}
            return QBrush(QColor(colours[row.action]))
        return None

    def _text(self, row: Row, column: int) -> str:
        if column == ACTION:
            return action_label(row.action)
        if column == ITEM:
            return row.item.title
        if column == CHANNELS:
            return ", ".join(row.item.channels)
        if column == BEFORE:
            return self.when(row.before)
        if column == AFTER:
            return (
                self.when(row.after)
                if row.action != HOLD
                else QCoreApplication.translate("Crisis", "no date (held)")
            )
        if column == REASON:
            return reason_label(row.why)
        return ", ".join(row.sensitive)

    def _message_data(self, message: Message, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return "new"
        if role == Qt.ItemDataRole.BackgroundRole and column == ACTION:
            return QBrush(QColor("#e3f2fd"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        texts = {
            ACTION: action_label("new"),
            ITEM: template_label(message.template),
            CHANNELS: message.channel,
            AFTER: message.start.strftime("%d/%m/%Y %H:%M"),
            REASON: reason_label(reason("crisis.template")),
        }
        return texts.get(column, "")

    def when(self, value: datetime | date | None) -> str:
        if value is None:
            return "—"
        if isinstance(value, datetime):
            return value.astimezone(self.tz).strftime("%d/%m/%Y %H:%M")
        return value.strftime("%d/%m/%Y")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row())
        if not isinstance(row, Row) or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            if index.column() == ACTION:
                after = row.after
                if value == SHIFT and after is None:
                    # Somewhere to start from: the planned date, else where it stood.
                    after = self.proposed[row.item.key].after or row.before
                new = edited(row, value, after)
            elif isinstance(value, datetime):  # wall time in the workspace's zone
                new = edited(row, SHIFT, local_to_utc(value.replace(tzinfo=None), self.tz))
            else:
                new = edited(row, SHIFT, value)
        except InputError as exc:
            self.refused.emit(f"{exc.shown}: {reason_text(exc.why)}")
            return False
        self.rows[index.row() - len(self.messages)] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        self.edited.emit()
        return True


def within_calendar(edit: QDateTimeEdit) -> None:
    """A date editor that offers only the workspace's calendar (core refuses the rest)."""
    first, last = checks.FIRST_DAY, checks.LAST_DAY
    edit.setDateRange(
        QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
    )


class PlanDelegate(QStyledItemDelegate):
    """A list of actions in the Action column, a date (and time) editor in After."""

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        if index.column() == ACTION:
            box = QComboBox(parent)
            for action in ACTIONS:
                box.addItem(action_label(action), action)
            return box
        current = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(current, datetime):
            edit = QDateTimeEdit(parent)
            edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        else:
            edit = QDateEdit(parent)  # a QDateTimeEdit showing the date only
            edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        within_calendar(edit)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        current = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(current)))
        elif isinstance(editor, QDateEdit) and isinstance(current, date):
            editor.setDate(QDate(current.year, current.month, current.day))
        elif isinstance(editor, QDateTimeEdit) and isinstance(current, datetime):
            local = current.astimezone(self.tz)
            editor.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toPython())
        elif isinstance(editor, QDateTimeEdit):  # wall time: the model makes it an instant
            wall = cast("datetime", editor.dateTime().toPython())  # PySide6 types it as object
            model.setData(index, wall.replace(second=0, microsecond=0))


class PlanFilter(QSortFilterProxyModel):
    """Kept rows shown or not (there are many, and nothing happens to them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.show_kept = False

    def set_show_kept(self, shown: bool) -> None:
        self.beginFilterChange()
        self.show_kept = shown
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self.show_kept:
            return True
        model = self.sourceModel()
        action = model.data(
            model.index(source_row, ACTION, source_parent), Qt.ItemDataRole.UserRole
        )
        return action != KEEP
