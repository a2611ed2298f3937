"""Rows written by store/bulk.py's executemany are stored exactly as SQLAlchemy stores them:
an instant written in another text form would sort apart from the others (an event at 10:00
left out of a range that begins at 10:00)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

from ngo_calendar.app import open_workspace
from ngo_calendar.store import tables
from ngo_calendar.store.bulk import insert_many


def test_rows_are_stored_in_the_same_form_as_sqlalchemys(tmp_path: Path) -> None:
    db = open_workspace(tmp_path / "ws")
    at = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    item = {
        "uid": "a", "revision": 0, "kind": "event", "title": "Atelier", "body": "",
        "status": "draft",
        "start_utc": at, "start_date": None, "duration_minutes": 60, "days": 1, "notes": "",
        "sensitivity": "movable", "created_at": at, "updated_at": at,
    }  # fmt: skip
    day = {**item, "start_utc": None, "start_date": date(2026, 12, 4), "duration_minutes": None}
    with db.transaction() as session:
        conn = session.connection()
        conn.execute(insert(tables.items), [item, {**day, "uid": "b"}])
        insert_many(conn, tables.items, [{**item, "uid": "c"}, {**day, "uid": "d"}])
        raw = conn.exec_driver_sql(
            "SELECT uid, start_utc, start_date, created_at FROM items ORDER BY uid"
        ).all()
    by_sqlalchemy, by_bulk = raw[:2], raw[2:]
    assert [row[1:] for row in by_bulk] == [row[1:] for row in by_sqlalchemy]
    assert by_bulk[0][1] == "2026-12-03 10:00:00.000000"
    db.close()


def test_nothing_to_insert_writes_nothing(tmp_path: Path) -> None:
    db = open_workspace(tmp_path / "ws")
    count = "SELECT count(*) FROM history"
    with db.transaction() as session:
        before = session.connection().exec_driver_sql(count).scalar()
        insert_many(session.connection(), tables.history, [])
        assert session.connection().exec_driver_sql(count).scalar() == before
    db.close()
