"""database.backup_sqlite: a consistent copy of a live WAL database, where a file copy fails."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

from alembic import command

from ngo_calendar.store import Database, database


def _live_database(path: Path) -> sqlite3.Connection:
    """A database at revision 0001 built by the real migration, and a writer that keeps it open
    in WAL mode without checkpoints, so committed rows live only in the -wal file."""
    engine = database.make_engine(f"sqlite:///{path}")
    command.upgrade(database.alembic_config(engine), "0001")
    engine.dispose()
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    assert writer.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    writer.execute("PRAGMA wal_autocheckpoint=0")
    return writer


def _count(path: Path, sql: str = "SELECT count(*) FROM settings") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def _insert(writer: sqlite3.Connection, first: int, last: int) -> None:
    writer.execute("BEGIN")
    writer.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [(f"k{i}", "x" * 200) for i in range(first, last)],
    )
    writer.execute("COMMIT")


def test_backup_holds_committed_rows_that_only_the_wal_has(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    writer = _live_database(source)
    try:
        _insert(writer, 0, 50)
        assert Path(f"{source}-wal").stat().st_size > 0
        # A transaction still open at backup time must not appear in the copy.
        writer.execute("BEGIN")
        writer.execute("INSERT INTO settings (key, value) VALUES ('uncommitted', 'no')")

        backup = database.backup_sqlite(source, tmp_path / "backups" / "copy.sqlite")

        torn = tmp_path / "file-copy.sqlite"
        shutil.copyfile(source, torn)  # what a naive file copy of the main file gets
        writer.execute("COMMIT")
    finally:
        writer.close()

    assert backup == tmp_path / "backups" / "copy.sqlite"
    assert _count(backup, "PRAGMA integrity_check") == "ok"
    assert _count(backup, "SELECT version_num FROM alembic_version") == "0001"
    assert _count(backup) == 50
    assert _count(backup, "SELECT count(*) FROM settings WHERE key = 'uncommitted'") == 0
    assert _count(torn) == 0  # the rows were in the WAL: the file copy lost every one


def test_backups_taken_while_another_connection_keeps_writing_are_consistent(
    tmp_path: Path,
) -> None:
    source = tmp_path / "busy.sqlite"
    writer = _live_database(source)
    _insert(writer, 0, 10)
    stop = threading.Event()
    written = [10]

    def keep_writing() -> None:
        while not stop.is_set():
            _insert(writer, written[0], written[0] + 5)
            written[0] += 5

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        counts = []
        for n in range(5):
            floor = written[0]
            copy = database.backup_sqlite(source, tmp_path / f"copy{n}.sqlite")
            assert _count(copy, "PRAGMA integrity_check") == "ok"
            counts.append(_count(copy))
            assert counts[-1] >= floor  # everything committed before the backup started
            assert counts[-1] % 5 == 0  # whole transactions only
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert counts == sorted(counts)


def test_a_backup_opens_as_a_workspace(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    writer = _live_database(source)
    try:
        _insert(writer, 0, 3)
        copy = database.backup_sqlite(source, tmp_path / "restored" / database.DB_FILENAME)
    finally:
        writer.close()
    restored = Database.open_folder(copy.parent)
    try:
        assert database.current_revision(restored.engine) == database.head_revision()
        assert restored.last_backup is None or restored.last_backup.exists()
    finally:
        restored.close()
    assert _count(copy, "SELECT count(*) FROM settings WHERE key LIKE 'k%'") == 3
