"""The change set flags the areas an operation touched (core/write/changes.py: AREAS), so that
each panel of the window decides what to read again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from ngo_calendar.core import AllDay, ItemDraft, Timed, workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.review import decide as review
from ngo_calendar.core.write import undo
from ngo_calendar.core.write.changes import AREAS, Changes
from ngo_calendar.store import Database


def test_each_kind_of_write_flags_its_areas(cdb: Database) -> None:
    idea = ItemDraft(title="Une idée", channels=["Facebook"], start=None)
    made = items.create_item(cdb, idea)
    assert made.areas == {"ideas", "publication"}
    scheduled = items.update_item(cdb, made.new_id, replace(idea, start=AllDay(date(2026, 12, 8))))
    assert scheduled.areas == {"ideas", "items", "publication"}
    post = ItemDraft(title="Post", channels=["Facebook"], start=Timed(datetime(2026, 12, 9, 10)))
    post_id = items.create_item(cdb, post).new_id
    assert items.update_item(cdb, post_id, replace(post, title="Post, bis")).areas == {
        "items",
        "publication",
    }
    submitted = review.submit(cdb, [post_id])
    assert submitted.areas == {"items", "review", "publication"}
    assert items.set_status(cdb, post_id, Status.HELD).areas == {
        "items",
        "review",
        "crisis",
        "publication",
    }
    assert workspace.save_channel(cdb, "Mastodon", "mastodon").areas == {"lists", "publication"}
    settings = workspace.update_settings(cdb, association="Autre nom")
    assert settings.areas == {"settings", "publication"}
    assert undo.undo(cdb).areas == {"settings", "publication"}
    assert set().union(*(c.areas or set() for c in (made, submitted, settings))) <= set(AREAS)


def test_one_date_of_a_series_in_review_flags_the_queue(cdb: Database) -> None:
    """The queue lists a series whose date waits for review: sending that date, deciding it,
    and undoing either flag the review area (seen missing: the queue stayed stale)."""
    weekly = ItemDraft(
        title="Distribution",
        channels=["Facebook"],
        start=Timed(datetime(2026, 12, 1, 9)),
        rrule="FREQ=WEEKLY;BYDAY=TU",
    )
    series = items.create_item(cdb, weekly).new_id
    second = "20261208T080000Z"  # the key of the second Tuesday (09:00 in Paris)
    sent = review.submit(cdb, [series], occurrence=second)
    assert "review" in (sent.areas or set())
    approved = review.approve(cdb, [series], occurrence=second)
    assert "review" in (approved.areas or set())
    assert "review" in (undo.undo(cdb).areas or set())
    assert "review" in (undo.undo(cdb).areas or set())


def test_a_change_set_made_by_hand_touches_every_area() -> None:
    assert all(Changes(label="x").touches(area) for area in AREAS)
    assert not Changes(label="x", areas=frozenset({"items"})).touches("ideas")
