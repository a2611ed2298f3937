"""Moving items and the dates of a series, and giving one date of a series its own title, text,
status or channels. Each function is one operation of the unit of work."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import Channel, Item, ItemExdate, OverrideChannel

from ..model import checks
from ..model.domain import DEFAULT_POST_TIME, AllDay, InputError, Start, Status, Timed
from ..model.reasons import reason
from ..model.recurrence import check_rule, is_slot
from ..model.timing import start_key, utc_to_local
from ..workspace import zone_of
from ..write import unit_of_work
from ..write.changes import Changes
from .row import get, set_start
from .series import current_start, has_own_content, move_one, own_override, shift_series


class _Keep(Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP  # "leave as it is", where None means "as the series"


def checked_key(item: Item, occurrence: str | None, tz: Any) -> str:
    first = item.start_utc or item.start_date
    if item.rrule is None or first is None:
        raise InputError("occurrence", occurrence, reason("item.not_series"))
    if occurrence is not None and not occurrence.strip():
        # Never read as "no date given": that would widen the action to the whole series.
        raise InputError("occurrence", occurrence, reason("item.name_date"))
    key = occurrence if occurrence is not None else start_key(first)
    if not is_slot(item.rrule, first, key, tz):
        raise InputError("occurrence", key, reason("item.not_a_date"))
    return key


def occurrence_status(s: Session, item_id: int, occurrence: str) -> str:
    """The status of one date of a series: its own, else the series'."""
    item = get(s, item_id)
    key = checked_key(item, occurrence, zone_of(s))
    own = next((o for o in item.overrides if o.key == key), None)
    return own.status if own is not None and own.status else item.status


def move_item(
    db: Database,
    item_id: int,
    start: Start,
    occurrence: str | None = None,
    whole_series: bool = False,
    who: str | None = None,
    undoable: bool = True,
) -> Changes:
    """Move an item; for a recurring one, one occurrence (by its key) or the whole series
    (measured from that occurrence, or from its first date).

    Moving to None puts a single item back in the idea backlog.
    """
    with unit_of_work.write(db, "move", who, undoable) as uow:
        _move(uow.session, get(uow.session, item_id), start, occurrence, whole_series)
    return uow.changes


def _move(s: Session, item: Item, start: Start, occurrence: str | None, whole: bool) -> None:
    tz = zone_of(s)
    if item.rrule is None:
        set_start(item, start, tz)
        return
    if start is None:
        raise InputError("start", None, reason("item.series_to_backlog"))
    if occurrence is None and not whole:
        # Moving only the stored start would leave the rule on its old days and lose a date.
        raise InputError(
            "occurrence",
            "",
            reason("item.move_which"),
        )
    checks.calendar_date(start.local if isinstance(start, Timed) else start.day, "start")
    key = checked_key(item, occurrence, tz)
    if whole:
        shift_series(item, current_start(item, key, tz), start, tz)
        first = item.start_utc or item.start_date
        assert item.rrule is not None and first is not None
        # Measured from a later date, the series' first date may land outside the calendar.
        checks.calendar_date(first, "start")
        check_rule(item.rrule, first, tz)
    else:
        move_one(item, key, start, tz)


def move_to_day(
    db: Database,
    item_id: int,
    day: date,
    occurrence: str | None = None,
    whole_series: bool = False,
    who: str | None = None,
) -> Changes:
    """Move an item (or one date of a series) to another day, keeping its time of day as the
    store has it now; an idea gets the default time, an all-day item stays all-day."""
    with unit_of_work.write(db, "move", who) as uow:
        s = uow.session
        item = get(s, item_id)
        tz = zone_of(s)
        now: Start = None
        if item.rrule is not None and occurrence is not None:
            now = current_start(item, checked_key(item, occurrence, tz), tz)
        elif item.start_utc is not None:
            now = Timed(utc_to_local(item.start_utc, tz))
        elif item.start_date is not None:
            now = AllDay(item.start_date)
        start: Start
        if isinstance(now, AllDay):
            start = AllDay(day)
        elif isinstance(now, Timed):
            start = Timed(datetime.combine(day, now.local.time()))
        else:
            start = Timed(datetime.combine(day, DEFAULT_POST_TIME))
        _move(s, item, start, occurrence, whole_series)
    return uow.changes


def delete_occurrence(
    db: Database, item_id: int, occurrence: str, who: str | None = None, undoable: bool = True
) -> Changes:
    """Remove one date of a series (an exception); the rest of the series stays."""
    with unit_of_work.write(db, "delete occurrence", who, undoable) as uow:
        item = get(uow.session, item_id)
        key = checked_key(item, occurrence, zone_of(uow.session))
        item.overrides = [o for o in item.overrides if o.key != key]
        if key not in {e.key for e in item.exdates}:
            item.exdates.append(ItemExdate(key=key))
    return uow.changes


def edit_occurrence(
    db: Database,
    item_id: int,
    occurrence: str,
    who: str | None = None,
    title: str | None | _Keep = KEEP,
    body: str | None | _Keep = KEEP,
    status: Status | None | _Keep = KEEP,
    channels: dict[str, str | None] | None | _Keep = KEEP,
) -> Changes:
    """Give one date of a series its own title, text, status or channels (iCalendar's
    RECURRENCE-ID instance). None puts that field back to the series' value; KEEP leaves it.

    `channels` maps each channel name to its own text on that date (None: the date's text).
    """
    with unit_of_work.write(db, "edit occurrence", who) as uow:
        s = uow.session
        item = get(s, item_id)
        key = checked_key(item, occurrence, zone_of(s))
        set_own(s, item, key, title, body, status, channels)
    return uow.changes


def set_own(
    s: Session,
    item: Item,
    key: str,
    title: str | None | _Keep = KEEP,
    body: str | None | _Keep = KEEP,
    status: Status | None | _Keep = KEEP,
    channels: dict[str, str | None] | None | _Keep = KEEP,
) -> None:
    """Inside an operation: give the date `key` (checked) its own fields, as edit_occurrence.

    A value equal to the series' is none of its own; a date left with nothing of its own on its
    own slot loses its override."""
    override = own_override(item, key, zone_of(s))
    if title is not KEEP:
        if title is not None and not title.strip():
            raise InputError("title", title, reason("item.date_title"))
        cleaned = None if title is None else checks.one_line(title, "title", checks.TITLE_MAX)
        override.title = None if cleaned == item.title else cleaned
    if body is not KEEP:
        body = None if body is None else checks.text_block(body, "body")
        override.body = None if body == item.body else body
    if status is not KEEP:
        value = None if status is None else Status(status).value
        override.status = None if value == item.status else value
    if channels is not KEEP:
        override.channels = _own_channels(s, key, channels or {})
    if not has_own_content(override) and override.key == _slot_key(override):
        item.overrides = [o for o in item.overrides if o is not override]


def _slot_key(override: Any) -> str:
    return start_key(override.start_utc or override.start_date)


def _own_channels(s: Session, key: str, wanted: dict[str, str | None]) -> list[OverrideChannel]:
    links = []
    for pos, (name, variant) in enumerate(wanted.items()):
        name = checks.one_line(name, "channel", checks.CHANNEL_NAME_MAX)
        variant = None if variant is None else checks.text_block(variant, f"text for {name}")
        channel_id = s.scalar(select(Channel.id).where(Channel.name == name))
        if channel_id is None:
            names = ", ".join(s.scalars(select(Channel.name).order_by(Channel.name)))
            known = names or reason("list.none_yet")
            raise InputError("channel", name, reason("channel.unknown", known=known))
        links.append(
            OverrideChannel(key=key, channel_id=channel_id, position=pos, variant=variant or None)
        )
    return links


__all__ = [
    "DEFAULT_POST_TIME",
    "KEEP",
    "delete_occurrence",
    "checked_key",
    "edit_occurrence",
    "move_item",
    "move_to_day",
    "set_own",
]
