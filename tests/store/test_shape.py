"""What opening expects of each schema version (store/shape.py) is what the released files
hold, and what the newest tables declare."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ngo_calendar.store import database, shape
from ngo_calendar.store.tables import metadata

FIXTURES = Path(__file__).with_name("fixtures")


def _found(path: Path) -> tuple[shape.Shape, str]:
    query = (
        "SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND m.name != 'alembic_version'"
    )
    with closing(sqlite3.connect(path)) as conn:
        found: dict[str, set[str]] = {}
        for table, column in conn.execute(query):
            found.setdefault(table, set()).add(column)
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return {t: frozenset(c) for t, c in found.items()}, revision


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite")), ids=lambda p: p.stem)
def test_each_released_schema_has_exactly_the_shape_of_its_version(fixture: Path) -> None:
    found, revision = _found(fixture)
    assert shape.SHAPES[revision] == found
    assert shape.wrong(found, revision) is None


def test_the_newest_shape_is_the_tables_the_program_declares() -> None:
    declared = {t.name: frozenset(c.name for c in t.columns) for t in metadata.tables.values()}
    assert list(shape.SHAPES)[-1] == database.HEAD
    assert shape.SHAPES[database.HEAD] == declared


def test_what_is_missing_and_what_is_ahead_are_named() -> None:
    head = dict(shape.SHAPES[database.HEAD])
    del head["item_tags"]
    head["items"] = head["items"] - {"notes"}
    assert shape.wrong(head, database.HEAD) == "missing table item_tags, column items.notes"
    assert shape.wrong(shape.SHAPES[database.HEAD], "0004") == (
        f"its version row says schema 0004, but its tables are already those of schema "
        f"{database.HEAD}"
    )
    assert shape.wrong(shape.SHAPES["0004"], "0004") is None
    assert shape.wrong({}, "9999") is None  # a version this one does not know: judged elsewhere
