"""A refused open removes the -wal and -shm it made and left (SQLite does not, when the disk
was too full to set them up), and nothing else: not what was there before, not what holds
something, not what another program uses. (The full disk itself: tests/cli/test_full_disk.py.)
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from ngo_calendar.store import database, opening

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks tell who uses it")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / database.DB_FILENAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
    assert opening.side_files(path) == frozenset()
    return path


def leave(path: Path, wal: bytes, shm: bytes) -> tuple[Path, Path]:
    """-wal and -shm as a connection that could not finish setting them up leaves them."""
    made = Path(f"{path}-wal"), Path(f"{path}-shm")
    made[0].write_bytes(wal)
    made[1].write_bytes(shm)
    return made


def test_empty_ones_this_process_made_are_removed(workspace: Path) -> None:
    leave(workspace, b"", b"\0\0\0")
    opening.tidy(workspace, frozenset())
    assert opening.side_files(workspace) == frozenset()


def test_those_there_before_or_holding_something_stay(workspace: Path) -> None:
    wal, shm = leave(workspace, b"", b"\0\0\0")
    opening.tidy(workspace, frozenset({wal, shm}))
    assert opening.side_files(workspace) == {wal, shm}
    wal.write_bytes(b"\x37\x7f\x06\x82")
    shm.write_bytes(b"\0\1")
    opening.tidy(workspace, frozenset())
    assert opening.side_files(workspace) == {wal, shm}


def test_those_another_program_uses_stay(workspace: Path) -> None:
    """Another program reading the workspace holds SQLite's lock in -shm: its -wal is empty
    (nothing written yet), and it stays."""
    reader = subprocess.Popen(
        [sys.executable, "-c", (
            "import sqlite3, sys\n"
            f"conn = sqlite3.connect({str(workspace)!r})\n"
            "conn.execute('SELECT count(*) FROM t').fetchall()\n"
            "print('ready', flush=True)\n"
            "sys.stdin.read()\n"
        )],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert reader.stdout is not None and reader.stdout.readline() == "ready\n"
        wal = Path(f"{workspace}-wal")
        assert wal.stat().st_size == 0
        opening.tidy(workspace, frozenset())
        assert wal.exists() and Path(f"{workspace}-shm").exists()
    finally:
        reader.communicate("", timeout=30)
