"""One date of a series with its own title, text, status and channels (iCalendar's RECURRENCE-ID
instance): shown, filtered, moved with the series, undone, and described in history."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ngo_calendar.core import ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.query import Filter
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import InputError, Status
from ngo_calendar.core.write import history, undo
from ngo_calendar.store import Database

TUESDAYS = ("20261201T080000Z", "20261208T080000Z", "20261215T080000Z")


@pytest.fixture
def series(cdb: Database) -> int:
    draft = ItemDraft(
        "Distribution",
        body="Texte",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 1, 9, 0)),
        rrule="FREQ=WEEKLY;COUNT=3",
    )
    return items.create_item(cdb, draft).new_id


def dates(db: Database, flt: Filter | None = None) -> list[query.Occurrence]:
    return query.occurrences(db, date(2026, 12, 1), date(2026, 12, 31), flt)


def test_a_date_with_its_own_title_status_and_channels(cdb: Database, series: int) -> None:
    occurrences.edit_occurrence(
        cdb,
        series,
        TUESDAYS[1],
        title="Spéciale Noël",
        body="Autre texte",
        status=Status.APPROVED,
        channels={"Instagram": "Court", "Newsletter": None},
    )
    first, second, third = dates(cdb)
    assert (first.title, first.status, first.channels, first.own) == (
        "Distribution",
        "draft",
        ("Facebook",),
        (),
    )
    assert (second.title, second.body, second.status) == (
        "Spéciale Noël",
        "Autre texte",
        "approved",
    )
    assert second.channels == ("Instagram", "Newsletter") and second.variants == {
        "Instagram": "Court"
    }
    assert second.own == ("title", "body", "status", "channels") and not second.moved
    assert third.title == "Distribution"
    # Filters look at each date as it is.
    assert [o.occurrence_key for o in dates(cdb, Filter(statuses=("approved",)))] == [TUESDAYS[1]]
    assert [o.occurrence_key for o in dates(cdb, Filter(channels=("Instagram",)))] == [TUESDAYS[1]]
    assert [o.occurrence_key for o in dates(cdb, Filter(text="noël"))] == [TUESDAYS[1]]


def test_setting_a_date_back_to_the_series_removes_what_it_had(cdb: Database, series: int) -> None:
    occurrences.edit_occurrence(cdb, series, TUESDAYS[1], title="Autre", status=Status.HELD)
    occurrences.edit_occurrence(cdb, series, TUESDAYS[1], title=None, status=None)
    assert all(o.own == () for o in dates(cdb))
    assert items.item_draft(cdb, series) is not None
    with cdb.reading() as s:
        from ngo_calendar.store.models import Item

        assert s.get(Item, series).overrides == []  # nothing left of its own: no override


def test_set_status_of_one_date_and_of_the_series(cdb: Database, series: int) -> None:
    items.set_status(cdb, series, Status.APPROVED, occurrence=TUESDAYS[2])
    assert [o.status for o in dates(cdb)] == ["draft", "draft", "approved"]
    items.set_status(cdb, series, Status.IN_REVIEW)
    assert [o.status for o in dates(cdb)] == ["in_review", "in_review", "approved"]


def test_a_date_keeps_what_it_has_when_moved_and_when_the_series_moves(
    cdb: Database, series: int
) -> None:
    occurrences.edit_occurrence(cdb, series, TUESDAYS[1], title="Spéciale")
    occurrences.move_item(cdb, series, Timed(datetime(2026, 12, 9, 14, 0)), TUESDAYS[1])
    moved = [o for o in dates(cdb) if o.title == "Spéciale"]
    assert len(moved) == 1 and moved[0].moved
    # Back onto its own slot: no longer moved, still its own title.
    occurrences.move_item(cdb, series, Timed(datetime(2026, 12, 8, 9, 0)), TUESDAYS[1])
    (again,) = [o for o in dates(cdb) if o.title == "Spéciale"]
    assert not again.moved and again.occurrence_key == TUESDAYS[1]
    # The whole series a day later: the date's own title follows its slot.
    occurrences.move_item(
        cdb, series, Timed(datetime(2026, 12, 2, 9, 0)), TUESDAYS[0], whole_series=True
    )
    assert [o.title for o in dates(cdb)] == ["Distribution", "Spéciale", "Distribution"]
    assert [o.start_utc.day for o in dates(cdb)] == [2, 9, 16]


def test_editing_a_date_is_undone_and_recorded(cdb: Database, series: int) -> None:
    uid = dates(cdb)[0].uid
    occurrences.edit_occurrence(cdb, series, TUESDAYS[0], title="Lancement")
    undo.undo(cdb)
    assert [o.title for o in dates(cdb)] == ["Distribution"] * 3
    undo.redo(cdb)
    assert dates(cdb)[0].title == "Lancement"
    lines = [c for c in history.item_history(cdb, uid) if c.action == "edit occurrence"]
    assert len(lines) == 1 and lines[0].field == "overrides"
    assert "title: Lancement" in (lines[0].new or "")


def test_a_channel_deleted_with_force_leaves_the_dates_other_channels(
    cdb: Database, series: int
) -> None:
    occurrences.edit_occurrence(
        cdb, series, TUESDAYS[1], channels={"Instagram": None, "Newsletter": None}
    )
    instagram = next(c.id for c in workspace.channels(cdb) if c.name == "Instagram")
    workspace.delete_channel(cdb, instagram, force=True)
    assert dates(cdb)[1].channels == ("Newsletter",)
    undo.undo(cdb)
    assert dates(cdb)[1].channels == ("Instagram", "Newsletter")


def test_refusals_change_nothing(cdb: Database, series: int) -> None:
    for bad in (
        lambda: occurrences.edit_occurrence(cdb, series, "20261209T080000Z", title="x"),
        lambda: occurrences.edit_occurrence(cdb, series, TUESDAYS[0], title="   "),
        lambda: occurrences.edit_occurrence(cdb, series, TUESDAYS[0], channels={"Nowhere": None}),
    ):
        with pytest.raises(InputError):
            bad()
    assert all(o.own == () for o in dates(cdb))
    single = items.create_item(cdb, ItemDraft("Seul", channels=["Facebook"])).new_id
    with pytest.raises(InputError, match="recurring"):
        occurrences.edit_occurrence(cdb, single, TUESDAYS[0], title="x")
