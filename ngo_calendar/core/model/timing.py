"""Wall-clock time in the workspace zone versus UTC instants, daylight-saving days included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from . import checks
from .domain import AllDay, InputError, Start, Timed
from .reasons import reason


def zone(name: str, field_name: str = "timezone") -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a path
        raise InputError(field_name, name, reason("time.zone")) from None


def all_zones() -> list[str]:
    return sorted(available_timezones())


def local_to_utc(local: datetime, tz: ZoneInfo, field_name: str = "start") -> datetime:
    """Turn a naive wall-clock time into a UTC instant, refusing times that do not exist.

    On the spring-forward day the hour between 02:00 and 03:00 in Europe/Paris never happens;
    an item planned there would silently drift, so it is refused with the first valid time.
    On the fall-back day the repeated hour is taken at its first occurrence (fold=0).
    """
    naive = local.replace(tzinfo=None)
    instant = naive.replace(tzinfo=tz).astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != naive:
        after = _first_time_after_gap(naive, tz)
        raise InputError(
            field_name,
            naive.isoformat(timespec="minutes"),
            reason("time.gap", zone=tz.key, after=after.isoformat(timespec="minutes")),
        )
    return instant


def _first_time_after_gap(naive: datetime, tz: ZoneInfo) -> datetime:
    probe = naive.replace(minute=0, second=0, microsecond=0)
    for _ in range(4 * 60):
        probe += timedelta(minutes=15)
        if probe.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == probe:
            return probe
    return naive


def utc_to_local(instant: datetime, tz: ZoneInfo) -> datetime:
    """A UTC instant as naive wall-clock time in the zone."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(tz).replace(tzinfo=None)


def shift_local(local_naive: datetime, tz: ZoneInfo) -> datetime:
    """Localise a wall-clock time that recurrence produced; gap times move past the gap.

    RFC 5545 asks that a recurrence instance falling in a gap be read with the offset from before
    the gap, which zoneinfo's fold=0 does: 02:30 becomes 03:30 summer time.
    """
    return local_naive.replace(tzinfo=tz).astimezone(UTC)


def parse_local_datetime(text: str, tz: ZoneInfo, field_name: str) -> datetime:
    """Read `2026-12-01T18:00` (workspace wall time) or a value with an explicit UTC offset."""
    try:
        value = datetime.fromisoformat(checks.utf8(text, field_name).strip())
    except ValueError:
        raise InputError(field_name, text, reason("time.date_time")) from None
    checks.calendar_date(value, field_name)
    if value.tzinfo is not None:
        return value.astimezone(UTC)
    return local_to_utc(value, tz, field_name)


def parse_day(text: str, field_name: str) -> date:
    try:
        day = date.fromisoformat(checks.utf8(text, field_name).strip())
    except ValueError:
        raise InputError(field_name, text, reason("time.date")) from None
    return checks.calendar_date(day, field_name)


def parse_start(at: str | None, on: str | None, tz: ZoneInfo) -> Start:
    """The `--at` / `--on` pair of the command line as a Start (validated); an option given
    empty is refused, never read as "no date" (which would silently make an idea)."""
    if at is not None and on is not None:
        raise InputError("--at/--on", f"{at} and {on}", reason("time.at_or_on"))
    if at is not None:
        return Timed(utc_to_local(parse_local_datetime(at, tz, "--at"), tz))
    if on is not None:
        return AllDay(parse_day(on, "--on"))
    return None


def iso_instant(instant: datetime, tz: ZoneInfo) -> str:
    """ISO 8601 with the zone's UTC offset, as the JSON output shows instants."""
    return instant.astimezone(tz).isoformat(timespec="minutes")


def start_key(start: datetime | date) -> str:
    """A stable text key for an occurrence start: UTC for instants, the day for all-day items.

    Used for exception dates and moved occurrences (iCalendar's EXDATE and RECURRENCE-ID).
    """
    if isinstance(start, datetime):
        t = start.astimezone(UTC)
        # Formatted by hand: twice as quick as strftime, and a calendar page makes thousands.
        return f"{t.year:04}{t.month:02}{t.day:02}T{t.hour:02}{t.minute:02}{t.second:02}Z"
    return f"{start.year:04}{start.month:02}{start.day:02}"


def parse_start_key(key: str) -> datetime | date:
    if key.endswith("Z"):
        return datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.strptime(key, "%Y%m%d").date()
