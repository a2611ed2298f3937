"""Putting records back: undo and redo write a row as a record says, through ORM objects, so
that the unit of work sees and records these writes like any other."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, select
from sqlalchemy.orm import Session, selectinload

from ngo_calendar.store.models import (
    Attachment,
    Item,
    ItemAudience,
    ItemChannel,
    ItemComment,
    ItemExdate,
    ItemOverride,
    ItemTag,
    OverrideChannel,
)
from ngo_calendar.store.tables import UTCDateTime

from .history import now_utc
from .records import ROW_MODELS, Record

ITEM_SCALARS = (
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
    "source_sequence",
)


def _dt(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


# Each part of an item's record and how the ORM loads it.
_LOADERS = {
    "channels": lambda: selectinload(Item.channels),
    "audiences": lambda: selectinload(Item.audiences),
    "tags": lambda: selectinload(Item.tags),
    "attachments": lambda: selectinload(Item.attachments),
    "exdates": lambda: selectinload(Item.exdates),
    "comments": lambda: selectinload(Item.comments),
    "overrides": lambda: selectinload(Item.overrides).selectinload(ItemOverride.channels),
}


def load_items(
    session: Session, uids: list[str], parts: Iterable[str] | None = None
) -> dict[str, Item]:
    """The stored items with these uids, with every part loaded in a few queries (putting back
    1,000 items then takes no query per item); with `parts`, only those parts (the others
    are not touched: an undo that moved and held items reads no tags or comments)."""
    found: dict[str, Item] = {}
    options = [_LOADERS[part]() for part in (_LOADERS if parts is None else parts)]
    for start in range(0, len(uids), 500):
        query = select(Item).where(Item.uid.in_(uids[start : start + 500])).options(*options)
        found.update({item.uid: item for item in session.scalars(query)})
    return found


def put_item(
    session: Session,
    uid: str,
    target: Record | None,
    item: Item | None,
    now: Record | None = None,
) -> None:
    """Make the item with this uid (`item`, as stored now, or None) exactly as `target`
    (None: it does not exist). `now` is its record as stored: parts that already match are left
    alone, which keeps putting back a large operation quick."""
    if target is None:
        if item is not None:
            session.delete(item)
        return
    if item is None:
        # Back under its old id when that is still free; under a new one otherwise (ids are
        # reused by SQLite, uids never). Its revision goes on from where it was.
        free = session.get(Item, target["id"]) is None
        item = Item(id=target["id"] if free else None, revision=target["revision"] + 1)
        item.updated_at = now_utc()
        session.add(item)
        now = None
    for name in ITEM_SCALARS:
        if now is None or now[name] != target[name]:
            setattr(item, name, target[name])
    item.start_utc, item.start_date = _dt(target["start_utc"]), _day(target["start_date"])
    item.created_at = datetime.fromisoformat(target["created_at"])  # never null

    def differs(part: str) -> bool:
        return now is None or now[part] != target[part]

    # Every column of every part is set: a part replaced by one with the same key in the same
    # flush becomes an UPDATE of that row.
    if differs("channels"):
        item.channels = [
            ItemChannel(channel_id=cid, position=pos, variant=variant)
            for pos, (cid, variant) in enumerate(target["channels"])
        ]
    if differs("audiences"):
        item.audiences = [ItemAudience(audience_id=a) for a in target["audiences"]]
    if differs("tags"):
        item.tags = [ItemTag(tag=t) for t in target["tags"]]
    if differs("attachments"):
        item.attachments = [
            Attachment(path=p, position=i) for i, p in enumerate(target["attachments"])
        ]
    if differs("exdates"):
        item.exdates = [ItemExdate(key=k) for k in target["exdates"]]
    if differs("overrides"):
        item.overrides = [override_from(o) for o in target["overrides"]]
    if differs("comments"):
        item.comments = [
            ItemComment(at=_dt(at), who=who, kind=kind, occurrence=occurrence, text=text)
            for at, who, kind, occurrence, text in target["comments"]
        ]


def override_from(values: list[Any]) -> ItemOverride:
    key, start_utc, start_date, minutes, title, body, status, channels = values
    return ItemOverride(
        key=key,
        start_utc=_dt(start_utc),
        start_date=_day(start_date),
        duration_minutes=minutes,
        title=title,
        body=body,
        status=status,
        channels=[
            OverrideChannel(key=key, channel_id=cid, position=pos, variant=variant)
            for pos, (cid, variant) in enumerate(channels)
        ],
    )


def put_row(session: Session, kind: str, key: Any, target: Record | None) -> None:
    """Make one workspace row exactly as `target` (None: it does not exist)."""
    model = ROW_MODELS[kind]
    row = session.get(model, key)
    if target is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = model(**({"key": key} if kind == "setting" else {"id": key}))
        session.add(row)
    for name, value in target.items():
        if name in ("id", "key"):
            continue
        # Records hold dates and instants as text: back to what the column takes.
        column_type = row.__table__.c[name].type
        if isinstance(column_type, Date):
            value = _day(value)
        elif isinstance(column_type, UTCDateTime):
            value = _dt(value)
        setattr(row, name, value)


def park_name(session: Session, kind: str, key: Any) -> None:
    """Give a row a placeholder name, so that names can move between rows (they are unique)."""
    row = session.get(ROW_MODELS[kind], key)
    if row is not None and hasattr(row, "name"):
        row.name = f"~{kind}-{key}~"
    if row is not None and hasattr(row, "file_name"):  # unique too (a channel's file)
        row.file_name = f"~{kind}-{key}~"
