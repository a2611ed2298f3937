"""Reading the calendar: occurrences over a date range, the idea backlog, filters."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select

from ngo_calendar.store import Database
from ngo_calendar.store.columns import (
    Channel,
    Item,
    ItemOverride,
)

from ..model import checks
from ..model.recurrence import Instance, Override, expand_all_day, expand_timed
from ..model.timing import start_key
from ..workspace import settings
from ..write.names import Names
from ..write.reading import plain_reading
from . import rows
from .filters import Filter, date_matches, filtered, text_matches
from .rows import ItemRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One appearance of an item on the calendar (a single item has exactly one)."""

    item_id: int
    uid: str
    revision: int
    title: str
    body: str
    kind: str
    status: str
    sensitivity: str
    channels: tuple[str, ...]
    colours: tuple[str, ...]
    start_utc: datetime | None  # timed occurrences
    start_date: date | None  # all-day occurrences
    duration_minutes: int | None
    days: int
    campaign: str | None
    objective: str | None
    audiences: tuple[str, ...]
    tags: tuple[str, ...]
    rrule: str | None
    occurrence_key: str | None  # set for occurrences of recurring items
    moved: bool = False
    variants: dict[str, str] = field(default_factory=dict, compare=False)
    # What this date of a series has of its own: "title", "body", "status", "channels".
    own: tuple[str, ...] = ()
    # Channels whose text is over their character limit: marked in every view until fixed.
    too_long: tuple[str, ...] = ()
    # The local days it is on, first and last, worked out once where it is read (off the
    # window's thread) rather than at every page; None when undated.
    days_on: tuple[date, date] | None = field(default=None, compare=False)

    @property
    def all_day(self) -> bool:
        return self.start_date is not None

    def local_start(self, tz: ZoneInfo) -> datetime | None:
        return None if self.start_utc is None else self.start_utc.astimezone(tz)

    def end_utc(self) -> datetime | None:
        if self.start_utc is None:
            return None
        return self.start_utc + timedelta(minutes=self.duration_minutes or 0)

    def end_date(self) -> date | None:
        """Exclusive end of an all-day occurrence (as iCalendar writes it)."""
        return None if self.start_date is None else self.start_date + timedelta(days=self.days)

    def sort_key(self, tz: ZoneInfo) -> tuple[date, int, datetime, str, int, str]:
        return sort_key_of(
            self.start_utc, self.start_date, self.title, self.item_id, self.occurrence_key, tz
        )


_BEFORE_ANY_TIME = datetime.min.replace(tzinfo=UTC)


def sort_key_of(
    start_utc: datetime | None,
    start_date: date | None,
    title: str,
    item_id: int,
    occurrence_key: str | None,
    tz: ZoneInfo,
) -> tuple[date, int, datetime, str, int, str]:
    """Time order: by day, all-day first, then by start and title; the item and the date of a
    series settle ties, so that every read puts the same occurrences in the same order."""
    if start_date is not None:
        return (start_date, 0, _BEFORE_ANY_TIME, title, item_id, occurrence_key or "")
    assert start_utc is not None
    return (start_utc.astimezone(tz).date(), 1, start_utc, title, item_id, occurrence_key or "")


def window_utc(first: date, last: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Local days first..last (inclusive) as a half-open UTC interval."""
    lo = datetime.combine(first, time()).replace(tzinfo=tz).astimezone(UTC)
    hi = datetime.combine(last + timedelta(days=1), time()).replace(tzinfo=tz).astimezone(UTC)
    return lo, hi


def occurrences(
    db: Database,
    first: date,
    last: date,
    flt: Filter | None = None,
    uids: Iterable[str] | None = None,
    checkpoint: Callable[[], None] | None = None,
) -> list[Occurrence]:
    """Every occurrence touching local days first..last (inclusive), in time order; with
    `uids`, those of these items only (what a write changed, to update what is shown).
    `checkpoint` is called between items: a reader on another thread can pause or stop there."""
    pause = checkpoint or _go_on
    flt = flt or Filter()
    tz = settings(db).tz
    # Nothing lies outside the calendar's span; a view scrolled past its ends shows nothing there.
    first, last = max(first, checks.FIRST_DAY), min(last, checks.LAST_DAY)
    if last < first:
        return []
    lo, hi = window_utc(first, last, tz)
    day_hi = last + timedelta(days=1)
    found: list[Occurrence] = []
    with plain_reading(db) as session:
        # Items starting before the window but lasting into it: look back as far as the
        # longest single item needs (a multi-day event), not a fixed guess. Two subqueries, so
        # that each max comes from its partial index, not a scan.
        single_items = Item.rrule.is_(None)
        longest_minutes, longest_days = session.execute(
            select(
                select(func.max(Item.duration_minutes)).where(single_items).scalar_subquery(),
                select(func.max(Item.days)).where(single_items).scalar_subquery(),
            )
        ).one()
        single = rows.item_select().where(
            single_items,
            or_(
                and_(
                    Item.start_utc >= lo - timedelta(minutes=longest_minutes or 0),
                    Item.start_utc < hi,
                ),
                and_(
                    Item.start_date > first - timedelta(days=longest_days or 1),
                    Item.start_date < day_hi,
                ),
            ),
        )
        recurring = series_select(lo, hi, first, day_hi)
        if uids is not None:
            chosen = Item.uid.in_(list(uids))
            single, recurring = single.where(chosen), recurring.where(chosen)
        names = Names(session)
        looks = channel_looks(session)
        for item in rows.load(session, filtered(single, flt), pause):
            pause()
            if text_matches(item, flt.text):
                occ = make_occurrence(item, names, looks, None)
                if _overlaps(occ, lo, hi, first, day_hi):
                    found.append(with_days(occ, tz))
        for item in rows.load(session, filtered(recurring, flt, per_date=True), pause):
            pause()
            for instance in safe_instances(item, tz, (lo, hi), (first, day_hi)):
                occ = make_occurrence(item, names, looks, instance)
                if _overlaps(occ, lo, hi, first, day_hi) and date_matches(occ, flt, item.notes):
                    found.append(with_days(occ, tz))
    found.sort(key=lambda o: o.sort_key(tz))
    return found


def series_select(lo: datetime, hi: datetime, first: date, day_hi: date) -> Select[Any]:
    """The series that can have a date in the window: UTC lo..hi, local days first..day_hi."""
    # A series starting after the window can still have one date moved into it.
    moved_in = select(ItemOverride.item_id).where(
        or_(
            and_(ItemOverride.start_utc >= lo, ItemOverride.start_utc < hi),
            and_(ItemOverride.start_date >= first, ItemOverride.start_date < day_hi),
        )
    )
    # "id + 0": a term no index can serve, so SQLite reads the few series through their
    # partial index rather than every item starting before the window through the start's.
    return rows.item_select().where(
        Item.rrule.is_not(None),
        or_(Item.start_utc < hi, Item.start_date < day_hi, (Item.id + 0).in_(moved_in)),
    )


def local_days(occ: Occurrence, tz: ZoneInfo) -> tuple[date, date]:
    """The first and last local day an occurrence is on (a timed one ending at midnight is not
    on the next day), as occurrences() counts overlap."""
    if occ.start_date is not None:
        return occ.start_date, occ.start_date + timedelta(days=max(occ.days, 1) - 1)
    assert occ.start_utc is not None
    start = occ.start_utc.astimezone(tz)
    end_utc = occ.end_utc()
    if end_utc is None or end_utc <= occ.start_utc:
        return start.date(), start.date()
    end = end_utc.astimezone(tz)
    last = end.date()
    if end.time() == time() and last > start.date():
        last -= timedelta(days=1)
    return start.date(), last


def with_days(occ: Occurrence, tz: ZoneInfo) -> Occurrence:
    object.__setattr__(occ, "days_on", local_days(occ, tz))  # still being built: nobody has it
    return occ


def _go_on() -> None:
    """The checkpoint of a read nobody needs to pause."""


def _overlaps(occ: Occurrence, lo: datetime, hi: datetime, first: date, day_hi: date) -> bool:
    if occ.start_date is not None:
        end = occ.end_date()
        return occ.start_date < day_hi and end is not None and end > first
    assert occ.start_utc is not None
    end = occ.end_utc() or occ.start_utc
    return occ.start_utc < hi and (end > lo or occ.start_utc >= lo)


def safe_instances(
    item: ItemRow, tz: ZoneInfo, window: tuple[datetime, datetime], days: tuple[date, date]
) -> list[Instance]:
    """A series' dates in the window. A rule stored before today's checks existed (an older
    version, another program) that cannot be expanded shows its first date only, so one bad
    item never stops a whole view; the log says which."""
    try:
        return list(_instances(item, tz, window, days))
    except (ValueError, IndexError, OverflowError, TypeError) as exc:
        log.warning("item %s: its rule %r cannot be expanded: %s", item.id, item.rrule, exc)
        start = item.start_utc or item.start_date
        assert start is not None
        key = start_key(start)
        return [Instance(key, item.start_utc, item.start_date, item.duration_minutes, False)]


def _instances(
    item: ItemRow, tz: ZoneInfo, window: tuple[datetime, datetime], days: tuple[date, date]
) -> Iterable[Instance]:
    assert item.rrule is not None
    # Occurrences that start before the window but last into it are shown too (a weekend
    # event seen from Monday, a night shift seen the next day): start looking that much earlier.
    window = (window[0] - timedelta(minutes=item.duration_minutes or 0), window[1])
    days = (days[0] - timedelta(days=item.days - 1), days[1])
    if item.start_utc is not None:
        return expand_timed(
            item.rrule,
            item.start_utc,
            tz,
            window,
            item.exdates,
            item.overrides,
            item.duration_minutes,
        )
    assert item.start_date is not None
    return expand_all_day(item.rrule, item.start_date, days, item.exdates, item.overrides, tz)


def channel_looks(session: Session) -> dict[int, tuple[str, int | None]]:
    """Each channel's colour and character limit, by id."""
    rows = session.execute(select(Channel.id, Channel.colour, Channel.char_limit))
    return {channel_id: (colour, limit) for channel_id, colour, limit in rows}


def too_long_for(body: str, links: Iterable[tuple[str, str | None, int | None]]) -> tuple[str, ...]:
    """The channels whose text (its own, else the item's) is longer than the channel allows,
    from (name, own text, limit). Characters are counted as len(), as the editor counts them."""
    return tuple(
        name for name, own, limit in links if limit is not None and len(own or body) > limit
    )


def make_occurrence(
    item: ItemRow,
    names: Names,
    looks: dict[int, tuple[str, int | None]],
    instance: Instance | None,
) -> Occurrence:
    # A date of a series can have its own title, text, status and channels.
    own = instance.override if instance else None
    links = list(own.channels) if own and own.channels else item.channels
    return Occurrence(
        item_id=item.id,
        uid=item.uid,
        revision=item.revision,
        title=own.title if own and own.title is not None else item.title,
        body=own.body if own and own.body is not None else item.body,
        kind=item.kind,
        status=own.status if own and own.status is not None else item.status,
        sensitivity=item.sensitivity,
        channels=tuple(names.channels[channel_id] for channel_id, _ in links),
        colours=tuple(looks[channel_id][0] for channel_id, _ in links),
        start_utc=instance.start_utc if instance else item.start_utc,
        start_date=instance.start_date if instance else item.start_date,
        duration_minutes=instance.duration_minutes if instance else item.duration_minutes,
        days=item.days,
        campaign=names.campaigns.get(item.campaign_id) if item.campaign_id else None,
        objective=names.objectives.get(item.objective_id) if item.objective_id else None,
        audiences=tuple(names.audiences[audience_id] for audience_id in item.audiences),
        tags=tuple(sorted(item.tags)),
        rrule=item.rrule,
        occurrence_key=instance.key if instance else None,
        moved=instance.moved if instance else False,
        variants={names.channels[cid]: variant for cid, variant in links if variant},
        own=_own_fields(own),
        too_long=too_long_for(
            own.body if own and own.body is not None else item.body,
            ((names.channels[cid], variant, looks[cid][1]) for cid, variant in links),
        ),
    )


def _own_fields(own: Override | None) -> tuple[str, ...]:
    if own is None:
        return ()
    values = {"title": own.title, "body": own.body, "status": own.status}
    fields = tuple(name for name, value in values.items() if value is not None)
    return fields + (("channels",) if own.channels else ())


def backlog(db: Database, flt: Filter | None = None) -> list[Occurrence]:
    """Items with no date yet: the idea backlog, newest first."""
    flt = flt or Filter()
    query = rows.item_select().where(Item.start_utc.is_(None), Item.start_date.is_(None))
    with plain_reading(db) as session:
        names = Names(session)
        looks = channel_looks(session)
        items = rows.load(session, filtered(query.order_by(Item.id.desc()), flt))
        return [make_occurrence(i, names, looks, None) for i in items if text_matches(i, flt.text)]


def items_by_uid(db: Database, uids: Iterable[str]) -> list[Occurrence]:
    """These items as rows (a series: its first date), in one read."""
    wanted = sorted(uids)
    if not wanted:
        return []
    with plain_reading(db) as session:
        names = Names(session)
        looks = channel_looks(session)
        found = rows.load(session, rows.item_select().where(Item.uid.in_(wanted)))
        return [make_occurrence(i, names, looks, None) for i in found]


def get_item(db: Database, item_id: int) -> Occurrence | None:
    """One item as a row (its first occurrence for a series)."""
    if not 1 <= item_id <= checks.MAX_ID:
        return None  # SQLite could not even compare it: no item has it
    with plain_reading(db) as session:
        items = rows.load(session, rows.item_select().where(Item.id == item_id))
        if not items:
            return None
        names = Names(session)
        looks = channel_looks(session)
        return make_occurrence(items[0], names, looks, None)


def count_items(db: Database) -> int:
    with plain_reading(db) as session:
        return session.scalar(select(func.count(Item.id))) or 0
