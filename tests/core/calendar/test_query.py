"""Reading the calendar: ranges in time order across months and DST, filters, backlog."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from ngo_calendar.core import AllDay, ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.query import Filter
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import Status
from ngo_calendar.store import Database

PARIS = ZoneInfo("Europe/Paris")


def add(db: Database, title: str, **fields) -> int:
    if fields.get("start") is not None:
        fields.setdefault("channels", ["Facebook"])  # a dated item needs a channel
    return items.create_item(db, ItemDraft(title, **fields)).new_id


def titles(found: list[query.Occurrence]) -> list[str]:
    return [o.title for o in found]


def test_occurrences_in_time_order_across_a_month_boundary(cdb: Database) -> None:
    add(cdb, "second", start=Timed(datetime(2026, 2, 1, 8, 0)))
    add(cdb, "late", start=Timed(datetime(2026, 1, 31, 23, 30)))
    add(cdb, "all day", start=AllDay(date(2026, 1, 31)))
    add(cdb, "early", start=Timed(datetime(2026, 1, 31, 7, 0)))
    add(cdb, "outside", start=Timed(datetime(2026, 2, 2, 0, 0)))
    add(cdb, "backlog")
    found = query.occurrences(cdb, date(2026, 1, 31), date(2026, 2, 1))
    # all-day items first on their day, then by instant
    assert titles(found) == ["all day", "early", "late", "second"]
    assert found[1].start_utc == datetime(2026, 1, 31, 6, 0, tzinfo=UTC)
    assert found[0].all_day and not found[1].all_day


def test_window_edges_are_local_days(cdb: Database) -> None:
    add(cdb, "midnight", start=Timed(datetime(2026, 7, 1, 0, 0)))  # 30 June 22:00 UTC
    add(cdb, "last minute", start=Timed(datetime(2026, 6, 30, 23, 59)))
    assert titles(query.occurrences(cdb, date(2026, 7, 1), date(2026, 7, 1))) == ["midnight"]
    assert titles(query.occurrences(cdb, date(2026, 6, 30), date(2026, 6, 30))) == ["last minute"]


def test_dst_days_are_whole_local_days(cdb: Database) -> None:
    add(cdb, "spring 00:30", start=Timed(datetime(2026, 3, 29, 0, 30)))
    add(cdb, "spring 23:30", start=Timed(datetime(2026, 3, 29, 23, 30)))
    add(cdb, "autumn first 02:30", start=Timed(datetime(2026, 10, 25, 2, 30)))
    add(cdb, "autumn 23:30", start=Timed(datetime(2026, 10, 25, 23, 30)))
    add(cdb, "next day", start=Timed(datetime(2026, 10, 26, 0, 0)))
    spring = query.occurrences(cdb, date(2026, 3, 29), date(2026, 3, 29))
    assert titles(spring) == ["spring 00:30", "spring 23:30"]
    assert [o.local_start(PARIS).isoformat() for o in spring] == [
        "2026-03-29T00:30:00+01:00",
        "2026-03-29T23:30:00+02:00",
    ]
    autumn = query.occurrences(cdb, date(2026, 10, 25), date(2026, 10, 25))
    assert titles(autumn) == ["autumn first 02:30", "autumn 23:30"]
    assert autumn[0].local_start(PARIS).utcoffset().total_seconds() == 7200


def test_weekly_series_across_dst_in_a_range(cdb: Database) -> None:
    add(
        cdb,
        "weekly",
        start=Timed(datetime(2026, 3, 15, 9, 0)),
        rrule="FREQ=WEEKLY;BYDAY=SU",
        channels=["Facebook"],
    )
    found = query.occurrences(cdb, date(2026, 3, 20), date(2026, 4, 5))
    assert [o.local_start(PARIS).isoformat() for o in found] == [
        "2026-03-22T09:00:00+01:00",
        "2026-03-29T09:00:00+02:00",
        "2026-04-05T09:00:00+02:00",
    ]
    assert [o.occurrence_key for o in found] == [
        "20260322T080000Z",
        "20260329T070000Z",
        "20260405T070000Z",
    ]
    assert found[0].channels == ("Facebook",) and found[0].colours == ("#1877f2",)


def test_single_and_recurring_items_are_interleaved(cdb: Database) -> None:
    add(cdb, "daily", start=Timed(datetime(2026, 5, 1, 12, 0)), rrule="FREQ=DAILY;COUNT=3")
    add(cdb, "once", start=Timed(datetime(2026, 5, 2, 8, 0)))
    found = query.occurrences(cdb, date(2026, 5, 1), date(2026, 5, 31))
    assert titles(found) == ["daily", "once", "daily", "daily"]
    assert [o.occurrence_key is None for o in found] == [False, True, False, False]


def test_multi_day_all_day_item_appears_in_each_overlapped_window(cdb: Database) -> None:
    add(cdb, "festival", start=AllDay(date(2026, 5, 30)), days=4)  # 30 May to 2 June
    for first, last in [
        (date(2026, 5, 25), date(2026, 5, 30)),
        (date(2026, 5, 31), date(2026, 5, 31)),
        (date(2026, 6, 1), date(2026, 6, 7)),
        (date(2026, 6, 2), date(2026, 6, 2)),
    ]:
        found = query.occurrences(cdb, first, last)
        assert titles(found) == ["festival"], (first, last)
        assert found[0].start_date == date(2026, 5, 30)
        assert found[0].end_date() == date(2026, 6, 3)
    assert query.occurrences(cdb, date(2026, 6, 3), date(2026, 6, 30)) == []
    assert query.occurrences(cdb, date(2026, 5, 1), date(2026, 5, 29)) == []


def test_timed_item_overlapping_the_window_start(cdb: Database) -> None:
    add(cdb, "night shift", start=Timed(datetime(2026, 5, 31, 22, 0)), duration_minutes=240)
    add(cdb, "short", start=Timed(datetime(2026, 5, 31, 22, 0)), duration_minutes=30)
    assert titles(query.occurrences(cdb, date(2026, 6, 1), date(2026, 6, 1))) == ["night shift"]


def test_moved_and_removed_occurrences_in_ranges(cdb: Database) -> None:
    item_id = add(
        cdb, "série", start=Timed(datetime(2026, 6, 30, 9, 0)), rrule="FREQ=WEEKLY;COUNT=3"
    )
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 8, 3, 9, 0)), "20260707T070000Z")
    occurrences.delete_occurrence(cdb, item_id, "20260714T070000Z")
    july = query.occurrences(cdb, date(2026, 7, 1), date(2026, 7, 31))
    assert july == []
    june_aug = query.occurrences(cdb, date(2026, 6, 1), date(2026, 8, 31))
    assert [(o.start_utc.date(), o.moved) for o in june_aug] == [
        (date(2026, 6, 30), False),
        (date(2026, 8, 3), True),
    ]


@pytest.fixture
def plan(cdb: Database) -> Database:
    workspace.save_campaign(cdb, "Noël")
    workspace.save_campaign(cdb, "Été")
    day = Timed(datetime(2026, 12, 1, 10, 0))
    add(
        cdb,
        "Grand ÉVÉNEMENT de Noël",
        start=day,
        channels=["Facebook"],
        campaign="Noël",
        objective="Collecter des dons",
        audiences=["Donateurs"],
        status=Status.APPROVED,
    )
    add(
        cdb,
        "Atelier",
        start=day,
        body="Un événement pour les familles",
        channels=["Instagram"],
        campaign="Été",
        objective="Créer du lien",
        audiences=["Bénéficiaires", "Grand public"],
    )
    add(cdb, "Rappel", start=day, notes="Penser à l'Événement", channels=["Newsletter"])
    add(cdb, "Tagué", start=day, tags=["EvenementSansAccent"], channels=["Facebook", "Instagram"])
    add(
        cdb,
        "Variante",
        start=day,
        channels=["Instagram"],
        variants={"Instagram": "texte court"},
        status=Status.CANCELLED,
    )
    return cdb


def shown(db: Database, **flt) -> list[str]:
    return sorted(
        titles(query.occurrences(db, date(2026, 12, 1), date(2026, 12, 1), Filter(**flt)))
    )


def test_text_filter_is_casefold_containment(plan: Database) -> None:
    # title, body, notes and tags, whatever the case and the accents (issue 13: "benevoles"
    # used to find nothing where "bénévoles" found 18)
    everywhere = ["Atelier", "Grand ÉVÉNEMENT de Noël", "Rappel", "Tagué"]
    assert shown(plan, text="événement") == everywhere
    assert shown(plan, text="  ÉVÉNEMENT ") == everywhere
    assert shown(plan, text="evenement") == everywhere
    assert shown(plan, text="sansaccent") == ["Tagué"]
    assert shown(plan, text="TEXTE COURT") == ["Variante"]
    assert shown(plan, text="introuvable") == []
    assert shown(plan, text="   ") == shown(plan)
    assert len(shown(plan)) == 5


def test_filters_by_list_fields(plan: Database) -> None:
    assert shown(plan, channels=("Facebook",)) == ["Grand ÉVÉNEMENT de Noël", "Tagué"]
    assert shown(plan, channels=("Facebook", "Newsletter")) == [
        "Grand ÉVÉNEMENT de Noël",
        "Rappel",
        "Tagué",
    ]
    assert shown(plan, campaigns=("Été",)) == ["Atelier"]
    assert shown(plan, statuses=("approved", "cancelled")) == [
        "Grand ÉVÉNEMENT de Noël",
        "Variante",
    ]
    assert shown(plan, statuses=("draft",)) == ["Atelier", "Rappel", "Tagué"]
    assert shown(plan, objectives=("Créer du lien",)) == ["Atelier"]
    assert shown(plan, audiences=("Grand public", "Donateurs")) == [
        "Atelier",
        "Grand ÉVÉNEMENT de Noël",
    ]
    assert shown(plan, channels=("Inconnu",)) == []


def test_filters_combine(plan: Database) -> None:
    assert shown(plan, channels=("Instagram",), statuses=("draft",)) == ["Atelier", "Tagué"]
    assert shown(plan, channels=("Instagram",), text="événement") == ["Atelier", "Tagué"]
    assert shown(plan, channels=("Facebook",), campaigns=("Été",)) == []


def test_filter_active() -> None:
    assert not Filter().active
    assert not Filter(text="  ").active
    assert Filter(text="x").active
    assert Filter(audiences=("Presse",)).active


def test_filters_apply_to_series(cdb: Database) -> None:
    add(cdb, "série", start=AllDay(date(2026, 9, 1)), rrule="FREQ=DAILY;COUNT=3", tags=["rentrée"])
    sept = (date(2026, 9, 1), date(2026, 9, 30))
    assert len(query.occurrences(cdb, *sept, Filter(text="RENTRÉE"))) == 3
    assert query.occurrences(cdb, *sept, Filter(text="hiver")) == []
    assert query.occurrences(cdb, *sept, Filter(statuses=("held",))) == []


def test_backlog_lists_undated_items_only_newest_first(cdb: Database) -> None:
    add(cdb, "idée 1", status=Status.IDEA)
    add(cdb, "daté", start=AllDay(date(2026, 5, 1)), status=Status.IDEA)
    add(cdb, "idée 2", channels=["Facebook"])
    add(cdb, "heure", start=Timed(datetime(2026, 5, 1, 9, 0)))
    assert titles(query.backlog(cdb)) == ["idée 2", "idée 1"]
    assert titles(query.backlog(cdb, Filter(channels=("Facebook",)))) == ["idée 2"]
    assert titles(query.backlog(cdb, Filter(text="IDÉE 1"))) == ["idée 1"]
    assert all(o.start_utc is None and o.start_date is None for o in query.backlog(cdb))


def test_get_item_and_count(cdb: Database) -> None:
    assert query.count_items(cdb) == 0
    assert query.get_item(cdb, 1) is None
    item_id = add(
        cdb,
        "série",
        start=Timed(datetime(2026, 4, 7, 9, 0)),
        rrule="FREQ=WEEKLY;COUNT=2",
        channels=["Instagram"],
        variants={"Instagram": "v"},
        tags=["b", "a"],
    )
    add(cdb, "autre")
    assert query.count_items(cdb) == 2
    found = query.get_item(cdb, item_id)
    assert found is not None
    assert (found.item_id, found.title, found.revision, found.rrule) == (
        item_id,
        "série",
        0,
        "FREQ=WEEKLY;COUNT=2",
    )
    assert found.start_utc == datetime(2026, 4, 7, 7, 0, tzinfo=UTC)
    assert found.occurrence_key is None
    assert (found.channels, found.tags, found.variants) == (
        ("Instagram",),
        ("a", "b"),
        {"Instagram": "v"},
    )


def test_occurrence_ends(cdb: Database) -> None:
    add(cdb, "timed", start=Timed(datetime(2026, 3, 29, 1, 30)), duration_minutes=90)
    add(cdb, "no duration", start=Timed(datetime(2026, 3, 29, 12, 0)))
    timed, bare = query.occurrences(cdb, date(2026, 3, 29), date(2026, 3, 29))
    # 90 minutes after 01:30 CET is 04:00 CEST: the lost hour counts
    assert timed.end_utc().astimezone(PARIS).isoformat() == "2026-03-29T04:00:00+02:00"
    assert bare.end_utc() == bare.start_utc
    assert timed.end_date() is None


def test_recurring_occurrences_lasting_into_the_window_are_shown(cdb: Database) -> None:
    add(cdb, "weekend", start=AllDay(date(2026, 5, 2)), days=3, rrule="FREQ=WEEKLY;COUNT=2")
    add(
        cdb,
        "night",
        start=Timed(datetime(2026, 5, 2, 22, 0)),
        duration_minutes=240,
        rrule="FREQ=WEEKLY;COUNT=2",
    )
    monday = query.occurrences(cdb, date(2026, 5, 4), date(2026, 5, 4))
    assert [(o.title, o.start_date) for o in monday] == [("weekend", date(2026, 5, 2))]
    sunday = query.occurrences(cdb, date(2026, 5, 3), date(2026, 5, 3))
    assert titles(sunday) == ["weekend", "night"]
    assert sunday[1].start_utc == datetime(2026, 5, 2, 20, 0, tzinfo=UTC)
    assert query.occurrences(cdb, date(2026, 5, 5), date(2026, 5, 8)) == []
    week = query.occurrences(cdb, date(2026, 5, 4), date(2026, 5, 10))
    assert [o.start_date or o.start_utc.date() for o in week] == [
        date(2026, 5, 2),
        date(2026, 5, 9),
        date(2026, 5, 9),
    ]


def test_all_day_occurrence_moved_to_a_timed_slot_is_shown(cdb: Database) -> None:
    item_id = add(cdb, "jour", start=AllDay(date(2026, 4, 6)), rrule="FREQ=WEEKLY;COUNT=3")
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 4, 14, 10, 0)), "20260413")
    found = query.occurrences(cdb, date(2026, 4, 1), date(2026, 4, 30))
    assert [(o.start_date, o.start_utc, o.moved) for o in found] == [
        (date(2026, 4, 6), None, False),
        (None, datetime(2026, 4, 14, 8, 0, tzinfo=UTC), True),
        (date(2026, 4, 20), None, False),
    ]


def test_an_occurrence_moved_before_the_series_start_still_shows(cdb: Database) -> None:
    draft = ItemDraft(
        title="Série",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 1, 9)),
        rrule="FREQ=WEEKLY",
    )
    item_id = items.create_item(cdb, draft).new_id
    first = query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 1))[0]
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 11, 28, 9)), first.occurrence_key)
    november = query.occurrences(cdb, date(2026, 11, 1), date(2026, 11, 30))
    assert [(o.title, o.moved) for o in november] == [("Série", True)]


@pytest.mark.parametrize("typed", ["benevoles", "BÉNÉVOLES", "Bénévoles", "bénévoles", "BENEVOLES"])
def test_search_ignores_case_and_accents(cdb: Database, typed: str) -> None:
    """Typed without accents (as on a phone or an English keyboard) it used to find nothing."""
    add(cdb, "Appel aux bénévoles", start=Timed(datetime(2026, 12, 3, 18, 0)))
    add(cdb, "Œuvre et cœur", start=Timed(datetime(2026, 12, 4, 18, 0)))
    add(cdb, "Idée pour les Bénévoles")
    add(cdb, "Autre chose", start=Timed(datetime(2026, 12, 5, 18, 0)))
    month = query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31), Filter(text=typed))
    assert titles(month) == ["Appel aux bénévoles"]
    assert titles(query.backlog(cdb, Filter(text=typed))) == ["Idée pour les Bénévoles"]
    assert titles(
        query.occurrences(cdb, date(2026, 12, 1), date(2026, 12, 31), Filter(text="coeur"))
    ) == ["Œuvre et cœur"]


def test_held_items_are_left_out_unless_asked_for(cdb: Database) -> None:
    """Held in a crisis, an item has no date until it ends: no view shows it on its day unless
    the status filter names `held` (a date of a series too)."""
    day = Timed(datetime(2026, 12, 9, 10, 0))
    add(cdb, "Visible", start=day, channels=["Facebook"])
    add(cdb, "En pause", start=day, channels=["Facebook"], status=Status.HELD)
    add(cdb, "Série en pause", start=day, channels=["Facebook"], status=Status.HELD,
        rrule="FREQ=DAILY;COUNT=2")  # fmt: skip
    first, last = date(2026, 12, 1), date(2026, 12, 31)
    titles = [o.title for o in query.occurrences(cdb, first, last)]
    assert titles == ["Visible"]
    held = query.occurrences(cdb, first, last, query.Filter(statuses=("held",)))
    assert sorted(o.title for o in held) == ["En pause", "Série en pause", "Série en pause"]
