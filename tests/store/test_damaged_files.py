"""Opening refuses a file it must not touch before copying or changing anything, and a migration
that fails leaves the file as it was. (The command line's side: tests/cli/test_damaged_workspace.)
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ngo_calendar.app import open_workspace
from ngo_calendar.core.model.refusals import REFUSALS
from ngo_calendar.store import Database, WorkspaceUnusable, database
from tests.helpers import sha256

FIXTURES = Path(__file__).with_name("fixtures")

# A test-only revision after the real head that fails halfway, after creating a table and
# changing another: everything it did must be undone.
FAILING_REVISION = '''"""test only: fails halfway"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_made", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("half_note", sa.Text(), nullable=True))
    raise RuntimeError("this migration fails halfway")


def downgrade() -> None:
    pass
'''


def _workspace_from(fixture: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copyfile(fixture, folder / database.DB_FILENAME)
    return folder


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_the_refusal_is_a_core_refusal_naming_the_file(tmp_path: Path) -> None:
    folder = _workspace_from(FIXTURES / "schema_0002.sqlite", tmp_path)
    with closing(sqlite3.connect(folder / database.DB_FILENAME)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(WorkspaceUnusable) as caught:
        open_workspace(folder)
    assert isinstance(caught.value, REFUSALS)
    assert caught.value.path == folder / database.DB_FILENAME
    known = f"newer NGO Calendar (schema 9999; this version knows up to {database.HEAD})"
    assert known in str(caught.value)


def test_a_newer_file_is_refused_by_the_migration_step_too_before_any_backup(
    tmp_path: Path,
) -> None:
    """Database.open_url skips the checks made before connecting; migrate() still refuses a
    revision it does not know before copying anything."""
    folder = _workspace_from(FIXTURES / "schema_0002.sqlite", tmp_path)
    path = folder / database.DB_FILENAME
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    for _attempt in range(3):
        with pytest.raises(WorkspaceUnusable, match="newer NGO Calendar"):
            Database.open_url(f"sqlite:///{path}", folder / "backups")
    assert not (folder / "backups").exists()
    assert _query(path, "SELECT version_num FROM alembic_version") == [("9999",)]


def test_a_damaged_file_due_for_a_migration_is_refused_before_its_backup(tmp_path: Path) -> None:
    """SQLite's quick_check runs over the whole file at opening, so a damaged one is neither
    copied nor upgraded."""
    folder = _workspace_from(FIXTURES / "schema_0001.sqlite", tmp_path)
    path = folder / database.DB_FILENAME
    with closing(sqlite3.connect(path)) as conn:
        (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items'").fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size + 8 : page * size] = random.Random(1).randbytes(size - 8)
    path.write_bytes(bytes(data))
    before = sha256(path)

    with pytest.raises(
        WorkspaceUnusable, match=r"is damaged \(its contents are malformed: SQLite's quick_check "
    ):
        open_workspace(folder)
    assert sha256(path) == before
    assert sorted(p.name for p in folder.iterdir()) == [database.DB_FILENAME]


def test_a_failed_migration_is_rolled_back_completely_after_one_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    failing = FAILING_REVISION.format(head=database.HEAD)
    (scripts / "versions" / "9999_fails.py").write_text(failing, encoding="utf-8")
    monkeypatch.setattr(database, "MIGRATIONS", scripts)
    folder = _workspace_from(FIXTURES / "schema_0002.sqlite", tmp_path)
    path = folder / database.DB_FILENAME
    tables_before = _query(path, "SELECT name FROM sqlite_master ORDER BY name")
    items_before = _query(path, "SELECT * FROM items ORDER BY id")

    with pytest.raises(RuntimeError, match="fails halfway"):  # a defect, not a refusal
        open_workspace(folder)

    assert _query(path, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert _query(path, "SELECT name FROM sqlite_master ORDER BY name") == tables_before
    assert _query(path, "SELECT * FROM items ORDER BY id") == items_before
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    (backup,) = (folder / "backups").iterdir()  # the migration was attempted: one backup
    assert _query(backup, "SELECT version_num FROM alembic_version") == [("0002",)]


def test_a_new_workspace_whose_migration_fails_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new workspace is made under a temporary name: a failure leaves no file at all, so the
    next start makes a new one instead of meeting a half-made (or empty) file."""
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    failing = FAILING_REVISION.format(head=database.HEAD)
    (scripts / "versions" / "9999_fails.py").write_text(failing, encoding="utf-8")
    monkeypatch.setattr(database, "MIGRATIONS", scripts)
    folder = tmp_path / "new"

    with pytest.raises(RuntimeError, match="fails halfway"):
        open_workspace(folder)
    assert list(folder.iterdir()) == []

    monkeypatch.setattr(database, "MIGRATIONS", database.SHIPPED_MIGRATIONS)
    open_workspace(folder).close()
    assert _query(folder / database.DB_FILENAME, "SELECT version_num FROM alembic_version") == [
        (database.HEAD,)
    ]
