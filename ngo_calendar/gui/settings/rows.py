"""An editable table of named rows (channels, campaigns, people, objectives, audiences).

The table owns what every list shares: a name per row, add / remove / move, the ids of rows
removed, and the check that names are given and distinct. What a row holds besides its name is
left to a `RowSpec`, the tab that uses the table. Composition rather than subclassing keeps each
class's `tr()` context its own, so that Qt Linguist finds every string where it is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
PROBLEM_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fdecea; }"


class RowSpec(Protocol):
    """What a tab tells the table about its rows. Entries are the core's frozen dataclasses."""

    def make_cells(self, notify: Callable[[], None]) -> list[QWidget]:
        """Editors for the columns after the name; connect their change signals to `notify`."""
        ...

    def show_entry(self, cells: list[QWidget], entry: Any) -> None: ...

    def read_entry(self, cells: list[QWidget], entry_id: int | None, name: str) -> Any: ...

    def new_entry(self) -> Any: ...

    def removal_blocked(self, entry_id: int | None, name: str) -> str | None:
        """Why this row may not be removed, or None."""
        ...

    def removal_note(self, entry_id: int | None, name: str) -> str | None:
        """What removing this row will do, shown before the person clicks Remove."""
        ...


class RowsTable(QWidget):
    changed = Signal()

    def __init__(
        self,
        spec: RowSpec,
        headers: Sequence[str],
        movable: bool,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._spec = spec
        self._placeholder = placeholder
        self._removed: set[int] = set()
        self._next_key = -1  # rows not stored yet get negative keys, stored rows their id
        self._quiet = False

        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._current_changed)

        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # drawn in the muted colour of the style

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        if movable:
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
        else:
            self.up_button.hide()
            self.down_button.hide()
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._update_controls()

    # --- contents -----------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[Any]) -> None:
        self._quiet = True
        self.table.setRowCount(0)
        self._removed.clear()
        for entry in entries:
            self._append(entry.id, entry)
        self._quiet = False
        self._update_controls()

    def entries(self) -> tuple[Any, ...]:
        return tuple(self._entry_at(row) for row in range(self.table.rowCount()))

    def removed_ids(self) -> frozenset[int]:
        return frozenset(self._removed)

    def keyed_names(self) -> list[tuple[int, str]]:
        """(key, name) per row: keys follow a row through renames and moves."""
        return [(self.key(r), self.name_edit(r).text().strip()) for r in range(self.row_count())]

    def row_count(self) -> int:
        return self.table.rowCount()

    def key(self, row: int) -> int:
        return int(self._key_item(row).data(KEY_ROLE))

    def _key_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None  # every row has one (_append)
        return item

    def name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QLineEdit)
        return widget

    def cells(self, row: int) -> list[QWidget]:
        return [self.table.cellWidget(row, c) for c in range(1, self.table.columnCount())]

    def name_problems(self, title: str) -> list[str]:
        """Missing and repeated names (regardless of case), marked on the rows themselves."""
        problems: list[str] = []
        seen: dict[str, int] = {}
        for row in range(self.row_count()):
            name = self.name_edit(row).text().strip()
            seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
        missing = False
        repeated: list[str] = []
        for row in range(self.row_count()):
            edit = self.name_edit(row)
            name = edit.text().strip()
            reason = ""
            if not name:
                missing = True
                reason = self.tr("Give a name.")
            elif seen[name.casefold()] > 1:
                if name.casefold() not in (n.casefold() for n in repeated):
                    repeated.append(name)
                reason = self.tr("This name is used twice.")
            edit.setStyleSheet(PROBLEM_STYLE if reason else "")
            edit.setToolTip(reason)
        if missing:
            problems.append(self.tr("{list}: a name is missing.").format(list=title))
        for name in repeated:
            problems.append(
                self.tr('{list}: "{name}" is used twice.').format(list=title, name=name)
            )
        return problems

    # --- editing ------------------------------------------------------------------------------

    def add_row(self) -> int:
        """Append a new row with the spec's defaults and put the cursor in its name."""
        row = self._append(self._next_key, self._spec.new_entry())
        self._next_key -= 1
        self.table.setCurrentCell(row, 0)
        self.name_edit(row).setFocus()
        self._notify()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self._blocked(row):
            return
        key = self.key(row)
        if key > 0:
            self._removed.add(key)
        self.table.removeRow(row)
        if self.row_count():
            self.table.setCurrentCell(min(row, self.row_count() - 1), 0)
        self._update_controls()
        self._notify()

    def move_current(self, delta: int) -> None:
        row = self.table.currentRow()
        other = row + delta
        if row < 0 or not 0 <= other < self.row_count():
            return
        first, second = (
            (self.key(row), self._entry_at(row)),
            (self.key(other), self._entry_at(other)),
        )
        self._quiet = True
        self._put(row, *second)
        self._put(other, *first)
        self._quiet = False
        self.table.setCurrentCell(other, 0)
        self._notify()

    # --- inside -------------------------------------------------------------------------------

    def _add_clicked(self) -> None:
        self.add_row()

    def _append(self, key: int, entry: Any) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        # The key lives on an item under the name editor, so it moves with removeRow and sorts.
        self.table.setItem(row, 0, QTableWidgetItem())
        edit = QLineEdit()
        edit.setPlaceholderText(self._placeholder)
        edit.textChanged.connect(self._notify)
        self.table.setCellWidget(row, 0, edit)
        for column, widget in enumerate(self._spec.make_cells(self._notify), start=1):
            self.table.setCellWidget(row, column, widget)
        for column in range(self.table.columnCount()):
            self._watch(self.table.cellWidget(row, column))
        self._put(row, key, entry)
        height = max(w.sizeHint().height() for w in [edit, *self.cells(row)]) + 4
        self.table.setRowHeight(row, height)
        return row

    def _put(self, row: int, key: int, entry: Any) -> None:
        self._key_item(row).setData(KEY_ROLE, key)
        self.name_edit(row).setText(entry.name)
        self._spec.show_entry(self.cells(row), entry)

    def _entry_at(self, row: int) -> Any:
        key = self.key(row)
        name = self.name_edit(row).text().strip()
        return self._spec.read_entry(self.cells(row), key if key > 0 else None, name)

    def _watch(self, widget: QWidget) -> None:
        # Clicking into an editor does not select its row: follow the focus to know which row
        # Remove and the move buttons act on.
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            for row in range(self.row_count()):
                for column in range(self.table.columnCount()):
                    cell = self.table.cellWidget(row, column)
                    if cell is watched or cell.isAncestorOf(watched):
                        if row != self.table.currentRow():
                            self.table.setCurrentCell(row, column)
                        return False
        return False

    def _notify(self) -> None:
        if not self._quiet:
            self._update_controls()
            self.changed.emit()

    def _current_changed(self, *_: int) -> None:
        self._update_controls()

    def _blocked(self, row: int) -> str | None:
        key = self.key(row)
        return self._spec.removal_blocked(key if key > 0 else None, self.name_edit(row).text())

    def _update_controls(self) -> None:
        row = self.table.currentRow()
        has_row = 0 <= row < self.row_count()
        blocked = self._blocked(row) if has_row else None
        self.remove_button.setEnabled(has_row and not blocked)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < self.row_count() - 1)
        note = None
        if has_row and not blocked:
            key = self.key(row)
            note = self._spec.removal_note(key if key > 0 else None, self.name_edit(row).text())
        self.hint.setText(blocked or note or "")
        self.remove_button.setToolTip(blocked or "")
