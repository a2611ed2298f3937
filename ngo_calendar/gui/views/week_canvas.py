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
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.model.domain import AllDay, Timed

from . import week_layout as wl
from .week_grid_paint import WeekPainting

FIRST_VISIBLE_HOUR = 7
VISIBLE_HOURS = 15  # 07:00 to 22:00 fill the grid when the window is tall enough
MIN_HOUR_HEIGHT = 40
MAX_CHIP_LANES = 4  # beyond this the all-day row shows "+N" rather than pushing the grid away
_TIMES: dict[tuple[str, int, int], str] = {}
# Narrower than this, a block could not show its title: overlaps beyond fold into a "+N".
MIN_LANE_WIDTH = 64


class WeekCanvas(WeekPainting, QWidget):
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

    def _time_text(self, local: datetime) -> str:
        locale = self.locale()
        key = (locale.name(), local.hour, local.minute)
        text = _TIMES.get(key)
        if text is None:  # a week paints hundreds of times: each is written once
            text = _TIMES[key] = locale.toString(
                QTime(local.hour, local.minute), locale.FormatType.ShortFormat
            )
        return text

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
