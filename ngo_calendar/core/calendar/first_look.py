"""The first screen of a month, read in a fraction of the time every occurrence takes.

A month cell shows a few chips and "+N more". In a big workspace a six-week grid holds tens of
thousands of occurrences; reading them all before the window can show anything made the start
slow. The first look reads, for each day, the chips that can fit (`per_day`) and how many
occurrences the day has, and gives them exactly as the complete read would: same occurrences,
same order, same counts (a property test compares the two). The window shows it at once and
reads the complete weeks on its database worker.

Which day shows what is the month's rule (`month_days`): an all-day occurrence on each of its
days, a timed one on the local day it starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, String, TextClause, TextualSelect, bindparam, func, select, text

from ngo_calendar.store.columns import Item

from ..model import checks
from ..model.recurrence import Instance
from ..workspace import settings
from ..write.names import Names
from ..write.reading import plain_reading
from . import rows
from .filters import HELD
from .query import (
    Occurrence,
    channel_looks,
    make_occurrence,
    safe_instances,
    series_select,
    sort_key_of,
    window_utc,
    with_days,
)


@dataclass(frozen=True)
class FirstLook:
    """`by_day`: the first occurrences shown on each day, in time order; `counts`: how many
    occurrences each day has in all (days with none are left out of both)."""

    by_day: dict[date, list[Occurrence]]
    counts: dict[date, int]

    def occurrences(self) -> list[Occurrence]:
        """Each occurrence once (an event over several days is in several cells)."""
        seen: dict[tuple[int, str | None], Occurrence] = {}
        for shown in self.by_day.values():
            for occ in shown:
                seen.setdefault((occ.item_id, occ.occurrence_key), occ)
        return list(seen.values())


def month_days(occ: Occurrence, tz: ZoneInfo) -> list[date]:
    """The days a month grid shows an occurrence on: an all-day one on each of its days, a
    timed one on the local day it starts."""
    if occ.start_date is not None:
        return [occ.start_date + timedelta(days=i) for i in range(max(occ.days, 1))]
    if occ.days_on is not None:
        return [occ.days_on[0]]
    assert occ.start_utc is not None
    return [occ.start_utc.astimezone(tz).date()]


# A candidate for a day's chips before it is built: (sort key, single item id or series'
# ItemRow with its Instance). Only the winners become Occurrences.
Chosen = int | tuple[rows.ItemRow, Instance]
Candidate = tuple[tuple[Any, ...], Chosen]


def first_look(db: Any, first: date, last: date, per_day: int) -> FirstLook | None:
    """The month's first screen for days first..last, unfiltered; None at the calendar's ends
    (where the complete read is as quick and knows the edges)."""
    if per_day < 1 or first - timedelta(days=31) < checks.FIRST_DAY:
        return None
    if last + timedelta(days=31) > checks.LAST_DAY:
        return None
    tz = settings(db).tz
    lo, hi = window_utc(first, last, tz)
    day_hi = last + timedelta(days=1)
    candidates: dict[date, list[Candidate]] = {}
    counts: dict[date, int] = {}

    def add(day: date, key: tuple[Any, ...], what: Chosen) -> None:
        if first <= day <= last:
            candidates.setdefault(day, []).append((key, what))
            counts[day] = counts.get(day, 0) + 1

    with plain_reading(db) as session:
        connection = session.connection()
        # Timed single items: the first per_day of each day, and each day's count (every
        # item starting on it, less the series: see below).
        for day, item_id, start, title in connection.execute(
            _timed_singles(first, last, tz, per_day)
        ):
            day = first + timedelta(days=day)
            key = sort_key_of(start, None, title, item_id, None, tz)
            candidates.setdefault(day, []).append((key, item_id))
        for number, starting in connection.execute(_starting(first, last, tz)):
            if starting:
                counts[first + timedelta(days=number)] = starting
        # Held items are not shown (no date until their crisis ends): out of the counts too,
        # found by their own small index.
        for (start,) in connection.execute(
            select(Item.start_utc).where(
                Item.status == HELD, Item.start_utc >= lo, Item.start_utc < hi
            )
        ):
            counts[start.astimezone(tz).date()] -= 1
        # All-day single items are few: each on every day it covers.
        longest = session.scalar(select(func.max(Item.days)).where(Item.rrule.is_(None))) or 1
        all_day = select(Item.id, Item.start_date, Item.days, Item.title).where(
            Item.rrule.is_(None),
            Item.status != HELD,
            Item.start_date > first - timedelta(days=longest),
            Item.start_date < day_hi,
        )
        for item_id, start_date, days, title in connection.execute(all_day):
            key = sort_key_of(None, start_date, title, item_id, None, tz)
            for offset in range(max(days, 1)):
                add(start_date + timedelta(days=offset), key, item_id)
        # Series: every date in the window, as the complete read expands them.
        # Their channels, tags and audiences are read for the dates shown only (see _build).
        for item in rows.load(session, series_select(lo, hi, first, day_hi), links=False):
            counted = item.status != HELD  # a held one was taken out of the counts above
            if counted and item.start_utc is not None and lo <= item.start_utc < hi:
                day = item.start_utc.astimezone(tz).date()
                counts[day] -= 1
            for instance in safe_instances(item, tz, (lo, hi), (first, day_hi)):
                own = instance.override
                if ((own.status if own and own.status else None) or item.status) == HELD:
                    continue
                title = own.title if own and own.title is not None else item.title
                start_date, start_utc = instance.start_date, instance.start_utc
                key = sort_key_of(start_utc, start_date, title, item.id, instance.key, tz)
                if start_date is not None:
                    if start_date + timedelta(days=item.days) <= first or start_date >= day_hi:
                        continue
                    for offset in range(max(item.days, 1)):
                        add(start_date + timedelta(days=offset), key, (item, instance))
                elif start_utc is not None and lo <= start_utc < hi:
                    add(start_utc.astimezone(tz).date(), key, (item, instance))
        chosen = {day: sorted(found)[:per_day] for day, found in candidates.items()}
        built = _build(session, chosen.values(), tz)
    by_day = {day: [built[_identity(what)] for _, what in found] for day, found in chosen.items()}
    return FirstLook(by_day, counts)


def _timed_singles(first: date, last: date, tz: ZoneInfo, per_day: int) -> TextualSelect:
    """(day number from `first`, id, start, title) of the first `per_day` timed single items
    starting on each local day: one small ranged read per day, stopped at `per_day` rows."""
    # Written as text: SQLAlchemy took 20 ms to compile the 42 parts, four times the reading.
    part = (
        "SELECT * FROM (SELECT {n} AS day, id, start_utc, title FROM items "
        "WHERE rrule IS NULL AND status != 'held' AND start_utc >= :lo{n} AND start_utc < :hi{n} "
        "ORDER BY start_utc, title, id LIMIT :per_day) AS day{n}"
    )
    return (
        _by_day(part, first, last, tz)
        .bindparams(per_day=per_day)
        .columns(day=Integer, id=Integer, start_utc=Item.start_utc.type, title=String)
    )


def _starting(first: date, last: date, tz: ZoneInfo) -> TextualSelect:
    """(day number, how many items start on it), single and series alike: the start's index
    counts them without reading a row (telling series apart would read every row)."""
    part = (
        "SELECT {n} AS day, count(*) AS n FROM items "
        "WHERE start_utc >= :lo{n} AND start_utc < :hi{n}"
    )
    return _by_day(part, first, last, tz).columns(day=Integer, n=Integer)


def _by_day(part: str, first: date, last: date, tz: ZoneInfo) -> TextClause:
    """`part` for each local day of first..last, its bounds in UTC as :loN and :hiN."""
    days = [window_utc(day, day, tz) for day in _days(first, last)]
    statement = text(" UNION ALL ".join(part.format(n=n) for n in range(len(days))))
    start_type = Item.start_utc.type
    return statement.bindparams(
        *(
            bindparam(f"{edge}{n}", value, type_=start_type)
            for n, bounds in enumerate(days)
            for edge, value in zip(("lo", "hi"), bounds, strict=True)
        )
    )


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _identity(what: Chosen) -> tuple[int, str | None]:
    if isinstance(what, int):
        return what, None
    item, instance = what
    return item.id, instance.key


def _build(
    session: Any,
    chosen: Iterable[list[Candidate]],
    tz: ZoneInfo,
) -> dict[tuple[int, str | None], Occurrence]:
    """The chosen candidates as Occurrences, built as the complete read builds them."""
    singles: set[int] = set()
    dates: dict[tuple[int, str | None], tuple[rows.ItemRow, Instance]] = {}
    for found in chosen:
        for _, what in found:
            if isinstance(what, int):
                singles.add(what)
            else:
                dates[_identity(what)] = what
    names = Names(session)
    looks = channel_looks(session)
    built: dict[tuple[int, str | None], Occurrence] = {}
    if singles:
        for item in rows.load(session, rows.item_select().where(Item.id.in_(sorted(singles)))):
            built[(item.id, None)] = with_days(make_occurrence(item, names, looks, None), tz)
    series = {item.id: item for item, _ in dates.values()}
    rows.attach_links(session, list(series.values()))
    for identity, (item, instance) in dates.items():
        built[identity] = with_days(make_occurrence(item, names, looks, instance), tz)
    return built
