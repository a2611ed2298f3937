"""Where each occurrence of a week goes, in days and minutes: no pixels, no Qt.

Kept apart from the widget so that the geometry can be computed once per `set_week` (fast
week-to-week navigation) and checked without painting anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ngo_calendar.core.calendar.query import Occurrence

DAY_MINUTES = 24 * 60
# A 0-minute post (the usual case for a social post) still needs room for its title.
MIN_BLOCK_MINUTES = 30
SNAP_MINUTES = 15


@dataclass
class Block:
    """The part of a timed occurrence that falls on one day of the week."""

    occ: Occurrence
    day: int  # 0 = Monday
    start_min: int  # wall-clock minutes from local midnight
    end_min: int  # exclusive, already stretched to the minimum readable height
    start_local: datetime  # the occurrence's true start and end (naive wall-clock)
    end_local: datetime
    lane: int = 0
    lanes: int = 1
    span: int = 1  # lanes it may widen into, free of overlapping blocks on their right
    cluster: int = 0  # blocks overlapping one another, directly or through others, share it


@dataclass
class Chip:
    """An all-day occurrence in the all-day row, possibly spanning several days."""

    occ: Occurrence
    first_day: int
    last_day: int  # inclusive
    lane: int = 0


@dataclass
class More:
    """The blocks of one busy moment that do not fit side by side: a "+N" in the last lane,
    which lists them (each block shown keeps room for its title)."""

    day: int
    start_min: int
    end_min: int
    occs: list[Occurrence]
    lane: int
    lanes: int


@dataclass
class WeekLayout:
    monday: date
    tz: ZoneInfo
    max_lanes: int = 0  # side by side at most (0: no limit); the rest goes into a More
    blocks: list[Block] = field(default_factory=list)
    more: list[More] = field(default_factory=list)
    chips: list[Chip] = field(default_factory=list)
    chip_lanes: int = 0
    # (day, hour) pairs whose wall-clock hour does not exist (spring-forward gap).
    missing_hours: set[tuple[int, int]] = field(default_factory=set)
    # Every placed occurrence in reading order (day, all-day first, then by time), for keys.
    order: list[tuple[int, int, Occurrence]] = field(default_factory=list)


def occurrence_id(occ: Occurrence) -> tuple[int, str | None]:
    """What identifies an occurrence across refreshes (a series shares its item id)."""
    return (occ.item_id, occ.occurrence_key)


def wall(instant: datetime, tz: ZoneInfo) -> datetime:
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(tz).replace(tzinfo=None)


def exists(local: datetime, tz: ZoneInfo) -> bool:
    """False for wall-clock times skipped when clocks move forward."""
    return wall(local.replace(tzinfo=tz).astimezone(UTC), tz) == local


def first_existing(local: datetime, tz: ZoneInfo) -> datetime:
    """The time itself, or the first snapped time after a daylight-saving gap.

    The item services refuse times in the gap; a drop there lands just after it instead.
    """
    probe = local
    for _ in range(4 * 60 // SNAP_MINUTES):
        if exists(probe, tz):
            return probe
        probe += timedelta(minutes=SNAP_MINUTES)
    return local


def build(
    monday: date, occurrences: list[Occurrence], tz: ZoneInfo, max_lanes: int = 0
) -> WeekLayout:
    layout = WeekLayout(monday, tz, max_lanes)
    sunday_end = monday + timedelta(days=7)
    per_day: list[list[Block]] = [[] for _ in range(7)]
    for occ in occurrences:
        if occ.start_date is not None:
            first = max(occ.start_date, monday)
            span = timedelta(days=max(occ.days, 1) - 1)
            last = min(occ.start_date + span, sunday_end - timedelta(days=1))
            if first <= last:
                chip = Chip(occ, (first - monday).days, (last - monday).days)
                layout.chips.append(chip)
                layout.order.append((chip.first_day, -1, occ))
        elif occ.start_utc is not None:
            blocks = _split(occ, monday, tz)
            for block in blocks:
                per_day[block.day].append(block)
            if blocks:
                layout.order.append((blocks[0].day, blocks[0].start_min, occ))
    for blocks in per_day:
        _assign_lanes(blocks)
        shown, more = _fold(blocks, max_lanes)
        layout.blocks.extend(shown)
        layout.more.extend(more)
    if layout.more:
        hidden = {id(occ) for more in layout.more for occ in more.occs}
        shown_ids = {id(block.occ) for block in layout.blocks}
        layout.order = [e for e in layout.order if id(e[2]) not in hidden or id(e[2]) in shown_ids]
    layout.chip_lanes = _assign_chip_lanes(layout.chips)
    layout.order.sort(key=lambda entry: (entry[0], entry[1], entry[2].title))
    for day in range(7):
        midnight = datetime.combine(monday + timedelta(days=day), time())
        for hour in range(24):
            if not exists(midnight + timedelta(hours=hour, minutes=30), tz):
                layout.missing_hours.add((day, hour))
    return layout


def _split(occ: Occurrence, monday: date, tz: ZoneInfo) -> list[Block]:
    """One block per day the occurrence touches within the week (a night event spans two)."""
    assert occ.start_utc is not None
    start = wall(occ.start_utc, tz)
    end = wall(occ.start_utc + timedelta(minutes=occ.duration_minutes or 0), tz)
    # On the fall-back night the wall-clock end can come before the start; keep the duration.
    end = max(end, start)
    blocks: list[Block] = []
    # Start at the week (not months earlier) so that a very long event costs nothing.
    day = max(start.date(), monday)
    while day < monday + timedelta(days=7):
        index = (day - monday).days
        midnight = datetime.combine(day, time())
        seg_start = max(start, midnight)
        seg_end = min(end, midnight + timedelta(days=1))
        s = int((seg_start - midnight).total_seconds() // 60)
        e = int((seg_end - midnight).total_seconds() // 60)
        if 0 <= index < 7 and (e > s or seg_start == start):
            # Stretch short blocks, but keep them inside the day so that they stay visible.
            e = max(e, s + MIN_BLOCK_MINUTES)
            if e > DAY_MINUTES:
                s, e = DAY_MINUTES - MIN_BLOCK_MINUTES, DAY_MINUTES
            blocks.append(Block(occ, index, s, e, start, end))
        day += timedelta(days=1)
        if datetime.combine(day, time()) >= end:
            break
    return blocks


def _assign_lanes(blocks: list[Block]) -> None:
    """Overlapping blocks side by side: a lane each, as many lanes as the busiest moment needs."""
    blocks.sort(key=lambda b: (b.start_min, -b.end_min, b.occ.title))
    cluster: list[Block] = []
    lane_ends: list[int] = []
    cluster_end = -1
    for block_number, block in enumerate(blocks):
        if cluster and block.start_min >= cluster_end:
            _close_cluster(cluster, len(lane_ends), block_number)
            cluster, lane_ends = [], []
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= block.start_min:
                block.lane = lane
                lane_ends[lane] = block.end_min
                break
        else:
            block.lane = len(lane_ends)
            lane_ends.append(block.end_min)
        cluster_end = max(cluster_end, block.end_min) if cluster else block.end_min
        cluster.append(block)
    _close_cluster(cluster, len(lane_ends), len(blocks))


def _close_cluster(cluster: list[Block], lanes: int, number: int) -> None:
    for block in cluster:
        block.lanes = lanes
        block.cluster = number
    # A short block beside a long one may use the empty lanes to its right for its title.
    _spans(cluster, [], lanes)


def _fold(blocks: list[Block], max_lanes: int) -> tuple[list[Block], list[More]]:
    """Clusters needing more than `max_lanes` lanes keep max_lanes - 1 lanes of blocks; the
    others of the cluster are listed by one More in the last lane."""
    if max_lanes < 1 or all(block.lanes <= max_lanes for block in blocks):
        return blocks, []
    shown: list[Block] = []
    more: list[More] = []
    clusters: dict[int, list[Block]] = {}
    for block in blocks:
        clusters.setdefault(block.cluster, []).append(block)
    for cluster in clusters.values():
        if cluster[0].lanes <= max_lanes:
            shown.extend(cluster)
            continue
        kept = [b for b in cluster if b.lane < max_lanes - 1]
        folded = [b for b in cluster if b.lane >= max_lanes - 1]
        start = min(b.start_min for b in folded)
        end = max(b.end_min for b in folded)
        folded.sort(key=lambda b: (b.start_min, b.occ.title))
        box = More(cluster[0].day, start, end, [b.occ for b in folded], max_lanes - 1, max_lanes)
        more.append(box)
        for block in kept:
            block.lanes = max_lanes
        _spans(kept, [(box.lane, box.start_min, box.end_min)], max_lanes)
        shown.extend(kept)
    return shown, more


def _spans(cluster: list[Block], taken: list[tuple[int, int, int]], lanes: int) -> None:
    """How many lanes each block may widen into: free ones on its right, up to `lanes`.
    `taken` lists other occupants as (lane, start, end)."""
    occupants = [(b.lane, b.start_min, b.end_min) for b in cluster] + taken
    for block in cluster:
        block.span = 1
        for lane in range(block.lane + 1, lanes):
            if any(
                other_lane == lane and start < block.end_min and block.start_min < end
                for other_lane, start, end in occupants
            ):
                break
            block.span += 1


def _assign_chip_lanes(chips: list[Chip]) -> int:
    chips.sort(key=lambda c: (c.first_day, -(c.last_day - c.first_day), c.occ.title))
    lane_last: list[int] = []
    for chip in chips:
        for lane, last in enumerate(lane_last):
            if last < chip.first_day:
                chip.lane = lane
                lane_last[lane] = chip.last_day
                break
        else:
            chip.lane = len(lane_last)
            lane_last.append(chip.last_day)
    return len(lane_last)


def snap(minutes: float) -> int:
    """The 15-minute slot a wall-clock minute falls in, kept inside the day."""
    slot = int(minutes // SNAP_MINUTES) * SNAP_MINUTES
    return min(max(slot, 0), DAY_MINUTES - SNAP_MINUTES)
