"""Rows as plain JSON-ready records: what the unit of work compares, history describes and undo
puts back.

Two kinds of subject. An item is one record with everything that hangs off it (channels and
their texts, audiences, tags, attachments, removed dates, occurrences that differ), keyed by its
uid: ids can be handed to another item after a deletion, uids never. A workspace row (a setting,
a channel, a campaign, an objective, an audience, a person) is one record keyed by its id (the
setting by its key), since items refer to list entries by id.

Records are read with plain SQL on the transaction's connection, never through ORM objects, so
they are the same however an operation loaded or changed its rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, select

from ngo_calendar.store.models import (
    Attachment,
    Audience,
    Base,
    Campaign,
    Channel,
    Crisis,
    Item,
    ItemAudience,
    ItemChannel,
    ItemComment,
    ItemExdate,
    ItemOverride,
    ItemTag,
    Objective,
    OverrideChannel,
    Person,
    Setting,
)
from ngo_calendar.store.tables import UTCDateTime

from ..model.reasons import Reason, reason

Record = dict[str, Any]
ITEM = "item"
# Workspace kinds, in the order rows are created (a campaign names an objective); deletion runs
# the other way round. The plural is how a change set names what it touched.
ROW_MODELS: dict[str, type[Base]] = {
    "setting": Setting,
    "objective": Objective,
    "audience": Audience,
    "channel": Channel,
    "person": Person,
    "campaign": Campaign,
    "crisis": Crisis,
}
PLURAL = {
    "setting": "settings",
    "objective": "objectives",
    "audience": "audiences",
    "channel": "channels",
    "person": "people",
    "campaign": "campaigns",
    "crisis": "crises",
}
KIND_OF = {model: kind for kind, model in ROW_MODELS.items()}
# Kept up to date by the unit of work, not by the person: never a reason to refuse an undo.
BOOKKEEPING = ("id", "revision", "updated_at")
# SQLite accepts tens of thousands of parameters, other databases fewer: stay well below.
CHUNK = 500


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _chunks(keys: Iterable[Any]) -> Iterator[list[Any]]:
    keys = list(keys)
    for start in range(0, len(keys), CHUNK):
        yield keys[start : start + CHUNK]


# What hangs off an item, in its record (each a list).
ITEM_PARTS = ("channels", "audiences", "tags", "attachments", "exdates", "overrides", "comments")

# -- items -----------------------------------------------------------------------------------
ITEM_COLUMNS = list(Item.__table__.columns)
# The columns whose values are dates or instants (written in records as ISO text).
_DATED = [
    i for i, c in enumerate(ITEM_COLUMNS) if isinstance(c.type, (Date, DateTime, UTCDateTime))
]
_NAMES = [c.name for c in ITEM_COLUMNS]


def read_items(conn: Connection, ids: Iterable[int]) -> dict[int, Record]:
    """The records of the items with these ids (absent ids are left out)."""
    found: dict[int, Record] = {}
    for chunk in _chunks(ids):
        _read_chunk(conn, Item.__table__.c.id.in_(chunk), found)
    return found


def read_items_by_uid(conn: Connection, uids: Iterable[str]) -> dict[str, Record]:
    found: dict[int, Record] = {}
    for chunk in _chunks(uids):
        _read_chunk(conn, Item.__table__.c.uid.in_(chunk), found)
    return {record["uid"]: record for record in found.values()}


def _read_chunk(conn: Connection, where: Any, found: dict[int, Record]) -> None:
    chunk: dict[int, Record] = {}
    for row in conn.execute(select(*ITEM_COLUMNS).where(where)):
        values = list(row)
        for i in _DATED:
            if values[i] is not None:
                values[i] = values[i].isoformat()
        record = dict(zip(_NAMES, values, strict=True))
        record.update(
            channels=[],
            audiences=[],
            tags=[],
            attachments=[],
            exdates=[],
            overrides=[],
            comments=[],
        )
        chunk[record["id"]] = record
    if not chunk:
        return
    ids = list(chunk)
    t = ItemChannel.__table__
    query = select(t.c.item_id, t.c.channel_id, t.c.variant).where(t.c.item_id.in_(ids))
    for item_id, channel_id, variant in conn.execute(query.order_by(t.c.item_id, t.c.position)):
        chunk[item_id]["channels"].append([channel_id, variant])
    for model, column, name in (
        (ItemAudience, "audience_id", "audiences"),
        (ItemTag, "tag", "tags"),
        (ItemExdate, "key", "exdates"),
    ):
        t = model.__table__
        for item_id, value in conn.execute(
            select(t.c.item_id, t.c[column]).where(t.c.item_id.in_(ids))
        ):
            chunk[item_id][name].append(value)
    t = Attachment.__table__
    paths = select(t.c.item_id, t.c.path).where(t.c.item_id.in_(ids))
    for item_id, path in conn.execute(paths.order_by(t.c.item_id, t.c.position)):
        chunk[item_id]["attachments"].append(path)
    _read_overrides(conn, ids, chunk)
    _read_comments(conn, ids, chunk)
    for record in chunk.values():
        record["audiences"].sort()
        record["tags"].sort()
        record["exdates"].sort()
        record["overrides"].sort(key=lambda o: o[0])
    found.update(chunk)


def _read_overrides(conn: Connection, ids: list[int], chunk: dict[int, Record]) -> None:
    t = ItemOverride.__table__
    cols = (t.c.start_utc, t.c.start_date, t.c.duration_minutes, t.c.title, t.c.body, t.c.status)
    own: dict[tuple[int, str], list[list[Any]]] = {}
    for item_id, key, *values in conn.execute(
        select(t.c.item_id, t.c.key, *cols).where(t.c.item_id.in_(ids))
    ):
        channels: list[list[Any]] = []
        own[(item_id, key)] = channels
        chunk[item_id]["overrides"].append([key, *(_plain(v) for v in values), channels])
    if not own:
        return
    t = OverrideChannel.__table__
    query = select(t.c.item_id, t.c.key, t.c.channel_id, t.c.variant).where(t.c.item_id.in_(ids))
    for item_id, key, channel_id, variant in conn.execute(query.order_by(t.c.position)):
        own[(item_id, key)].append([channel_id, variant])


def _read_comments(conn: Connection, ids: list[int], chunk: dict[int, Record]) -> None:
    t = ItemComment.__table__
    cols = (t.c.item_id, t.c.at, t.c.who, t.c.kind, t.c.occurrence, t.c.text)
    for item_id, *values in conn.execute(
        select(*cols).where(t.c.item_id.in_(ids)).order_by(t.c.item_id, t.c.id)
    ):
        chunk[item_id]["comments"].append([_plain(v) for v in values])


# -- workspace rows --------------------------------------------------------------------------
def row_key(kind: str, row: Any) -> Any:
    return row.key if kind == "setting" else row.id


def _key_column(kind: str) -> Any:
    table = ROW_MODELS[kind].__table__
    return table.c.key if kind == "setting" else table.c.id


def read_rows(conn: Connection, kind: str, keys: Iterable[Any]) -> dict[Any, Record]:
    """The records of one workspace table's rows with these keys (absent keys left out)."""
    table = ROW_MODELS[kind].__table__
    found: dict[Any, Record] = {}
    for chunk in _chunks(keys):
        for row in conn.execute(select(table).where(_key_column(kind).in_(chunk))):
            record = {c.name: _plain(v) for c, v in zip(table.columns, row, strict=True)}
            found[record["key" if kind == "setting" else "id"]] = record
    return found


# -- comparing -------------------------------------------------------------------------------
def content(record: Record | None) -> Record | None:
    """What a person changed: the record without what the store keeps up to date itself."""
    if record is None:
        return None
    return {k: v for k, v in record.items() if k not in BOOKKEEPING}


def same(a: Record | None, b: Record | None) -> bool:
    return content(a) == content(b)


def differing_fields(a: Record | None, b: Record | None) -> list[str]:
    if a is None or b is None:
        return []
    left, right = content(a) or {}, content(b) or {}
    return sorted(k for k in set(left) | set(right) if left.get(k) != right.get(k))


def describe(kind: str, record: Record | None) -> str:
    """A record as a person names it, in English: an item's title, a channel's name..."""
    return "" if record is None else str(named(kind, record))


# How a row is named in a refusal, by its kind (core/model/reasons.py words each).
NAMED = {
    "setting": "undo.record.setting",
    "objective": "undo.record.objective",
    "audience": "undo.record.audience",
    "channel": "undo.record.channel",
    "person": "undo.record.person",
    "campaign": "undo.record.campaign",
    "crisis": "undo.record.crisis",
}


def named(kind: str, record: Record) -> Reason:
    """A record as a person names it: an item's title, a channel's name, a setting's key."""
    if kind == ITEM:
        return reason("undo.record.item", title=record["title"])
    if kind == "setting":
        return reason(NAMED[kind], key=record["key"])
    if kind in NAMED:
        return reason(NAMED[kind], name=record.get("name", ""))
    return reason("undo.record.other", kind=kind, key=record.get("id", ""))
