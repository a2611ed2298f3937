"""Recurring items: an RRULE in wall-clock time, exceptions, and single moved occurrences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from .domain import InputError
from .timing import shift_local, start_key, utc_to_local

RRULE_HELP = "use an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1MO;COUNT=6"


def validate_rrule(text: str, field_name: str = "rrule") -> str:
    """Normalise and check a rule; the stored form has no `RRULE:` prefix."""
    rule = text.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if not rule or "FREQ=" not in rule.upper():
        raise InputError(field_name, text, RRULE_HELP)
    try:
        rrulestr(rule, dtstart=datetime(2026, 1, 1, 9, 0))
    except (ValueError, TypeError) as exc:
        raise InputError(field_name, text, f"{RRULE_HELP} ({exc})") from None
    return rule.upper()


@dataclass(frozen=True)
class Override:
    """One occurrence moved away from where the rule puts it (iCalendar RECURRENCE-ID)."""

    key: str  # start_key of the original occurrence
    start_utc: datetime | None
    start_date: date | None
    duration_minutes: int | None


@dataclass(frozen=True)
class Instance:
    """One occurrence: where it happens, and which original slot of the rule it stands for."""

    key: str  # start_key of the rule's slot: stable even when the occurrence was moved
    start_utc: datetime | None
    start_date: date | None
    duration_minutes: int | None
    moved: bool


def _build_rule(rule: str, dtstart: datetime) -> rrule:
    built = rrulestr(rule, dtstart=dtstart, forceset=False)
    # UNTIL given in UTC (as Exchange writes it) must be compared in the same naive frame.
    until = getattr(built, "_until", None)
    if until is not None and until.tzinfo is not None:
        built = built.replace(until=until.replace(tzinfo=None))
    return built


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
    built = _build_rule(rule, utc_to_local(first_utc, tz))
    # Widen by two days so slots near the window edges are compared in UTC, not in local time.
    local_lo = utc_to_local(lo, tz) - timedelta(days=2)
    local_hi = utc_to_local(hi, tz) + timedelta(days=2)
    skipped = set(exdates)
    moved = {o.key: o for o in overrides}
    for slot in built.between(local_lo, local_hi, inc=True):
        instant = shift_local(slot, tz)
        key = start_key(instant)
        if key in skipped or key in moved:
            continue
        if lo <= instant < hi:
            yield Instance(key, instant, None, duration_minutes, False)
    yield from _moved_in_window(moved.values(), lo, hi, tz, skipped)


def expand_all_day(
    rule: str,
    first_day: date,
    window: tuple[date, date],
    exdates: Iterable[str] = (),
    overrides: Iterable[Override] = (),
) -> Iterator[Instance]:
    """Occurrences of an all-day rule with day in [window start, window end)."""
    lo, hi = window
    built = _build_rule(rule, datetime.combine(first_day, datetime.min.time()))
    skipped = set(exdates)
    moved = {o.key: o for o in overrides}
    start = datetime.combine(lo, datetime.min.time())
    end = datetime.combine(hi, datetime.min.time()) - timedelta(seconds=1)
    for slot in built.between(start, end, inc=True):
        key = start_key(slot.date())
        if key not in skipped and key not in moved:
            yield Instance(key, None, slot.date(), None, False)
    for o in moved.values():
        if o.key in skipped:
            continue
        if o.start_date is not None and lo <= o.start_date < hi:
            yield Instance(o.key, None, o.start_date, None, True)


def _moved_in_window(
    overrides: Iterable[Override], lo: datetime, hi: datetime, tz: ZoneInfo, skipped: set[str]
) -> Iterator[Instance]:
    for o in overrides:
        if o.key in skipped:
            continue
        if o.start_utc is not None and lo <= o.start_utc < hi:
            yield Instance(o.key, o.start_utc, None, o.duration_minutes, True)
        elif o.start_date is not None:
            day_lo = utc_to_local(lo, tz).date()
            if day_lo <= o.start_date < utc_to_local(hi, tz).date():
                yield Instance(o.key, None, o.start_date, None, True)


def is_slot(rule: str, first: datetime | date, key: str, tz: ZoneInfo) -> bool:
    """Whether `key` names a slot the rule produces (so an exception or a move is meaningful)."""
    if isinstance(first, datetime):
        target = datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        window = (target, target + timedelta(seconds=1))
        return any(i.key == key for i in expand_timed(rule, first, tz, window))
    target_day = datetime.strptime(key, "%Y%m%d").date()
    return any(
        i.key == key
        for i in expand_all_day(rule, first, (target_day, target_day + timedelta(days=1)))
    )
