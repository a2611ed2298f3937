"""The records of an undo entry, read back from the workspace, checked before anything is put
back: undo writes them into the tables as they are, so bytes flipped on the disk (or a hand
edit) must be a refusal, not an error halfway through the writes.

The check follows records.py: an item's record has every column of the items table and every
part, a workspace row's has every column of its table; each value has its column's type (a date
or an instant as ISO text), each part its list shape.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Integer, String, Text

from ngo_calendar.store.models import Item
from ngo_calendar.store.tables import UTCDateTime

from .records import ITEM, ITEM_PARTS, ROW_MODELS, Record

FIELDS = frozenset({"kind", "key", "before", "after"})
BIGGEST = 2**63 - 1  # what SQLite's integers hold


class Damaged(ValueError):
    """An undo entry's records are not as undo wrote them."""


def records(text: object) -> list[Record]:
    """The records stored as `text` (as read, or as the bytes stored), checked; Damaged when
    they cannot be put back as they are."""
    if not isinstance(text, bytes | str):
        raise Damaged("not text")
    try:
        found = json.loads(text.decode("utf-8") if isinstance(text, bytes) else text)
    except (ValueError, RecursionError):
        raise Damaged("not JSON") from None
    if not isinstance(found, list) or not found:
        raise Damaged("not a list of records")
    for record in found:
        _check_record(record)
    return found


def _check_record(record: object) -> None:
    if not isinstance(record, dict) or set(record) != FIELDS:
        raise Damaged("not a record")
    kind, key = record["kind"], record["key"]
    sides = [record["before"], record["after"]]
    if kind != ITEM and kind not in ROW_MODELS:
        raise Damaged("unknown kind")
    if all(side is None for side in sides):
        raise Damaged("no side")
    for side in sides:
        if side is None:
            continue
        if not isinstance(side, dict):
            raise Damaged("a side is not a row")
        if kind == ITEM:
            _check_item(side)
            if side["uid"] != key:
                raise Damaged("key")
        else:
            table = ROW_MODELS[kind].__table__
            _check_columns(side, list(table.columns), set())
            if side["key" if kind == "setting" else "id"] != key:
                raise Damaged("key")


def _check_item(side: dict[str, Any]) -> None:
    _check_columns(side, list(Item.__table__.columns), set(ITEM_PARTS))
    _list_of(side["channels"], lambda v: _pair(v, _integer, _text_or_none))
    _list_of(side["audiences"], _integer)
    _list_of(side["tags"], _text)
    _list_of(side["attachments"], _text)
    _list_of(side["exdates"], _text)
    _list_of(side["overrides"], _override)
    _list_of(side["comments"], _comment)


def _check_columns(side: dict[str, Any], columns: list[Any], parts: set[str]) -> None:
    if set(side) != {c.name for c in columns} | parts:
        raise Damaged("fields")
    for column in columns:
        value = side[column.name]
        if value is None:
            if not column.nullable:
                raise Damaged(column.name)
            continue
        kind = column.type
        if isinstance(kind, UTCDateTime):
            _instant(value)
        elif isinstance(kind, Date):
            _day(value)
        elif isinstance(kind, Integer):
            _integer(value)
        elif isinstance(kind, String | Text):
            _text(value)


def _list_of(value: object, check: Any) -> None:
    if not isinstance(value, list):
        raise Damaged("not a list")
    for element in value:
        check(element)


def _pair(value: object, first: Any, second: Any) -> None:
    if not isinstance(value, list) or len(value) != 2:
        raise Damaged("not a pair")
    first(value[0])
    second(value[1])


def _override(value: object) -> None:
    if not isinstance(value, list) or len(value) != 8:
        raise Damaged("not an occurrence")
    key, start_utc, start_date, minutes, title, body, status, channels = value
    _text(key)
    for instant in (start_utc,):
        if instant is not None:
            _instant(instant)
    if start_date is not None:
        _day(start_date)
    for number in (minutes,):
        if number is not None:
            _integer(number)
    for text in (title, body, status):
        _text_or_none(text)
    _list_of(channels, lambda v: _pair(v, _integer, _text_or_none))


def _comment(value: object) -> None:
    if not isinstance(value, list) or len(value) != 5:
        raise Damaged("not a comment")
    at, who, kind, occurrence, text = value
    _instant(at)
    _text(who)
    _text(kind)
    _text_or_none(occurrence)
    _text(text)


def _integer(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > BIGGEST:
        raise Damaged("not a whole number")


def _text(value: object) -> None:
    if not isinstance(value, str):
        raise Damaged("not text")


def _text_or_none(value: object) -> None:
    if value is not None:
        _text(value)


def _day(value: object) -> None:
    _text(value)
    try:
        date.fromisoformat(str(value))
    except ValueError:
        raise Damaged("not a date") from None


def _instant(value: object) -> None:
    _text(value)
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise Damaged("not an instant") from None
    if moment.tzinfo is None:
        raise Damaged("an instant without its offset")
