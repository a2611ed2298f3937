"""Names of list entries by id, and an item record as the text a person reads in its history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ngo_calendar.store.columns import Audience, Campaign, Channel, Objective, Setting

from ..model.domain import DEFAULT_TIMEZONE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Record = dict[str, Any]


# Fields shown in history, in the order a person reads an item.
HISTORY_FIELDS = (
    "title",
    "kind",
    "status",
    "start",
    "duration_minutes",
    "days",
    "channels",
    "variants",
    "body",
    "campaign",
    "objective",
    "audiences",
    "tags",
    "attachments",
    "notes",
    "sensitivity",
    "rrule",
    "exdates",
    "overrides",
    "comments",
)


class Names:
    """Id-to-name lookups so that history speaks of channels and campaigns by name."""

    def __init__(self, session: Session) -> None:
        self.channels: dict[int, str] = dict(
            session.execute(select(Channel.id, Channel.name)).all()
        )
        self.audiences: dict[int, str] = dict(
            session.execute(select(Audience.id, Audience.name)).all()
        )
        self.campaigns: dict[int, str] = dict(
            session.execute(select(Campaign.id, Campaign.name)).all()
        )
        self.objectives: dict[int, str] = dict(
            session.execute(select(Objective.id, Objective.name)).all()
        )
        zone = session.scalar(select(Setting.value).where(Setting.key == "timezone"))
        self.tz = ZoneInfo(zone or DEFAULT_TIMEZONE)

    def remember(self, kind: str, row: Record) -> None:
        """Keep the name of an entry deleted in this operation, for its history."""
        table = {
            "channel": self.channels,
            "audience": self.audiences,
            "campaign": self.campaigns,
            "objective": self.objectives,
        }.get(kind)
        if table is not None:
            table.setdefault(row["id"], row["name"])

    def local(self, instant: str | None) -> str:
        """A stored UTC instant as the workspace's wall-clock time, with its offset."""
        if not instant:
            return ""
        return datetime.fromisoformat(instant).astimezone(self.tz).isoformat(timespec="minutes")


def readable(snap: Record, names: Names) -> dict[str, str]:
    """An item record as the text a person reads in the history tab (empty values left out)."""
    start = names.local(snap["start_utc"]) or snap["start_date"] or ""
    variants = "; ".join(
        f"{names.channels.get(cid, cid)}: {text}" for cid, text in snap["channels"] if text
    )
    values = {
        "title": snap["title"],
        "kind": snap["kind"],
        "status": snap["status"],
        "start": start,
        "duration_minutes": ""
        if snap["duration_minutes"] is None
        else str(snap["duration_minutes"]),
        "days": "" if snap["start_date"] is None else str(snap["days"]),
        "channels": ", ".join(str(names.channels.get(c, c)) for c, _ in snap["channels"]),
        "variants": variants,
        "body": snap["body"],
        "campaign": names.campaigns.get(snap["campaign_id"], "") if snap["campaign_id"] else "",
        "objective": names.objectives.get(snap["objective_id"], "") if snap["objective_id"] else "",
        "audiences": ", ".join(str(names.audiences.get(a, a)) for a in snap["audiences"]),
        "tags": ", ".join(snap["tags"]),
        "attachments": ", ".join(snap["attachments"]),
        "notes": snap["notes"],
        "sensitivity": snap["sensitivity"],
        "rrule": snap["rrule"] or "",
        "exdates": ", ".join(snap["exdates"]),
        "overrides": "; ".join(_override_text(o, names) for o in snap["overrides"]),
        "comments": _thread_text(snap.get("comments", [])),
    }
    return {k: str(v) for k, v in values.items()}


def _thread_text(comments: list[list[Any]]) -> str:
    """A review thread as history shows it: how many remarks, and the newest in full."""
    if not comments:
        return ""
    _at, who, kind, occurrence, text = comments[-1]
    about = f" ({occurrence})" if occurrence else ""
    return f"{len(comments)}: {who}, {kind}{about}: {text}"


def _override_text(override: list[Any], names: Names) -> str:
    """One occurrence that differs: its slot, where it is, and what it has of its own."""
    key, start_utc, start_date, _minutes, title, body, status, channels = override
    text = f"{key} -> {names.local(start_utc) or start_date}"
    own = []
    if title is not None:
        own.append(f"title: {title}")
    if status is not None:
        own.append(f"status: {status}")
    if body is not None:
        own.append(f"text: {body}")
    if channels:
        own.append("channels: " + ", ".join(str(names.channels.get(c, c)) for c, _ in channels))
    return f"{text} ({'; '.join(own)})" if own else text
