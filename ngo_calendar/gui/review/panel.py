"""The review queue beside the calendar: what waits for a decision, most urgent first, the text
per channel with its counter, the item's thread, and approve / request changes in one key."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.review.queue import Waiting
from ngo_calendar.core.review.rules import Remark

URGENCY_COLOURS = {
    "overdue": "#c62828",
    "soon": "#ef6c00",
    "later": "#2e7d32",
    "undated": "#607d8b",
}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
MARKS = {"overdue": "⚠", "soon": "◔", "later": "○", "undated": "·"}


class ReviewModel(QAbstractListModel):
    """The queue as rows: a model, so that a long queue is shown without one widget per row."""

    def __init__(self, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.rows: list[Waiting] = []

    def set_rows(self, rows: list[Waiting]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.panel.line(entry)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(URGENCY_COLOURS[entry.urgency])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.panel.urgency_text(entry)
        if role == ENTRY_ROLE:
            return entry
        return None


class ReviewPanel(QWidget):
    """Emits what the person decided; the window runs it through core and refreshes."""

    approveRequested = Signal(list)  # list[Waiting]
    changesRequested = Signal(object)  # Waiting
    openRequested = Signal(object)  # Waiting
    selectionChanged = Signal(object)  # Waiting | None: the window shows its thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = ZoneInfo("UTC")
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        self.model = ReviewModel(self)
        self.list = QListView(self)
        self.list.setObjectName("reviewQueue")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        # A long title is cut with "…", never scrolled sideways (seen at the side panel's width).
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.list.doubleClicked.connect(lambda index: self.openRequested.emit(self._of(index)))
        self.empty = QLabel(self.tr("Nothing waits for review."), self)
        self.empty.setStyleSheet("color: #607d8b;")
        self.details = QTextBrowser(self)
        self.details.setObjectName("reviewDetails")
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setToolTip(self.tr("Approve the selected items (Ctrl+Enter)"))
        self.changes_button = QPushButton(self.tr("Request changes…"), self)
        self.changes_button.setToolTip(
            self.tr("Send the item back to draft with a comment (Ctrl+Shift+Enter)")
        )
        self.approve_button.clicked.connect(self._approve)
        self.changes_button.clicked.connect(self._request_changes)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.changes_button)
        for keys, slot in (
            ("Ctrl+Return", self._approve),
            ("Ctrl+Enter", self._approve),
            ("Ctrl+Shift+Return", self._request_changes),
            ("Ctrl+Shift+Enter", self._request_changes),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        column.addWidget(self.empty)
        column.addWidget(self.list, 2)
        column.addWidget(self.details, 3)
        column.addLayout(buttons)
        self.set_entries([], self._tz)

    # -- data ------------------------------------------------------------------------------
    def set_entries(self, entries: list[Waiting], tz: ZoneInfo) -> None:
        """Show the queue; the same entries stay selected when it is read again."""
        self._tz = tz
        chosen = {(e.item_id, e.occurrence) for e in self.selected()}
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(entries)
        keep = [i for i, e in enumerate(entries) if (e.item_id, e.occurrence) in chosen]
        self.select_rows(keep)
        selection.blockSignals(False)
        self.empty.setVisible(not entries)
        self._selected()

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows of the queue (as clicks with Ctrl would)."""
        selection = QItemSelection()
        for row in rows:
            index = self.model.index(row)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().select(selection, flags)
        if rows:
            keep = QItemSelectionModel.SelectionFlag.NoUpdate  # the focus row, not a new choice
            self.list.selectionModel().setCurrentIndex(self.model.index(rows[0]), keep)

    def count(self) -> int:
        return self.model.rowCount()

    def selected(self) -> list[Waiting]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def show_thread(self, entry: Waiting | None, thread: list[Remark]) -> None:
        """The selected entry's texts per channel with their counters, and its thread."""
        if entry is None:
            self.details.setHtml("")
            return
        parts = [f"<b>{escape(entry.title)}</b><br>{escape(self.urgency_text(entry))}"]
        if entry.silent_at is not None:
            when = self._local(entry.silent_at)
            if entry.silent_at <= datetime.now(UTC):
                # Its time came while it was waiting (sent back to review since, say).
                said = self.tr(
                    "Approved by itself the next time the workspace is opened, if nobody "
                    "decides (its time, %1, has passed)."
                )
            else:
                said = self.tr("Approved by itself on %1 if nobody decides.")
            parts.append("<br>" + escape(said.replace("%1", when)))
        for text in entry.texts:
            count = f"{len(text.text)}" + (f" / {text.limit}" if text.limit else "")
            colour = "#c62828" if text.too_long else "#607d8b"
            body = escape(text.text).replace("\n", "<br>") or "<i>—</i>"
            parts.append(
                f"<p><b>{escape(text.channel)}</b> <span style='color:{colour}'>{count}</span>"
                f"<br>{body}</p>"
            )
        if thread:
            lines = "".join(
                f"<li>{self._local(r.at)} — <b>{escape(r.who)}</b> ({escape(self._kind(r.kind))})"
                f": {escape(r.text)}</li>"
                for r in thread
            )
            parts.append(f"<p><b>{escape(self.tr('Thread'))}</b></p><ul>{lines}</ul>")
        self.details.setHtml("".join(parts))

    # -- texts -----------------------------------------------------------------------------
    def line(self, entry: Waiting) -> str:
        when = self._when(entry)
        channels = ", ".join(t.channel for t in entry.texts)
        return f"{MARKS[entry.urgency]} {when}  {entry.title}  ({channels})"

    def _when(self, entry: Waiting) -> str:
        if entry.start_utc is not None:
            return self._local(entry.start_utc)
        if entry.start_date is not None:
            day = entry.start_date
            return self.locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
        return self.tr("undated")

    def _local(self, instant: datetime) -> str:
        local = instant.astimezone(self._tz)
        day = QDate(local.year, local.month, local.day)
        return f"{self.locale().toString(day, 'ddd d MMM')} {local:%H:%M}"

    def urgency_text(self, entry: Waiting) -> str:
        return {
            "overdue": self.tr("Overdue: its time has come"),
            "soon": self.tr("Within 24 hours"),
            "later": self.tr("Later"),
            "undated": self.tr("No date yet"),
        }[entry.urgency]

    def _kind(self, kind: str) -> str:
        return {
            "comment": self.tr("comment"),
            "changes": self.tr("changes requested"),
            "approval": self.tr("approved"),
        }.get(kind, kind)

    # -- actions ---------------------------------------------------------------------------
    def _of(self, index: QModelIndex) -> Waiting:
        return self.model.rows[index.row()]

    def _selected(self) -> None:
        chosen = self.selected()
        self.approve_button.setEnabled(bool(chosen))
        self.changes_button.setEnabled(len(chosen) == 1)
        self.selectionChanged.emit(chosen[0] if len(chosen) == 1 else None)

    def _approve(self) -> None:
        chosen = self.selected()
        if chosen:
            self.approveRequested.emit(chosen)

    def _request_changes(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.changesRequested.emit(chosen[0])
