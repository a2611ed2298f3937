"""How an occurrence looks wherever it is drawn: colours, short channel names, tooltip."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

from ngo_calendar.core.calendar.query import Occurrence

from .labels import status_label


def attention_mark(occ: Occurrence) -> str:
    """⚠ before an item whose text is too long for one of its channels, in every view."""
    return "⚠ " if occ.too_long else ""


def channel_abbrev(occ: Occurrence) -> str:
    """Two letters per channel (FA, IN, NE...): enough to tell channels apart in a small chip."""
    letters = "/".join(name[:2].upper() for name in occ.channels[:3]) or "—"
    return attention_mark(occ) + letters


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


def _day(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def _time(locale: QLocale, local: datetime) -> str:
    return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def when_long(occ: Occurrence, tz: ZoneInfo, locale: QLocale) -> str:
    """“mar. 20 oct., 14:00 – 15:30”, or a day range for all-day items, in the app's language."""
    if occ.start_date is not None:
        when = _day(locale, occ.start_date)
        if occ.days > 1:
            when += " – " + _day(locale, occ.start_date + timedelta(days=occ.days - 1))
        return QCoreApplication.translate("Chips", "%1 (all day)").replace("%1", when)
    if occ.start_utc is None:
        return ""
    start = occ.start_utc.astimezone(tz)
    when = f"{_day(locale, start.date())}, {_time(locale, start)}"
    if occ.duration_minutes:
        end = (occ.start_utc + timedelta(minutes=occ.duration_minutes)).astimezone(tz)
        if end.date() != start.date():
            when += f" – {_day(locale, end.date())}, {_time(locale, end)}"
        else:
            when += f" – {_time(locale, end)}"
    return when


def occurrence_tooltip(occ: Occurrence, tz: ZoneInfo, locale: QLocale | None = None) -> str:
    """Rich text shown over an item in every view (HTML-escaped)."""
    # Each text is a literal translate() call so that lupdate finds it under "Chips".
    locale = locale or QLocale()
    channels = ", ".join(occ.channels) or QCoreApplication.translate("Chips", "no channel")
    rows = [f"<b>{html.escape(occ.title)}</b>", html.escape(when_long(occ, tz, locale))]
    if occ.too_long:
        text = QCoreApplication.translate("Chips", "⚠ Text too long for: %1")
        rows.append(f"<b>{html.escape(text.replace('%1', ', '.join(occ.too_long)))}</b>")
    text = QCoreApplication.translate("Chips", "Channels: %1")
    rows.append(html.escape(text.replace("%1", channels)))
    text = QCoreApplication.translate("Chips", "Status: %1")
    rows.append(html.escape(text.replace("%1", status_label(occ.status))))
    if occ.campaign:
        text = QCoreApplication.translate("Chips", "Campaign: %1")
        rows.append(html.escape(text.replace("%1", occ.campaign)))
    if occ.objective:
        text = QCoreApplication.translate("Chips", "Objective: %1")
        rows.append(html.escape(text.replace("%1", occ.objective)))
    if occ.rrule and occ.moved:
        rows.append(QCoreApplication.translate("Chips", "Repeats (this occurrence was moved)"))
    elif occ.rrule:
        rows.append(QCoreApplication.translate("Chips", "Repeats"))
    if occ.body:
        body = occ.body if len(occ.body) < 200 else occ.body[:200] + "…"
        rows.append(f"<i>{html.escape(body)}</i>")
    return "<br>".join(rows)
