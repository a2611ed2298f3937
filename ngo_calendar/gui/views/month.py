"""The month grid: six weeks of days, items as chips coloured by channel, dragged between days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ngo_calendar.core.calendar.first_look import FirstLook, month_days
from ngo_calendar.core.calendar.query import Occurrence

from ..common.chips import attention_mark, occurrence_tooltip
from ..common.dnd import DraggedItem, from_mime, to_mime
from .chip_paint import ChipStyle, colour, paint_chip
from .week_paint import status_mark

HEADER_H = 24
DAY_LABEL_H = 20
CHIP_H = 18
CHIP_GAP = 2


@dataclass(frozen=True)
class ChipSlot:
    rect: QRect
    occurrence: Occurrence


class MonthView(QWidget):
    itemActivated = Signal(object)  # Occurrence
    itemDroppedOnDay = Signal(object, object)  # DraggedItem, date
    createRequested = Signal(object)  # date
    dayActivated = Signal(object)  # date: "+N more" clicked; the window shows that day
    contextMenuRequested = Signal(object, object, QPoint)  # Occurrence | None, date | None, pos
    selectionChanged = Signal(object)  # Occurrence | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        # Every pixel is painted here: Qt need not paint the parents' backgrounds beneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(560, 420)
        self._month = date.today().replace(day=1)
        self._today = date.today()
        self._tz = ZoneInfo("UTC")
        self._by_day: dict[date, list[Occurrence]] = {}
        self._counts: dict[date, int] = {}  # per day, while only a first look is shown
        self._chips: list[ChipSlot] = []
        self._more: dict[date, QRect] = {}
        self._selected: Occurrence | None = None
        self._selected_day: date = self._today
        self._press: QPoint | None = None
        self._drop_day: date | None = None

    # -- data ------------------------------------------------------------------------------
    def set_month(
        self, month: date, occurrences: list[Occurrence], tz: ZoneInfo, today: date
    ) -> None:
        by_day: dict[date, list[Occurrence]] = {}
        for occ in occurrences:
            if occ.start_date is None and occ.days_on is not None:  # most: one day, known
                day = occ.days_on[0]
                on_day = by_day.get(day)
                if on_day is None:
                    by_day[day] = [occ]
                else:
                    on_day.append(occ)
                continue
            for day in month_days(occ, tz):
                by_day.setdefault(day, []).append(occ)
        self._show(month, by_day, {}, occurrences, tz, today)

    def set_first_look(self, month: date, look: FirstLook, tz: ZoneInfo, today: date) -> None:
        """The first chips of each day and how many each day has, while the complete weeks
        are read (core.first_look): painted exactly as the complete month."""
        by_day = {day: list(shown) for day, shown in look.by_day.items()}
        self._show(month, by_day, dict(look.counts), look.occurrences(), tz, today)

    def _show(
        self,
        month: date,
        by_day: dict[date, list[Occurrence]],
        counts: dict[date, int],
        occurrences: list[Occurrence],
        tz: ZoneInfo,
        today: date,
    ) -> None:
        self._month, self._tz, self._today = month.replace(day=1), tz, today
        self._by_day, self._counts = by_day, counts
        if self._selected is not None:  # the same occurrence, read again, stays selected
            self._select(self._find_same(occurrences, self._selected))
        if not self.first_day() <= self._selected_day < self.first_day() + timedelta(days=42):
            self._selected_day = self._month
        self.update()

    def chips_that_fit(self, height: int) -> int:
        """How many chips a day shows at most when the view is `height` pixels high."""
        cell = (height - HEADER_H) // 6
        return max((cell - DAY_LABEL_H - 4) // (CHIP_H + CHIP_GAP), 1)

    @staticmethod
    def _find_same(occurrences: list[Occurrence], old: Occurrence) -> Occurrence | None:
        return next(
            (
                o
                for o in occurrences
                if o.item_id == old.item_id and o.occurrence_key == old.occurrence_key
            ),
            None,
        )

    def first_day(self) -> date:
        """The Monday on or before the first of the month: the grid's top-left cell."""
        return self._month - timedelta(days=self._month.weekday())

    def selected(self) -> Occurrence | None:
        return self._selected

    def selected_day(self) -> date:
        return self._selected_day

    def select_day(self, day: date) -> None:
        """The day a new item goes on (Today, Go to date): shown framed."""
        if self._selected_day != day:
            self._selected_day = day
            self.update()

    def occurrences_on(self, day: date) -> list[Occurrence]:
        return list(self._by_day.get(day, []))

    # -- geometry --------------------------------------------------------------------------
    def cell_rect(self, index: int) -> QRect:
        width = self.width() / 7
        height = (self.height() - HEADER_H) / 6
        row, col = divmod(index, 7)
        return QRect(int(col * width), int(HEADER_H + row * height), int(width), int(height))

    def day_at(self, pos: QPoint) -> date | None:
        if pos.y() < HEADER_H:
            return None
        for index in range(42):
            if self.cell_rect(index).contains(pos):
                return self.first_day() + timedelta(days=index)
        return None

    def occurrence_at(self, pos: QPoint) -> Occurrence | None:
        return next((c.occurrence for c in self._chips if c.rect.contains(pos)), None)

    def chip_rect(self, occ: Occurrence) -> QRect | None:
        return next((c.rect for c in self._chips if c.occurrence == occ), None)

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._chips, self._more = [], {}
        self._paint_header(painter)
        style = ChipStyle(self.font(), palette.highlight().color())
        for index in range(42):
            self._paint_day(painter, index, style)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        locale = self.locale()
        width = self.width() / 7
        painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
        for col in range(7):
            name = locale.dayName(col + 1, locale.FormatType.LongFormat)
            rect = QRectF(col * width, 0, width, HEADER_H)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name.capitalize())

    def _paint_day(self, painter: QPainter, index: int, style: ChipStyle) -> None:
        day = self.first_day() + timedelta(days=index)
        cell = self.cell_rect(index)
        in_month = day.month == self._month.month
        background = colour("#ffffff") if in_month else colour("#f4f5f7")
        if day == self._drop_day:
            background = colour("#e3f2fd")
        painter.fillRect(cell, background)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # chips leave their fill on the painter
        painter.setPen(colour("#d0d4da"))
        painter.drawRect(cell.adjusted(0, 0, -1, -1))
        if day == self._selected_day and self.hasFocus() and self._selected is None:
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(cell.adjusted(1, 1, -2, -2))
        self._paint_day_number(painter, cell, day, in_month)
        self._paint_chips(painter, cell, day, style)

    def _paint_day_number(self, painter: QPainter, cell: QRect, day: date, in_month: bool) -> None:
        label = QRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, DAY_LABEL_H - 2)
        text = (
            str(day.day)
            if day.day != 1
            else self.locale().toString(QDate(day.year, day.month, day.day), "d MMM")
        )
        font = QFont(self.font())
        if day == self._today:
            font.setBold(True)
            badge = QRect(label.left() - 2, label.top(), max(22, 9 * len(text)), DAY_LABEL_H - 2)
            painter.setBrush(QColor("#1565c0"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(QColor("#ffffff"))
            label = badge
            align = Qt.AlignmentFlag.AlignCenter
        else:
            painter.setPen(QColor("#263238") if in_month else QColor("#9aa0a6"))
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(font)
        painter.drawText(label, align, text)
        painter.setFont(self.font())

    def _paint_chips(self, painter: QPainter, cell: QRect, day: date, style: ChipStyle) -> None:
        occs = self._by_day.get(day, [])  # in time order, as set_month was given them
        total = self._counts.get(day, len(occs))  # a first look has only the first chips
        room = (cell.height() - DAY_LABEL_H - 4) // (CHIP_H + CHIP_GAP)
        shown = occs if total <= room else occs[: max(room - 1, 0)]
        top = cell.top() + DAY_LABEL_H + 2
        for occ in shown:
            rect = QRect(cell.left() + 3, top, cell.width() - 6, CHIP_H)
            text = self.chip_text(occ)
            paint_chip(painter, rect, occ, text, occ is self._selected, style)
            painter.setFont(self.font())
            self._chips.append(ChipSlot(rect, occ))
            top += CHIP_H + CHIP_GAP
        hidden = total - len(shown)
        if hidden:
            rect = QRect(cell.left() + 6, top, cell.width() - 12, CHIP_H)
            painter.setPen(QColor("#1565c0"))
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.more_text(hidden),
            )
            self._more[day] = rect

    def more_text(self, hidden: int) -> str:
        return self.tr("+%n more", "", hidden)

    def chip_text(self, occ: Occurrence) -> str:
        """What a chip says: marks, the time, then the title (no channel names: see above)."""
        when = "" if occ.start_utc is None else f"{occ.start_utc.astimezone(self._tz):%H:%M} "
        return f"{attention_mark(occ)}{status_mark(occ.status)}{when}{occ.title}"

    # -- interaction -----------------------------------------------------------------------
    def _select(self, occ: Occurrence | None) -> None:
        if occ != self._selected:
            self._selected = occ
            self.selectionChanged.emit(occ)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        day = self.day_at(pos)
        if day is not None:
            self._selected_day = day
        for more_day, rect in self._more.items():
            if rect.contains(pos):
                self.dayActivated.emit(more_day)
                return
        self._select(self.occurrence_at(pos))
        self._press = pos if event.button() == Qt.MouseButton.LeftButton else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._press is None or self._selected is None:
            return
        if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(
            to_mime(DraggedItem(self._selected.item_id, self._selected.occurrence_key))
        )
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        occ = self.occurrence_at(pos)
        if occ is not None:
            self.itemActivated.emit(occ)
        elif (day := self.day_at(pos)) is not None:
            self.createRequested.emit(day)

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001
        pos = event.pos()
        occ = self.occurrence_at(pos)
        self._select(occ)
        self.contextMenuRequested.emit(occ, self.day_at(pos), event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps: dict[int, int] = {  # by event.key(), an int
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if event.key() in steps and not event.modifiers():
            self._selected_day += timedelta(days=steps[event.key()])
            day_items = self.occurrences_on(self._selected_day)
            self._select(day_items[0] if day_items else None)
            if not self.first_day() <= self._selected_day < self.first_day() + timedelta(42):
                self.dayActivated.emit(self._selected_day)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.itemActivated.emit(self._selected)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            occ = self.occurrence_at(event.pos())
            if occ is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), occurrence_tooltip(occ, self._tz), self)
            return True
        return super().event(event)

    # -- drops -----------------------------------------------------------------------------
    def handle_drop(self, mime: QMimeData, pos: QPoint) -> bool:
        """Emit the move a drop at `pos` means; public so tests can drop without a real drag."""
        dragged = from_mime(mime)
        day = self.day_at(pos)
        if dragged is None or day is None:
            return False
        self.itemDroppedOnDay.emit(dragged, day)
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        self._drop_day = self.day_at(event.position().toPoint())
        self.update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802, ANN001
        self._drop_day = None
        self.update()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        self._drop_day = None
        if self.handle_drop(event.mimeData(), event.position().toPoint()):
            event.acceptProposedAction()
        self.update()
