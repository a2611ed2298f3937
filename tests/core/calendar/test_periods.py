"""Properties of the weeks the window pages through: a range put together from weeks read at
different times, in any order and any chunks, is exactly the range read at once; after a write,
splicing in just the items it changed gives what a fresh read gives."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_calendar.app import open_workspace
from ngo_calendar.core import AllDay, ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import periods, query
from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.items import edit as items
from ngo_calendar.store import Database

MONDAY = date(2026, 11, 30)
_examples = itertools.count()

ITEM = st.one_of(
    # (kind, day offset, hour, length): timed posts, night events, multi-day all-day events
    st.tuples(st.just("timed"), st.integers(0, 55), st.integers(0, 23), st.integers(0, 3000)),
    st.tuples(st.just("all_day"), st.integers(0, 55), st.just(0), st.integers(1, 12)),
    st.tuples(st.just("weekly"), st.integers(0, 20), st.integers(6, 22), st.integers(0, 120)),
)


def key(found: list[Occurrence]) -> list[tuple[int, str | None, str]]:
    return [(o.item_id, o.occurrence_key, o.title) for o in found]


def fill(db, specs) -> list[int]:  # noqa: ANN001
    ids = []
    for n, (kind, offset, hour, length) in enumerate(specs):
        day = MONDAY + timedelta(days=offset)
        if kind == "all_day":
            start, days, minutes, rule = AllDay(day), length, None, None
        else:
            start = Timed(datetime.combine(day, datetime.min.time()).replace(hour=hour))
            days, minutes = 1, length
            rule = "FREQ=WEEKLY;COUNT=6" if kind == "weekly" else None
        draft = ItemDraft(title=f"Item {n}", channels=["Facebook"], start=start, days=days,
                          duration_minutes=minutes, rrule=rule)  # fmt: skip
        ids.append(items.create_item(db, draft).new_id)
    return ids


@contextmanager
def filled(folder: Path, specs) -> Iterator[tuple[Database, list[int], periods.Weeks]]:  # noqa: ANN001
    """A new workspace with one channel and the items of `specs`, and empty weeks for it."""
    db = open_workspace(folder / f"w{next(_examples)}")
    try:
        workspace.save_channel(db, "Facebook", "facebook", "#1877f2")
        ids = fill(db, specs)
        yield db, ids, periods.Weeks(workspace.settings(db).tz)
    finally:
        db.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("periods")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    specs=st.lists(ITEM, max_size=14),
    chunks=st.lists(st.integers(1, 4), min_size=1, max_size=6),
    first=st.integers(0, 40),
    length=st.integers(0, 30),
)
def test_a_range_from_weeks_read_apart_is_the_range_read_at_once(
    folder: Path,
    specs,
    chunks,
    first,
    length,  # noqa: ANN001
) -> None:
    with filled(folder, specs) as (db, _ids, weeks):
        week = MONDAY - timedelta(days=7)
        for size in chunks:  # read in chunks of weeks, as read-aheads come in
            span = [week + periods.WEEK * i for i in range(size)]
            found = query.occurrences(db, span[0], periods.week_span(span[-1])[1])
            assert weeks.store(found, span, weeks.generation)
            week += periods.WEEK * size
        lo = MONDAY - timedelta(days=7) + timedelta(days=first)
        hi = lo + timedelta(days=length)
        ready = weeks.ready(lo, hi)
        if weeks.missing(lo, hi):
            assert ready is None
        else:
            assert ready is not None
            assert key(ready) == key(query.occurrences(db, lo, hi))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    specs=st.lists(ITEM, min_size=1, max_size=10),
    edits=st.lists(st.tuples(st.integers(0, 9), st.integers(-10, 10)), min_size=1, max_size=3),
)
def test_splicing_a_writes_items_gives_what_a_fresh_read_gives(
    folder: Path,
    specs,
    edits,  # noqa: ANN001
) -> None:
    with filled(folder, specs) as (db, ids, weeks):
        span = periods.weeks_covering(MONDAY, MONDAY + timedelta(days=48))
        first, last = span[0], periods.week_span(span[-1])[1]
        weeks.store(query.occurrences(db, first, last), span, weeks.generation)
        changed: set[str] = set()
        for index, shift in edits:
            item_id = ids[index % len(ids)]
            draft = items.item_draft(db, item_id)
            if isinstance(draft.start, Timed):
                moved: Timed | AllDay = Timed(draft.start.local + timedelta(days=shift))
            else:
                assert isinstance(draft.start, AllDay)
                moved = AllDay(draft.start.day + timedelta(days=shift))
            changes = items.update_item(db, item_id, replace(draft, start=moved, title="Moved"))
            changed |= set(changes.items)
        fresh = query.occurrences(db, first, last, uids=changed)
        weeks.replace(frozenset(changed), fresh)
        assert key(weeks.ready(first, last) or []) == key(query.occurrences(db, first, last))
