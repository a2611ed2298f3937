"""Search across every date (issue 28, point 12): coming first (soonest first), then past
(latest first), then ideas; case and accents ignored; a date of a series found by its own
title; held items and blank searches find nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ngo_calendar.core.calendar.search import search
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import AllDay, Status, Timed
from ngo_calendar.store import Database
from tests.helpers import add_item

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def titles(db: Database, text: str) -> list[tuple[str, str]]:
    return [(h.occurrence.title, h.when) for h in search(db, text, NOW)]


def test_coming_first_then_past_then_ideas_across_years(cdb: Database) -> None:
    add_item(cdb, "Collecte de printemps 2025", AllDay(date(2025, 4, 5)))
    add_item(cdb, "Collecte d'hiver", Timed(datetime(2026, 12, 20, 10)))
    add_item(cdb, "Collecte de Noël", AllDay(date(2026, 12, 8)))
    add_item(cdb, "Collecte 2028", Timed(datetime(2028, 3, 1, 9)))
    add_item(cdb, "Bilan de la COLLECTE", Timed(datetime(2026, 11, 30, 9)))
    add_item(cdb, "Idée : collecte en ligne", None)
    add_item(cdb, "Sans rapport", Timed(datetime(2026, 12, 9, 9)))
    assert titles(cdb, "collecte") == [
        ("Collecte de Noël", "coming"),
        ("Collecte d'hiver", "coming"),
        ("Collecte 2028", "coming"),
        ("Bilan de la COLLECTE", "past"),
        ("Collecte de printemps 2025", "past"),
        ("Idée : collecte en ligne", "idea"),
    ]
    assert titles(cdb, "NOËL") == titles(cdb, "noel") == [("Collecte de Noël", "coming")]
    assert titles(cdb, "   ") == [] and titles(cdb, "introuvable") == []
    assert len(search(cdb, "collecte", NOW, limit=2)) == 2


def test_a_series_is_one_hit_its_next_date_or_its_own_title(cdb: Database) -> None:
    weekly = add_item(
        cdb, "Distribution", Timed(datetime(2026, 11, 3, 9)), rrule="FREQ=WEEKLY;BYDAY=TU"
    )
    [hit] = search(cdb, "distribution", NOW)
    assert hit.when == "coming"
    assert hit.occurrence.start_utc is not None
    assert hit.occurrence.start_utc.date() == date(2026, 12, 8)  # its next Tuesday
    # One date with its own title is found by it, that date and no other.
    key = [
        h.occurrence.occurrence_key
        for h in search(cdb, "distribution", datetime(2026, 12, 20, tzinfo=UTC))
    ][0]
    occurrences.edit_occurrence(cdb, weekly, key, title="Distribution spéciale Noël")
    [special] = search(cdb, "spéciale", NOW)
    assert special.occurrence.occurrence_key == key and special.occurrence.title.endswith("Noël")
    # A series that ended long ago: its latest date, in the past.
    add_item(cdb, "Permanence d'été", AllDay(date(2025, 7, 1)), rrule="FREQ=DAILY;COUNT=10")
    [summer] = search(cdb, "permanence", NOW)
    assert summer.when == "past" and summer.occurrence.start_date == date(2025, 7, 10)


def test_held_items_are_left_out(cdb: Database) -> None:
    add_item(cdb, "Gala retenu", Timed(datetime(2026, 12, 10, 20)), status=Status.HELD)
    assert titles(cdb, "gala") == []
