"""A full disk is one refusal naming it, leaves the workspace as it was, and once space is
freed the same command works.

The workspace lives on a small file system of its own (a 1 MiB tmpfs), which the test fills.
Mounting needs root (as CI runs the tests); elsewhere those tests are skipped, and the last one
gives the process a file-size limit instead, which needs no mount.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from ngo_calendar.store.database import HEAD
from tests.helpers import ADD, DB, LIST, one_line, sha256

from .conftest import Cli

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    command = ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(point)]
    try:
        mounted = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        pytest.skip("no mount command here")
    if mounted.returncode != 0:
        pytest.skip(f"mounting a small file system is not permitted here: {mounted.stderr}")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], check=True, timeout=30)


def fill(disk: Path) -> Path:
    """Write a file until the disk refuses another byte; removing it frees the space again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (1 << 16, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)
    assert shutil.disk_usage(disk).free == 0
    return filler


def sql(path: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(query).fetchall()


def full_line(folder: Path) -> str:
    return (
        f"ngo-calendar: error: the disk is full: cannot write to {folder / DB}; "
        "free some space, then try again"
    )


def test_a_full_disk_is_refused_in_one_line_and_the_write_works_once_space_is_freed(
    cli: Cli, small_disk: Path
) -> None:
    shutil.copytree(cli.folder, small_disk / "ws")
    ws = Cli(small_disk / "ws", cli.cwd)
    ws.add("--title", "Avant", "--channel", "Facebook", "--on", "2026-12-01")
    listed = ws.listing()
    counts = ws.counts()
    db = ws.folder / DB
    assert not Path(f"{db}-shm").exists()  # no program has it open
    before = sha256(db)
    filler = fill(small_disk)

    # A write, and even a read: SQLite needs room for its -shm file to read a WAL database.
    for command in (ADD, LIST, ADD):
        assert one_line(ws.run(*command)) == full_line(ws.folder)
        # The folder as it was: not even the empty -wal and -shm SQLite began to make.
        assert sorted(p.name for p in ws.folder.iterdir()) == [DB]
    assert sha256(db) == before

    filler.unlink()
    assert sql(db, "PRAGMA integrity_check") == [("ok",)]
    assert ws.counts() == counts and ws.listing() == listed
    ws.ok(*ADD)
    assert [o["title"] for o in ws.listing()] == ["Avant", "Essai"]


def test_a_full_disk_while_the_window_has_the_workspace_open(cli: Cli, small_disk: Path) -> None:
    """The window keeps the -shm file: reads still work, a write is refused, nothing of it is
    left half-written, and it goes through once there is space."""
    shutil.copytree(cli.folder, small_disk / "ws")
    ws = Cli(small_disk / "ws", cli.cwd)
    ws.add("--title", "Avant", "--channel", "Facebook", "--on", "2026-12-01")
    window = sqlite3.connect(ws.folder / DB)
    try:
        assert window.execute("SELECT count(*) FROM items").fetchone() == (1,)
        counts = ws.counts()
        filler = fill(small_disk)
        assert one_line(ws.run(*ADD)) == full_line(ws.folder)
        assert [o["title"] for o in ws.listing()] == ["Avant"]
        assert ws.counts() == counts
        filler.unlink()
        assert sql(ws.folder / DB, "PRAGMA integrity_check") == [("ok",)]
        ws.ok(*ADD)
        assert window.execute("SELECT count(*) FROM items").fetchone() == (2,)
    finally:
        window.close()


def test_a_migration_on_a_full_disk_is_refused_and_leaves_no_half_backup(
    tmp_path: Path, small_disk: Path
) -> None:
    (small_disk / "ws").mkdir()
    db = small_disk / "ws" / DB
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", db)
    ws = Cli(small_disk / "ws", tmp_path)
    before = sha256(db)
    filler = fill(small_disk)

    assert one_line(ws.run(*LIST)) == full_line(ws.folder)
    assert sha256(db) == before
    backups = ws.folder / "backups"
    assert not backups.exists() or not any(backups.iterdir())

    filler.unlink()
    ws.ok(*LIST)
    assert sql(db, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    (backup,) = backups.iterdir()
    assert sql(backup, "SELECT version_num FROM alembic_version") == [("0001",)]


def test_a_new_workspace_on_a_full_disk_is_refused_and_leaves_no_file(
    tmp_path: Path, small_disk: Path
) -> None:
    ws = Cli(small_disk / "ws", tmp_path)
    ws.folder.mkdir()
    filler = fill(small_disk)
    for command in (LIST, ADD):
        assert one_line(ws.run(*command)) == full_line(ws.folder)
        assert list(ws.folder.iterdir()) == []  # no empty or half-made workspace.sqlite
    filler.unlink()
    assert ws.listing() == []


def _file_size_limit() -> None:
    """In the child: files may not grow past 64 KiB, as on a disk with no room left (the
    signal the kernel sends is ignored, so the write fails as a full disk's does)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


class NoRoomCli(Cli):
    """The real command line in a process that cannot make any file bigger than 64 KiB."""

    preexec = staticmethod(_file_size_limit)


def test_no_room_to_write_is_refused_without_mounting_anything(cli: Cli) -> None:
    """Where no small file system can be mounted, the same promise through the file-size
    limit: the write that cannot grow the file is one refusal, nothing is half-written, and
    without the limit it goes through."""
    big = "x" * 60_000  # more than the file may grow by
    ws = NoRoomCli(cli.folder, cli.cwd)
    counts = cli.counts()
    line = one_line(ws.run("item", "add", "--title", "Gros", "--channel", "Facebook",
                           "--on", "2026-12-01", "--body", big * 2))  # fmt: skip
    assert line.startswith("ngo-calendar: error: ") and str(cli.folder / DB) in line
    assert sql(cli.folder / DB, "PRAGMA integrity_check") == [("ok",)]
    assert cli.counts() == counts
    cli.ok("item", "add", "--title", "Gros", "--channel", "Facebook", "--on", "2026-12-01",
           "--body", big * 2)  # fmt: skip
    assert [o["title"] for o in cli.listing()] == ["Gros"]


def test_a_full_published_folder_is_recorded_shown_and_retried(cli: Cli, small_disk: Path) -> None:
    """The published folder on a full disk: the change is saved, the failure is recorded
    (`publish status` shows it), `publish now` refuses in one line, and once space is freed
    the next change publishes again and clears it."""
    cli.ok("publish", "folder", str(small_disk))
    filler = fill(small_disk)
    item = cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    status = cli.ok("publish", "status", "--json").json()
    assert status["error"] and "No space left" in status["error"], status
    assert "failed" in cli.ok("publish", "status").out.lower()
    refused = cli.refused("publish", "now")
    assert "No space left" in refused and len(refused.splitlines()) == 1
    assert [i["id"] for i in cli.listing()] == [item]  # the change itself was saved
    filler.unlink()
    cli.ok("item", "edit", str(item), "--title", "Appel aux dons")
    status = cli.ok("publish", "status", "--json").json()
    assert status["error"] is None and status["last"], status
    assert b"Appel aux dons" in (small_disk / "calendrier.ics").read_bytes()
