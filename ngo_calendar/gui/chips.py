"""How an occurrence looks wherever it is drawn: colours, short channel names, tooltip."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ngo_calendar.core.query import Occurrence

from .labels import status_label


def channel_abbrev(occ: Occurrence) -> str:
    """Two letters per channel (FA, IN, NE...): enough to tell channels apart in a small chip."""
    return "/".join(name[:2].upper() for name in occ.channels[:3]) or "—"


def chip_colours(occ: Occurrence) -> tuple[QColor, QColor, QColor]:
    """(fill, left edge, text). The fill is a light tint of the first channel's colour."""
    edge = QColor(occ.colours[0]) if occ.colours else QColor("#607d8b")
    fill = QColor(edge)
    fill.setAlpha(50)
    text = QColor("#1f2933")
    if occ.status in ("cancelled", "held"):
        fill = QColor("#eceff1")
        text = QColor("#78909c")
    return fill, edge, text


def status_decorations(occ: Occurrence) -> tuple[bool, bool]:
    """(strike-out, italic): cancelled items are struck out, ideas and drafts in italics."""
    return occ.status == "cancelled", occ.status in ("idea", "draft", "in_review")


def when_text(occ: Occurrence, tz: ZoneInfo) -> str:
    if occ.start_utc is not None:
        start = occ.start_utc.astimezone(tz)
        text = start.strftime("%Y-%m-%d %H:%M")
        end = occ.end_utc()
        if end is not None and occ.duration_minutes:
            text += "–" + end.astimezone(tz).strftime("%H:%M")
        return text
    if occ.start_date is not None:
        return occ.start_date.isoformat()
    return ""


def occurrence_tooltip(occ: Occurrence, tz: ZoneInfo) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Chips", text)

    rows = [f"<b>{html.escape(occ.title)}</b>", html.escape(when_text(occ, tz))]
    rows.append(f"{tr('Channels')}: {html.escape(', '.join(occ.channels))}")
    rows.append(f"{tr('Status')}: {html.escape(status_label(occ.status))}")
    if occ.campaign:
        rows.append(f"{tr('Campaign')}: {html.escape(occ.campaign)}")
    if occ.objective:
        rows.append(f"{tr('Objective')}: {html.escape(occ.objective)}")
    if occ.rrule:
        rows.append(tr("Repeats") + (" " + tr("(moved occurrence)") if occ.moved else ""))
    if occ.body:
        body = occ.body if len(occ.body) < 200 else occ.body[:200] + "…"
        rows.append(f"<i>{html.escape(body)}</i>")
    return "<br>".join(rows)
