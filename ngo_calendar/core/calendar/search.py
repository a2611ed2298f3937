"""Search across every date, not only the period on screen: what is coming first (soonest
first), then what is past (latest first), then the ideas (no date yet). Case and accents are
ignored, as in the filter (filters.folded); a date of a series with its own title or text is
found by it.

A series is one hit: its next date that matches within LOOK_AHEAD, else its latest past date
that matches within LOOK_BACK. The read goes through every item, so callers run it on the
database worker and pass `checkpoint` (between items) to let it be cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from ngo_calendar.store.columns import Item

from ..model import checks
from ..workspace import Database, settings
from ..write.names import Names
from ..write.reading import plain_reading
from . import rows
from .filters import Filter, date_matches, filtered, folded, text_matches
from .query import (
    Occurrence,
    channel_looks,
    make_occurrence,
    safe_instances,
    window_utc,
    with_days,
)

MAX_HITS = 200  # more is not a search result but a list: the person types a longer word
LOOK_AHEAD = timedelta(days=3 * 366)
LOOK_BACK = timedelta(days=3 * 366)


@dataclass(frozen=True)
class Hit:
    occurrence: Occurrence
    when: str  # "coming" | "past" | "idea"


def search(
    db: Database,
    text: str,
    now: datetime,
    limit: int = MAX_HITS,
    checkpoint: Callable[[], None] | None = None,
) -> list[Hit]:
    """The items whose texts hold `text`, coming first, then past, then ideas (at most
    `limit`). An empty or blank text finds nothing."""
    if not folded(text.strip()):
        return []
    pause = checkpoint or (lambda: None)
    flt = Filter(text=text)
    tz = settings(db).tz
    today = now.astimezone(tz).date()
    coming: list[tuple[datetime, Occurrence]] = []
    past: list[tuple[datetime, Occurrence]] = []
    ideas: list[Occurrence] = []
    with plain_reading(db) as session:
        names, looks = Names(session), channel_looks(session)
        everything = rows.item_select().order_by(Item.id.desc())
        for item in rows.load(session, filtered(everything, flt, per_date=True), pause):
            pause()
            if item.start_utc is None and item.start_date is None:
                if text_matches(item, text) and item.status != "held":
                    ideas.append(make_occurrence(item, names, looks, None))
                continue
            if item.rrule is None:
                if not text_matches(item, text) or item.status == "held":
                    continue
                occ = with_days(make_occurrence(item, names, looks, None), tz)
            else:
                found = _series_date(item, flt, names, looks, today, tz)
                if found is None:
                    continue
                occ = found
            key = _moment(occ)
            ahead = occ.start_utc >= now if occ.start_utc is not None else _day(occ) >= today
            (coming if ahead else past).append((key, occ))
    coming.sort(key=lambda pair: pair[0])
    past.sort(key=lambda pair: pair[0], reverse=True)
    hits = [Hit(o, "coming") for _, o in coming] + [Hit(o, "past") for _, o in past]
    hits += [Hit(o, "idea") for o in ideas]
    return hits[:limit]


def _series_date(
    item: rows.ItemRow,
    flt: Filter,
    names: Names,
    looks: dict[int, tuple[str, int | None]],
    today: date,
    tz: ZoneInfo,
) -> Occurrence | None:
    """The series' next date that matches, else its latest past one (None: none near)."""
    ahead = (today, min(today + LOOK_AHEAD, checks.LAST_DAY))
    behind = (max(today - LOOK_BACK, checks.FIRST_DAY), today - timedelta(days=1))
    for first, last, latest in ((*ahead, False), (*behind, True)):
        if last < first:
            continue
        lo, hi = window_utc(first, last, tz)
        dates = safe_instances(item, tz, (lo, hi), (first, last + timedelta(days=1)))
        for instance in reversed(dates) if latest else dates:
            occ = make_occurrence(item, names, looks, instance)
            if date_matches(occ, flt, item.notes):
                return with_days(occ, tz)
    return None


def _day(occ: Occurrence) -> date:
    assert occ.start_date is not None
    return occ.start_date


def _moment(occ: Occurrence) -> datetime:
    """A sort key putting timed and all-day dates on one line (an all-day date at midnight
    UTC of its day is close enough to order a list of results)."""
    if occ.start_utc is not None:
        return occ.start_utc
    day = _day(occ)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
