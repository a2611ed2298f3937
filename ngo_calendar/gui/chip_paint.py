"""Painting many chips quickly: the fonts, metrics, colours and shortened titles a chip needs
are made once per paint (or once at all) rather than once per chip, which made a month of a
big workspace take longer than a frame to paint."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from ngo_calendar.core.query import Occurrence

from .chips import chip_colours, status_decorations

_COLOURS: dict[str, QColor] = {}
_ELIDED: dict[tuple[str, int, str], str] = {}
ELIDED_KEPT = 20_000  # titles × widths remembered; forgotten all at once past this
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def colour(name: str) -> QColor:
    found = _COLOURS.get(name)
    if found is None:
        found = _COLOURS[name] = QColor(name)
    return found


class ChipStyle:
    """What chips share during one paint: the smaller font in its four variants and metrics."""

    def __init__(self, base: QFont, highlight: QColor) -> None:
        self.base = base
        self.selected_pen = QPen(highlight, 2)
        self._fonts: dict[tuple[bool, bool], tuple[QFont, QFontMetrics, str]] = {}

    def font(self, strike: bool, italic: bool) -> tuple[QFont, QFontMetrics, str]:
        found = self._fonts.get((strike, italic))
        if found is None:
            font = QFont(self.base)
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            font.setStrikeOut(strike)
            font.setItalic(italic)
            found = self._fonts[(strike, italic)] = (font, QFontMetrics(font), font.key())
        return found

    def elided(self, text: str, width: int, strike: bool, italic: bool) -> str:
        _font, metrics, key = self.font(strike, italic)
        cache_key = (text, width, key)
        found = _ELIDED.get(cache_key)
        if found is None:
            if len(_ELIDED) >= ELIDED_KEPT:
                _ELIDED.clear()
            found = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            _ELIDED[cache_key] = found
        return found


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
    font, _metrics, _key = style.font(strike, italic)
    painter.setFont(font)
    painter.setPen(text_colour)
    inner = QRect(x + 2, rect.top(), rect.right() - 3 - (x + 2), rect.height())
    painter.drawText(inner, LEFT_MIDDLE, style.elided(text, inner.width(), strike, italic))
