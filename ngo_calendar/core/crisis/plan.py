"""The crisis plan: what happens to each planned item when a crisis is declared, as a pure
function of the items, the crisis and the workspace's rules (no database, no clock: `plan` is
given everything, so a test fixes the time and the result is always the same).

For every item planned from the crisis' start up to the horizon (the expected end plus
`horizon_days`, or the start plus `horizon_days` when the end is open):

- keep: essential items and crisis communication; items on no channel the crisis concerns;
  items tied to a fixed date (an event) and time-bound items after the end; items already past;
- cancel: time-bound items whose moment falls inside the crisis (a greeting for a holiday, an
  event's reminder): their moment will have passed;
- hold: movable items inside the crisis when its end is open: no date until it ends;
- shift: movable items inside the crisis, moved after the end, each channel's order and
  spacing kept (moved by the crisis' length rounded up to whole days, or quarter hours for a
  crisis shorter than a day, or to the end when that would pass the horizon, then to the first
  slot the rules allow); never past the horizon: held instead when no slot is free before it
  (nor past the calendar's end, core/model/checks.py).

A slot is allowed when it is outside quiet hours (21:00 to 08:00 by default, in the
workspace's zone), not on a blackout day, not at a minute where another item of one of the
item's channels stands, and within each of its channels' cadence: at most the channel's posts
per week in a week (Monday to Sunday) and at most that number divided by 7, rounded up, in a
day. The cadence is a guide, not a wall: a slot within it is looked for in the week from
where the item would land (GUIDE_DAYS); failing that, the item goes beyond it (its row says
so, crisis.moved.over_cadence): what was planned no longer counts, and what the crisis moved
spreads over the days right after it, a day's share of the week's target each (then one more,
two more... when the horizon is full), so that it goes out soon, never past the horizon.
Items already placed after the end count. Local times are worked out in the zone, so a
daylight-saving change inside the window moves nothing by an hour.

Items whose text holds one of the workspace's sensitive words are flagged, even outside the
crisis, so they are reviewed before they come back.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..model.checks import LAST_DAY
from ..model.reasons import Reason, reason

DEFAULT_HORIZON_DAYS = 14
DEFAULT_QUIET = (time(21, 0), time(8, 0))
# The defaults of the workspace's list, French and English; matched as whole words, any case.
DEFAULT_SENSITIVE_WORDS = (
    "fête", "festif", "festive", "humour", "humor", "blague", "joke", "concours", "contest",
    "jeu-concours", "giveaway", "soldes", "sale", "promo", "promotion", "gala", "soirée",
    "party", "célébration", "celebration", "anniversaire", "birthday",
)  # fmt: skip
KEEP, HOLD, SHIFT, CANCEL = "keep", "hold", "shift", "cancel"
ACTIONS = (KEEP, HOLD, SHIFT, CANCEL)
GUIDE_DAYS = 3  # a slot within the cadence is looked for this far from where it lands


@dataclass(frozen=True)
class Crisis:
    name: str
    start: datetime  # aware
    end: datetime | None = None  # the expected end; None: open-ended
    channels: frozenset[str] = frozenset()  # empty: every channel
    horizon_days: int = DEFAULT_HORIZON_DAYS

    @property
    def horizon(self) -> datetime:
        return (self.end or self.start) + timedelta(days=self.horizon_days)

    def concerns(self, channels: Iterable[str]) -> bool:
        return not self.channels or bool(self.channels & set(channels))


@dataclass(frozen=True)
class PlanRules:
    tz: ZoneInfo
    cadence: dict[str, int] = field(default_factory=dict)  # posts per week; 0 or absent: none
    quiet: tuple[time, time] | None = DEFAULT_QUIET  # from, until (local); None: none
    blackout: frozenset[date] = frozenset()
    sensitive_words: tuple[str, ...] = DEFAULT_SENSITIVE_WORDS


@dataclass(frozen=True)
class Planned:
    """One planned occurrence, as the plan sees it."""

    item_id: int
    occurrence: str | None  # the key of a series' date, else None
    title: str
    text: str  # body and channel texts, for the sensitive words
    channels: tuple[str, ...]
    start: datetime | None  # aware, timed
    day: date | None = None  # all-day
    kind: str = "post"
    sensitivity: str = "movable"
    crisis_message: bool = False
    uid: str = ""  # the stored item's, for the crisis' record

    @property
    def key(self) -> tuple[int, str | None]:
        return (self.item_id, self.occurrence)

    def at(self, tz: ZoneInfo) -> datetime:
        """Its place in time (an all-day item: the start of its day)."""
        if self.start is not None:
            return self.start
        assert self.day is not None
        return datetime.combine(self.day, time(), tz)


@dataclass(frozen=True)
class Row:
    """One line of the preview: the item, before and after, the action and why."""

    item: Planned
    action: str
    why: Reason  # core/model/reasons.py: a code the window words in the person's language
    after: datetime | date | None  # hold: None; keep and cancel: as before
    sensitive: tuple[str, ...] = ()  # the sensitive words found in its text

    @property
    def reason(self) -> str:
        """The reason in English (the command line, the crisis' record)."""
        return str(self.why)

    @property
    def before(self) -> datetime | date | None:
        return self.item.start if self.item.start is not None else self.item.day


def plan(
    crisis: Crisis, items: Sequence[Planned], rules: PlanRules, others: Sequence[Planned] = ()
) -> list[Row]:
    """A row for each item in `items` (every one, in their order). `others` are the items the
    plan does not move but whose slots count (those after the horizon, say)."""
    tz = rules.tz
    rows: dict[tuple[int, str | None], Row] = {}
    to_shift: list[Planned] = []
    for item in items:
        action, why = _decide(crisis, item, tz)
        if action == SHIFT:
            to_shift.append(item)
            continue
        after = None if action == HOLD else (item.start or item.day)
        rows[item.key] = Row(item, action, why, after, _sensitive(item, rules))
    placed = Schedule(rules)
    for row in rows.values():
        if row.action == KEEP:  # what stays where it is holds its slot
            placed.take(row.item, row.after)
    for other in others:
        placed.take(other, other.start or other.day)
    for item, after, seen in placed.shift_all(to_shift, crisis):
        if after is None:
            why = reason("crisis.beyond_horizon")
            rows[item.key] = Row(item, HOLD, why, None, _sensitive(item, rules))
        else:
            rows[item.key] = Row(item, SHIFT, _shift_reason(seen), after, _sensitive(item, rules))
    return [rows[item.key] for item in items]


WAYS = ("over_cadence", "week", "day", "blackout", "quiet", "minute")  # first named first


def _shift_reason(seen: set[str]) -> Reason:
    """Why it landed where it did: the crisis, and what else was in the way (beyond the
    weekly target first: the person reads that before the rest)."""
    ways = [way for way in WAYS if way in seen]
    return reason(f"crisis.moved.{ways[0]}") if ways else reason("crisis.moved")


def _decide(crisis: Crisis, item: Planned, tz: ZoneInfo) -> tuple[str, Reason]:
    when = item.at(tz)
    if not crisis.concerns(item.channels):
        return KEEP, reason("crisis.no_channel")
    if when < crisis.start:
        return KEEP, reason("crisis.before")
    if crisis.end is not None and when >= crisis.end:
        return KEEP, reason("crisis.after")
    if item.crisis_message:
        return KEEP, reason("crisis.message")
    if item.sensitivity == "essential":
        return KEEP, reason("crisis.essential")
    if item.sensitivity == "time_bound":
        return CANCEL, reason("crisis.time_bound")
    if item.kind == "event":
        return KEEP, reason("crisis.event")
    if crisis.end is None:
        return HOLD, reason("crisis.held")
    return SHIFT, reason("crisis.moved")


LATER = str(reason("crisis.later"))  # its English text, as Row.reason gives it


def flag_later(items: Sequence[Planned], rules: PlanRules) -> list[Row]:
    """Items after the crisis' window whose text holds sensitive words: kept where they are,
    flagged, so they are read again before they come back."""
    found = []
    for item in items:
        words = _sensitive(item, rules)
        if words:
            found.append(Row(item, KEEP, reason("crisis.later"), item.start or item.day, words))
    return found


def _sensitive(item: Planned, rules: PlanRules) -> tuple[str, ...]:
    words = set(_words(f"{item.title}\n{item.text}"))
    return tuple(w for w in rules.sensitive_words if w.casefold() in words)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.casefold())


class Schedule:
    """What stands where after the end, per channel: minutes taken, counts per day and week."""

    def __init__(self, rules: PlanRules) -> None:
        self.rules = rules
        self.minutes: dict[str, set[datetime]] = defaultdict(set)
        self.per_day: dict[tuple[str, date], int] = defaultdict(int)
        self.per_week: dict[tuple[str, date], int] = defaultdict(int)
        self.moved_per_day: dict[tuple[str, date], int] = defaultdict(int)  # shifted here

    def take(self, item: Planned, when: datetime | date | None, moved: bool = False) -> None:
        if when is None:
            return
        day = when if not isinstance(when, datetime) else when.astimezone(self.rules.tz).date()
        for channel in item.channels:
            if isinstance(when, datetime):
                self.minutes[channel].add(_minute(when))
            self.per_day[(channel, day)] += 1
            self.per_week[(channel, _monday(day))] += 1
            if moved:
                self.moved_per_day[(channel, day)] += 1

    def allows(self, item: Planned, when: datetime | date, extra: int | None = None) -> str:
        """Why `when` will not do ("" when it will): quiet, blackout, minute, day or week. With
        `extra` (beyond the cadence), what was planned there does not count: a day takes its
        share of the week's target, plus `extra`, of what the crisis moved."""
        tz = self.rules.tz
        if isinstance(when, datetime):
            local = when.astimezone(tz)
            day = local.date()
            if self.rules.quiet is not None and _quiet(local.time(), self.rules.quiet):
                return "quiet"
        else:
            day = when
        if day in self.rules.blackout:
            return "blackout"
        for channel in item.channels:
            per_week = self.rules.cadence.get(channel, 0)
            if isinstance(when, datetime) and _minute(when) in self.minutes[channel]:
                return "minute"
            if per_week > 0:
                share = math.ceil(per_week / 7)
                if extra is not None:
                    if self.moved_per_day[(channel, day)] >= share + extra:
                        return "day"
                    continue
                if self.per_day[(channel, day)] >= share:
                    return "day"
                if self.per_week[(channel, _monday(day))] >= per_week:
                    return "week"
        return ""

    def shift_all(
        self, items: list[Planned], crisis: Crisis
    ) -> list[tuple[Planned, datetime | date | None, set[str]]]:
        """Each item moved by the crisis' length, then to the first allowed slot before the
        horizon (within the cadence in the week from there, else beyond it), in the order
        they were planned; an item never lands before one planned before it on its channels."""
        if not items:
            return []
        assert crisis.end is not None
        tz = self.rules.tz
        # The crisis' length on the wall clock: across a daylight-saving change, 10:00 five
        # days after is still 10:00.
        length = _wall(crisis.end, tz) - _wall(crisis.start, tz)
        last: dict[str, datetime] = {}
        done: list[tuple[Planned, datetime | date | None, set[str]]] = []
        for item in sorted(items, key=lambda i: (i.at(tz), i.item_id, i.occurrence or "")):
            target = self._target(item, length, crisis.end, crisis.horizon)
            floor = max((last[c] for c in item.channels if c in last), default=None)
            guide = self._day_of(target) + timedelta(days=GUIDE_DAYS - 1)
            found, seen = self._search(item, target, floor, crisis.horizon, guide)
            # The cadence is a guide: beyond it, what moved spreads over the days after the
            # end, a day's share each, else one more, two more...
            extra, most = 0, len(items)
            while found is None and extra <= most and (floor is None or floor < crisis.horizon):
                found, more = self._search(item, target, floor, crisis.horizon, None, extra)
                seen |= more | {"over_cadence"}
                extra += 1
            if found is not None:
                self.take(item, found, moved=True)
                moment = (
                    found if isinstance(found, datetime) else datetime.combine(found, time(), tz)
                )
                for channel in item.channels:
                    last[channel] = moment
            done.append((item, found, seen))
        return done

    def _target(
        self, item: Planned, length: timedelta, end: datetime, horizon: datetime
    ) -> datetime | date:
        """Where the item would land: moved by the crisis' length, or, when that passes the
        horizon (a crisis longer than it), as soon after the end as its time of day allows."""
        tz = self.rules.tz
        first_day = end.astimezone(tz).date() + timedelta(days=1)
        if item.start is not None:
            # In wall time: 10:00 stays 10:00 across a daylight-saving change.
            local = item.start.astimezone(tz).replace(tzinfo=None)
            moved = _instant(local + _wall_days(length), tz)
            if moved >= horizon:
                soon = _instant(datetime.combine(end.astimezone(tz).date(), local.time()), tz)
                moved = (
                    soon if soon >= end else _instant(datetime.combine(first_day, local.time()), tz)
                )
            return max(moved, end)
        assert item.day is not None
        day = max(item.day + _wall_days(length), first_day)
        return day if datetime.combine(day, time(), tz) < horizon else first_day

    def _day_of(self, when: datetime | date) -> date:
        return when.astimezone(self.rules.tz).date() if isinstance(when, datetime) else when

    def _search(
        self,
        item: Planned,
        target: datetime | date,
        floor: datetime | None,
        horizon: datetime,
        last_day: date | None = None,
        extra: int | None = None,
    ) -> tuple[datetime | date | None, set[str]]:
        """The first allowed slot from `target` before the horizon and up to `last_day` (None
        when there is none), and what was in the way (quiet, blackout, minute, day, week)."""
        tz = self.rules.tz
        when = target
        if floor is not None:
            if isinstance(when, datetime) and when <= floor:
                when = _minute(floor) + timedelta(minutes=1)
            elif not isinstance(when, datetime):
                # An all-day item stands at the start of its day: after a timed one, the
                # next day.
                day = floor.astimezone(tz).date()
                if datetime.combine(day, time(), tz) < floor:
                    day += timedelta(days=1)
                when = max(when, day)
        # Never past the calendar's end (an item near it is held instead); a day short of its
        # last, so that no zone's offset takes an instant past it in UTC.
        limit = min(last_day or date.max, LAST_DAY - timedelta(days=1))
        # On another day the item keeps the time of day it was meant for.
        clock = target.astimezone(tz).time() if isinstance(target, datetime) else None
        seen: set[str] = set()
        while self._day_of(when) <= limit:
            moment = when if isinstance(when, datetime) else datetime.combine(when, time(), tz)
            if moment >= horizon:
                break
            why = self.allows(item, when, extra)
            if not why:
                return when, seen
            seen.add(why)
            when = self._next(when, why, clock)
            if floor is not None and isinstance(when, datetime) and when <= floor:
                when = _minute(floor) + timedelta(minutes=1)
        return None, seen

    def _next(self, when: datetime | date, why: str, clock: time | None) -> datetime | date:
        tz = self.rules.tz
        if not isinstance(when, datetime):
            if why == "week":
                return _monday(when) + timedelta(days=7)
            return when + timedelta(days=1)
        local = when.astimezone(tz)
        if why == "minute":
            return when + timedelta(minutes=1)
        if why == "quiet":
            assert self.rules.quiet is not None
            until = self.rules.quiet[1]
            day = local.date() if local.time() < until else local.date() + timedelta(days=1)
            return _instant(datetime.combine(day, until), tz)
        at = clock or local.time()
        if why == "week":
            monday = _monday(local.date()) + timedelta(days=7)
            return _instant(datetime.combine(monday, at), tz)
        return _instant(datetime.combine(local.date() + timedelta(days=1), at), tz)


def _wall(when: datetime, tz: ZoneInfo) -> datetime:
    return when.astimezone(tz).replace(tzinfo=None)


def _quiet(moment: time, quiet: tuple[time, time]) -> bool:
    begin, until = quiet
    if begin <= until:
        return begin <= moment < until
    return moment >= begin or moment < until


def _minute(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(second=0, microsecond=0)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _wall_days(length: timedelta) -> timedelta:
    """The crisis' length as the wall-clock shift the plan applies: rounded up to whole days
    (to quarter hours for a crisis shorter than a day), so that a post planned at 10:00 goes
    out at 10:00 (or 10:15), not at 10:01 because the crisis ended a minute past the hour."""
    step = timedelta(days=1) if length >= timedelta(days=1) else timedelta(minutes=15)
    return step * math.ceil(length / step)


def _instant(local: datetime, tz: ZoneInfo) -> datetime:
    """A wall time in the zone as an instant; a time that does not exist (clocks moving
    forward) becomes the first that does after it."""
    aware = local.replace(tzinfo=tz)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != local:  # in the gap: the same wall time an hour later exists
        aware = (local + timedelta(hours=1)).replace(tzinfo=tz)
    return aware.astimezone(UTC)
