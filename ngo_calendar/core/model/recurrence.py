"""Recurring items: an RRULE in wall-clock time, exceptions, and single moved occurrences."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, HOURLY, WEEKLY, rrule, rrulestr

from . import checks
from .domain import InputError
from .reasons import Reason, reason
from .rule_slots import slots_between
from .timing import parse_start_key, shift_local, start_key, utc_to_local

# A rule's dates are counted from its start on every query: more than this many is a mistake
# (daily for 27 years, hourly for 14 months) and would make every view of it slow.
MAX_COUNT = 10_000
# Expansion never looks past the calendar's last day (see checks.py), so a rule with no end,
# or one whose dates are rare, stops in bounded time.
CALENDAR_END = datetime.combine(checks.LAST_DAY, datetime.max.time()).replace(microsecond=0)
# The same span as instants, a day wider each side for any zone's offset.
CALENDAR_START_UTC = datetime.combine(checks.FIRST_DAY, datetime.min.time(), UTC)
CALENDAR_END_UTC = datetime.combine(checks.LAST_DAY + timedelta(days=2), datetime.min.time(), UTC)
UNTIL_UTC = re.compile(r"(UNTIL=)(\d{8}T\d{6})Z", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _until_in_wall_time(rule: str, tz: ZoneInfo | None) -> str:
    """Rules run on naive wall-clock time, so an UNTIL in UTC (ending in Z, as iCalendar requires
    for a start with a time zone) is turned into wall-clock time in `tz` (kept as is without)."""

    def local(match: re.Match[str]) -> str:
        if tz is None:
            return match.group(1) + match.group(2)
        instant = datetime.strptime(match.group(2), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return match.group(1) + utc_to_local(instant, tz).strftime("%Y%m%dT%H%M%S")

    return UNTIL_UTC.sub(local, rule)


# Allowed ranges (RFC 5545 section 3.3.10) that dateutil does not check itself; a negative value
# counts from the end where the RFC allows it. INTERVAL=0 would make expansion loop forever.
PART_RANGES: dict[str, tuple[int, int | None, bool]] = {
    "INTERVAL": (1, None, False),
    "COUNT": (1, None, False),
    "BYMONTH": (1, 12, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYHOUR": (0, 23, False),
    "BYMINUTE": (0, 59, False),
    "BYSECOND": (0, 59, False),
}
BYDAY_ORDINAL = re.compile(r"^([+-]?\d+)(MO|TU|WE|TH|FR|SA|SU)$")


def _rule(code: str, **values: object) -> Reason:
    """A refusal of a rule that ends by saying what a rule looks like (rule.help)."""
    return reason(code, help=reason("rule.help"), **values)


def _check_parts(rule: str, text: str, field_name: str) -> None:
    """Refuse what dateutil lets through: repeated parts, COUNT with UNTIL, values out of range,
    and rules repeating more often than hourly (a calendar view of them would never finish)."""
    seen: set[str] = set()
    high: int | None  # the part's upper limit, if it has one
    for part in rule.upper().split(";"):
        name, _, value = (x.strip() for x in part.partition("="))
        if not name:
            continue
        if name in seen:
            raise InputError(field_name, text, _rule("rule.twice", part=name))
        seen.add(name)
        if name == "FREQ" and value in ("SECONDLY", "MINUTELY"):
            raise InputError(field_name, text, _rule("rule.too_often"))
        if name in ("BYMINUTE", "BYSECOND") and "," in value:
            # Two minutes (or seconds) of one hour are less than an hour apart, whatever the
            # other parts say: hourly at most, in effect and not only in FREQ.
            raise InputError(field_name, text, _rule("rule.one_value", part=name))
        for number in value.split(","):
            if name == "BYDAY" and (match := BYDAY_ORDINAL.match(number)):
                number, name_checked = match.group(1), "BYDAY"
                # The 5th Monday is the last a month can have; a year has 53.
                low, high, signed = 1, 5 if "FREQ=MONTHLY" in rule.upper() else 53, True
            elif name in PART_RANGES:
                name_checked = name
                low, high, signed = PART_RANGES[name]
            else:
                continue
            try:
                n = int(number)
            except ValueError:
                continue  # dateutil refuses it below, naming the value
            n = abs(n) if signed else n
            if n < low or (high is not None and n > high):
                if high is None:
                    why = _rule("rule.at_least", part=name_checked, low=low)
                else:
                    code = "rule.range_signed" if signed else "rule.range"
                    why = _rule(code, part=name_checked, low=low, high=high)
                raise InputError(field_name, text, why)
    if {"COUNT", "UNTIL"} <= seen:
        raise InputError(field_name, text, _rule("rule.count_and_until"))


def validate_rrule(text: str, field_name: str = "rrule") -> str:
    """Normalise and check a rule; the stored form has no `RRULE:` prefix."""
    rule = checks.one_line(text, field_name, checks.RRULE_MAX, required=False)
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if not rule or "FREQ=" not in rule.upper() or " " in rule:
        raise InputError(field_name, text, reason("rule.help"))
    _check_parts(rule, text, field_name)
    try:
        built = rrulestr(_until_in_wall_time(rule, None), dtstart=datetime(2026, 1, 1, 9, 0))
    except (ValueError, TypeError, OverflowError, IndexError) as exc:
        raise InputError(field_name, text, _rule("rule.unreadable", error=exc)) from None
    # dateutil has no getters for these.
    if built._count is not None and built._count > MAX_COUNT:  # noqa: SLF001
        raise InputError(field_name, text, _rule("rule.count", most=MAX_COUNT))
    until = built._until  # noqa: SLF001
    if until is not None and not checks.in_calendar(until):
        first, last = checks.FIRST_DAY.isoformat(), checks.LAST_DAY.isoformat()
        raise InputError(field_name, text, reason("rule.until_span", first=first, last=last))
    return rule.upper()


def _no_date(start: datetime) -> Reason:
    last = checks.LAST_DAY
    return reason("rule.no_date", start=f"{start:%Y-%m-%d}", last=f"{last:%Y-%m-%d}")


# The most days each month can have (February: in a leap year).
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _never(upper: str) -> bool:
    """A day of the month that none of the rule's months has (BYMONTH=2;BYMONTHDAY=31): seen
    at once. Searching 175 years for it hour by hour took dateutil 2.9 five seconds."""
    parts = dict(p.split("=", 1) for p in upper.split(";") if "=" in p)
    try:
        months = [int(m) for m in parts["BYMONTH"].split(",")]
        days = [int(d) for d in parts["BYMONTHDAY"].split(",")]
    except (KeyError, ValueError):
        return False
    if any(d < 0 for d in days) or not all(1 <= m <= 12 for m in months):
        return False  # counted from the month's end, or a month dateutil will refuse
    return min(days) > max(_MONTH_DAYS[m - 1] for m in months)


def check_rule(rule: str, first: datetime | date, tz: ZoneInfo, field_name: str = "rrule") -> None:
    """Refuse a rule that cannot work from this first date (a UTC instant or a day): an end
    before the start or past the calendar, or no date at all before the calendar ends.

    An item with such a rule would show in no view and not in the backlog either.
    """
    timed = isinstance(first, datetime)
    start = (
        utc_to_local(first, tz)
        if isinstance(first, datetime)
        else datetime.combine(first, datetime.min.time())
    )
    upper = rule.upper()
    if not timed and (
        any(f"FREQ={f}" in upper for f in ("HOURLY", "MINUTELY", "SECONDLY"))
        or any(part in upper for part in ("BYHOUR", "BYMINUTE", "BYSECOND"))
    ):
        # An all-day item has one date a day: its dates are named by their day.
        raise InputError(field_name, rule, reason("rule.all_day"))
    if _never(upper):
        raise InputError(field_name, rule, _no_date(start))
    try:
        built = rrulestr(_until_in_wall_time(rule, tz if timed else None), dtstart=start)
        until = built._until  # noqa: SLF001 - dateutil has no getter
        if until is not None and until.date() > checks.LAST_DAY:
            raise InputError(
                field_name, rule, reason("rule.until_last", last=checks.LAST_DAY.isoformat())
            )
        if until is not None and until < start:
            why = reason("rule.until_start", start=f"{start:%Y-%m-%d %H:%M}")
            raise InputError(field_name, rule, why)
        probe = built.replace(count=None, until=until or CALENDAR_END)
        if probe.after(start, inc=True) is None:
            raise InputError(field_name, rule, _no_date(start))
    except (ValueError, TypeError, OverflowError, IndexError) as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError(field_name, rule, _rule("rule.unreadable", error=exc)) from None


@dataclass(frozen=True)
class Override:
    """One occurrence that differs from the rule (iCalendar RECURRENCE-ID): moved elsewhere,
    or with its own title, text, status or channels (None and () mean "as the series")."""

    key: str  # start_key of the original occurrence
    start_utc: datetime | None
    start_date: date | None
    duration_minutes: int | None
    title: str | None = None
    body: str | None = None
    status: str | None = None
    channels: tuple[tuple[int, str | None], ...] = ()  # (channel id, its own text)

    @property
    def moved(self) -> bool:
        start = self.start_utc or self.start_date
        return start is not None and start_key(start) != self.key


class Instance(NamedTuple):
    """One occurrence: where it happens, and which original slot of the rule it stands for.
    A named tuple: a page makes thousands, and a frozen dataclass is three times slower to
    make."""

    key: str  # start_key of the rule's slot: stable even when the occurrence was moved
    start_utc: datetime | None
    start_date: date | None
    duration_minutes: int | None
    moved: bool
    override: Override | None = None  # what this date has of its own, if anything


# Frequencies whose dates repeat with a fixed period in wall-clock time, whatever their BY parts
# (a day, a week: BYDAY, BYHOUR and the month filters read the calendar, not the start).
PERIODS = {HOURLY: timedelta(hours=1), DAILY: timedelta(days=1), WEEKLY: timedelta(weeks=1)}


def _build_rule(
    rule: str, dtstart: datetime, tz: ZoneInfo | None, near: datetime | None = None
) -> rrule:
    """The rule from `dtstart`, ending by the calendar's end; with `near` (the earliest date
    wanted), started as close before it as gives the same dates.

    dateutil walks every date from the start: an hourly rule begun years ago would cost
    seconds per view. Moving the start by whole periods (of INTERVAL times the frequency) keeps
    every date and every default dateutil derives from the start (weekday, time of day, minute).
    A rule with COUNT is left alone: its end is counted from its first date.
    """
    # UNTIL given in UTC (as Exchange writes it) must be compared in the same naive frame;
    # dateutil refuses an aware UNTIL with a naive start outright.
    text = _until_in_wall_time(rule, tz)
    parsed = _parsed(text) or rrulestr(text, dtstart=dtstart, forceset=False)
    changes: dict[str, object] = {"dtstart": dtstart}
    if parsed._count is None and (parsed._until is None or parsed._until > CALENDAR_END):  # noqa: SLF001
        changes["until"] = CALENDAR_END
    period = PERIODS.get(parsed._freq)  # noqa: SLF001
    if near is not None and period is not None and parsed._count is None:  # noqa: SLF001
        step = period * parsed._interval  # noqa: SLF001
        whole = (near - dtstart) // step - 1
        if whole > 0:
            changes["dtstart"] = dtstart + step * whole
    # What dateutil derives from the start (the weekday of a weekly rule, the time of day) is
    # derived again by replace: the rule parsed once serves every start.
    return parsed.replace(**changes)


@functools.lru_cache(maxsize=1024)
def _parsed(rule: str) -> rrule | None:
    """A daily or coarser rule's text parsed once (a calendar has a few rules, read again at
    every page); replace() then derives from each start what the rule leaves to it. None for
    hourly and finer rules: dateutil fits their BYHOUR, BYMINUTE and BYSECOND to the start
    (keeping only the values its interval reaches), so they are parsed with their own."""
    try:
        parsed = rrulestr(rule, dtstart=_PARSED_FROM, forceset=False)
    except ValueError:
        return None  # parsed again with the real start, which refuses it or not
    return parsed if parsed._freq <= DAILY else None  # noqa: SLF001


_PARSED_FROM = datetime(2000, 1, 1)


def expand_timed(
    rule: str,
    first_utc: datetime,
    tz: ZoneInfo,
    window: tuple[datetime, datetime],
    exdates: Iterable[str] = (),
    overrides: Iterable[Override] = (),
    duration_minutes: int | None = None,
) -> Iterator[Instance]:
    """Occurrences of a timed rule whose start falls in [window start, window end) (UTC).

    The rule runs on wall-clock time so that a weekly 09:00 post stays at 09:00 across daylight
    saving changes; each slot is then turned into a UTC instant.
    """
    lo, hi = window
    # Widen by two days so slots near the window edges are compared in UTC, not in local time.
    local_lo = utc_to_local(max(lo, CALENDAR_START_UTC), tz) - timedelta(days=2)
    local_hi = utc_to_local(min(hi, CALENDAR_END_UTC), tz) + timedelta(days=2)
    built = _build_rule(rule, utc_to_local(first_utc, tz), tz, local_lo)
    skipped = set(exdates)
    moved = {o.key: o for o in overrides}
    seen: set[str] = set()
    for slot in slots_between(built, local_lo, local_hi):
        instant = shift_local(slot, tz)
        key = start_key(instant)
        if key in skipped or key in moved or key in seen:
            # The same instant twice: on the spring-forward night the skipped hour's slot moves
            # past the gap, onto the next slot. One instant, one occurrence, one key.
            continue
        seen.add(key)
        if lo <= instant < hi:
            yield Instance(key, instant, None, duration_minutes, False)
    yield from _moved_in_window(moved.values(), lo, hi, tz, skipped)


def expand_all_day(
    rule: str,
    first_day: date,
    window: tuple[date, date],
    exdates: Iterable[str] = (),
    overrides: Iterable[Override] = (),
    tz: ZoneInfo | None = None,
) -> Iterator[Instance]:
    """Occurrences of an all-day rule with day in [window start, window end).

    With the workspace zone `tz`, an UNTIL in UTC is read in that zone, and an occurrence moved
    to a timed slot shows on the local day it falls on.
    """
    lo, hi = window
    lo, hi = max(lo, checks.FIRST_DAY), min(hi, checks.LAST_DAY + timedelta(days=1))
    start = datetime.combine(lo, datetime.min.time())
    end = datetime.combine(hi, datetime.min.time()) - timedelta(seconds=1)
    built = _build_rule(rule, datetime.combine(first_day, datetime.min.time()), tz, start)
    skipped = set(exdates)
    moved = {o.key: o for o in overrides}
    for slot in built.between(start, end, inc=True):
        key = start_key(slot.date())
        if key not in skipped and key not in moved:
            yield Instance(key, None, slot.date(), None, False)
    for o in moved.values():
        if o.key in skipped:
            continue
        if o.start_date is not None and lo <= o.start_date < hi:
            yield Instance(o.key, None, o.start_date, None, o.moved, o)
        elif o.start_utc is not None and tz and lo <= utc_to_local(o.start_utc, tz).date() < hi:
            yield Instance(o.key, o.start_utc, None, o.duration_minutes, o.moved, o)


def _moved_in_window(
    overrides: Iterable[Override], lo: datetime, hi: datetime, tz: ZoneInfo, skipped: set[str]
) -> Iterator[Instance]:
    for o in overrides:
        if o.key in skipped:
            continue
        if o.start_utc is not None and lo <= o.start_utc < hi:
            yield Instance(o.key, o.start_utc, None, o.duration_minutes, o.moved, o)
        elif o.start_date is not None:
            day_lo = utc_to_local(lo, tz).date()
            if day_lo <= o.start_date < utc_to_local(hi, tz).date():
                yield Instance(o.key, None, o.start_date, None, o.moved, o)


def is_slot(rule: str, first: datetime | date, key: str, tz: ZoneInfo) -> bool:
    """Whether `key` names a slot the rule produces (so an exception or a move is meaningful)."""
    try:
        target = parse_start_key(key)
    except ValueError:
        return False  # not a key at all: the caller refuses it with an InputError
    if not checks.in_calendar(target):
        return False  # no rule has a date outside the calendar
    if isinstance(first, datetime):
        if not isinstance(target, datetime):
            return False
        window = (target, target + timedelta(seconds=1))
        return any(i.key == key for i in expand_timed(rule, first, tz, window))
    if isinstance(target, datetime):
        return False
    target_day = target
    return any(
        i.key == key
        for i in expand_all_day(rule, first, (target_day, target_day + timedelta(days=1)), tz=tz)
    )


def slot_walls(
    rule: str, first_utc: datetime, tz: ZoneInfo, keys: Iterable[str]
) -> dict[str, datetime]:
    """The rule's own wall-clock time for each timed key (UTC) that names one of its slots.

    Shifting a slot must start from this time, not from the instant: a 02:30 slot on the
    spring-forward night is stored as 03:30, and shifted from there it would miss its slot.
    """
    walls: dict[str, datetime] = {}
    for key in keys:
        if not key.endswith("Z"):
            continue
        local = utc_to_local(datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC), tz)
        built = _build_rule(rule, utc_to_local(first_utc, tz), tz, local - timedelta(hours=3))
        for slot in built.between(local - timedelta(hours=3), local + timedelta(hours=3), inc=True):
            if start_key(shift_local(slot, tz)) == key:
                walls[key] = slot
                break
    return walls
