"""Applying a crisis plan to a real workspace, ending the crisis and undoing it: one operation
each, nothing lost or duplicated, each item where its row says, a date of a series changed in
its own override, and undo putting every row of every table back field for field."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.filters import EVERY_STATUS, Filter
from ngo_calendar.core.crisis import apply as crisis_apply
from ngo_calendar.core.crisis import propose as crisis
from ngo_calendar.core.crisis import record as crisis_record
from ngo_calendar.core.crisis.end import propose_end
from ngo_calendar.core.crisis.messages import draft as message_draft
from ngo_calendar.core.crisis.plan import CANCEL, HOLD, KEEP, LATER, SHIFT, Crisis, Planned
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import (
    AllDay,
    InputError,
    ItemDraft,
    ItemKind,
    Sensitivity,
    Status,
    Timed,
)
from ngo_calendar.core.write import undo, unit_of_work
from ngo_calendar.store import Database
from tests.conftest import forget_undo
from tests.helpers import CADENCE, CHANNELS, PARIS, check_invariants, dump, local, planned_workspace

ALL = Filter(statuses=EVERY_STATUS)  # held items too


def add_channels(db: Database) -> None:
    for name in CHANNELS:
        workspace.save_channel(db, name, "facebook", "#1877f2", weekly_target=CADENCE[name])


def store(db: Database, planned: list[Planned], status: Status = Status.APPROVED) -> dict:
    """The planned items as stored items, in one operation; their ids by the generated ids."""
    ids = {}
    with unit_of_work.write(db, "demo"):
        for p in planned:
            start = (
                Timed(p.start.astimezone(PARIS).replace(tzinfo=None))
                if p.start is not None
                else AllDay(p.day)  # type: ignore[arg-type]
            )
            changes = items.create_item(
                db,
                ItemDraft(
                    title=p.title,
                    kind=ItemKind(p.kind),
                    body=p.text,
                    channels=list(p.channels),
                    status=status,
                    start=start,
                    sensitivity=Sensitivity(p.sensitivity),
                    tags=["crise"] if p.crisis_message else [],
                ),
            )
            ids[p.item_id] = changes.new_id
    forget_undo(db)
    return ids


def test_two_hundred_items_a_five_day_crisis_applied_and_undone(db: Database, ws_dir: Path) -> None:
    add_channels(db)
    store(db, planned_workspace(7, 200, date(2026, 3, 2), 28))
    before = dump(ws_dir)
    declared = Crisis("Inondations", local(date(2026, 3, 9), 12), local(date(2026, 3, 14), 12))
    proposal = crisis.propose(db, declared)
    changes = crisis_apply.start(db, proposal)
    assert changes.label == "crisis start"

    rules = crisis.rules_of(db)
    check_invariants(proposal.crisis, [r.item for r in proposal.rows], proposal.rows, rules)
    actions = Counter(r.action for r in proposal.rows)
    assert actions[SHIFT] > 10 and actions[CANCEL] > 0 and actions[KEEP] > 50
    # Every item is still there, once; each one is where its row says, with the status it says.
    after = {o.item_id: o for o in query.occurrences(db, date(2026, 2, 1), date(2027, 3, 1), ALL)}
    assert query.count_items(db) == 200 and len(after) == 200
    for row in proposal.rows:
        now = after[row.item.item_id]
        assert (now.start_utc or now.start_date) == (row.after or row.before)
        expected = {HOLD: "held", CANCEL: "cancelled"}.get(row.action)
        if row.sensitive and (row.action == SHIFT or row.reason == LATER):
            expected = "in_review"  # approved, with sensitive words: read again before
        assert now.status == (expected or "approved"), row
    assert set(changes.updated) == {
        after[r.item.item_id].uid for r in proposal.rows if r.action != KEEP or r.reason == LATER
    }
    # Beyond the window, the sensitive ones are flagged too (to read again), nothing else.
    later = [r for r in proposal.rows if r.reason == LATER]
    assert later and all(r.sensitive and r.before >= proposal.crisis.horizon for r in later)
    record = crisis_record.active(db)
    assert record is not None
    flagged = sum(r.reason == LATER for r in proposal.rows)
    # What the horizon has no room for is held (its channels' order kept), never sent further.
    held = [r for r in proposal.rows if r.action == HOLD]
    assert all(r.why.code == "crisis.beyond_horizon" for r in held)
    assert record.counts() == {
        HOLD: len(held),
        SHIFT: actions[SHIFT],
        CANCEL: actions[CANCEL],
        "flagged": flagged,
    }
    # The record names what happened to each, not what stayed in place.
    moved = {after[r.item.item_id].uid for r in proposal.rows if r.action != KEEP or r in later}
    assert {m["uid"] for m in record.moves} == moved

    crisis_apply.undo_last(db)
    assert dump(ws_dir) == before
    assert crisis_record.active(db) is None


def test_an_open_crisis_holds_then_its_end_replans_what_it_held(db: Database, ws_dir: Path) -> None:
    add_channels(db)
    store(db, planned_workspace(3, 60, date(2026, 3, 23), 14), Status.DRAFT)
    before = dump(ws_dir)
    start = local(date(2026, 3, 26), 9)
    crisis_apply.start(db, crisis.propose(db, Crisis("Grève", start)))
    held = [
        o
        for o in query.occurrences(db, date(2026, 3, 1), date(2026, 5, 1), ALL)
        if o.status == "held"
    ]
    assert held
    ended = local(date(2026, 3, 30), 12)  # the change to summer time is inside (29 March)
    proposal, current = propose_end(db, ended)
    assert {r.item.item_id for r in proposal.rows} == {o.item_id for o in held}
    crisis_apply.end(db, proposal, ended, current.id)
    now = {o.item_id: o for o in query.occurrences(db, date(2026, 3, 1), date(2027, 5, 1), ALL)}
    for row in proposal.rows:
        back = now[row.item.item_id]
        assert back.status == "draft"  # what it was before the crisis held it
        assert (back.start_utc or back.start_date) == (row.after or row.before)
        if row.action == SHIFT:
            assert back.start_utc is None or back.start_utc >= ended
    rules = crisis.rules_of(db)
    check_invariants(proposal.crisis, [r.item for r in proposal.rows], proposal.rows, rules)
    assert Counter(r.action for r in proposal.rows)[SHIFT] > 0
    done = crisis_record.latest(db)
    assert done is not None and done.ended_at == ended and not done.active
    crisis_apply.undo_last(db)  # the end
    assert crisis_record.active(db) is not None
    crisis_apply.undo_last(db)  # the start
    assert dump(ws_dir) == before


def test_a_date_of_a_series_is_held_in_its_own_override(db: Database, ws_dir: Path) -> None:
    add_channels(db)
    weekly = items.create_item(
        db,
        ItemDraft(
            title="Atelier du jeudi",
            channels=["Facebook"],
            start=Timed(datetime(2026, 3, 5, 18, 0)),
            rrule="FREQ=WEEKLY;COUNT=6",
            status=Status.APPROVED,
        ),
    ).new_id
    forget_undo(db)
    before = dump(ws_dir)
    crisis_apply.start(db, crisis.propose(db, Crisis("Tempête", local(date(2026, 3, 11), 8))))
    dates = query.occurrences(db, date(2026, 3, 1), date(2026, 4, 30), ALL)
    statuses = [(o.start_utc.astimezone(PARIS).day, o.status) for o in dates]  # type: ignore[union-attr]
    # Open-ended, horizon 14 days: 12, 19 March held; 5 March before, 26 March and after beyond.
    assert statuses == [
        (5, "approved"),
        (12, "held"),
        (19, "held"),
        (26, "approved"),
        (2, "approved"),
        (9, "approved"),
    ]
    series = query.get_item(db, weekly)
    assert series is not None and series.status == "approved"  # the series itself untouched
    ended = local(date(2026, 3, 16), 8)
    proposal, current = propose_end(db, ended)
    crisis_apply.end(db, proposal, ended, current.id)
    back = [o for o in query.occurrences(db, date(2026, 3, 1), date(2026, 6, 30), ALL) if o.moved]
    assert back and all(o.status == "approved" and o.start_utc >= ended for o in back)  # type: ignore[operator]
    crisis_apply.undo_last(db)
    crisis_apply.undo_last(db)
    assert dump(ws_dir) == before


def test_refusals_write_nothing(db: Database, ws_dir: Path) -> None:
    add_channels(db)
    post = items.create_item(
        db,
        ItemDraft(
            title="Vide-grenier", channels=["Facebook"], start=Timed(datetime(2026, 3, 12, 10))
        ),
    ).new_id
    forget_undo(db)
    declared = Crisis("Tempête", local(date(2026, 3, 11), 8), local(date(2026, 3, 13), 8))
    proposal = crisis.propose(db, declared)
    # The item moved after the plan was made: the plan is refused whole.
    occurrences.move_item(db, post, Timed(datetime(2026, 3, 12, 11)))
    moved = dump(ws_dir)
    with pytest.raises(crisis_apply.PlanOutdated, match="changed since the plan"):
        crisis_apply.start(db, proposal)
    assert dump(ws_dir) == moved
    crisis_apply.start(db, crisis.propose(db, declared))
    started = dump(ws_dir)
    with pytest.raises(InputError, match="still active"):
        crisis_apply.start(db, crisis.propose(db, Crisis("Autre", declared.start)))
    with pytest.raises(InputError, match="after the crisis' start"):
        propose_end(db, declared.start - timedelta(hours=1))
    items.create_item(db, ItemDraft(title="Plus tard"))
    with pytest.raises(InputError, match="not a crisis' start or end"):
        crisis_apply.undo_last(db)
    undo.undo(db)
    assert dump(ws_dir) == started


def test_crisis_messages_come_at_the_top_of_the_plan(db: Database) -> None:
    add_channels(db)
    start = local(date(2026, 3, 11), 8)
    messages = [
        message_draft("holding", "Facebook", None, datetime(2026, 3, 11, 8, 0), "fr"),
        message_draft("holding", "Lettre", 280, datetime(2026, 3, 11, 8, 0), "en"),
    ]
    changes = crisis_apply.start(
        db, crisis.propose(db, Crisis("Tempête", start)), messages=messages
    )
    made = [query.get_item(db, i) for i in changes.created_ids]
    assert [m.title for m in made] == ["Déclaration d'attente", "Holding statement"]  # type: ignore[union-attr]
    assert all(m.sensitivity == "essential" and m.start_utc == start for m in made)  # type: ignore[union-attr]
    assert made[1].body.startswith("We are following") and len(made[1].body) <= 280  # type: ignore[union-attr]
    # A later plan keeps them: they are crisis communication.
    again = crisis.propose(db, Crisis("Suite", start - timedelta(days=1)))
    kept = {r.item.item_id: r.action for r in again.rows}
    assert all(kept[m.item_id] == KEEP for m in made)  # type: ignore[union-attr]
