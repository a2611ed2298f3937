"""An undo step whose stored record is damaged (bytes flipped on the disk, a hand edit) is
refused in one line, and nothing is written: the workspace keeps its bytes, and the next steps
of the stack stay as they were."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.helpers import DB, sha256

from .conftest import Cli


def newest(db: Path, change: str) -> None:
    """`change` (an SQL assignment) made to the newest entry of the undo stack."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(f"UPDATE undo_stack SET {change} WHERE id = (SELECT max(id) FROM undo_stack)")


def replaced(old: str, new: str) -> str:
    return f"replace(records_json, '{old}', '{new}')"


# The SQL assignment made to the newest step (its id says what it stands for).
DAMAGES = [
    pytest.param(
        "records_json = substr(records_json, 1, 10) || 'Z' || substr(records_json, 12)",
        id="not-json",  # a byte of its punctuation flipped
    ),
    pytest.param("records_json = substr(records_json, 1, 200)", id="cut-short"),
    pytest.param("records_json = CAST(X'5B7BFF' AS TEXT)", id="not-utf8"),
    pytest.param("records_json = " + replaced('"before"', '"befXre"'), id="no-before"),
    pytest.param("records_json = " + replaced('"title"', '"titlX"'), id="field-renamed"),
    pytest.param(
        "records_json = " + replaced('"kind": "item"', '"kind": "itex"'),
        id="unknown-kind",
    ),
    pytest.param("records_json = " + replaced("2026-12-01", "2026-13-01"), id="bad-date"),
    pytest.param(
        "records_json = " + replaced('"revision": 0', '"revision": 99999999999999999999'),
        id="huge-number",
    ),
    pytest.param("records_json = " + replaced('"days": 1', '"days": "1"'), id="type"),
    pytest.param("records_json = " + replaced('"channels": [[', '"channels": [[[]'), id="shape"),
    pytest.param("records_json = '[]'", id="empty"),
    pytest.param("records_json = '[' || replace(hex(zeroblob(5000)), '00', '[') || ']'", id="deep"),
]


@pytest.fixture
def edited(cli: Cli) -> Cli:
    """An item added, then edited: the edit is the newest step of the undo stack."""
    item = cli.add("--title", "Appel aux dons", "--channel", "Facebook", "--on", "2026-12-01")
    cli.ok("item", "edit", str(item), "--title", "Appel aux dons de Noël")
    return cli


@pytest.mark.parametrize("damage", DAMAGES)
def test_undo_refuses_a_damaged_step_in_one_line_and_writes_nothing(
    edited: Cli, damage: str
) -> None:
    db = edited.folder / DB
    newest(db, damage)
    before, listed = sha256(db), edited.listing()
    for command in ("undo", "undo"):
        line = edited.refused(command)
        assert line == (
            "ngo-calendar: error: cannot undo “edit”: what the workspace recorded of it is "
            "damaged; make the change by hand"
        )
        assert sha256(db) == before
    assert edited.listing() == listed


def test_redo_refuses_a_damaged_step_too(edited: Cli) -> None:
    edited.ok("undo")
    db = edited.folder / DB
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE undo_stack SET records_json = '{' WHERE state = 'undone'")
    before = sha256(db)
    line = edited.refused("redo")
    assert line.startswith("ngo-calendar: error: cannot redo “edit”: what the workspace")
    assert sha256(db) == before
    assert [o["title"] for o in edited.listing()] == ["Appel aux dons"]


def test_a_damaged_label_is_shown_as_it_can_be_and_the_step_still_undone(edited: Cli) -> None:
    """Bytes that are not UTF-8 in the step's label only: the records are intact, so the undo
    goes through, and the label is shown with a replacement character."""
    newest(edited.folder / DB, "label = CAST(X'65FF' AS TEXT)")
    assert edited.ok("undo").out == "undo: e\ufffd\n"
    assert [o["title"] for o in edited.listing()] == ["Appel aux dons"]
