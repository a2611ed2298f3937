"""History: one entry per changed field, with who and when, readable, kept after deletion."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from ngo_calendar.core import AllDay, ItemDraft, Timed, workspace
from ngo_calendar.core.calendar.query import get_item
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.write import history, undo
from ngo_calendar.core.write.history import Change
from ngo_calendar.store import Database


def create(db: Database, draft: ItemDraft) -> tuple[int, str]:
    item_id = items.create_item(db, draft).new_id
    return item_id, uid_of(db, item_id)


def uid_of(db: Database, item_id: int) -> str:
    found = get_item(db, item_id)
    assert found is not None
    return found.uid


def fields(changes: list[Change]) -> dict[str | None, tuple[str | None, str | None]]:
    return {c.field: (c.old, c.new) for c in changes}


def test_create_writes_one_entry_per_filled_field(cdb: Database) -> None:
    start = datetime.now(UTC).replace(microsecond=0)
    _, uid = create(
        cdb,
        ItemDraft(
            "Portes ouvertes",
            channels=["Facebook", "Instagram"],
            start=Timed(datetime(2026, 6, 13, 14, 0)),
            objective="Créer du lien",
            audiences=["Bénévoles"],
            tags=["local"],
        ),
    )
    log = history.item_history(cdb, uid)
    assert {c.action for c in log} == {"created"}
    assert {c.who for c in log} == {"test-user"}
    assert all(start <= c.at <= datetime.now(UTC) + timedelta(seconds=1) for c in log)
    assert all(c.at.tzinfo is not None for c in log)
    assert fields(log) == {
        "title": (None, "Portes ouvertes"),
        "kind": (None, "post"),
        "status": (None, "draft"),
        "start": (None, "2026-06-13T14:00+02:00"),  # shown in workspace time
        "channels": (None, "Facebook, Instagram"),
        "objective": (None, "Créer du lien"),
        "audiences": (None, "Bénévoles"),
        "tags": (None, "local"),
        "sensitivity": (None, "movable"),
    }


def test_update_records_old_and_new_values_by_name(cdb: Database) -> None:
    workspace.save_campaign(cdb, "Printemps")
    item_id, uid = create(cdb, ItemDraft("Avant", channels=["Facebook"]))
    items.update_item(
        cdb,
        item_id,
        ItemDraft(
            "Après",
            channels=["Newsletter", "Facebook"],
            variants={"Newsletter": "Version longue"},
            campaign="Printemps",
            status=Status.IN_REVIEW,
        ),
        who="Camille",
    )
    edits = [c for c in history.item_history(cdb, uid) if c.action == "edit"]
    assert {c.who for c in edits} == {"Camille"}
    assert fields(edits) == {
        "title": ("Avant", "Après"),
        "status": ("draft", "in_review"),
        "channels": ("Facebook", "Newsletter, Facebook"),
        "variants": (None, "Newsletter: Version longue"),
        "campaign": (None, "Printemps"),
    }
    # the entries are in reading order, oldest first
    assert [c.field for c in edits] == ["title", "status", "channels", "variants", "campaign"]


def test_an_unchanged_save_records_nothing_new(cdb: Database) -> None:
    item_id, uid = create(cdb, ItemDraft("Même", channels=["Facebook"]))
    before = len(history.item_history(cdb, uid))
    items.update_item(cdb, item_id, items.item_draft(cdb, item_id))
    assert len(history.item_history(cdb, uid)) == before


def test_status_and_moves_are_recorded(cdb: Database) -> None:
    item_id, uid = create(
        cdb, ItemDraft("Post", channels=["Facebook"], start=Timed(datetime(2026, 3, 28, 9, 0)))
    )
    items.set_status(cdb, item_id, Status.APPROVED, who="Présidente")
    occurrences.move_item(cdb, item_id, AllDay(date(2026, 3, 30)))
    occurrences.move_item(cdb, item_id, None)
    log = [c for c in history.item_history(cdb, uid) if c.action != "created"]
    assert [(c.action, c.field, c.old, c.new, c.who) for c in log] == [
        ("status", "status", "draft", "approved", "Présidente"),
        ("move", "start", "2026-03-28T09:00+01:00", "2026-03-30", "test-user"),
        ("move", "days", None, "1", "test-user"),
        ("move", "start", "2026-03-30", None, "test-user"),
        ("move", "days", "1", None, "test-user"),
    ]


def test_series_exceptions_and_moves_are_recorded(cdb: Database) -> None:
    item_id, uid = create(
        cdb,
        ItemDraft(
            "Série",
            channels=["Facebook"],
            start=Timed(datetime(2026, 4, 7, 9, 0)),
            rrule="FREQ=WEEKLY;COUNT=3",
        ),
    )
    occurrences.move_item(cdb, item_id, Timed(datetime(2026, 4, 15, 9, 0)), "20260414T070000Z")
    occurrences.delete_occurrence(cdb, item_id, "20260421T070000Z")
    log = [c for c in history.item_history(cdb, uid) if c.action != "created"]
    assert [(c.action, c.field, c.old, c.new) for c in log] == [
        ("move", "overrides", None, "20260414T070000Z -> 2026-04-15T09:00+02:00"),
        ("delete occurrence", "exdates", None, "20260421T070000Z"),
    ]


def test_delete_leaves_history_in_place(cdb: Database) -> None:
    item_id, uid = create(cdb, ItemDraft("Éphémère"))
    items.delete_item(cdb, item_id)
    log = history.item_history(cdb, uid)
    assert log[0].action == "created"
    assert (log[-1].action, log[-1].field, log[-1].old, log[-1].new) == (
        "deleted",
        None,
        "Éphémère",
        None,
    )
    # a new item reusing nothing: its history is separate
    _, other = create(cdb, ItemDraft("Autre"))
    assert {c.new for c in history.item_history(cdb, other) if c.field == "title"} == {"Autre"}


def test_undo_and_redo_add_entries(cdb: Database) -> None:
    item_id, uid = create(cdb, ItemDraft("V1"))
    items.update_item(cdb, item_id, ItemDraft("V2"))
    undo.undo(cdb, who="Alex")
    undo.redo(cdb)
    log = history.item_history(cdb, uid)
    assert [(c.action, c.field, c.old, c.new, c.who) for c in log[-3:]] == [
        ("edit", "title", "V1", "V2", "test-user"),
        ("undo", "title", "V2", "V1", "Alex"),
        ("redo", "title", "V1", "V2", "test-user"),
    ]


def test_undo_of_create_and_delete_are_recorded(cdb: Database) -> None:
    item_id, uid = create(cdb, ItemDraft("Vite défait"))
    undo.undo(cdb)
    assert history.item_history(cdb, uid)[-1].action == "undo"
    assert history.item_history(cdb, uid)[-1].old == "Vite défait"
    undo.redo(cdb)
    redo_entries = [c for c in history.item_history(cdb, uid) if c.action == "redo"]
    assert ("title", None, "Vite défait") in [(c.field, c.old, c.new) for c in redo_entries]


def test_unknown_uid_has_no_history(cdb: Database) -> None:
    assert history.item_history(cdb, "nobody@ngo-calendar") == []


def test_current_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NGO_CALENDAR_USER", "  Dominique  ")
    assert history.current_user() == "Dominique"
    monkeypatch.setenv("NGO_CALENDAR_USER", "")
    assert history.current_user()  # the login name, never empty


def test_history_is_shared_with_another_connection(cdb: Database, ws_dir) -> None:
    _, uid = create(cdb, ItemDraft("Partagé"))
    other = Database.open_folder(ws_dir)
    try:
        assert [c.field for c in history.item_history(other, uid)][0] == "title"
    finally:
        other.close()
