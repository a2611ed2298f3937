"""Many new items at once, as plain rows: an import of ten thousand events would otherwise
spend most of its time building and flushing ORM objects. Only the unit of work calls this
(`UnitOfWork.insert_items`), which records these items like any it saw created: read back at
the end, one history entry per field, one undo step that removes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from ngo_calendar.store import tables
from ngo_calendar.store.bulk import insert_many

from .records import CHUNK


@dataclass
class NewItem:
    """An item to create: its columns (those of `items` but id) and what hangs off it."""

    values: dict[str, Any]
    channels: list[tuple[int, str | None]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    exdates: list[str] = field(default_factory=list)
    # Columns of `item_overrides` but item_id (one date of a series with what it has of its own).
    overrides: list[dict[str, Any]] = field(default_factory=list)


def insert_new(conn: Connection, new: list[NewItem]) -> dict[str, int]:
    """Insert the items and their parts; their ids by uid."""
    if not new:
        return {}
    insert_many(conn, tables.items, [n.values for n in new])
    ids: dict[str, int] = {}
    uids = [n.values["uid"] for n in new]
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start : start + CHUNK]
        query = select(tables.items.c.uid, tables.items.c.id).where(tables.items.c.uid.in_(chunk))
        ids.update(dict(conn.execute(query).all()))
    channels, tags, exdates, overrides = [], [], [], []
    for item in new:
        item_id = ids[item.values["uid"]]
        channels += [
            {"item_id": item_id, "channel_id": c, "position": p, "variant": v}
            for p, (c, v) in enumerate(item.channels)
        ]
        tags += [{"item_id": item_id, "tag": t} for t in item.tags]
        exdates += [{"item_id": item_id, "key": k} for k in item.exdates]
        overrides += [{"item_id": item_id, **o} for o in item.overrides]
    for table, found in (
        (tables.item_channels, channels),
        (tables.item_tags, tags),
        (tables.item_exdates, exdates),
        (tables.item_overrides, overrides),
    ):
        insert_many(conn, table, found)
    return ids
