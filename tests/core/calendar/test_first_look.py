"""The month's first look gives each day's first chips and its count exactly as the complete
read does (the month shows an all-day occurrence on each of its days, a timed one on the day
it starts), whatever the items: ties in time and title, events over several days or weeks,
series with moved, retitled and removed dates, a daylight-saving change inside the grid."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ngo_calendar.app import open_workspace
from ngo_calendar.core import AllDay, ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.first_look import first_look, month_days
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.timing import shift_local, start_key
from ngo_calendar.store import Database

GRID = date(2027, 3, 1)  # a Monday; Paris goes to summer time on the 28th, inside the grid
LAST = GRID + timedelta(days=41)
_examples = itertools.count()

ITEM = st.one_of(
    # (kind, day offset from the grid, hour, length, title): offsets before the grid too
    st.tuples(st.just("timed"), st.integers(-3, 44), st.integers(0, 23), st.integers(0, 3000),
              st.sampled_from("ABC")),
    st.tuples(st.just("all_day"), st.integers(-20, 44), st.just(0), st.integers(1, 25),
              st.sampled_from("ABC")),
    st.tuples(st.just("weekly"), st.integers(-30, 30), st.integers(0, 23), st.integers(0, 300),
              st.sampled_from("AB")),
    st.tuples(st.just("daily_all_day"), st.integers(-10, 30), st.just(0), st.integers(1, 3),
              st.sampled_from("AB")),
)  # fmt: skip


def fill(db: Database, specs: list[tuple[str, int, int, int, str]]) -> None:
    for kind, offset, hour, length, title in specs:
        day = GRID + timedelta(days=offset)
        wall = datetime.combine(day, datetime.min.time()).replace(hour=hour)
        if not _exists(wall):
            wall += timedelta(hours=1)  # 02:00 on the day clocks go forward is no time at all
        timed = Timed(wall)
        rule = {"weekly": "FREQ=WEEKLY;COUNT=8", "daily_all_day": "FREQ=DAILY;COUNT=12"}
        if kind in ("all_day", "daily_all_day"):
            draft = ItemDraft(title=title, channels=["Facebook"], start=AllDay(day), days=length,
                              rrule=rule.get(kind))  # fmt: skip
        else:
            draft = ItemDraft(title=title, channels=["Facebook"], start=timed,
                              duration_minutes=length, rrule=rule.get(kind))  # fmt: skip
        new_id = items.create_item(db, draft).new_id
        if kind == "weekly":
            vary_series(db, new_id, timed.local, length)


def _exists(wall: datetime) -> bool:
    """Whether this wall time happens in Paris (none between 02:00 and 03:00 in late March)."""
    paris = ZoneInfo("Europe/Paris")
    back = wall.replace(tzinfo=paris).astimezone(UTC).astimezone(paris).replace(tzinfo=None)
    return back == wall


def vary_series(db: Database, item_id: int, first: datetime, length: int) -> None:
    """The second date moved by `length` hours, the third retitled, the fourth removed."""
    tz = workspace.settings(db).tz
    # The wall time repeats weekly, across the change of time too.
    walls = [first + timedelta(weeks=n) for n in range(1, 4)]
    keys = [start_key(shift_local(wall, tz)) for wall in walls]
    occurrences.move_item(db, item_id, Timed(walls[0] + timedelta(hours=length)), keys[0])
    occurrences.edit_occurrence(db, item_id, keys[1], title="A")
    occurrences.delete_occurrence(db, item_id, keys[2])


def month_cells(db: Database) -> dict[date, list[query.Occurrence]]:
    """What the complete read puts in each cell of the grid."""
    tz = workspace.settings(db).tz
    cells: dict[date, list[query.Occurrence]] = {}
    for occ in query.occurrences(db, GRID, LAST):
        for day in month_days(occ, tz):
            if GRID <= day <= LAST:
                cells.setdefault(day, []).append(occ)
    return cells


def assert_same_as_complete(db: Database, per_day: int) -> None:
    look = first_look(db, GRID, LAST, per_day)
    assert look is not None
    cells = month_cells(db)
    assert look.counts == {day: len(found) for day, found in cells.items()}
    assert look.by_day == {day: found[:per_day] for day, found in cells.items()}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("first-look")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=st.lists(ITEM, max_size=14), per_day=st.integers(1, 4))
@example(specs=[("timed", 27, 2, 0, "A")], per_day=1)  # 02:00 the day clocks go forward
def test_the_first_look_is_the_complete_month_cut_to_what_fits(
    folder: Path, specs: list[tuple[str, int, int, int, str]], per_day: int
) -> None:
    db = open_workspace(folder / f"w{next(_examples)}")
    try:
        workspace.update_settings(db, timezone="Europe/Paris")
        workspace.save_channel(db, "Facebook", "facebook", "#1877f2")
        fill(db, specs)
        assert_same_as_complete(db, per_day)
    finally:
        db.close()


def test_a_crowded_day_shows_its_first_items_and_counts_them_all(cdb: Database) -> None:
    day = GRID + timedelta(days=10)
    for _n in range(30):  # thirty posts at one minute, titles alike: the item settles ties
        items.create_item(cdb, ItemDraft(title="Même titre", channels=["Facebook"],
                                         start=Timed(datetime(2027, 3, 11, 9, 0))))  # fmt: skip
    items.create_item(cdb, ItemDraft(title="Salon", channels=["Instagram"],
                                     start=AllDay(day - timedelta(days=2)), days=4))  # fmt: skip
    look = first_look(cdb, GRID, LAST, 5)
    assert look is not None
    assert look.counts[day] == 31
    assert [o.title for o in look.by_day[day]] == ["Salon"] + ["Même titre"] * 4
    ids = [o.item_id for o in look.by_day[day][1:]]
    assert ids == sorted(ids)
    assert_same_as_complete(cdb, 5)


def test_items_at_one_minute_come_in_title_order_then_in_the_order_they_were_made(
    cdb: Database,
) -> None:
    for title in ("Zèbre", "Abeille", "Zèbre", "Moineau"):
        items.create_item(cdb, ItemDraft(title=title, channels=["Facebook"],
                                         start=Timed(datetime(2027, 3, 11, 9, 0))))  # fmt: skip
    look = first_look(cdb, GRID, LAST, 3)
    assert look is not None
    shown = look.by_day[GRID + timedelta(days=10)]
    assert [(o.title, o.item_id) for o in shown] == [("Abeille", 2), ("Moineau", 4), ("Zèbre", 1)]
    assert_same_as_complete(cdb, 3)


def test_at_the_calendars_ends_the_complete_read_is_used(cdb: Database) -> None:
    assert first_look(cdb, date(1900, 1, 1), date(1900, 2, 11), 5) is None
    assert first_look(cdb, GRID, LAST, 5) is not None
