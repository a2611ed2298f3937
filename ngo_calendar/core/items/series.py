"""Moving a whole recurring series (the first date, the rule's weekdays, exceptions and moved
dates) and the occurrences of a series that differ from it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ngo_calendar.store.models import Item, ItemExdate, ItemOverride, OverrideChannel

from ..model.domain import AllDay, InputError, Start, Timed
from ..model.reasons import reason
from ..model.recurrence import slot_walls
from ..model.timing import local_to_utc, parse_start_key, shift_local, start_key, utc_to_local

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
BYDAY = re.compile(r"(BYDAY=)([^;]+)")
BYDAY_VALUE = re.compile(r"^([+-]?\d*)(MO|TU|WE|TH|FR|SA|SU)$")
UNTIL = re.compile(r"(UNTIL=)(\d{8})(T\d{6})?(Z?)", re.IGNORECASE)


def shift_byday(rule: str, days: int) -> str:
    """Move the weekdays of a rule along with its start (weekly on TU, moved 2 days: on TH)."""
    if days % 7 == 0:
        return rule

    def shift(match: re.Match[str]) -> str:
        shifted = []
        for part in match.group(2).split(","):
            m = BYDAY_VALUE.match(part)
            if m is None:
                return match.group(0)
            weekday = WEEKDAYS[(WEEKDAYS.index(m.group(2)) + days) % 7]
            shifted.append(f"{m.group(1)}{weekday}")
        return match.group(1) + ",".join(shifted)

    return BYDAY.sub(shift, rule)


def shift_until(rule: str, delta: timedelta, days: int, tz: ZoneInfo) -> str:
    """Move a rule's UNTIL with its start (by `delta`, or by `days` for a date), so that a moved
    series keeps all its occurrences."""

    def shift(match: re.Match[str]) -> str:
        prefix, day, clock, utc = match.groups()
        if not clock:
            moved_day = datetime.strptime(day, "%Y%m%d").date() + timedelta(days=days)
            return prefix + moved_day.strftime("%Y%m%d")
        until = datetime.strptime(day + clock.upper(), "%Y%m%dT%H%M%S")
        if utc:
            instant = _shift_instant(until.replace(tzinfo=UTC), delta, tz)
            return prefix + instant.strftime("%Y%m%dT%H%M%SZ")
        return prefix + (until + delta).strftime("%Y%m%dT%H%M%S")

    return UNTIL.sub(shift, rule)


def shift_series(item: Item, current: Start, new: Start, tz: ZoneInfo) -> None:
    """Shift the whole series by the distance between an occurrence's place and its new place."""
    walls: dict[str, datetime] = {}
    if isinstance(current, Timed) and isinstance(new, Timed) and item.start_utc is not None:
        assert item.rrule is not None
        walls = slot_walls(item.rrule, item.start_utc, tz, _keys(item))
        delta = new.local - current.local
        item.start_utc = local_to_utc(utc_to_local(item.start_utc, tz) + delta, tz)
        days = (new.local.date() - current.local.date()).days
    elif isinstance(current, AllDay) and isinstance(new, AllDay) and item.start_date is not None:
        delta = new.day - current.day
        item.start_date = item.start_date + delta
        days = delta.days
    else:
        shown = new.local.isoformat(timespec="minutes") if isinstance(new, Timed) else new
        shown = new.day.isoformat() if isinstance(new, AllDay) else shown
        raise InputError("start", shown, reason("item.series_kind"))
    assert item.rrule is not None
    _refuse_named_days(item.rrule, days)
    item.rrule = shift_until(shift_byday(item.rrule, days), delta, days, tz)
    item.exdates = [ItemExdate(key=_shift_key(e.key, delta, tz, walls)) for e in item.exdates]
    item.overrides = [
        copy_override(
            o,
            key=_shift_key(o.key, delta, tz, walls),
            start_utc=None if o.start_utc is None else _shift_instant(o.start_utc, delta, tz),
            start_date=None if o.start_date is None else o.start_date + timedelta(days=delta.days),
        )
        for o in item.overrides
    ]


# Rule parts that pin dates to named days; shifting the start does not move them, so such a
# series cannot be moved by whole days without rewriting the rule (done in the editor).
NAMED_DAYS = re.compile(r"BYMONTHDAY=|BYYEARDAY=|BYWEEKNO=|BYSETPOS=|BYDAY=[^;]*\d")


def _refuse_named_days(rule: str, days: int) -> None:
    if days and NAMED_DAYS.search(rule.upper()):
        raise InputError(
            "rrule",
            rule,
            reason("item.named_days"),
        )


def _shift_instant(instant: datetime, delta: timedelta, tz: ZoneInfo) -> datetime:
    return shift_local(utc_to_local(instant, tz) + delta, tz)


def _keys(item: Item) -> list[str]:
    return [e.key for e in item.exdates] + [o.key for o in item.overrides]


def _shift_key(
    key: str, delta: timedelta, tz: ZoneInfo, walls: dict[str, datetime] | None = None
) -> str:
    """A slot's key after the series moves by `delta` (wall-clock time for timed slots)."""
    if walls and key in walls:
        return start_key(shift_local(walls[key] + delta, tz))
    original = parse_start_key(key)
    if isinstance(original, datetime):
        return start_key(_shift_instant(original, delta, tz))
    assert isinstance(original, date)
    return start_key(original + timedelta(days=delta.days))


def follow_new_start(
    item: Item, old_start: datetime | date | None, old_rule: str | None, tz: ZoneInfo
) -> None:
    """After an edit of a series' start or rule, keep its removed and moved dates attached.

    They are keyed by the original slots, so a new start time shifts the keys with it (deleted
    09:00 occurrences stay deleted at 10:00); keys that no longer name a slot of the rule are
    dropped rather than left to resurface.
    """
    from ..model.recurrence import is_slot

    new_start = item.start_utc or item.start_date
    assert item.rrule is not None and new_start is not None
    delta: timedelta | None = None
    if isinstance(old_start, datetime) and isinstance(new_start, datetime):
        delta = utc_to_local(new_start, tz) - utc_to_local(old_start, tz)
    elif type(old_start) is date and type(new_start) is date:
        delta = new_start - old_start
    if delta is None:  # timed became all-day or the reverse: no key survives
        item.exdates, item.overrides = [], []
        return
    if delta:
        walls: dict[str, datetime] = {}
        if old_rule and isinstance(old_start, datetime):
            walls = slot_walls(old_rule, old_start, tz, _keys(item))
        item.exdates = [ItemExdate(key=_shift_key(e.key, delta, tz, walls)) for e in item.exdates]
        # New rows rather than new keys: an occurrence's own channels hang off its key.
        item.overrides = [
            copy_override(o, key=_shift_key(o.key, delta, tz, walls)) for o in item.overrides
        ]
    rule = item.rrule
    item.exdates = [e for e in item.exdates if is_slot(rule, new_start, e.key, tz)]
    item.overrides = [o for o in item.overrides if is_slot(rule, new_start, o.key, tz)]


def current_start(item: Item, key: str, tz: ZoneInfo) -> Start:
    """Where the occurrence `key` stands now: its override if it was moved before."""
    for o in item.overrides:
        if o.key == key:
            if o.start_utc is not None:
                return Timed(utc_to_local(o.start_utc, tz))
            return AllDay(o.start_date) if o.start_date else None
    original = parse_start_key(key)
    if isinstance(original, datetime):
        return Timed(utc_to_local(original, tz))
    return AllDay(original)


def copy_override(o: ItemOverride, **changed: Any) -> ItemOverride:
    """A new override like `o` (for another series, or at another key), with `changed` set."""
    values: dict[str, Any] = {
        "key": o.key,
        "start_utc": o.start_utc,
        "start_date": o.start_date,
        "duration_minutes": o.duration_minutes,
        "title": o.title,
        "body": o.body,
        "status": o.status,
    }
    values.update(changed)
    values["channels"] = [
        OverrideChannel(
            key=values["key"], channel_id=c.channel_id, position=c.position, variant=c.variant
        )
        for c in o.channels
    ]
    return ItemOverride(**values)


def has_own_content(o: ItemOverride) -> bool:
    """Whether an occurrence has a title, text, status or channels of its own."""
    return o.title is not None or o.body is not None or o.status is not None or bool(o.channels)


def own_override(item: Item, key: str, tz: ZoneInfo) -> ItemOverride:
    """The override of the occurrence `key`, made (on its own slot) if it has none yet."""
    for o in item.overrides:
        if o.key == key:
            return o
    original = parse_start_key(key)
    if isinstance(original, datetime):
        o = ItemOverride(
            key=key,
            start_utc=original,
            start_date=None,
            duration_minutes=item.duration_minutes,
        )
    else:
        o = ItemOverride(key=key, start_utc=None, start_date=original, duration_minutes=None)
    item.overrides.append(o)
    return o


def move_one(item: Item, key: str, start: Start, tz: ZoneInfo) -> None:
    """Move one occurrence; back onto its own slot with nothing of its own, the override goes."""
    existing = next((o for o in item.overrides if o.key == key), None)
    instant: datetime | None
    day: date | None
    if isinstance(start, Timed):
        instant, day = local_to_utc(start.local, tz), None
        on_slot = key == start_key(instant)
    elif isinstance(start, AllDay):
        instant, day = None, start.day
        on_slot = key == start_key(start.day)
    else:
        raise InputError("start", None, reason("item.where"))
    if existing is None:
        if on_slot:
            return
        existing = own_override(item, key, tz)
    # Every column is set, the duration too: a timed date can become an all-day one.
    existing.start_utc, existing.start_date = instant, day
    existing.duration_minutes = item.duration_minutes if instant is not None else None
    if on_slot and not has_own_content(existing):
        item.overrides = [o for o in item.overrides if o is not existing]
