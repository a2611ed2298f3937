"""Opening a workspace database: engine, SQLite pragmas, backup, then migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
DB_FILENAME = "workspace.sqlite"
# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without
# loading Alembic keeps every command quick when, as nearly always, no migration is due.
HEAD = "0001"


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # WAL lets the window read while the command line writes; FULL survives a power cut;
    # SQLite leaves foreign keys off unless asked, per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for a SQLAlchemy URL; SQLite gets the pragmas above on every connection."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest revision, read from the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://"))).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for a new one), read with plain SQL."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database with SQLite's backup API (a file copy of a WAL database can tear)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def migrate(engine: Engine, backup_dir: Path | None) -> Path | None:
    """Bring the schema to the newest revision; back up first when data would be touched.

    Returns the backup's path when one was made. A brand-new database has nothing to save.
    """
    current = current_revision(engine)
    if current == HEAD and Path(__file__).with_name("migrations") == MIGRATIONS:
        return None  # the usual case, decided without importing Alembic
    head = head_revision()
    backup: Path | None = None
    if current == head:
        return None
    has_tables = bool(inspect(engine).get_table_names())
    db_file = engine.url.database
    if has_tables and backup_dir is not None and db_file and engine.dialect.name == "sqlite":
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{Path(db_file).stem}-before-{head}-from-{current or 'none'}-{stamp}.sqlite"
        backup = backup_sqlite(Path(db_file), backup_dir / name)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return backup


class Database:
    """One workspace's database: a session per operation, migrations applied at open."""

    def __init__(self, engine: Engine, last_backup: Path | None = None) -> None:
        self.engine = engine
        self.last_backup = last_backup
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open_folder(cls, folder: Path) -> Database:
        folder.mkdir(parents=True, exist_ok=True)
        return cls.open_url(f"sqlite:///{folder / DB_FILENAME}", folder / "backups")

    @classmethod
    def open_url(cls, url: str, backup_dir: Path | None = None) -> Database:
        engine = make_engine(url)
        backup = migrate(engine, backup_dir)
        return cls(engine, backup)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
