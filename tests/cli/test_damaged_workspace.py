"""A workspace file or data folder that cannot be used is refused, and left exactly as it was.

Each case through the real command line, a read (`item list`) and a write (`item add`): exit
status 2, nothing on stdout, one line on stderr that names the file or folder and what is wrong,
and afterwards every file in the folder has the bytes it had (no -wal, -shm, backup or log
appears, whatever the number of tries).
"""

from __future__ import annotations

import ctypes
import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from ngo_calendar.store.database import HEAD
from tests.helpers import ADD, DB, LIST, base_env, one_line, sha256

from .conftest import Cli

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder`, with each file's sha256."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else "folder"
        for p in sorted(folder.rglob("*"))
    }


def sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)


def garble_page(path: Path, page: int, start: int = 0) -> None:
    """Random bytes over one page of the file (from `start` within it), length unchanged."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    first = (page - 1) * size + start
    data[first : page * size] = random.Random(page).randbytes(page * size - first)
    path.write_bytes(bytes(data))


def root_pages(path: Path, table: str) -> list[int]:
    """The first page of a table and of each of its indexes."""
    with closing(sqlite3.connect(path)) as conn:
        query = "SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0"
        return [page for (page,) in conn.execute(query, (table,))]


def random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(7).randbytes(8192))


def text(db: Path) -> None:
    db.write_text("title;date\nAppel aux dons;2026-12-01\n" * 100, encoding="utf-8")


def empty(db: Path) -> None:
    db.write_bytes(b"")


def folder_in_place(db: Path) -> None:
    db.unlink()
    db.mkdir()
    (db / "note.txt").write_text("not a workspace", encoding="utf-8")


def cut_short(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def schema_garbled(db: Path) -> None:
    garble_page(db, 1, start=100)  # the table list, after the 100-byte file header


def items_garbled(db: Path) -> None:
    for page in root_pages(db, "items"):  # opens, but reading or adding an item fails
        garble_page(db, page)


def newer(db: Path) -> None:
    sql(db, "UPDATE alembic_version SET version_num = '9999'")


def unversioned(db: Path) -> None:
    sql(db, "DROP TABLE alembic_version")


def foreign(db: Path) -> None:
    db.unlink()
    sql(
        db,
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes VALUES (1, 'x')",
    )


def dropped(table: str) -> Callable[[Path], None]:
    def drop(db: Path) -> None:
        sql(db, f"DROP TABLE {table}")

    return drop


def column_dropped(db: Path) -> None:
    sql(db, "ALTER TABLE items DROP COLUMN notes")


def version_set_back(db: Path) -> None:
    """The version row of a workspace at the newest schema says an older one: opening would
    run the migrations again over tables already there (and back the file up each time)."""
    sql(db, "UPDATE alembic_version SET version_num = '0005'")


def index_page_zeroed(db: Path) -> None:
    """One page of an index of the items, zeroed: nothing reads it until a query uses that
    index; only SQLite's check of every page sees it."""
    with closing(sqlite3.connect(db)) as conn:
        query = "SELECT rootpage FROM sqlite_master WHERE name = 'ix_items_start_date'"
        ((page,),) = conn.execute(query).fetchall()
    data = bytearray(db.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    data[(page - 1) * size : page * size] = bytes(size)
    db.write_bytes(bytes(data))


QUICK_CHECK = "its contents are malformed: SQLite's quick_check finds damaged pages"

# (how the file is damaged, what the refusal says besides the file's path)
DAMAGES = [
    pytest.param(random_bytes, "is not a workspace file (not a SQLite database)", id="random"),
    pytest.param(text, "is not a workspace file (not a SQLite database)", id="text"),
    pytest.param(empty, "is empty (0 bytes)", id="zero-bytes"),
    pytest.param(folder_in_place, "is a folder, not a workspace file", id="folder"),
    pytest.param(cut_short, "is damaged (cut short", id="truncated"),
    pytest.param(schema_garbled, "is damaged (its contents are malformed)", id="corrupt-schema"),
    pytest.param(items_garbled, f"is damaged ({QUICK_CHECK})", id="corrupt-items"),
    pytest.param(newer, "was saved by a newer NGO Calendar (schema 9999", id="newer-schema"),
    pytest.param(unversioned, "holds a workspace's tables but no schema version", id="unversioned"),
    pytest.param(foreign, "is another program's database (tables: notes)", id="foreign"),
    pytest.param(dropped("item_tags"), "is damaged (missing table item_tags)", id="no-item_tags"),
    pytest.param(dropped("settings"), "is damaged (missing table settings)", id="no-settings"),
    pytest.param(
        dropped("undo_stack"), "is damaged (missing table undo_stack)", id="no-undo_stack"
    ),
    pytest.param(column_dropped, "is damaged (missing column items.notes)", id="no-column"),
    pytest.param(
        version_set_back,
        "is damaged (its version row says schema 0005, but its tables are already those of "
        f"schema {HEAD})",
        id="version-set-back",
    ),
    pytest.param(
        index_page_zeroed,
        f"is damaged ({QUICK_CHECK})",
        id="index-page-zeroed",
    ),
]


@pytest.mark.parametrize(("damage", "says"), DAMAGES)
def test_an_unusable_workspace_file_is_refused_and_left_as_it_was(
    cli: Cli, damage: Callable[[Path], None], says: str
) -> None:
    damage(cli.folder / DB)
    before = snapshot(cli.folder)
    for command in (LIST, ADD, LIST, ADD):  # tries again: still nothing written, no backup
        line = one_line(cli.run(*command))
        assert f"{cli.folder / DB} {says}" in line, line
        assert snapshot(cli.folder) == before
    # What to do: restore a backup, move the file away, or update NGO Calendar.
    assert any(word in line.split("; ", 1)[1] for word in ("restore", "move", "update")), line


def test_an_empty_file_is_refused_until_deleted_then_a_new_one_is_made(cli: Cli) -> None:
    empty(cli.folder / DB)
    line = one_line(cli.run(*LIST))
    assert line == (
        f"ngo-calendar: error: {cli.folder / DB} is empty (0 bytes), as an interrupted copy "
        "leaves it; delete it to start a new workspace, or restore it from a backup"
    )
    (cli.folder / DB).unlink()  # as the line says: a new workspace is made
    assert cli.listing() == []
    # Made under a temporary name and put in place complete: nothing else is left behind.
    assert sorted(p.name for p in cli.folder.iterdir()) == [DB]
    with closing(sqlite3.connect(cli.folder / DB)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


# Data folders: --data-dir or NGO_CALENDAR_DATA_DIR naming something that cannot be one.


def test_a_data_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mes notes", encoding="utf-8")
    cli = Cli(blocker, tmp_path)
    for command in (LIST, ADD):
        line = one_line(cli.run(*command))
        assert line == (
            f"ngo-calendar: error: the data folder {blocker} is a file, not a folder; "
            "choose another data folder"
        )
    env = base_env(NGO_CALENDAR_DATA_DIR=str(blocker))
    assert one_line(cli.run(*LIST, data_dir=False, env=env)) == line
    assert blocker.read_text(encoding="utf-8") == "mes notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_data_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mes notes", encoding="utf-8")
    cli = Cli(blocker / "asso" / "ws", tmp_path)
    line = one_line(cli.run(*ADD))
    assert f"the data folder {cli.folder} cannot be made: {blocker} is a file" in line, line
    assert blocker.read_text(encoding="utf-8") == "mes notes"


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux's /proc")
def test_a_data_folder_that_cannot_be_made_is_refused(tmp_path: Path) -> None:
    line = one_line(Cli(Path("/proc/ngo-calendar"), tmp_path).run(*LIST))
    assert "the data folder /proc/ngo-calendar cannot be made (" in line, line
    assert "choose another data folder" in line


# Permissions. Tests run as root in CI, and root ignores them; a child without the two
# capabilities that let root read and write anything obeys them as anyone else does.


def _without_root_powers() -> None:
    """In the child, before it runs Python: drop CAP_DAC_OVERRIDE (1) and
    CAP_DAC_READ_SEARCH (2) from the bounding set (prctl PR_CAPBSET_DROP, 24). Not root: the
    call fails, and nothing needed dropping."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        libc.prctl(24, capability, 0, 0, 0)


class PowerlessCli(Cli):
    """The real command line, run without root's power to ignore file permissions."""

    preexec = staticmethod(_without_root_powers)


@pytest.fixture
def powerless(cli: Cli) -> Iterator[PowerlessCli]:
    if sys.platform != "linux":
        pytest.skip("dropping root's file powers is done the Linux way")
    probe = cli.cwd / "probe.txt"
    probe.write_text("", encoding="utf-8")
    probe.chmod(0o444)
    code = f"open({str(probe)!r}, 'a')"
    tried = subprocess.run(
        [sys.executable, "-c", code], stderr=subprocess.DEVNULL, preexec_fn=_without_root_powers
    )
    if tried.returncode == 0:
        pytest.skip("this process may not give up its power to write read-only files")
    yield PowerlessCli(cli.folder, cli.cwd)
    for path in (cli.folder, cli.folder / DB):
        path.chmod(0o755 if path.is_dir() else 0o644)  # tmp_path must stay removable


@pytest.mark.parametrize(
    ("target", "mode", "says"),
    [
        pytest.param(
            DB, 0o444, "{db} is read-only; make it writable, or copy it", id="read-only-file"
        ),
        pytest.param(DB, 0o000, "{db} cannot be opened: permission denied", id="unreadable-file"),
        pytest.param(
            "", 0o555, "cannot read and write in the data folder {folder} (", id="read-only-folder"
        ),
        pytest.param(
            "", 0o000, "cannot read and write in the data folder {folder} (", id="unreadable-folder"
        ),
    ],
)
def test_a_workspace_we_may_not_read_or_write_is_refused(
    powerless: PowerlessCli, target: str, mode: int, says: str
) -> None:
    folder = powerless.folder
    before = snapshot(folder)
    (folder / target).chmod(mode)
    try:
        for command in (LIST, ADD):
            line = one_line(powerless.run(*command))
            assert says.format(db=folder / DB, folder=folder) in line, line
    finally:
        (folder / target).chmod(0o755 if target == "" else 0o644)
    assert snapshot(folder) == before
    assert powerless.run(*LIST).code == 0  # allowed again, it opens again


def test_a_migration_that_fails_on_the_file_leaves_it_as_it_was_and_no_backup(
    tmp_path: Path,
) -> None:
    """A version row set back by one revision whose tables cannot tell (0003 only added
    indexes): the upgrade fails inside its transaction. One line, the file as it was, and no
    backup left per attempt (each would be the same copy of the same file)."""
    folder = tmp_path / "ws"
    folder.mkdir()
    db = folder / DB
    shutil.copyfile(FIXTURES / "schema_0003.sqlite", db)
    sql(db, "PRAGMA journal_mode=WAL", "UPDATE alembic_version SET version_num = '0002'")
    cli = Cli(folder, tmp_path)
    before = sha256(db)
    for command in (LIST, ADD, LIST):
        line = one_line(cli.run(*command))
        assert f"{db} is damaged (upgrading it from schema 0002 to {HEAD} failed: " in line, line
        assert "restore it from a backup" in line
        assert sha256(db) == before
        assert list((folder / "backups").glob("*")) == []
    assert sorted(p.name for p in folder.iterdir()) == ["backups", DB]
