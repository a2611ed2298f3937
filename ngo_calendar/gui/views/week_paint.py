"""Drawing in the week view: a block or chip (colours from the channel, marks from the status),
the line of the current time, and where a dragged item would land."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.model.domain import Status

from ..common.chips import attention_mark, status_decorations
from ..common.text_cache import advance, elided, font_variant

NEUTRAL = "#8a8f98"  # items on no channel yet (ideas, events without a channel)
BORDER_WIDTH = 4.0
RADIUS = 3.0

# Short forms for the usual channel names, so that three channels fit in a narrow block.
_SHORT = {
    "facebook": "FB",
    "instagram": "IG",
    "linkedin": "in",
    "tiktok": "TT",
    "youtube": "YT",
    "mastodon": "Masto",
    "bluesky": "Bsky",
    "newsletter": "NL",
    "lettre d'info": "NL",
    "site web": "Web",
    "website": "Web",
    "blog": "Blog",
    "communiqué de presse": "CP",
    "press release": "PR",
}


def short_channel(name: str) -> str:
    known = _SHORT.get(name.strip().casefold())
    if known:
        return known
    words = [w for w in name.replace("'", " ").split() if w]
    if len(words) > 1:
        return "".join(w[0] for w in words).upper()[:3]
    return name[:4]


def channels_text(occ: Occurrence, fm: QFontMetrics, width: float) -> str:
    """Full channel names when they fit, else their short forms, elided as a last resort."""
    full = ", ".join(occ.channels)
    if advance(fm, full) <= width:
        return full
    short = " ".join(short_channel(c) for c in occ.channels)
    return fm.elidedText(short, Qt.TextElideMode.ElideRight, int(width))


def blend(colour: QColor, over: QColor, amount: float) -> QColor:
    """`amount` of `colour` over `over`: a light tint on a light theme, a dark one on a dark one."""
    return QColor.fromRgbF(
        colour.redF() * amount + over.redF() * (1 - amount),
        colour.greenF() * amount + over.greenF() * (1 - amount),
        colour.blueF() * amount + over.blueF() * (1 - amount),
    )


_COLOURS: dict[tuple[str, bool, int], tuple[QColor, QColor]] = {}


def item_colours(occ: Occurrence, palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, border) from the first channel's colour, muted for finished or dropped items;
    worked out once per colour, status and theme."""
    muted = occ.status in (Status.CANCELLED, Status.PUBLISHED)
    key = (
        occ.colours[0] if occ.colours else NEUTRAL,
        muted,
        palette.color(QPalette.ColorRole.Base).rgb(),
    )
    found = _COLOURS.get(key)
    if found is None:
        found = _COLOURS[key] = _item_colours(occ, palette)
    return found


def _item_colours(occ: Occurrence, palette: QPalette) -> tuple[QColor, QColor]:
    base = QColor(occ.colours[0]) if occ.colours else QColor(NEUTRAL)
    if not base.isValid():
        base = QColor(NEUTRAL)
    background = palette.color(QPalette.ColorRole.Base)
    dark_theme = background.lightnessF() < 0.5
    if occ.status in (Status.CANCELLED, Status.PUBLISHED):
        # Past or dropped work should not compete with what is still to do.
        base = blend(base, QColor(NEUTRAL), 0.45)
    fill = blend(base, background, 0.32 if dark_theme else 0.2)
    border = base.lighter(125) if dark_theme else base.darker(115)
    return fill, border


def status_mark(status: str) -> str:
    # A check for what the reviewer approved and for what went out; the tooltip says which.
    # A half-filled circle for what waits for a decision (the review tab lists them).
    if status == Status.IN_REVIEW:
        return "\u25d4 "
    return "\u2713 " if status in (Status.APPROVED, Status.PUBLISHED) else ""


def paint_item(
    p: QPainter,
    rect: QRectF,
    occ: Occurrence,
    palette: QPalette,
    selected: bool,
) -> None:
    """The shape of a block or chip: tinted fill, strong left border, status outline."""
    fill, border = item_colours(occ, palette)
    if selected:
        fill = blend(border, fill, 0.1)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawRoundedRect(rect, RADIUS, RADIUS)
    if occ.status == Status.HELD:
        # Crisis mode parked it: hatched, still readable, clearly not going out as planned.
        hatch = QColor(border)
        hatch.setAlpha(70)
        p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        p.drawRoundedRect(rect, RADIUS, RADIUS)
    p.setBrush(border)
    p.drawRoundedRect(
        QRectF(rect.left(), rect.top(), min(BORDER_WIDTH, rect.width()), rect.height()), 1.5, 1.5
    )
    outline: Qt.PenStyle | None = None
    if occ.status == Status.IN_REVIEW:
        outline = Qt.PenStyle.DashLine
    elif occ.status == Status.IDEA:
        outline = Qt.PenStyle.DotLine
    if outline is not None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(border, 1.2, outline))
        p.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), RADIUS, RADIUS)
    if selected:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)


def text_colour(occ: Occurrence, palette: QPalette) -> QColor:
    if occ.status in (Status.CANCELLED, Status.HELD):
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return palette.color(QPalette.ColorRole.Text)


def title_font(occ: Occurrence, font: QFont) -> QFont:
    if occ.status == Status.CANCELLED:
        font = QFont(font)
        font.setStrikeOut(True)
    return font


# Less room than this beside the time on a one-line block: the title alone is shown.
MIN_TITLE_WIDTH = 40


def paint_block_text(
    p: QPainter,
    rect: QRectF,
    occ: Occurrence,
    time_text: str,
    palette: QPalette,
    font: QFont,
) -> None:
    """Time, title and channels, using as many whole lines as the block's height allows."""
    font, fm = font_variant(font)
    line = fm.height()
    inner = rect.adjusted(BORDER_WIDTH + 3, 2, -3, -2)
    if inner.width() < 8 or inner.height() < line * 0.7:
        return
    lines = max(1, int(inner.height() // line))
    bold, bold_fm = font_variant(font, bold=True)
    colour = text_colour(occ, palette)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    p.setPen(colour)
    marks = attention_mark(occ) + status_mark(occ.status)
    head = marks + time_text
    head_rect = QRectF(inner.left(), inner.top(), inner.width(), line)
    rest = inner.width() - advance(bold_fm, head + " ")
    # As the legend says and the month draws them: cancelled struck out, not yet approved in
    # italics (the title: the time stays upright and bold).
    strike, italic = status_decorations(occ)
    title, title_fm = font_variant(font, strike=strike, italic=italic)
    if lines == 1 and rest < MIN_TITLE_WIDTH:
        # Too narrow for both: the title says what it is; the time is where the block is.
        p.setFont(title)
        text = elided(title_fm, marks + occ.title, inner.width())
        p.drawText(head_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        return
    p.setFont(bold)
    p.drawText(
        head_rect,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        elided(bold_fm, head, int(inner.width())),
    )
    if lines == 1:
        # One line: the time, then the title squeezed next to it.
        if rest > 10:
            p.setFont(title)
            text = elided(title_fm, occ.title, int(rest))
            p.drawText(
                QRectF(inner.right() - rest, inner.top(), rest, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                text,
            )
        return
    if occ.channels and rest > advance(fm, "MMM"):
        # Channels share the first line with the time, so the title keeps the lines below.
        p.setFont(font)
        p.setPen(muted)
        p.drawText(
            QRectF(inner.right() - rest, inner.top(), rest, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            channels_text(occ, fm, rest),
        )
    p.setFont(title)
    p.setPen(colour)
    _wrapped(
        p,
        QRectF(inner.left(), inner.top() + line, inner.width(), line * (lines - 1)),
        occ.title,
        title_fm,
        lines - 1,
    )


def _wrapped(p: QPainter, rect: QRectF, text: str, fm: QFontMetrics, lines: int) -> None:
    """Word-wrapped text over whole lines, the last one elided (never a half-cut line)."""
    width = int(rect.width())
    out: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and advance(fm, candidate) > width:
            out.append(current)
            current = word
        else:
            current = candidate
    if current:
        out.append(current)
    if len(out) > lines:
        # What does not fit goes on the last line, which elision then cuts with an ellipsis.
        out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
    for index, text_line in enumerate(out):
        shown = elided(fm, text_line, width)
        p.drawText(
            QRectF(rect.left(), rect.top() + index * fm.height(), rect.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            shown,
        )


def paint_chip(
    p: QPainter, rect: QRectF, occ: Occurrence, palette: QPalette, font: QFont, selected: bool
) -> None:
    paint_item(p, rect, occ, palette, selected)
    title = title_font(occ, font)
    fm = QFontMetrics(title)
    inner = rect.adjusted(BORDER_WIDTH + 4, 0, -4, 0)
    p.setFont(title)
    p.setPen(text_colour(occ, palette))
    text = status_mark(occ.status) + occ.title
    p.drawText(
        inner,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
    )


def paint_now_line(p: QPainter, left: QPointF, width: float) -> None:
    """The red line of the current time across today's column, with a dot at its start."""
    red = QColor("#d93025")
    p.setPen(QPen(red, 2))
    p.drawLine(left, QPointF(left.x() + width, left.y()))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(red)
    p.drawEllipse(left, 4, 4)


def paint_more(p: QPainter, rect: QRectF, label: str, palette: QPalette, font: QFont) -> None:
    """The "+N" standing for overlapping items that do not fit side by side."""
    p.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    p.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    p.drawRoundedRect(rect, 3, 3)
    p.setFont(font)
    p.setPen(palette.color(QPalette.ColorRole.Link))
    p.drawText(
        rect.adjusted(4, 2, -2, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label
    )


def paint_drop_indicator(p: QPainter, pal: QPalette, rect: QRectF, label: str, font: QFont) -> None:
    """Where a dragged item would land, with its new time."""
    highlight = pal.color(QPalette.ColorRole.Highlight)
    fill = QColor(highlight)
    fill.setAlpha(50)
    p.setBrush(fill)
    p.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
    p.drawRoundedRect(rect, 3, 3)
    if label:
        p.setFont(font)
        p.setPen(blend(highlight, pal.color(QPalette.ColorRole.Text), 0.5))
        p.drawText(
            rect.adjusted(6, 2, -2, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            label,
        )
