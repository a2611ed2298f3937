"""The week view: seven day columns, an all-day row and an hour grid.

This top layer handles what the person does: selection, keyboard, tooltips, context menus and
double clicks. WeekDragDrop (week_drag.py) carries drags and drops; WeekCanvas draws. The view
never writes anything: it emits signals and the caller moves or creates items through the core
services (which also makes moves undoable).
"""

from __future__ import annotations

import html
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.model.domain import AllDay, Timed

from ..common.chips import occurrence_tooltip
from ..common.dnd import from_mime
from ..common.labels import status_label
from . import week_layout as wl
from .week_drag import WeekDragDrop


class WeekView(WeekDragDrop):
    itemActivated = Signal(object)  # Occurrence double-clicked or Enter pressed
    itemMoved = Signal(object, object)  # (DraggedItem, Timed | AllDay)
    createRequested = Signal(object)  # Timed | AllDay: double-click on an empty slot
    contextMenuRequested = Signal(object, QPoint)  # (Occurrence | None, global position)
    selectionChanged = Signal(object)  # Occurrence | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Week view"))
        self._press: tuple[QPoint, Occurrence] | None = None

    def allday_label(self) -> str:
        return self.tr("All day")

    def more_label(self, count: int) -> str:
        return self.tr("+%n more", "", count)

    # ----- public API -------------------------------------------------------------------------

    def set_week(
        self, monday: date, occurrences: list[Occurrence], tz: ZoneInfo, today: date
    ) -> None:
        """Show the week starting `monday` with the occurrences the caller loaded for it."""
        self._tz = tz
        self._today = today
        self._build(monday, occurrences)
        previous = self._selected
        self._selected = None
        if previous is not None:
            wanted = wl.occurrence_id(previous)
            for _, _, occ in self._layout.order:
                if wl.occurrence_id(occ) == wanted:
                    self._selected = occ
                    break
        self._relayout(keep_top=True)
        self.update()
        if previous is not None and self._selected != previous:
            self.selectionChanged.emit(self._selected)

    def monday(self) -> date:
        return self._layout.monday

    def selected(self) -> Occurrence | None:
        return self._selected

    def select(self, occ: Occurrence | None) -> None:
        """Select an occurrence shown in the view (by id: a refreshed copy is found too)."""
        found = None
        if occ is not None:
            wanted = wl.occurrence_id(occ)
            found = next(
                (o for _, _, o in self._layout.order if wl.occurrence_id(o) == wanted), None
            )
        self._set_selected(found)
        if found is not None:
            self._ensure_visible(found)

    def occurrence_at(self, pos: QPoint) -> Occurrence | None:
        chip = self._chip_at(QPointF(pos))
        if chip is not None:
            return chip.occ
        block = self._block_at(QPointF(pos))
        return block.occ if block is not None else None

    def position_to_start(self, pos: QPoint) -> Timed | AllDay | None:
        """The slot under a point: a 15-minute Timed slot in the grid, an AllDay in the top row."""
        return self._target(QPointF(pos), None)

    def handle_drop(self, mime: QMimeData, pos: QPoint) -> bool:
        """Drop a dragged item at `pos`: emits itemMoved and says whether the drop was taken."""
        dragged = from_mime(mime)
        if dragged is None:
            return False
        target = self._target(QPointF(pos), dragged)
        if target is None:
            return False
        self.itemMoved.emit(dragged, target)
        return True

    def tooltip_text(self, occ: Occurrence) -> str:
        """Rich text for an item's tooltip: the same as in the other views."""
        return occurrence_tooltip(occ, self._tz, self.locale())

    def status_label(self, status: str) -> str:
        return status_label(status)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip_at(self, pos: QPointF) -> str:
        occ = self.occurrence_at(pos.toPoint())
        if occ is not None:
            return self.tooltip_text(occ)
        more = self.more_at(pos)
        if more is not None:
            return "<br>".join(html.escape(o.title) for o in more.occs)
        day = self._day_at(pos.x())
        hidden = self._visible_chips()[1]
        if day is not None and day in hidden and self._more_rect(day).contains(pos):
            return "<br>".join(html.escape(o.title) for o in hidden[day])
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        more = self.more_at(event.position())
        if more is not None and event.button() == Qt.MouseButton.LeftButton:
            self.open_more(more, self.mapToGlobal(event.position().toPoint()))
            return
        occ = self.occurrence_at(event.position().toPoint())
        self._set_selected(occ)
        if event.button() == Qt.MouseButton.LeftButton and occ is not None:
            self._press = (event.position().toPoint(), occ)
        else:
            self._press = None
        super().mousePressEvent(event)

    def open_more(self, more: wl.More, where: QPoint) -> QMenu:
        """The items behind a "+N": choosing one selects it and opens it."""
        menu = QMenu(self)
        for occ in more.occs:
            when = (
                "" if occ.start_utc is None else self._time_text(wl.wall(occ.start_utc, self._tz))
            )
            action = menu.addAction(f"{when} {occ.title}".strip())
            action.triggered.connect(lambda _=False, o=occ: self._open_from_more(o))
        menu.popup(where)
        self.more_menu = menu
        return menu

    def _open_from_more(self, occ: Occurrence) -> None:
        self._set_selected(occ)
        self.itemActivated.emit(occ)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, occ = self._press
        if (event.position().toPoint() - start).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._press = None
        self._start_drag(start, occ)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        occ = self.occurrence_at(pos)
        if occ is not None:
            self._set_selected(occ)
            self.itemActivated.emit(occ)
            return
        start = self.position_to_start(pos)
        if start is not None:
            self.createRequested.emit(start)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Keyboard and self._selected is not None:
            # The menu key acts on the selected item and opens the menu beside it.
            rect = self.rect_for(self._selected)
            inside = rect.intersected(self.rect()) if rect is not None else None
            visible = inside is not None and not inside.isEmpty()
            where = inside.center() if inside is not None and visible else self.rect().center()
            self.contextMenuRequested.emit(self._selected, self.mapToGlobal(where))
            event.accept()
            return
        occ = self.occurrence_at(event.pos())
        if occ is not None:
            self._set_selected(occ)
        self.contextMenuRequested.emit(occ, event.globalPos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.itemActivated.emit(self._selected)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = self._neighbour(key)
            if target is not None:
                self._set_selected(target)
                self._ensure_visible(target)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _neighbour(self, key: int) -> Occurrence | None:
        """Up/Down: previous/next item in reading order; Left/Right: nearest item a day over."""
        order = self._layout.order
        if not order:
            return None
        index = next((i for i, (_, _, o) in enumerate(order) if o is self._selected), None)
        if index is None:
            return order[0][2]
        if key == Qt.Key.Key_Up:
            return order[max(index - 1, 0)][2]
        if key == Qt.Key.Key_Down:
            return order[min(index + 1, len(order) - 1)][2]
        day, minutes, _ = order[index]
        step = 1 if key == Qt.Key.Key_Right else -1
        other = day + step
        while 0 <= other < 7:
            candidates = [entry for entry in order if entry[0] == other]
            if candidates:
                return min(candidates, key=lambda e: abs(e[1] - minutes))[2]
            other += step
        return None

    def _set_selected(self, occ: Occurrence | None) -> None:
        if occ is self._selected:
            return
        self._selected = occ
        self.update()
        self.selectionChanged.emit(occ)

    def _ensure_visible(self, occ: Occurrence) -> None:
        blocks = [b for b in self._layout.blocks if b.occ is occ]
        if not blocks:
            return
        rect = self._block_rect(blocks[0])
        if rect.top() < self._grid_top:
            self._scroll.setValue(int(self._scroll.value() - (self._grid_top - rect.top()) - 8))
        elif rect.bottom() > self.height():
            shift = min(rect.bottom() - self.height(), rect.top() - self._grid_top) + 8
            self._scroll.setValue(int(self._scroll.value() + shift))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
