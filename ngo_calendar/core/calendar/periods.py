"""The calendar cut into weeks, so a view can be put together from weeks already read.

The window keeps the weeks around the one shown (read ahead by its database worker); paging then
assembles the new range from them instead of querying. A week holds every occurrence touching
one of its seven local days, in time order; an occurrence over several weeks is in each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from ..model import checks
from .query import Occurrence, local_days

WEEK = timedelta(days=7)


def monday(day: date) -> date:
    """The Monday of `day`'s week: weeks are Monday-based whatever the views show."""
    return day - timedelta(days=day.weekday())


def weeks_covering(first: date, last: date) -> list[date]:
    """The Mondays of every week touching first..last (inclusive), inside the calendar's span."""
    first, last = max(first, checks.FIRST_DAY), min(last, checks.LAST_DAY)
    weeks: list[date] = []
    week = monday(first)
    while week <= last:
        weeks.append(week)
        if week + WEEK > checks.LAST_DAY:
            break
        week += WEEK
    return weeks


def week_span(week: date) -> tuple[date, date]:
    """First and last day of the week starting on `week`, clamped to the calendar's span."""
    return max(week, checks.FIRST_DAY), min(week + timedelta(days=6), checks.LAST_DAY)


def days_of(occ: Occurrence, tz: ZoneInfo) -> tuple[date, date]:
    """The first and last local day an occurrence is on: worked out when it was read."""
    return occ.days_on or local_days(occ, tz)


def split(
    found: Iterable[Occurrence], weeks: Sequence[date], tz: ZoneInfo
) -> dict[date, list[Occurrence]]:
    """Occurrences read for the whole of `weeks` (in time order), put in each week they touch."""
    blocks: dict[date, list[Occurrence]] = {week: [] for week in weeks}
    for occ in found:
        first, last = days_of(occ, tz)
        week = monday(first)
        while week <= last:
            if week in blocks:
                blocks[week].append(occ)
            week += WEEK
    return blocks


def assemble(
    blocks: Sequence[Sequence[Occurrence]], first: date, last: date, tz: ZoneInfo
) -> list[Occurrence]:
    """The occurrences on days first..last, in time order, from the consecutive weeks covering
    them. Each week is in time order and holds every occurrence touching it; an occurrence is
    taken from the earliest of these weeks it touches (the first week, or the week it starts
    in), so nothing comes twice and the order holds. Cheap enough to run at every page."""
    found: list[Occurrence] = []
    week = monday(first)
    end = len(blocks) - 1
    for index, block in enumerate(blocks):
        for occ in block:
            on_first, on_last = occ.days_on or local_days(occ, tz)
            if index and on_first < week:
                continue  # taken from an earlier week already
            if (index == 0 and on_last < first) or (index == end and on_first > last):
                continue  # only the first and last weeks hold days outside the range
            found.append(occ)
        week += WEEK
    return found


def sort_in_time(found: list[Occurrence], tz: ZoneInfo) -> None:
    found.sort(key=lambda occ: occ.sort_key(tz))


class Weeks:
    """The weeks read so far, for one filter. A week read before the last change is stale: it
    can still be shown while its fresh copy is read, but never counts as ready."""

    def __init__(self, tz: ZoneInfo, keep: int = 20) -> None:
        self.tz = tz
        self.keep = keep  # at most this many weeks in memory, the farthest from view dropped
        self.generation = 0
        self._blocks: dict[date, tuple[int, list[Occurrence]]] = {}

    def missing(self, first: date, last: date) -> list[date]:
        """The weeks of first..last not read since the last change."""
        return [week for week in weeks_covering(first, last) if not self._fresh(week)]

    def ready(self, first: date, last: date) -> list[Occurrence] | None:
        """first..last in time order if every week of it is fresh; None otherwise."""
        if self.missing(first, last):
            return None
        return self.shown(first, last)

    def shown(self, first: date, last: date) -> list[Occurrence]:
        """What is known of first..last, stale weeks included and weeks never read empty."""
        weeks = weeks_covering(first, last)
        blocks = [self._blocks[w][1] if w in self._blocks else [] for w in weeks]
        return assemble(blocks, first, last, self.tz) if blocks else []

    def store(self, found: list[Occurrence], weeks: Sequence[date], generation: int) -> bool:
        """Keep what was read for `weeks` at `generation`; refused if something changed since."""
        if generation != self.generation:
            return False
        for week, block in split(found, weeks, self.tz).items():
            self._blocks[week] = (generation, block)
        return True

    def changed(self) -> None:
        """The workspace changed: every week read so far is stale, reads under way too."""
        self.generation += 1

    def forget(self, tz: ZoneInfo | None = None) -> None:
        """Nothing read so far can be shown again (another filter, another time zone)."""
        self.generation += 1
        self._blocks.clear()
        if tz is not None:
            self.tz = tz

    def span(self) -> tuple[date, date] | None:
        """From the first day of the earliest week kept to the last of the latest."""
        if not self._blocks:
            return None
        return min(self._blocks), week_span(max(self._blocks))[1]

    def replace(self, uids: frozenset[str], fresh: list[Occurrence]) -> None:
        """After a write: the occurrences of items `uids` are now `fresh` (read over span()).
        Reads under way predate the write, so their results are refused; a week that was
        stale stays stale."""
        before, self.generation = self.generation, self.generation + 1
        placed = split(fresh, list(self._blocks), self.tz)
        for week, (generation, block) in list(self._blocks.items()):
            kept = [occ for occ in block if occ.uid not in uids] + placed[week]
            if len(kept) != len(block) or placed[week]:
                sort_in_time(kept, self.tz)
            self._blocks[week] = (self.generation if generation == before else generation, kept)

    def keep_near(self, day: date) -> list[list[Occurrence]]:
        """Drop the weeks farthest from `day` beyond the number kept; they are returned, so
        that the caller can let go of them where freeing thousands of objects costs nothing
        (the window: on its worker)."""
        if len(self._blocks) <= self.keep:
            return []
        by_distance = sorted(self._blocks, key=lambda week: abs((week - day).days))
        return [self._blocks.pop(week)[1] for week in by_distance[self.keep :]]

    def _fresh(self, week: date) -> bool:
        block = self._blocks.get(week)
        return block is not None and block[0] == self.generation
