"""The dates of a rule between two wall-clock times, as dateutil's `between(lo, hi, inc=True)`
gives them. The usual weekly rule (some days of every week, at set times, with no COUNT) is
worked out directly: dateutil's walk, period by period, took most of the time of a first
screen with a thousand series. tests/core/model/test_rule_slots.py compares the two on generated
rules."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from dateutil.rrule import WEEKLY, rrule


def slots_between(built: rrule, lo: datetime, hi: datetime) -> list[datetime]:
    """built.between(lo, hi, inc=True), in time order."""
    if not _plain_weekly(built):
        return list(built.between(lo, hi, inc=True))
    b: Any = built
    first, until = b._dtstart, b._until  # noqa: SLF001
    times = sorted(
        time(h, m, sec)
        for h in b._byhour
        for m in b._byminute
        for sec in b._bysecond  # noqa: SLF001
    )
    weekdays = set(b._byweekday)  # noqa: SLF001
    found: list[datetime] = []
    day, last = lo.date(), hi.date()
    while day <= last:
        if day.weekday() in weekdays:
            for at in times:
                slot = datetime.combine(day, at)
                if lo <= slot <= hi and slot >= first and (until is None or slot <= until):
                    found.append(slot)
        day += timedelta(days=1)
    return found


def _plain_weekly(built: rrule) -> bool:
    b: Any = built
    return (
        b._freq == WEEKLY  # noqa: SLF001
        and b._interval == 1  # noqa: SLF001
        and b._count is None  # noqa: SLF001
        and b._bysetpos is None  # noqa: SLF001
        and b._bymonth is None  # noqa: SLF001
        and b._byyearday is None  # noqa: SLF001
        and b._byweekno is None  # noqa: SLF001
        and not b._bymonthday  # noqa: SLF001
        and not b._bynmonthday  # noqa: SLF001
        and b._byeaster is None  # noqa: SLF001
        and not b._bynweekday  # noqa: SLF001
        and bool(b._byweekday)  # noqa: SLF001
        and bool(b._byhour and b._byminute and b._bysecond)  # noqa: SLF001
    )
