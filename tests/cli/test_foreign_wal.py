"""A write-ahead log beside the workspace that belongs to another database is refused before
any connection could copy it into the workspace: every command says so in one line (exit 2)
and leaves the database and the log byte for byte as they were. The workspace's own log (left
by a program that stopped without closing) is read as usual."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ADD, DB, LIST, sha256

from .conftest import Cli

COMMANDS = [
    LIST,
    ADD,
    ("item", "show", "1"),
    ("channel", "list"),
    ("undo",),
    ("export", "ics", "plan.ics"),
    ("review", "queue"),
    ("crisis", "status"),
    ("publish", "status"),
    ("demo",),
]


def _log_of(database: Path, *statements: str) -> Path:
    """The -wal a program leaves when it stops without closing, after `statements`."""
    script = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode=WAL')\n"
        "conn.execute('PRAGMA wal_autocheckpoint=0')\n"
        "for statement in sys.argv[2:]:\n"
        "    conn.execute(statement)\n"
        "os._exit(0)\n"  # no close: the log stays beside the file, as after a crash
    )
    subprocess.run([sys.executable, "-c", script, str(database), *statements], check=True)
    return Path(f"{database}-wal")


@pytest.fixture
def planted(cli: Cli, tmp_path: Path) -> Path:
    """The workspace with the log of another program's database planted beside it."""
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    other = tmp_path / "other" / "other.sqlite"
    other.parent.mkdir()
    log = _log_of(other, "CREATE TABLE notes (text)", "INSERT INTO notes VALUES ('x')")
    shutil.copyfile(log, cli.folder / f"{DB}-wal")
    return cli.folder / DB


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_another_databases_log_is_refused_and_nothing_changes(
    cli: Cli, planted: Path, command: tuple[str, ...]
) -> None:
    wal = Path(f"{planted}-wal")
    before = (sha256(planted), sha256(wal))
    refused = cli.refused(*command)
    assert "belongs to another database" in refused and len(refused.splitlines()) == 1
    assert f"move {DB}-wal" in refused
    assert (sha256(planted), sha256(wal)) == before


def test_another_workspaces_log_is_refused_too(cli: Cli, tmp_path: Path) -> None:
    """Same tables, another workspace: its id tells them apart."""
    other = Cli(tmp_path / "other", tmp_path)
    other.ok("channel", "add", "Facebook", "--kind", "facebook")
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    log = _log_of(
        other.folder / DB,
        "INSERT INTO channels (name, kind, colour, weekly_target, position) "
        "VALUES ('Autre', 'facebook', '#000000', 0, 9)",
    )
    shutil.copyfile(log, cli.folder / f"{DB}-wal")
    before = sha256(cli.folder / DB)
    assert "belongs to another database" in cli.refused(*LIST)
    assert sha256(cli.folder / DB) == before


def test_the_workspaces_own_log_is_read_as_usual(cli: Cli) -> None:
    item = cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    _log_of(cli.folder / DB, f"UPDATE items SET title = 'Appel aux dons' WHERE id = {item}")
    assert os.path.getsize(f"{cli.folder / DB}-wal") > 0
    assert [i["title"] for i in cli.listing()] == ["Appel aux dons"]
    cli.ok("item", "edit", str(item), "--title", "Appel final")
    assert [i["title"] for i in cli.listing()] == ["Appel final"]
