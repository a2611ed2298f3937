"""Painting the week: the day headers, the all-day row, the hour grid with its blocks and
"+N", and the current-time line. A mixin of WeekCanvas, which owns the geometry it uses."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
)

from ngo_calendar.core.model.domain import AllDay, Timed

from . import week_layout as wl
from .week_paint import (
    paint_block_text,
    paint_chip,
    paint_drop_indicator,
    paint_item,
    paint_more,
    paint_now_line,
)


class WeekPainting:
    """Needs from the canvas: its layout, geometry helpers (_col_x, _minute_y, _block_rect...),
    fonts, labels and selection (see WeekCanvas)."""

    _layout: Any
    _tz: Any
    _today: Any
    _indicator: Any
    _scroll: Any
    _small: Any
    _header_h: Any
    _allday_h: Any
    _grid_top: Any
    _gutter: Any
    _hour_h: Any
    _chip_h: Any

    def _paint_header(self: Any, p: QPainter, pal: QPalette) -> None:
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

    def _paint_allday(self: Any, p: QPainter, pal: QPalette) -> None:
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

    def _paint_grid(self: Any, p: QPainter, pal: QPalette) -> None:
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

    def _paint_now(self: Any, p: QPainter, pal: QPalette) -> None:
        today = self._today_index()
        if today is None:
            return
        now = datetime.now(self._tz)
        if now.date() != self._today:
            return
        y = self._minute_y(now.hour * 60 + now.minute)
        paint_now_line(p, QPointF(self._col_x(today), y), self._col_width())
