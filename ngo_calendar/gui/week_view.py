"""The week view: seven day columns, an all-day row and an hour grid.

This half handles what the person does: selection, keyboard, tooltips, context menus, double
clicks and drag and drop. WeekCanvas draws. The view never writes anything: it emits signals and
the caller moves or creates items through the core services (which also makes moves undoable).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ngo_calendar.core.domain import AllDay, Timed
from ngo_calendar.core.query import Occurrence

from . import week_layout as wl
from .chips import occurrence_tooltip
from .dnd import MIME_TYPE, DraggedItem, from_mime, to_mime
from .labels import status_label
from .week_canvas import WeekCanvas

AUTOSCROLL_MARGIN = 24


@dataclass(frozen=True)
class _DragState:
    """What our own drag carries beyond the mime payload: where the item was grabbed."""

    key: tuple[int, str | None]
    offset: timedelta  # from the occurrence's start to the grabbed point, wall-clock
    day_offset: int  # for a multi-day chip: grabbed day minus its first day
    minutes: int  # length of the drop indicator
    days: int


class WeekView(WeekCanvas):
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
        self._drag: _DragState | None = None
        self._hover: tuple[QPointF, DraggedItem] | None = None  # during a drag over us
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(50)
        self._autoscroll.timeout.connect(self._autoscroll_step)

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
        self._layout = wl.build(monday, occurrences, tz)
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
        day = self._day_at(pos.x())
        hidden = self._visible_chips()[1]
        if day is not None and day in hidden and self._more_rect(day).contains(pos):
            return "<br>".join(html.escape(o.title) for o in hidden[day])
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        occ = self.occurrence_at(event.position().toPoint())
        self._set_selected(occ)
        if event.button() == Qt.MouseButton.LeftButton and occ is not None:
            self._press = (event.position().toPoint(), occ)
        else:
            self._press = None
        super().mousePressEvent(event)

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
            where = inside.center() if visible else self.rect().center()
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

    def _neighbour(self, key: Qt.Key) -> Occurrence | None:
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

    def _target(self, pos: QPointF, dragged: DraggedItem | None) -> Timed | AllDay | None:
        day = self._day_at(pos.x())
        if day is None or pos.y() < self._header_h or pos.y() >= self.height():
            return None
        state = self._drag
        if (
            dragged is None
            or state is None
            or state.key != (dragged.item_id, dragged.occurrence_key)
        ):
            state = None  # a drop from elsewhere (the backlog) lands where the pointer is
        the_day = self._layout.monday + timedelta(days=day)
        if pos.y() < self._grid_top:
            return AllDay(the_day - timedelta(days=state.day_offset if state else 0))
        minutes = (pos.y() - self._grid_top + self._scroll.value()) * 60 / self._hour_h
        midnight = datetime.combine(the_day, time())
        if state is None:
            local = midnight + timedelta(minutes=wl.snap(minutes))
        else:
            # Keep the grab point under the pointer: the block's top lands where it is shown,
            # on the previous day if the block was grabbed by its part after midnight.
            top = midnight + timedelta(minutes=min(max(minutes, 0), wl.DAY_MINUTES)) - state.offset
            top_midnight = datetime.combine(top.date(), time())
            slot = wl.snap((top - top_midnight).total_seconds() / 60)
            local = top_midnight + timedelta(minutes=slot)
        return Timed(wl.first_existing(local, self._tz))

    # ----- drag and drop ----------------------------------------------------------------------

    def _start_drag(self, press: QPoint, occ: Occurrence) -> None:
        pos = QPointF(press)
        chip = self._chip_at(pos)
        block = None if chip else self._block_at(pos)
        key = wl.occurrence_id(occ)
        if chip is not None:
            rect = self._chip_rect(chip)
            at = self._day_at(pos.x())
            grabbed_day = at if at is not None else chip.first_day
            first_day = (occ.start_date - self._layout.monday).days if occ.start_date else 0
            self._drag = _DragState(
                key, timedelta(0), grabbed_day - first_day, 60, max(occ.days, 1)
            )
        elif block is not None:
            rect = self._block_rect(block)
            midnight = datetime.combine(self._layout.monday + timedelta(days=block.day), time())
            grabbed = midnight + timedelta(
                minutes=(pos.y() - self._grid_top + self._scroll.value()) * 60 / self._hour_h
            )
            offset = max(grabbed - block.start_local, timedelta(0))
            minutes = max(int((block.end_local - block.start_local).total_seconds() // 60), 0)
            self._drag = _DragState(key, offset, 0, minutes, 1)
        else:
            return
        drag = QDrag(self)
        drag.setMimeData(to_mime(DraggedItem(occ.item_id, occ.occurrence_key)))
        image = rect.toAlignedRect().intersected(self.rect())
        if not image.isEmpty():
            pixmap = self.grab(image)
            drag.setPixmap(pixmap)
            drag.setHotSpot(press - image.topLeft())
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self._drag = None
            self._clear_indicator()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
            self._autoscroll.start()
            self._update_indicator(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._update_indicator(event)

    def dragLeaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._clear_indicator()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        taken = self.handle_drop(event.mimeData(), event.position().toPoint())
        self._clear_indicator()
        if taken:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def _update_indicator(self, event: QDragMoveEvent) -> None:
        dragged = from_mime(event.mimeData())
        self._hover = (event.position(), dragged) if dragged else None
        if self._refresh_indicator():
            event.acceptProposedAction()
        else:
            event.ignore()

    def _refresh_indicator(self) -> bool:
        target = self._target(*self._hover) if self._hover else None
        if target is None:
            self._indicator = None
        else:
            state = self._drag
            minutes, days = (state.minutes, state.days) if state else (60, 1)
            self._indicator = (target, minutes, days)
        self.update()
        return target is not None

    def _clear_indicator(self) -> None:
        self._autoscroll.stop()
        self._indicator = None
        self._hover = None
        self.update()

    def _autoscroll_step(self) -> None:
        """Near the grid's top or bottom edge a drag scrolls, to reach early or late hours."""
        if self._hover is None:
            return
        y = self._hover[0].y()
        before = self._scroll.value()
        if self._grid_top <= y < self._grid_top + AUTOSCROLL_MARGIN:
            self._scroll.setValue(before - int(self._hour_h / 4))
        elif y > self.height() - AUTOSCROLL_MARGIN:
            self._scroll.setValue(before + int(self._hour_h / 4))
        if self._scroll.value() != before:
            self._refresh_indicator()  # the slot under a still pointer changed


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
