"""One date of a series opened as the editor opens it, and saved for that date, for the whole
series, or for that date and the following ones (a split): each one operation, one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ngo_calendar.core import ItemDraft, Timed
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import dates, occurrences
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import Refused, Status
from ngo_calendar.core.write import undo
from ngo_calendar.store import Database
from ngo_calendar.store.models import Item
from tests.helpers import row_count

# Tuesdays at 09:00 in Paris.
TUESDAYS = ("20261201T080000Z", "20261208T080000Z", "20261215T080000Z", "20261222T080000Z")


@pytest.fixture
def series(cdb: Database) -> int:
    draft = ItemDraft(
        "Distribution",
        body="Texte",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 1, 9, 0)),
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=4",
    )
    return items.create_item(cdb, draft).new_id


def shown(db: Database) -> list[tuple[str, str, int, str]]:
    """(title, body, local day, status) of every date in December, by date."""
    found = query.occurrences(db, date(2026, 12, 1), date(2026, 12, 31))
    ordered = sorted(found, key=lambda o: o.start_utc or datetime.max)
    return [(o.title, o.body, o.start_utc.day if o.start_utc else 0, o.status) for o in ordered]


def item_count(db: Database) -> int:
    return row_count(db, Item)


def test_a_date_opens_with_its_own_start_and_fields(cdb: Database, series: int) -> None:
    occurrences.edit_occurrence(cdb, series, TUESDAYS[1], title="Spéciale Noël")
    occurrences.move_item(cdb, series, Timed(datetime(2026, 12, 9, 10, 0)), TUESDAYS[1])
    view = dates.date_view(cdb, series, TUESDAYS[1])
    assert view.shown.title == "Spéciale Noël" and view.series.title == "Distribution"
    assert view.shown.start == Timed(datetime(2026, 12, 9, 10, 0))
    assert view.series.start == Timed(datetime(2026, 12, 1, 9, 0))
    assert view.own == ("title",) and view.moved


def test_this_date_writes_its_own_override_only(cdb: Database, series: int) -> None:
    view = dates.date_view(cdb, series, TUESDAYS[2])
    entered = replace(
        view.shown, title="Collecte", start=Timed(datetime(2026, 12, 16, 9, 0)), body="Autre"
    )
    dates.save_date(cdb, series, TUESDAYS[2], view.shown, entered, "one")
    assert shown(cdb) == [
        ("Distribution", "Texte", 1, "draft"),
        ("Distribution", "Texte", 8, "draft"),
        ("Collecte", "Autre", 16, "draft"),
        ("Distribution", "Texte", 22, "draft"),
    ]
    undo.undo(cdb)
    assert [t for t, *_ in shown(cdb)] == ["Distribution"] * 4
    assert [d for _, _, d, _ in shown(cdb)] == [1, 8, 15, 22]


def test_this_date_refuses_a_change_of_the_series_fields(cdb: Database, series: int) -> None:
    view = dates.date_view(cdb, series, TUESDAYS[2])
    entered = replace(view.shown, notes="pour tous", rrule="FREQ=DAILY")
    with pytest.raises(Refused) as caught:
        dates.save_date(cdb, series, TUESDAYS[2], view.shown, entered, "one")
    assert caught.value.why.code == "item.date_only"


def test_the_whole_series_keeps_each_dates_own_title(cdb: Database, series: int) -> None:
    occurrences.edit_occurrence(cdb, series, TUESDAYS[1], title="Spéciale Noël")
    occurrences.move_item(cdb, series, Timed(datetime(2026, 12, 16, 9, 0)), TUESDAYS[2])
    view = dates.date_view(cdb, series, TUESDAYS[3])
    entered = replace(view.shown, title="Distribution alimentaire", status=Status.APPROVED)
    dates.save_date(cdb, series, TUESDAYS[3], view.shown, entered, "series")
    assert shown(cdb) == [
        ("Distribution alimentaire", "Texte", 1, "approved"),
        ("Spéciale Noël", "Texte", 8, "approved"),
        ("Distribution alimentaire", "Texte", 16, "approved"),
        ("Distribution alimentaire", "Texte", 22, "approved"),
    ]
    undo.undo(cdb)
    assert [t for t, *_ in shown(cdb)] == ["Distribution", "Spéciale Noël"] + ["Distribution"] * 2


def test_the_whole_series_from_a_later_date_moves_every_date_by_as_much(
    cdb: Database, series: int
) -> None:
    view = dates.date_view(cdb, series, TUESDAYS[2])
    entered = replace(view.shown, start=Timed(datetime(2026, 12, 15, 18, 30)))
    dates.save_date(cdb, series, TUESDAYS[2], view.shown, entered, "series")
    found = query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31))
    assert sorted(str(o.start_utc) for o in found) == [
        f"2026-12-{d:02} 17:30:00+00:00" for d in (1, 8, 15, 22)
    ]


def test_this_and_the_following_ones_splits_the_series_in_one_step(
    cdb: Database, series: int
) -> None:
    occurrences.edit_occurrence(cdb, series, TUESDAYS[1], title="Spéciale Noël")
    occurrences.edit_occurrence(cdb, series, TUESDAYS[3], body="Dernière")
    view = dates.date_view(cdb, series, TUESDAYS[2])
    entered = replace(view.shown, title="Distribution d'hiver", channels=["Instagram"])
    changes = dates.save_date(cdb, series, TUESDAYS[2], view.shown, entered, "following")
    assert len(changes.created) == 1 and item_count(cdb) == 2
    assert shown(cdb) == [
        ("Distribution", "Texte", 1, "draft"),
        ("Spéciale Noël", "Texte", 8, "draft"),
        ("Distribution d'hiver", "Texte", 15, "draft"),
        ("Distribution d'hiver", "Dernière", 22, "draft"),
    ]
    old = query.get_item(cdb, series)
    assert old is not None and old.rrule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T075959Z"
    new = query.get_item(cdb, changes.new_id)
    # COUNT=4 counts on: two dates were before the split.
    assert new is not None and new.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=2"
    assert new.channels == ("Instagram",)
    undo.undo(cdb)
    assert item_count(cdb) == 1
    assert [t for t, *_ in shown(cdb)] == ["Distribution", "Spéciale Noël"] + ["Distribution"] * 2
    old = query.get_item(cdb, series)
    assert old is not None and old.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=4"


def test_following_ones_that_no_longer_repeat_become_one_item(cdb: Database, series: int) -> None:
    view = dates.date_view(cdb, series, TUESDAYS[2])
    entered = replace(view.shown, rrule=None, start=Timed(datetime(2026, 12, 16, 18, 0)))
    changes = dates.save_date(cdb, series, TUESDAYS[2], view.shown, entered, "following")
    single = query.get_item(cdb, changes.new_id)
    assert single is not None and single.rrule is None
    assert [d for _, _, d, _ in shown(cdb)] == [1, 8, 16]


def test_following_from_the_first_date_is_the_whole_series(cdb: Database, series: int) -> None:
    view = dates.date_view(cdb, series, TUESDAYS[0])
    entered = replace(view.shown, title="Tout")
    dates.save_date(cdb, series, TUESDAYS[0], view.shown, entered, "following")
    assert item_count(cdb) == 1 and [t for t, *_ in shown(cdb)] == ["Tout"] * 4


def test_an_unknown_scope_is_refused(cdb: Database, series: int) -> None:
    view = dates.date_view(cdb, series, TUESDAYS[0])
    with pytest.raises(Refused):
        dates.save_date(cdb, series, TUESDAYS[0], view.shown, view.shown, **{"scope": "all"})
