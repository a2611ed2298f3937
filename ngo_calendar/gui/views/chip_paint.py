"""Painting the month's chips quickly: colours, fonts and shortened titles are made once
(text_cache), not once per chip."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from ngo_calendar.core.calendar.query import Occurrence

from ..common.chips import chip_colours, status_decorations
from ..common.text_cache import elided, font_variant

_COLOURS: dict[str, QColor] = {}
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def colour(name: str) -> QColor:
    found = _COLOURS.get(name)
    if found is None:
        found = _COLOURS[name] = QColor(name)
    return found


class ChipStyle:
    """What chips share during one paint: the selection pen and the smaller base font."""

    def __init__(self, base: QFont, highlight: QColor) -> None:
        self.base = base
        self.selected_pen = QPen(highlight, 2)

    def font(self, strike: bool, italic: bool) -> tuple[QFont, QFontMetrics]:
        return font_variant(self.base, smaller=True, strike=strike, italic=italic)


def paint_chip(
    painter: QPainter, rect: QRect, occ: Occurrence, text: str, selected: bool, style: ChipStyle
) -> None:
    """A rounded chip tinted by the first channel, its channels as colour marks, then `text`."""
    fill, edge, text_colour = chip_colours(occ)
    painter.setPen(style.selected_pen if selected else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), edge)
    # The title comes first in the words; the channels are colour marks before it (their
    # names are in the tooltip), so a narrow cell still shows what the post is about.
    x = rect.left() + 7
    middle = rect.center().y() - 3
    for name in occ.colours[:3]:
        painter.fillRect(QRect(x, middle, 6, 6), colour(name))
        x += 8
    strike, italic = status_decorations(occ)
    font, metrics = style.font(strike, italic)
    painter.setFont(font)
    painter.setPen(text_colour)
    inner = QRect(x + 2, rect.top(), rect.right() - 3 - (x + 2), rect.height())
    painter.drawText(inner, LEFT_MIDDLE, elided(metrics, text, inner.width()))
