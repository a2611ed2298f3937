"""Fonts, widths and shortened texts for painting many items: made once, not once per chip or
block. A month or a week of a big workspace paints hundreds of them per frame, and making a
font, its metrics or an elided title each time took longer than the frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

KEPT = 20_000  # texts remembered per cache; forgotten all at once past this
_FONTS: dict[tuple[str, bool, bool, bool, bool], tuple[QFont, QFontMetrics]] = {}
_ELIDED: dict[tuple[str, int, int], str] = {}
_ADVANCES: dict[tuple[str, int], float] = {}


def font_variant(
    font: QFont,
    *,
    smaller: bool = False,
    bold: bool = False,
    strike: bool = False,
    italic: bool = False,
) -> tuple[QFont, QFontMetrics]:
    """A variant of `font` (a point smaller, bold, struck out, italic) and its metrics. Known
    by the font's description, so any copy of a font finds its entry."""
    key = (font.key(), smaller, bold, strike, italic)
    found = _FONTS.get(key)
    if found is None:
        variant = QFont(font)
        if smaller:
            variant.setPointSizeF(max(variant.pointSizeF() - 1, 7))
        variant.setBold(bold)
        variant.setStrikeOut(strike)
        variant.setItalic(italic)
        found = _FONTS[key] = (variant, QFontMetrics(variant))
    return found


def elided(metrics: QFontMetrics, text: str, width: float) -> str:
    """metrics.elidedText, remembered. `metrics` must come from font_variant: those are kept
    for good, so their ids name them."""
    key = (text, int(width), id(metrics))
    found = _ELIDED.get(key)
    if found is None:
        if len(_ELIDED) >= KEPT:
            _ELIDED.clear()
        found = _ELIDED[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
    return found


def advance(metrics: QFontMetrics, text: str) -> float:
    """metrics.horizontalAdvance, remembered (same rule for `metrics` as elided)."""
    key = (text, id(metrics))
    found = _ADVANCES.get(key)
    if found is None:
        if len(_ADVANCES) >= KEPT:
            _ADVANCES.clear()
        found = _ADVANCES[key] = metrics.horizontalAdvance(text)
    return found
