"""What waits for review, most urgent first, and the silent approval of what waited too long.

An entry is a single item in review, a series in review (at its next date), or one date of a
series in review on its own. Urgency is measured against `now`: overdue (its time has come),
within 24 hours, later, or undated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select

from ngo_calendar.store import columns

from ..calendar import query
from ..model.domain import Status
from ..workspace import Database, channels, settings
from ..write.reading import plain_reading
from .rules import ReviewRules, rules, silent_approval_at

SOON = timedelta(hours=24)
LOOK_AHEAD = timedelta(days=800)  # how far a series in review is looked at for its next date


@dataclass(frozen=True)
class ChannelText:
    channel: str
    text: str
    limit: int | None

    @property
    def too_long(self) -> bool:
        return self.limit is not None and len(self.text) > self.limit


@dataclass(frozen=True)
class Waiting:
    """One thing waiting for a decision."""

    item_id: int
    uid: str
    revision: int
    title: str
    start_utc: datetime | None
    start_date: date | None
    occurrence: str | None  # the date of a series reviewed on its own, else None
    urgency: str  # overdue | soon | later | undated
    silent_at: datetime | None  # when it will be approved by itself, if the workspace says so
    texts: tuple[ChannelText, ...] = field(default=())

    @property
    def starts(self) -> datetime | None:
        """Its publication as an instant (an all-day item: the start of its day, in UTC)."""
        if self.start_utc is not None:
            return self.start_utc
        if self.start_date is not None:
            return datetime.combine(self.start_date, time(), UTC)
        return None


def waiting(db: Database, now: datetime) -> list[Waiting]:
    """Everything in review, by publication time (undated last)."""
    found = _occurrences_in_review(db, now)
    review_rules = rules(db)
    limits = {c.name: c.char_limit for c in channels(db)}
    entries = [_entry(occ, now, review_rules, limits) for occ in found]
    far = datetime.max.replace(tzinfo=UTC)
    entries.sort(key=lambda e: (e.starts or far, e.title, e.item_id, e.occurrence or ""))
    return entries


def _occurrences_in_review(db: Database, now: datetime) -> list[query.Occurrence]:
    item, own = columns.Item, columns.ItemOverride
    review = Status.IN_REVIEW.value
    with plain_reading(db) as s:
        singles = set(
            s.scalars(select(item.uid).where(item.status == review, item.rrule.is_(None)))
        )
        series = set(
            s.scalars(
                select(item.uid).where(
                    item.rrule.is_not(None),
                    or_(
                        item.status == review,
                        item.id.in_(select(own.item_id).where(own.status == review)),
                    ),
                )
            )
        )
    found = query.items_by_uid(db, singles)
    if series:
        tz = settings(db).tz
        today = now.astimezone(tz).date()
        upcoming = query.occurrences(db, today - LOOK_AHEAD, today + LOOK_AHEAD, uids=series)
        seen_series: set[int] = set()
        for occ in upcoming:
            if occ.status != review:
                continue
            if "status" in occ.own:
                found.append(occ)  # one date in review on its own
            elif occ.item_id not in seen_series and (occ.end_utc() or _day_end(occ, tz)) >= now:
                seen_series.add(occ.item_id)  # the whole series: its next date
                found.append(occ)
    return found


def _day_end(occ: query.Occurrence, tz: object) -> datetime:
    assert occ.start_date is not None
    return datetime.combine(occ.start_date + timedelta(days=max(occ.days, 1)), time(), UTC)


def _entry(
    occ: query.Occurrence, now: datetime, review_rules: ReviewRules, limits: dict[str, int | None]
) -> Waiting:
    own_date = occ.occurrence_key if "status" in occ.own else None
    entry = Waiting(
        item_id=occ.item_id,
        uid=occ.uid,
        revision=occ.revision,
        title=occ.title,
        start_utc=occ.start_utc,
        start_date=occ.start_date,
        occurrence=own_date,
        urgency="undated",
        silent_at=None,
        texts=tuple(
            ChannelText(name, occ.variants.get(name) or occ.body, limits.get(name))
            for name in occ.channels
        ),
    )
    starts = entry.starts
    if starts is None:
        return entry
    urgency = "overdue" if starts <= now else "soon" if starts - now <= SOON else "later"
    silent = silent_approval_at(review_rules, starts)
    return Waiting(**{**entry.__dict__, "urgency": urgency, "silent_at": silent})
