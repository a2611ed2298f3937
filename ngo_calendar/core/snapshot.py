"""Whole-item snapshots as plain JSON-ready dicts: the material of undo, redo and history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_calendar.store.models import (
    Attachment,
    Audience,
    Campaign,
    Channel,
    Item,
    ItemAudience,
    ItemChannel,
    ItemExdate,
    ItemOverride,
    ItemTag,
    Objective,
    Setting,
)

from .domain import DEFAULT_TIMEZONE

Snapshot = dict[str, Any]

SCALAR_FIELDS = (
    "uid",
    "kind",
    "title",
    "body",
    "status",
    "duration_minutes",
    "days",
    "campaign_id",
    "objective_id",
    "notes",
    "sensitivity",
    "rrule",
)


def _iso(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def take(item: Item) -> Snapshot:
    snap: Snapshot = {name: getattr(item, name) for name in SCALAR_FIELDS}
    snap.update(
        id=item.id,
        revision=item.revision,
        start_utc=_iso(item.start_utc),
        start_date=_iso(item.start_date),
        created_at=_iso(item.created_at),
        updated_at=_iso(item.updated_at),
        channels=[[link.channel_id, link.variant] for link in item.channels],
        audiences=sorted(link.audience_id for link in item.audiences),
        tags=sorted(t.tag for t in item.tags),
        attachments=[a.path for a in item.attachments],
        exdates=sorted(e.key for e in item.exdates),
        overrides=sorted(
            [o.key, _iso(o.start_utc), _iso(o.start_date), o.duration_minutes]
            for o in item.overrides
        ),
    )
    return snap


def restore(session: Session, snap: Snapshot, revision: int) -> Item:
    """Write a snapshot back under its uid, replacing that item's current state.

    The item is found by uid, never by id: SQLite hands a deleted item's id to the next new
    item, and undoing the deletion must not overwrite that newcomer. The old id is kept when
    it is still free, otherwise the item comes back under a new one.
    """
    existing = session.scalar(select(Item).where(Item.uid == snap["uid"]))
    if existing is not None:
        session.delete(existing)
        session.flush()
    item_id = snap["id"] if session.get(Item, snap["id"]) is None else None
    known_channels = set(session.scalars(select(Channel.id)))
    known_audiences = set(session.scalars(select(Audience.id)))
    item = Item(
        id=item_id,
        revision=revision,
        start_utc=_dt(snap["start_utc"]),
        start_date=_day(snap["start_date"]),
        created_at=_dt(snap["created_at"]),
        updated_at=_dt(snap["updated_at"]),
        **{name: snap[name] for name in SCALAR_FIELDS},
    )
    if item.campaign_id is not None and session.get(Campaign, item.campaign_id) is None:
        item.campaign_id = None
    if item.objective_id is not None and session.get(Objective, item.objective_id) is None:
        item.objective_id = None
    item.channels = [
        ItemChannel(channel_id=cid, variant=variant, position=pos)
        for pos, (cid, variant) in enumerate(snap["channels"])
        if cid in known_channels
    ]
    item.audiences = [
        ItemAudience(audience_id=a) for a in snap["audiences"] if a in known_audiences
    ]
    item.tags = [ItemTag(tag=t) for t in snap["tags"]]
    item.attachments = [Attachment(path=p, position=i) for i, p in enumerate(snap["attachments"])]
    item.exdates = [ItemExdate(key=k) for k in snap["exdates"]]
    item.overrides = [
        ItemOverride(key=k, start_utc=_dt(s), start_date=_day(d), duration_minutes=m)
        for k, s, d, m in snap["overrides"]
    ]
    session.add(item)
    return item


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


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
)


class Names:
    """Id-to-name lookups so that history speaks of channels and campaigns by name."""

    def __init__(self, session: Session) -> None:
        self.channels = dict(session.execute(select(Channel.id, Channel.name)).all())
        self.audiences = dict(session.execute(select(Audience.id, Audience.name)).all())
        self.campaigns = dict(session.execute(select(Campaign.id, Campaign.name)).all())
        self.objectives = dict(session.execute(select(Objective.id, Objective.name)).all())
        zone = session.get(Setting, "timezone")
        self.tz = ZoneInfo(zone.value if zone else DEFAULT_TIMEZONE)

    def local(self, instant: str | None) -> str:
        """A stored UTC instant as the workspace's wall-clock time, with its offset."""
        if not instant:
            return ""
        return datetime.fromisoformat(instant).astimezone(self.tz).isoformat(timespec="minutes")


def readable(snap: Snapshot, names: Names) -> dict[str, str]:
    """The snapshot as the text a person reads in the history tab (empty values left out)."""
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
        "overrides": ", ".join(f"{k} -> {names.local(s) or d}" for k, s, d, _ in snap["overrides"]),
    }
    return {k: str(v) for k, v in values.items()}
