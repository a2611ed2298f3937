"""The agenda: occurrences as a sortable table grouped by day (a thin model over plain rows)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ngo_calendar.core.calendar.query import Occurrence

from ..common.chips import attention_mark, occurrence_tooltip
from ..common.labels import status_label

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_COLUMN = 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractTableModel):
    """One row per occurrence; rows of the same day share a background band."""

    COLUMNS = ("day", "time", "title", "channels", "status", "campaign", "objective")

    @property
    def zone(self) -> ZoneInfo:
        return self._tz

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Occurrence] = []
        self._tz = ZoneInfo("UTC")
        self._band: list[int] = []

    def set_rows(self, rows: list[Occurrence], tz: ZoneInfo) -> None:
        self.beginResetModel()
        self._tz = tz
        self._rows = sorted(rows, key=lambda o: o.sort_key(tz))
        self._band, band, last = [], 0, None
        for occ in self._rows:
            day = occ.sort_key(tz)[0]
            if last is not None and day != last:
                band ^= 1
            self._band.append(band)
            last = day
        self.endResetModel()

    def occurrence(self, row: int) -> Occurrence:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "day": self.tr("Day"),
            "time": self.tr("Time"),
            "title": self.tr("Title"),
            "channels": self.tr("Channels"),
            "status": self.tr("Status"),
            "campaign": self.tr("Campaign"),
            "objective": self.tr("Objective"),
        }
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        occ = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(occ, column)
        if role == SORT_ROLE:
            return self._sort_value(occ, column)
        if role == OCCURRENCE_ROLE:
            return occ
        if role == Qt.ItemDataRole.ToolTipRole:
            return occurrence_tooltip(occ, self._tz)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#f3f6fa") if self._band[index.row()] else None
        if role == Qt.ItemDataRole.DecorationRole and column == "channels" and occ.colours:
            return QColor(occ.colours[0])
        if role == Qt.ItemDataRole.FontRole and occ.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _display(self, occ: Occurrence, column: str) -> str:
        day = occ.sort_key(self._tz)[0]
        if column == "day":
            return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
        if column == "time":
            if occ.start_utc is None:
                return self.tr("All day")
            return occ.start_utc.astimezone(self._tz).strftime("%H:%M")
        values = {
            "title": occ.title,
            "channels": attention_mark(occ) + ", ".join(occ.channels),
            "status": status_label(occ.status),
            "campaign": occ.campaign or "",
            "objective": occ.objective or "",
        }
        return values[column]

    def _sort_value(self, occ: Occurrence, column: str) -> object:
        if column in ("day", "time"):
            key = occ.sort_key(self._tz)
            return f"{key[0].isoformat()} {key[1]} {key[2].isoformat()}"
        return self._display(occ, column).casefold()


class AgendaView(QTableView):
    itemActivated = Signal(object)  # Occurrence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = AgendaModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes what the other columns leave, so every column fits the window and
        # none hides behind a horizontal scroll bar.
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in enumerate((130, 55, 0, 160, 95, 140, 140)):
            if column != TITLE_COLUMN:
                self.setColumnWidth(column, width)
        self.doubleClicked.connect(self._activate)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def set_rows(self, rows: list[Occurrence], tz: ZoneInfo) -> None:
        """New rows (a refresh after any writer): the selected occurrence and the scroll
        position stay where the person left them."""
        chosen = self.selected()
        wanted = (chosen.item_id, chosen.occurrence_key) if chosen is not None else None
        scrolled = self.verticalScrollBar().value()
        self.source.set_rows(rows, tz)
        if wanted is not None:
            for row in range(self.proxy.rowCount()):
                occ = self.proxy.index(row, 0).data(OCCURRENCE_ROLE)
                if (occ.item_id, occ.occurrence_key) == wanted:
                    self.selectRow(row)
                    break
        self.verticalScrollBar().setValue(scrolled)

    def scroll_to_day(self, day: date) -> None:
        """Show the list from `day` (the date the person went to), not from the month's 1st."""
        self.doItemsLayout()  # a table just brought to the front has not laid out its rows yet
        for row in range(self.proxy.rowCount()):
            occ = self.proxy.index(row, 0).data(OCCURRENCE_ROLE)
            if occ.sort_key(self.source.zone)[0] >= day:
                self.scrollTo(self.proxy.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
                return
        self.scrollToBottom()

    def selected(self) -> Occurrence | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(OCCURRENCE_ROLE) if rows else None

    def _activate(self, index: QModelIndex) -> None:
        occ = index.data(OCCURRENCE_ROLE)
        if occ is not None:
            self.itemActivated.emit(occ)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected() is not None:
            self.itemActivated.emit(self.selected())
            return
        super().keyPressEvent(event)
