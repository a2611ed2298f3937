"""How an occurrence reads on the command line: JSON for scripts, one line for people."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from ..model import checks
from ..model.checks import shown
from ..model.timing import iso_instant
from .query import Occurrence


def occurrence_json(occ: Occurrence, tz: ZoneInfo) -> dict[str, Any]:
    """The documented JSON shape of an item (README, "JSON item fields")."""
    data: dict[str, Any] = {
        "id": occ.item_id,
        "uid": occ.uid,
        "revision": occ.revision,
        "title": occ.title,
        "body": occ.body,
        "kind": occ.kind,
        "status": occ.status,
        "sensitivity": occ.sensitivity,
        "channels": list(occ.channels),
        "variants": dict(occ.variants),
        "too_long": list(occ.too_long),  # channels whose text is over their limit
    }
    if occ.start_utc is not None:
        end = occ.end_utc()
        data["start"] = iso_instant(occ.start_utc, tz)
        data["end"] = iso_instant(end, tz) if end and occ.duration_minutes else None
    elif occ.start_date is not None:
        end_day = occ.end_date()
        data["date"] = occ.start_date.isoformat()
        data["end"] = end_day.isoformat() if end_day else None  # exclusive, as in iCalendar
    else:
        data["start"] = None
        data["end"] = None
    data.update(
        campaign=occ.campaign,
        objective=occ.objective,
        audiences=list(occ.audiences),
        tags=list(occ.tags),
        rrule=occ.rrule,
    )
    if occ.rrule is not None and occ.occurrence_key is not None:
        data["occurrence"] = data.get("start") or data.get("date")
        data["occurrence_key"] = occ.occurrence_key
        data["moved"] = occ.moved
        data["own"] = list(occ.own)  # what this date has of its own (title, body, status…)
    return data


def occurrence_line(occ: Occurrence, tz: ZoneInfo) -> str:
    if occ.start_utc is not None:
        when = occ.start_utc.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    elif occ.start_date is not None:
        when = f"{occ.start_date.isoformat()} (all day)"
    else:
        when = "(no date)"
    repeat = " [repeats]" if occ.rrule else ""
    channels = ", ".join(occ.channels)
    # One item, one line, even for a title stored before titles were checked (an older version).
    title = shown(occ.title, longest=checks.TITLE_MAX) if occ.title.strip() else occ.title
    return f"{occ.item_id:>6}  {when:<22} {occ.status:<10} {title} [{channels}]{repeat}"
