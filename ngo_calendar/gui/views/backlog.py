"""The idea backlog: undated items, dragged onto the calendar to schedule them and back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from ngo_calendar.core.calendar.query import Occurrence

from ..common.dnd import MIME_TYPE, DraggedItem, from_mime, to_mime
from ..common.labels import status_label

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class BacklogModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Occurrence] = []

    def set_rows(self, rows: list[Occurrence]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        occ = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return occ.title
        if role == Qt.ItemDataRole.ToolTipRole:
            channels = ", ".join(occ.channels)
            return f"{occ.title}\n{channels}\n{status_label(occ.status)}\n{occ.body[:200]}"
        if role == Qt.ItemDataRole.DecorationRole and occ.colours:
            return QColor(occ.colours[0])
        if role == OCCURRENCE_ROLE:
            return occ
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        occ = self._rows[indexes[0].row()]
        return to_mime(DraggedItem(occ.item_id, None, from_backlog=True))

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


class BacklogView(QListView):
    """Drag ideas out; drop a dated item here to take it off the calendar."""

    itemActivated = Signal(object)  # Occurrence
    unscheduleRequested = Signal(object)  # DraggedItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = BacklogModel(self)
        self.setModel(self.source)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(
            lambda index: self.itemActivated.emit(index.data(OCCURRENCE_ROLE))
        )

    def selected(self) -> Occurrence | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(OCCURRENCE_ROLE) if rows else None

    def handle_drop(self, mime: QMimeData) -> bool:
        """A dated item dropped here goes back to the ideas (public for tests)."""
        dragged = from_mime(mime)
        if dragged is None or dragged.from_backlog:
            return False
        self.unscheduleRequested.emit(dragged)
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()


class IdeasPanel(QWidget):
    """The side panel: the ideas, how to schedule them, and what the marks in the views mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side = QVBoxLayout(self)
        side.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel(self)
        self.title.setObjectName("backlogTitle")
        self.view = BacklogView(self)
        hint = QLabel(
            self.tr("Drag an idea onto a day to schedule it; drag an item here to unschedule it.")
        )
        self.legend = QLabel(
            self.tr(
                "In the calendar: <i>italics</i> idea, draft or in review; ◔ waiting for "
                "review; ✓ approved or published; <s>struck out</s> cancelled; ⚠ text too long "
                "for a channel; the coloured marks are the channels."
            )
        )
        self.legend.setObjectName("legend")
        for label in (hint, self.legend):
            label.setWordWrap(True)
            label.setStyleSheet("color: #607d8b;")
        for widget in (self.title, self.view, hint, self.legend):
            side.addWidget(widget)
