"""The records of an undo step are checked as read back: what undo wrote passes, anything
else is Damaged (the CLI's side: tests/cli/test_damaged_undo.py)."""

from __future__ import annotations

import copy
import json
from datetime import datetime

import pytest
from sqlalchemy import select

from ngo_calendar.core import ItemDraft, Timed, workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.write import record_check
from ngo_calendar.store import Database
from ngo_calendar.store.models import UndoEntry


def stored(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(UndoEntry.records_json).order_by(UndoEntry.id)))


@pytest.fixture
def steps(cdb: Database) -> list[str]:
    """Steps of several kinds: a campaign; a series with channels, a channel's own text, tags,
    an attachment, made then deleted. (Every other kind passes through the undo tests, which
    run the same check.)"""
    workspace.save_campaign(cdb, "Printemps")
    draft = ItemDraft(
        "Série du mardi",
        body="Texte",
        channels=["Facebook", "Instagram"],
        variants={"Instagram": "Court"},
        start=Timed(datetime(2026, 3, 3, 9, 0)),
        duration_minutes=30,
        campaign="Printemps",
        tags=["série"],
        attachments=["visuel.png"],
        notes="note",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=5",
    )
    item = items.create_item(cdb, draft).new_id
    items.delete_item(cdb, item)
    return stored(cdb)


def test_what_undo_wrote_passes(steps: list[str]) -> None:
    assert len(steps) >= 3
    for text in steps:
        assert record_check.records(text) == json.loads(text)
        assert record_check.records(text.encode("utf-8")) == json.loads(text)


def _changed(text: str, change) -> str:  # noqa: ANN001 - a function of a record
    found = json.loads(text)
    record = copy.deepcopy(found)
    change(record[-1])
    return json.dumps(record)


def _item_side(record: dict) -> dict:
    return record["before"] or record["after"]


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r.pop("before"),
        lambda r: r.update(kind="nothing"),
        lambda r: r.update(before=None, after=None),
        lambda r: r.update(before=[1]),
        lambda r: _item_side(r).pop("title"),
        lambda r: _item_side(r).update(extra=1),
        lambda r: _item_side(r).update(days="1"),
        lambda r: _item_side(r).update(days=True),
        lambda r: _item_side(r).update(days=2**70),
        lambda r: _item_side(r).update(title=None),
        lambda r: _item_side(r).update(start_utc="2026-03-03T09:00:00"),  # no offset
        lambda r: _item_side(r).update(created_at="yesterday"),
        lambda r: _item_side(r).update(uid="another"),
        lambda r: _item_side(r).update(channels=[[1]]),
        lambda r: _item_side(r).update(tags=[1]),
        lambda r: _item_side(r).update(comments=[["x"]]),
        lambda r: _item_side(r).update(overrides="none"),
    ],
)
def test_a_record_not_as_written_is_damaged(steps: list[str], change) -> None:  # noqa: ANN001
    item_step = next(t for t in steps if '"kind": "item"' in t)
    with pytest.raises(record_check.Damaged):
        record_check.records(_changed(item_step, change))


@pytest.mark.parametrize("text", ["", "{", "[]", "{}", "[1]", "null", "[" * 100_000, b"\xff"])
def test_what_is_not_a_list_of_records_is_damaged(text: str | bytes) -> None:
    with pytest.raises(record_check.Damaged):
        record_check.records(text)
