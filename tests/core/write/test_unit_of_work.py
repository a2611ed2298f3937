"""The one write path: exactly the rows an operation touched, before and after, however they
were loaded; history per field; one undo step; refusals that change nothing."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from ngo_calendar.core import ItemDraft, Timed, workspace
from ngo_calendar.core.demo.build import load_demo
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.core.write import history, undo, unit_of_work
from ngo_calendar.core.write.undo import UndoConflict
from ngo_calendar.store import Database
from ngo_calendar.store.models import Item, ItemTag
from tests.helpers import dump

PACKAGE = Path(__file__).resolve().parents[3] / "ngo_calendar"
NOON = datetime(2026, 12, 3, 12, 0)


def add(db: Database, title: str, **extra: object) -> int:
    draft = ItemDraft(title=title, channels=["Facebook"], start=Timed(NOON), **extra)
    return items.create_item(db, draft).new_id


def test_a_bulk_change_of_items_loaded_by_a_query_is_undone_not_deleted(
    cdb: Database, ws_dir: Path
) -> None:
    ids = [add(cdb, f"Post {n}") for n in range(5)]
    before = dump(ws_dir)
    changes = items.set_status_many(cdb, ids, Status.APPROVED)
    assert changes.updated_ids == set(ids) and not changes.created and not changes.deleted
    after = dump(ws_dir)
    undo.undo(cdb)
    assert dump(ws_dir) == before
    undo.redo(cdb)
    assert dump(ws_dir) == after


def test_undoing_settings_leaves_rows_added_since_by_another_program(
    cdb: Database, ws_dir: Path
) -> None:
    snap = settings_apply.workspace_snapshot(cdb)
    settings_apply.apply_settings(cdb, replace(snap, association="Neuf"))
    # Another program (not undoable here: a demo load) adds channels and items meanwhile.
    load_demo(cdb)
    with_demo = dump(ws_dir)
    with pytest.raises(UndoConflict, match="association"):
        undo.undo(cdb)  # the demo renamed the association too: that later change wins
    assert dump(ws_dir) == with_demo


def test_undoing_a_settings_change_touches_no_row_it_did_not_change(
    cdb: Database, ws_dir: Path
) -> None:
    snap = settings_apply.workspace_snapshot(cdb)
    settings_apply.apply_settings(cdb, replace(snap, association="Neuf"))
    other = Database.open_folder(ws_dir)  # another program, as a second writer
    try:
        # Off the undo stack (as a demo load is), so that the settings change stays on top.
        with unit_of_work.write(other, "edit", undoable=False):
            workspace.save_channel(other, "Mastodon", "mastodon")
            kept = add(other, "Sur Mastodon")
    finally:
        other.close()
    undo.undo(cdb)
    assert workspace.settings(cdb).association == "Test"
    assert "Mastodon" in [c.name for c in workspace.channels(cdb)]
    assert items.item_draft(cdb, kept).channels == ["Facebook"]


def test_undo_refuses_to_overwrite_a_later_change_and_says_what_changed(
    cdb: Database, ws_dir: Path
) -> None:
    item_id = add(cdb, "Appel")
    items.set_status(cdb, item_id, Status.APPROVED)
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 12, 4, 9, 0)), undoable=False)
    before = dump(ws_dir)
    with pytest.raises(UndoConflict) as refused:
        undo.undo(cdb)
    assert "“Appel” was changed since (start_utc)" in str(refused.value)
    assert dump(ws_dir) == before
    assert undo.state(cdb).undo_label == "status"  # still there, for when it can be done


def test_one_history_entry_per_changed_field_of_items_and_list_entries(cdb: Database) -> None:
    item_id = add(cdb, "Appel", body="Texte")
    draft = items.item_draft(cdb, item_id)
    draft.title, draft.body = "Appel aux dons", "Nouveau texte"
    items.update_item(cdb, item_id, draft)
    edits = [c for c in history.item_history(cdb, _uid(cdb, item_id)) if c.action == "edit"]
    assert sorted((c.field, c.old, c.new, c.who) for c in edits) == [
        ("body", "Texte", "Nouveau texte", "test-user"),
        ("title", "Appel", "Appel aux dons", "test-user"),
    ]
    channel = workspace.channels(cdb)[0]
    workspace.save_channel(
        cdb,
        "Facebook page",
        "facebook",
        channel.colour,
        weekly_target=channel.weekly_target,
        channel_id=channel.id,
    )
    renamed = history.subject_history(cdb, "channel", str(channel.id))
    assert [(c.action, c.field, c.old, c.new) for c in renamed if c.action != "created"] == [
        ("channel", "name", "Facebook", "Facebook page")
    ]


def test_a_refused_operation_writes_nothing_at_all(cdb: Database, ws_dir: Path) -> None:
    item_id = add(cdb, "Appel")
    before, stack = dump(ws_dir), undo.state(cdb)
    with pytest.raises(ZeroDivisionError), unit_of_work.write(cdb, "edit") as uow:
        uow.session.get(Item, item_id).title = "changed"
        uow.session.flush()
        raise ZeroDivisionError
    assert dump(ws_dir) == before and undo.state(cdb) == stack
    assert [c.action for c in history.item_history(cdb, _uid(cdb, item_id))].count("edit") == 0


def test_bulk_statements_cannot_go_around_the_unit_of_work(cdb: Database) -> None:
    add(cdb, "Appel")
    with pytest.raises(RuntimeError, match="bulk"), unit_of_work.write(cdb, "edit") as uow:
        uow.session.execute(update(Item).values(title="x"))


def test_the_change_set_names_items_by_uid_and_workspace_data_by_kind(cdb: Database) -> None:
    created = items.create_item(cdb, ItemDraft("Appel", channels=["Facebook"]))
    (uid,) = created.created
    assert created.ids == {uid: created.new_id} and uid.endswith("@ngo-calendar")
    deleted = items.delete_item(cdb, created.new_id)
    assert deleted.deleted == {uid} and not deleted.ids
    assert workspace.save_person(cdb, "Dominique", "reviewer").workspace == {"people"}
    snap = settings_apply.workspace_snapshot(cdb)
    changes = settings_apply.apply_settings(cdb, replace(snap, association="Neuf", campaigns=()))
    assert changes.workspace == {"settings"}


def test_services_inside_an_operation_join_it(cdb: Database) -> None:
    with unit_of_work.write(cdb, "import") as uow:
        first = items.create_item(cdb, ItemDraft("Un", channels=["Facebook"]))
        second = items.create_item(cdb, ItemDraft("Deux", channels=["Facebook"]))
        assert first.new_id != second.new_id
        assert workspace.settings(cdb).association == "Test"  # reads see the operation
    assert uow.changes.created == first.created | second.created
    assert undo.state(cdb).undo_label == "import"
    undo.undo(cdb)
    assert items.find_by_uid(cdb, next(iter(first.created))) is None


def test_only_the_unit_of_work_opens_write_transactions_in_core() -> None:
    """One write path: no service writes around it (a static check over core/)."""
    offenders = []
    for path in sorted((PACKAGE / "core").glob("*.py")):
        if path.name == "unit_of_work.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "transaction":
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def _uid(db: Database, item_id: int) -> str:
    with db.reading() as s:
        return s.scalar(select(Item.uid).where(Item.id == item_id))


def thousand_items(db: Database) -> list[int]:
    """1,000 items on two channels, some repeating, made in one operation off the stack."""
    made = []
    with unit_of_work.write(db, "demo", undoable=False):
        for n in range(1000):
            draft = ItemDraft(
                title=f"Post {n}",
                channels=["Facebook", "Instagram"][: 1 + n % 2],
                variants={"Instagram": f"Court {n}"} if n % 2 else {},
                start=Timed(datetime(2026, 12, 1 + n % 28, 8 + n % 10, 0)),
                rrule="FREQ=WEEKLY;COUNT=4" if n % 10 == 0 else None,
                tags=["dons"] if n % 3 else [],
            )
            made.append(items.create_item(db, draft).new_id)
    return made


def shift_all(db: Database, ids: list[int]) -> None:
    """One operation over 1,000 items loaded by one query, as bulk features work: each moves a
    day on, is approved, gets a tag, and loses its first channel's own text."""
    with unit_of_work.write(db, "move") as uow:
        query = select(Item).where(Item.id.in_(ids)).options(selectinload(Item.channels))
        for item in uow.session.scalars(query):
            item.start_utc += timedelta(days=1)
            item.status = Status.APPROVED.value
            item.tags.append(ItemTag(tag="bulk"))
            item.channels[-1].variant = None


def test_an_operation_on_a_thousand_items_is_undone_and_redone_exactly(
    cdb: Database, ws_dir: Path
) -> None:
    ids = thousand_items(cdb)
    before = dump(ws_dir)
    shift_all(cdb, ids)
    after = dump(ws_dir)
    assert after != before
    (entry,) = _undo_entries(ws_dir)
    assert entry[0] == "move" and entry[1] == 1000  # one step holding the 1,000 items
    undo.undo(cdb)
    assert dump(ws_dir) == before
    undo.redo(cdb)
    assert dump(ws_dir) == after


def _undo_entries(folder: Path) -> list[tuple[str, int]]:
    import json

    with sqlite3.connect(folder / "workspace.sqlite") as conn:
        rows = conn.execute("SELECT label, records_json FROM undo_stack WHERE state = 'done'")
        return [(label, len(json.loads(text))) for label, text in rows]
