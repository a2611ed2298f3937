"""The workspace database: where it lives, its pragmas, UTC instants, keys, transactions."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from ngo_calendar import app
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import InputError, ItemDraft, Timed
from ngo_calendar.store import Database, database
from ngo_calendar.store.models import Channel, HistoryEntry, Item, ItemChannel, UndoEntry


def _pragmas(db: Database) -> tuple[str, int, int]:
    with db.engine.connect() as conn:
        return (
            conn.exec_driver_sql("PRAGMA journal_mode").scalar(),
            conn.exec_driver_sql("PRAGMA synchronous").scalar(),
            conn.exec_driver_sql("PRAGMA foreign_keys").scalar(),
        )


def test_pragmas_on_every_connection(db: Database) -> None:
    assert _pragmas(db) == ("wal", 2, 1)  # synchronous=FULL is 2
    db.engine.dispose()  # the next connection is a brand-new one
    assert _pragmas(db) == ("wal", 2, 1)
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        assert cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert cursor.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        raw.close()


def test_wal_is_recorded_in_the_file_itself(db: Database, ws_dir: Path) -> None:
    db.close()
    header = (ws_dir / database.DB_FILENAME).read_bytes()[:20]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[18:20] == b"\x02\x02"  # file format versions 2: WAL


def test_one_file_in_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "inside" / "asso"
    db = app.open_workspace(folder)
    db.close()
    assert (folder / "workspace.sqlite").is_file()
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "workspace.sqlite"
    ]


def test_data_dir_option_then_environment_then_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(app.ENV_DATA_DIR, raising=False)
    default = app.data_dir()
    assert default.name == app.APP_NAME
    monkeypatch.setenv(app.ENV_DATA_DIR, str(tmp_path / "env"))
    assert app.data_dir() == (tmp_path / "env").resolve()
    assert app.data_dir(str(tmp_path / "opt")) == (tmp_path / "opt").resolve()


def _bare_item(title: str, start: datetime | None) -> Item:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Item(uid=f"{title}@test", title=title, start_utc=start, created_at=now, updated_at=now)


def test_instants_come_back_aware_in_utc(db: Database) -> None:
    paris_summer = timezone(timedelta(hours=2))
    with db.transaction() as s:
        s.add(_bare_item("été", datetime(2026, 7, 14, 21, 30, tzinfo=paris_summer)))
    with db.reading() as s:
        start = s.scalar(select(Item.start_utc).where(Item.title == "été"))
    assert start == datetime(2026, 7, 14, 19, 30, tzinfo=UTC)
    assert start.tzinfo is UTC
    with db.engine.connect() as conn:  # stored as UTC, so SQL order and ranges compare alike
        stored = conn.execute(text("SELECT start_utc FROM items WHERE title = 'été'")).scalar()
    assert stored.startswith("2026-07-14 19:30:00")


def test_naive_datetimes_are_refused_and_nothing_is_written(db: Database) -> None:
    with pytest.raises(StatementError) as caught, db.transaction() as s:
        s.add(_bare_item("naïf", datetime(2026, 7, 14, 21, 30)))
        s.flush()
    assert isinstance(caught.value.orig, ValueError)
    assert "naive" in str(caught.value.orig)
    assert query.count_items(db) == 0


def test_dates_stay_dates(db: Database) -> None:
    with db.transaction() as s:
        row = _bare_item("jour", None)
        row.start_date = date(2026, 12, 24)
        s.add(row)
    with db.reading() as s:
        day = s.scalar(select(Item.start_date).where(Item.title == "jour"))
    assert day == date(2026, 12, 24) and not isinstance(day, datetime)


def _links(db: Database) -> list[tuple[int, int]]:
    with db.reading() as s:
        return list(s.execute(select(ItemChannel.item_id, ItemChannel.channel_id)).all())


def test_deleting_an_item_in_sql_removes_its_channel_links(cdb: Database) -> None:
    draft = ItemDraft(title="Lien", channels=["Facebook", "Instagram"])
    (item_id,) = items.create_item(cdb, draft).created_ids
    assert len(_links(cdb)) == 2
    with cdb.transaction() as s:  # plain SQL: the cascade is the database's, not the ORM's
        s.execute(delete(Item).where(Item.id == item_id))
    assert _links(cdb) == []


def test_deleting_a_channel_in_sql_removes_its_links_only(cdb: Database) -> None:
    (item_id,) = items.create_item(
        cdb, ItemDraft(title="Lien", channels=["Facebook", "Newsletter"])
    ).created_ids
    with cdb.transaction() as s:
        s.execute(delete(Channel).where(Channel.name == "Facebook"))
    assert [link[0] for link in _links(cdb)] == [item_id]
    assert query.get_item(cdb, item_id).channels == ("Newsletter",)


def test_a_link_to_a_missing_item_is_refused(cdb: Database) -> None:
    with pytest.raises(IntegrityError), cdb.transaction() as s:
        s.execute(
            text("INSERT INTO item_channels (item_id, channel_id, position) VALUES (999, 1, 0)")
        )
    assert _links(cdb) == []


def test_a_failed_transaction_leaves_nothing_written(cdb: Database) -> None:
    with pytest.raises(RuntimeError), cdb.transaction() as s:
        s.add(
            Channel(
                kind="x", name="X", colour="#000000", weekly_target=0, position=9, file_name="x"
            )
        )
        s.add(_bare_item("à moitié", datetime(2026, 5, 1, tzinfo=UTC)))
        s.flush()  # the rows reached the database inside the transaction...
        raise RuntimeError("power cut")
    with cdb.reading() as s:  # ...and are gone
        assert s.scalar(select(func.count()).select_from(Channel).where(Channel.name == "X")) == 0
    assert query.count_items(cdb) == 0


def _rows(db: Database) -> tuple[int, int, int, int]:
    with db.reading() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Item, ItemChannel, HistoryEntry, UndoEntry)
        )


def test_a_refused_service_call_writes_no_item_history_or_undo(cdb: Database) -> None:
    items.create_item(cdb, ItemDraft(title="Avant", channels=["Facebook"]))
    before = _rows(cdb)
    bad = ItemDraft(
        title="Après", channels=["Facebook", "Tiktok"], start=Timed(datetime(2026, 5, 1, 9))
    )
    with pytest.raises(InputError):
        items.create_item(cdb, bad)
    gap = ItemDraft(title="Après", channels=["Facebook"], start=Timed(datetime(2026, 3, 29, 2, 30)))
    with pytest.raises(InputError):
        items.create_item(cdb, gap)
    assert _rows(cdb) == before


def test_a_second_process_sees_committed_writes(cdb: Database, ws_dir: Path) -> None:
    items.create_item(cdb, ItemDraft(title="Partagé", channels=["Facebook"]))
    other = sqlite3.connect(ws_dir / database.DB_FILENAME)
    try:
        assert other.execute("SELECT title FROM items").fetchall() == [("Partagé",)]
    finally:
        other.close()
