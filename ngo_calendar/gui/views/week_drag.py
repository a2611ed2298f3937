"""Dragging in the week view: our own drags keep the grab point, drops show where they land.

A layer between WeekCanvas (drawing) and WeekView (what the person does): it owns the drag
state, the drop indicator and the scrolling near the grid's edges. It emits nothing itself;
WeekView.handle_drop turns a drop into the itemMoved signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.model.domain import AllDay, Timed

from ..common.dnd import MIME_TYPE, DraggedItem, from_mime, to_mime
from . import week_layout as wl
from .week_canvas import WeekCanvas

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

AUTOSCROLL_MARGIN = 24


@dataclass(frozen=True)
class _DragState:
    """What our own drag carries beyond the mime payload: where the item was grabbed."""

    key: tuple[int, str | None]
    offset: timedelta  # from the occurrence's start to the grabbed point, wall-clock
    day_offset: int  # for a multi-day chip: grabbed day minus its first day
    minutes: int  # length of the drop indicator
    days: int


class WeekDragDrop(WeekCanvas):
    if TYPE_CHECKING:

        def handle_drop(self, mime: QMimeData, pos: QPoint) -> bool: ...  # WeekView's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._drag: _DragState | None = None
        self._hover: tuple[QPointF, DraggedItem] | None = None  # during a drag over us
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(50)
        self._autoscroll.timeout.connect(self._autoscroll_step)

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
