"""The undo stack in the store: exact restores, redo, labels, revisions, shared between opens."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ngo_calendar.core import AllDay, Changes, ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.write import undo, undo_stack
from ngo_calendar.core.write.undo import NothingToUndo, StackState
from ngo_calendar.store import Database
from ngo_calendar.store.models import Item, UndoEntry

NINE = datetime(2026, 4, 7, 9, 0)


def only(ids: frozenset[int]) -> int:
    assert len(ids) == 1
    return next(iter(ids))


def rich(db: Database) -> int:
    workspace.save_campaign(db, "Printemps")
    draft = ItemDraft(
        "Série du mardi",
        body="Texte",
        channels=["Facebook", "Instagram"],
        variants={"Instagram": "Court"},
        start=Timed(NINE),
        duration_minutes=30,
        campaign="Printemps",
        objective="Sensibiliser",
        audiences=["Donateurs"],
        tags=["série"],
        attachments=["visuel.png"],
        notes="note",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=5",
    )
    return items.create_item(db, draft).new_id


def state(db: Database, item_id: int) -> tuple:
    """Everything a person sees of an item: the editor's draft and its occurrences."""
    try:
        draft = items.item_draft(db, item_id)
    except LookupError:
        draft = None
    found = query.occurrences(db, date(2026, 3, 1), date(2026, 6, 30))
    occ = [
        (o.occurrence_key, o.start_utc, o.start_date, o.moved, o.duration_minutes)
        for o in found
        if o.item_id == item_id
    ]
    return draft, occ


def revision(db: Database, item_id: int) -> int:
    with db.reading() as s:
        item = s.get(Item, item_id)
        assert item is not None
        return item.revision


def uid(db: Database, item_id: int) -> str:
    found = query.get_item(db, item_id)
    assert found is not None
    return found.uid


def test_empty_stack(cdb: Database) -> None:
    assert undo.state(cdb) == StackState(None, None)
    with pytest.raises(NothingToUndo, match="nothing to undo"):
        undo.undo(cdb)
    with pytest.raises(NothingToUndo, match="nothing to redo"):
        undo.redo(cdb)


def test_undo_create_removes_the_item_and_redo_brings_it_back(cdb: Database) -> None:
    item_id = rich(cdb)
    created = state(cdb, item_id)
    the_uid = uid(cdb, item_id)
    changes = undo.undo(cdb)
    assert changes == Changes(label="undo: create", deleted=frozenset({the_uid}))
    assert state(cdb, item_id) == (None, [])
    assert query.count_items(cdb) == 0
    changes = undo.redo(cdb)
    assert changes == Changes(label="redo: create", created=frozenset({the_uid}))
    assert state(cdb, item_id) == created
    assert uid(cdb, item_id) == the_uid


def test_undo_update_restores_exactly(cdb: Database) -> None:
    item_id = rich(cdb)
    before = state(cdb, item_id)
    items.update_item(cdb, item_id, ItemDraft("Autre", channels=["Newsletter"], start=None))
    after = state(cdb, item_id)
    assert after != before
    changes = undo.undo(cdb)
    assert changes == Changes(label="undo: edit", updated=frozenset({uid(cdb, item_id)}))
    assert state(cdb, item_id) == before
    undo.redo(cdb)
    assert state(cdb, item_id) == after


@pytest.mark.parametrize(
    "change",
    [
        lambda db, i: occurrences.move_item(
            db, i, Timed(datetime(2026, 4, 16, 18, 0)), "20260414T070000Z"
        ),
        lambda db, i: occurrences.move_item(db, i, AllDay(date(2026, 4, 15)), "20260414T070000Z"),
        lambda db, i: occurrences.move_item(
            db, i, Timed(datetime(2026, 4, 9, 9, 0)), "20260407T070000Z", whole_series=True
        ),
        lambda db, i: occurrences.delete_occurrence(db, i, "20260421T070000Z"),
        lambda db, i: items.set_status(db, i, Status.HELD),
        lambda db, i: items.delete_item(db, i),
    ],
    ids=["move-one", "move-one-all-day", "move-series", "delete-occurrence", "status", "delete"],
)
def test_undo_restores_and_redo_reapplies(cdb: Database, change) -> None:
    item_id = rich(cdb)
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 5, 6, 10, 0)), "20260505T070000Z")
    occurrences.delete_occurrence(cdb, item_id, "20260428T070000Z")
    before = state(cdb, item_id)
    change(cdb, item_id)
    after = state(cdb, item_id)
    assert after != before
    undo.undo(cdb)
    assert state(cdb, item_id) == before
    undo.redo(cdb)
    assert state(cdb, item_id) == after
    undo.undo(cdb)
    assert state(cdb, item_id) == before


def test_undo_delete_restores_id_uid_and_children(cdb: Database) -> None:
    item_id = rich(cdb)
    occurrences.delete_occurrence(cdb, item_id, "20260414T070000Z")
    before = state(cdb, item_id)
    the_uid = uid(cdb, item_id)
    items.delete_item(cdb, item_id)
    changes = undo.undo(cdb)
    assert changes == Changes(label="undo: delete", created=frozenset({the_uid}))
    assert state(cdb, item_id) == before
    assert uid(cdb, item_id) == the_uid


def test_undo_walks_back_in_order_and_redo_forward(cdb: Database) -> None:
    item_id = items.create_item(cdb, ItemDraft("v0")).new_id
    for n in (1, 2, 3):
        items.update_item(cdb, item_id, ItemDraft(f"v{n}"))
    titles = []
    for _ in range(3):
        undo.undo(cdb)
        titles.append(items.item_draft(cdb, item_id).title)
    assert titles == ["v2", "v1", "v0"]
    titles = []
    for _ in range(3):
        undo.redo(cdb)
        titles.append(items.item_draft(cdb, item_id).title)
    assert titles == ["v1", "v2", "v3"]
    with pytest.raises(NothingToUndo):
        undo.redo(cdb)


def test_state_labels(cdb: Database) -> None:
    item_id = items.create_item(
        cdb, ItemDraft("x", channels=["Facebook"], start=Timed(NINE))
    ).new_id
    assert undo.state(cdb) == StackState("create", None)
    occurrences.move_item(cdb, item_id, AllDay(date(2026, 4, 8)))
    assert undo.state(cdb) == StackState("move", None)
    items.set_status(cdb, item_id, Status.APPROVED)
    assert undo.state(cdb) == StackState("status", None)
    undo.undo(cdb)
    assert undo.state(cdb) == StackState("move", "status")
    undo.undo(cdb)
    assert undo.state(cdb) == StackState("create", "move")
    undo.undo(cdb)
    assert undo.state(cdb) == StackState(None, "create")
    with pytest.raises(NothingToUndo):
        undo.undo(cdb)


def test_new_write_after_undo_clears_redo(cdb: Database) -> None:
    item_id = items.create_item(cdb, ItemDraft("a")).new_id
    items.update_item(cdb, item_id, ItemDraft("b"))
    undo.undo(cdb)
    assert undo.state(cdb).redo_label == "edit"
    items.set_status(cdb, item_id, Status.IDEA)
    assert undo.state(cdb) == StackState("status", None)
    with pytest.raises(NothingToUndo):
        undo.redo(cdb)
    assert items.item_draft(cdb, item_id).title == "a"


def test_revision_keeps_growing_through_undo_and_redo(cdb: Database) -> None:
    item_id = items.create_item(cdb, ItemDraft("a")).new_id
    items.update_item(cdb, item_id, ItemDraft("b"))
    assert revision(cdb, item_id) == 1
    undo.undo(cdb)
    assert revision(cdb, item_id) == 2
    undo.redo(cdb)
    assert revision(cdb, item_id) == 3
    items.delete_item(cdb, item_id)
    undo.undo(cdb)
    assert revision(cdb, item_id) == 4


def test_failed_write_leaves_the_stack_alone(cdb: Database) -> None:
    item_id = items.create_item(cdb, ItemDraft("a")).new_id
    with pytest.raises(ValueError):
        items.update_item(cdb, item_id, ItemDraft("b", channels=["Inconnu"]))
    assert undo.state(cdb) == StackState("create", None)
    with cdb.reading() as s:
        assert s.scalar(select(func.count()).select_from(UndoEntry)) == 1


def test_workspace_changes_are_not_on_the_stack(cdb: Database) -> None:
    # the three channels of the fixture were saved through workspace services
    assert undo.state(cdb) == StackState(None, None)


def test_stack_is_shared_by_two_databases_on_the_same_folder(cdb: Database, ws_dir: Path) -> None:
    item_id = items.create_item(cdb, ItemDraft("Fenêtre")).new_id
    items.update_item(cdb, item_id, ItemDraft("Fenêtre modifiée"))
    cli = Database.open_folder(ws_dir)
    try:
        assert undo.state(cli) == StackState("edit", None)
        changes = undo.undo(cli)
        assert changes.updated_ids == {item_id}
        assert items.item_draft(cdb, item_id).title == "Fenêtre"
        assert undo.state(cdb) == StackState("create", "edit")
        undo.redo(cdb)
        assert items.item_draft(cli, item_id).title == "Fenêtre modifiée"
        assert undo.state(cli) == StackState("edit", None)
    finally:
        cli.close()


def test_stack_survives_reopening(cdb: Database, ws_dir: Path) -> None:
    item_id = items.create_item(cdb, ItemDraft("Persistant")).new_id
    cdb.close()
    reopened = Database.open_folder(ws_dir)
    try:
        undo.undo(reopened)
        assert query.get_item(reopened, item_id) is None
    finally:
        reopened.close()


def test_stack_is_capped(cdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(undo_stack, "MAX_ENTRIES", 3)
    item_id = items.create_item(cdb, ItemDraft("0")).new_id
    for n in range(1, 6):
        items.update_item(cdb, item_id, ItemDraft(str(n)))
    for _ in range(3):
        undo.undo(cdb)
    assert items.item_draft(cdb, item_id).title == "2"
    with pytest.raises(NothingToUndo):
        undo.undo(cdb)


def test_undo_of_a_deletion_never_overwrites_an_item_that_took_its_id(cdb: Database) -> None:
    # SQLite gives a deleted item's id to the next new item; undo finds items by uid instead.
    gone = items.create_item(cdb, ItemDraft(title="X", channels=["Facebook"])).new_id
    items.delete_item(cdb, gone)
    newcomer = items.create_item(
        cdb, ItemDraft(title="Nouveau", channels=["Facebook"]), undoable=False
    )
    assert newcomer.new_id == gone  # the id really was reused
    changes = undo.undo(cdb)
    titles = sorted(query.get_item(cdb, i).title for i in (gone, *changes.created_ids))
    assert titles == ["Nouveau", "X"]
    assert query.get_item(cdb, gone).title == "Nouveau"
    undo.redo(cdb)  # deletes X again, by uid: the newcomer stays
    assert query.get_item(cdb, gone).title == "Nouveau"
    assert query.count_items(cdb) == 1
