"""The drawing half of the week view: geometry, hit tests and painting, no interaction.

One widget paints everything (no item widgets, no scene) so that showing another week is one
layout pass over the few occurrences the caller loaded for that week, and every position used
by the drag code and the tests is in the widget's own coordinates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTime, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from ngo_calendar.core.domain import AllDay, Timed
from ngo_calendar.core.query import Occurrence

from . import week_layout as wl
from .week_paint import (
    paint_block_text,
    paint_chip,
    paint_drop_indicator,
    paint_item,
    paint_more,
    paint_now_line,
)

FIRST_VISIBLE_HOUR = 7
VISIBLE_HOURS = 15  # 07:00 to 22:00 fill the grid when the window is tall enough
MIN_HOUR_HEIGHT = 40
MAX_CHIP_LANES = 4  # beyond this the all-day row shows "+N" rather than pushing the grid away
# Narrower than this, a block could not show its title: overlaps beyond fold into a "+N".
MIN_LANE_WIDTH = 64


class WeekCanvas(QWidget):
    """Displays a week; WeekView adds the mouse, keyboard, drag and drop and translated texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        monday = date.today() - timedelta(days=date.today().weekday())
        self._tz = ZoneInfo("UTC")
        self._today = date.today()
        self._layout = wl.build(monday, [], self._tz)
        self._occurrences: list[Occurrence] = []
        self._selected: Occurrence | None = None
        self._indicator: tuple[Timed | AllDay, int, int] | None = None  # target, minutes, days
        self._hour_h = float(MIN_HOUR_HEIGHT)
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.valueChanged.connect(self.update)
        self._metrics()
        self._relayout(keep_top=False)
        self.scroll_to_hour(FIRST_VISIBLE_HOUR)
        # The current-time line moves; once a minute is plenty for a calendar.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    # Texts come from the subclass: tr() takes its context from the class that lupdate sees.
    def allday_label(self) -> str:
        return "All day"

    def more_label(self, count: int) -> str:
        return f"+{count}"

    def scroll_to_hour(self, hour: float) -> None:
        # A few pixels above the hour, so that its label is not cut by the all-day row.
        self._scroll.setValue(max(int(hour * self._hour_h) - 8, 0))

    def is_selected(self, occ: Occurrence) -> bool:
        return self._selected is not None and wl.occurrence_id(occ) == wl.occurrence_id(
            self._selected
        )

    def rect_for(self, occ: Occurrence) -> QRect | None:
        """Where an occurrence is drawn (its first part in this week), to anchor menus or popups.

        The rectangle may lie outside the visible grid when the hour is scrolled away.
        """
        wanted = wl.occurrence_id(occ)
        for chip in self._visible_chips()[0]:
            if wl.occurrence_id(chip.occ) == wanted:
                return self._chip_rect(chip).toAlignedRect()
        for block in sorted(self._layout.blocks, key=lambda b: (b.day, b.start_min)):
            if wl.occurrence_id(block.occ) == wanted:
                return self._block_rect(block).toAlignedRect()
        return None

    # ----- geometry ---------------------------------------------------------------------------

    def _metrics(self) -> None:
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1, 7.0))
        fm = QFontMetrics(self.font())
        small = QFontMetrics(self._small)
        self._header_h = fm.height() + 14
        self._chip_h = small.height() + 6
        labels = [self._time_text(datetime(2000, 1, 1, h)) for h in (0, 10, 12, 23)]
        labels.append(self.allday_label())
        self._gutter = max(small.horizontalAdvance(t) for t in labels) + 14

    def _relayout(self, keep_top: bool) -> None:
        """Sizes that depend on the widget's size or on the all-day row's content."""
        top_minutes = self._scroll.value() * 60 / self._hour_h if keep_top else None
        lanes = max(1, min(self._layout.chip_lanes, MAX_CHIP_LANES))
        self._allday_h = lanes * (self._chip_h + 2) + 6
        self._grid_top = self._header_h + self._allday_h
        sb_w = self._scroll.sizeHint().width()
        viewport = max(self.height() - self._grid_top, 1)
        # A little more than the visible hours, so that the last hour's line shows too.
        self._hour_h = max(float(MIN_HOUR_HEIGHT), viewport / (VISIBLE_HOURS + 0.4))
        self._scroll.setGeometry(self.width() - sb_w, self._grid_top, sb_w, viewport)
        self._scroll.setRange(0, max(0, int(24 * self._hour_h) - viewport))
        self._scroll.setPageStep(viewport)
        self._scroll.setSingleStep(int(self._hour_h / 2))
        if top_minutes is not None:
            self._scroll.setValue(int(top_minutes * self._hour_h / 60))

    def _col_width(self) -> float:
        return max(self.width() - self._gutter - self._scroll.width(), 7) / 7

    def _col_x(self, day: int) -> float:
        return self._gutter + day * self._col_width()

    def _minute_y(self, minutes: float) -> float:
        return self._grid_top + minutes * self._hour_h / 60 - self._scroll.value()

    def _grid_rect(self) -> QRectF:
        return QRectF(
            self._gutter, self._grid_top, 7 * self._col_width(), self.height() - self._grid_top
        )

    def _block_rect(self, block: wl.Block | wl.More) -> QRectF:
        width = self._col_width() - 6  # leave a gap on the right to drop or double-click into
        lane_w = width / block.lanes
        x = self._col_x(block.day) + 1 + block.lane * lane_w
        top = self._minute_y(block.start_min)
        bottom = self._minute_y(block.end_min)
        span = block.span if isinstance(block, wl.Block) else 1
        return QRectF(x, top + 1, lane_w * span - 2, bottom - top - 2)

    def lanes_that_fit(self) -> int:
        """Blocks side by side in a day, each wide enough for a few words of its title."""
        return max(1, int((self._col_width() - 6) // MIN_LANE_WIDTH))

    def _build(self, monday: date, occurrences: list[Occurrence]) -> None:
        self._occurrences = occurrences
        self._layout = wl.build(monday, occurrences, self._tz, self.lanes_that_fit())

    def more_at(self, pos: QPointF) -> wl.More | None:
        """The "+N" of overlapping items at `pos`, if any."""
        if pos.y() < self._grid_top:
            return None
        return next((m for m in self._layout.more if self._block_rect(m).contains(pos)), None)

    def _chip_rect(self, chip: wl.Chip) -> QRectF:
        top = self._header_h + 3 + chip.lane * (self._chip_h + 2)
        left = self._col_x(chip.first_day) + 2
        right = self._col_x(chip.last_day + 1) - 3
        return QRectF(left, top, right - left, self._chip_h)

    def _visible_chips(self) -> tuple[list[wl.Chip], dict[int, list[Occurrence]]]:
        """Chips that fit in the all-day row, and per day those that do not."""
        chips = self._layout.chips
        if self._layout.chip_lanes <= MAX_CHIP_LANES:
            return chips, {}
        shown: list[wl.Chip] = []
        hidden: dict[int, list[Occurrence]] = {}
        for chip in chips:
            if chip.lane < MAX_CHIP_LANES - 1:
                shown.append(chip)
            else:
                for day in range(chip.first_day, chip.last_day + 1):
                    hidden.setdefault(day, []).append(chip.occ)
        return shown, hidden

    def _more_rect(self, day: int) -> QRectF:
        top = self._header_h + 3 + (MAX_CHIP_LANES - 1) * (self._chip_h + 2)
        return QRectF(self._col_x(day) + 2, top, self._col_width() - 5, self._chip_h)

    def _chip_at(self, pos: QPointF) -> wl.Chip | None:
        if not self._header_h <= pos.y() < self._grid_top:
            return None
        return next((c for c in self._visible_chips()[0] if self._chip_rect(c).contains(pos)), None)

    def _block_at(self, pos: QPointF) -> wl.Block | None:
        if pos.y() < self._grid_top:
            return None
        # Last painted is on top.
        return next(
            (b for b in reversed(self._layout.blocks) if self._block_rect(b).contains(pos)), None
        )

    def _day_at(self, x: float) -> int | None:
        if x < self._gutter:
            return None
        day = int((x - self._gutter) // self._col_width())
        return day if 0 <= day < 7 else None

    # ----- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        self._paint_header(p, pal)
        self._paint_allday(p, pal)
        self._paint_grid(p, pal)
        p.end()

    def _line_colour(self, pal: QPalette, alpha: int) -> QColor:
        colour = QColor(pal.color(QPalette.ColorRole.Text))
        colour.setAlpha(alpha)
        return colour

    def _today_index(self) -> int | None:
        index = (self._today - self._layout.monday).days
        return index if 0 <= index < 7 else None

    def _today_tint(self, pal: QPalette) -> QColor:
        tint = QColor(pal.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(22)
        return tint

    def _paint_header(self, p: QPainter, pal: QPalette) -> None:
        loc = self.locale()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.Window))
        p.drawRect(QRectF(0, 0, self.width(), self._header_h))
        today = self._today_index()
        col_w = self._col_width()
        for day in range(7):
            d = self._layout.monday + timedelta(days=day)
            text = f"{loc.dayName(day + 1, loc.FormatType.ShortFormat)} {d.day}"
            if d.day == 1 or day == 0:
                text += " " + loc.monthName(d.month, loc.FormatType.ShortFormat)
            rect = QRectF(self._col_x(day), 0, col_w, self._header_h)
            font = QFont(self.font())
            if day == today:
                font.setBold(True)
                p.fillRect(rect, self._today_tint(pal))
                p.setPen(pal.color(QPalette.ColorRole.Highlight))
            else:
                p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.setFont(font)
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(col_w - 4)),
            )
        p.setPen(QPen(self._line_colour(pal, 60), 1))
        p.drawLine(QPointF(0, self._header_h - 0.5), QPointF(self.width(), self._header_h - 0.5))

    def _paint_allday(self, p: QPainter, pal: QPalette) -> None:
        top, bottom = self._header_h, self._grid_top
        today = self._today_index()
        if today is not None:
            p.fillRect(
                QRectF(self._col_x(today), top, self._col_width(), bottom - top),
                self._today_tint(pal),
            )
        p.setFont(self._small)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(
            QRectF(0, top, self._gutter - 6, self._chip_h + 6),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.allday_label(),
        )
        p.setPen(QPen(self._line_colour(pal, 30), 1))
        for day in range(1, 7):
            x = round(self._col_x(day)) + 0.5
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
        shown, hidden = self._visible_chips()
        for chip in shown:
            paint_chip(
                p, self._chip_rect(chip), chip.occ, pal, self._small, self.is_selected(chip.occ)
            )
        for day, occs in hidden.items():
            p.setFont(self._small)
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                self._more_rect(day).adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.more_label(len(occs)),
            )
        if self._indicator is not None and isinstance(self._indicator[0], AllDay):
            first = (self._indicator[0].day - self._layout.monday).days
            last = first + self._indicator[2] - 1
            # A multi-day chip dragged by its middle may start before Monday: show what is seen.
            left = self._col_x(max(first, 0)) + 2
            right = self._col_x(min(last, 6) + 1) - 3
            if right > left:
                rect = QRectF(left, top + 3, right - left, self._allday_h - 6)
                paint_drop_indicator(p, pal, rect, "", self._small)
        p.setPen(QPen(self._line_colour(pal, 90), 1))
        p.drawLine(QPointF(0, bottom - 0.5), QPointF(self.width(), bottom - 0.5))

    def _paint_grid(self, p: QPainter, pal: QPalette) -> None:
        area = QRectF(0, self._grid_top, self.width() - self._scroll.width(), self.height())
        p.save()
        p.setClipRect(area)
        col_w = self._col_width()
        today = self._today_index()
        if today is not None:
            p.fillRect(
                QRectF(self._col_x(today), area.top(), col_w, area.height()), self._today_tint(pal)
            )
        missing = QColor(self._line_colour(pal, 40))
        for day, hour in self._layout.missing_hours:
            # The hour skipped by the spring-forward change: nothing can be placed there.
            top = self._minute_y(hour * 60)
            p.fillRect(
                QRectF(self._col_x(day), top, col_w, self._hour_h),
                QBrush(missing, Qt.BrushStyle.BDiagPattern),
            )
        hour_pen = QPen(self._line_colour(pal, 40), 1)
        half_pen = QPen(self._line_colour(pal, 18), 1, Qt.PenStyle.DashLine)
        right = self._col_x(7)
        for hour in range(24):
            y = round(self._minute_y(hour * 60)) + 0.5
            p.setPen(hour_pen)
            p.drawLine(QPointF(self._gutter - 5, y), QPointF(right, y))
            y_half = round(self._minute_y(hour * 60 + 30)) + 0.5
            p.setPen(half_pen)
            p.drawLine(QPointF(self._gutter, y_half), QPointF(right, y_half))
        p.setPen(QPen(self._line_colour(pal, 40), 1))
        for day in range(8):
            x = round(self._col_x(day)) + 0.5
            p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        p.setFont(self._small)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        fm = QFontMetrics(self._small)
        for hour in range(1, 24):
            y = self._minute_y(hour * 60)
            p.drawText(
                QRectF(0, y - fm.height() / 2, self._gutter - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._time_text(datetime(2000, 1, 1, hour)),
            )
        p.setClipRect(QRectF(self._gutter, area.top(), right - self._gutter, area.height()))
        for block in self._layout.blocks:
            rect = self._block_rect(block)
            if rect.bottom() < area.top() or rect.top() > area.bottom():
                continue
            selected = self.is_selected(block.occ)
            paint_item(p, rect, block.occ, pal, selected)
            paint_block_text(
                p, rect, block.occ, self._time_text(block.start_local), pal, self._small
            )
        for more in self._layout.more:
            paint_more(p, self._block_rect(more), self.more_label(len(more.occs)), pal, self._small)
        self._paint_now(p, pal)
        if self._indicator is not None and isinstance(self._indicator[0], Timed):
            local = self._indicator[0].local
            day = (local.date() - self._layout.monday).days
            minutes = local.hour * 60 + local.minute
            length = max(self._indicator[1], wl.MIN_BLOCK_MINUTES)
            top = self._minute_y(minutes)
            rect = QRectF(self._col_x(day) + 1, top, col_w - 3, length * self._hour_h / 60)
            paint_drop_indicator(p, pal, rect, self._time_text(local), self._small)
        p.restore()

    def _paint_now(self, p: QPainter, pal: QPalette) -> None:
        today = self._today_index()
        if today is None:
            return
        now = datetime.now(self._tz)
        if now.date() != self._today:
            return
        y = self._minute_y(now.hour * 60 + now.minute)
        paint_now_line(p, QPointF(self._col_x(today), y), self._col_width())

    def _time_text(self, local: datetime) -> str:
        return self.locale().toString(
            QTime(local.hour, local.minute), self.locale().FormatType.ShortFormat
        )

    def _tick(self) -> None:
        if self._today_index() is not None:
            self.update()

    # ----- events -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        if self.lanes_that_fit() != self._layout.max_lanes:
            self._build(self._layout.monday, self._occurrences)
        self._relayout(keep_top=True)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._metrics()
            self._relayout(keep_top=True)
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.pixelDelta().y() or event.angleDelta().y() * self._hour_h / 240
        self._scroll.setValue(int(self._scroll.value() - delta))
        event.accept()
