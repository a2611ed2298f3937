"""Opening a workspace database: engine, SQLite pragmas, backup, then migrations."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError

from . import opening

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

SHIPPED_MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATIONS = SHIPPED_MIGRATIONS  # a test points it at a copy with one more revision
DB_FILENAME = "workspace.sqlite"
# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without
# loading Alembic keeps every command quick when, as nearly always, no migration is due.
HEAD = "0008"
# How long a write waits for another program's write to finish before giving up.
DEFAULT_BUSY_TIMEOUT_MS = 5000
# The execution option that makes a transaction a write: see _begin.
WRITE = {"ngo_calendar_write": True}


class WorkspaceBusy(Exception):
    """Another program holds the workspace's write lock for longer than we wait."""

    def __init__(self) -> None:
        super().__init__(
            "the workspace is busy: another program is writing to it; try again in a moment"
        )


def _pragmas_for(busy_timeout_ms: int):  # noqa: ANN202 - a connect-event listener
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # We issue BEGIN ourselves (see _begin): pysqlite would only begin at the first write,
        # after the reads a write's checks depend on.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # The wait first: switching a new file to WAL needs the lock another opener may hold.
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        # WAL lets the window read while the command line writes; FULL survives a power cut;
        # SQLite leaves foreign keys off unless asked, per connection.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return on_connect


def _begin(conn: Connection) -> None:
    """A write takes the write lock before its first read (BEGIN IMMEDIATE), so what it checks
    still holds when it writes; a read takes a snapshot at its first statement."""
    write = conn.get_execution_options().get("ngo_calendar_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """An engine for a SQLAlchemy URL; SQLite gets the pragmas above on every connection."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _pragmas_for(busy_timeout_ms))
        event.listen(engine, "begin", _begin)
    return engine


def is_busy(exc: OperationalError) -> bool:
    text_of = str(exc.orig).lower()
    return "database is locked" in text_of or "database is busy" in text_of


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


def known_revisions() -> set[str]:
    """Every revision the migration scripts know: a file stamped otherwise is from a newer
    version (loads Alembic: only asked when a file is not at HEAD)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(make_engine("sqlite://")))
    return {script.revision for script in scripts.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for a new one), read with plain SQL."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database with SQLite's backup API (a file copy of a WAL database can tear).

    A copy that fails (a full disk) is removed rather than left half-written.
    """
    try:
        opening.private_folder(target.parent)
        opening.private_file(target)
        src = sqlite3.connect(source)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        refusal = opening.unusable_from(exc, target)
        if refusal is None:
            raise
        raise refusal from exc
    return target


def migrate(engine: Engine, backup_dir: Path | None) -> Path | None:
    """Bring the schema to the newest revision; back up first when data would be touched.

    Returns the backup's path when one was made. A brand-new database has nothing to save.
    """
    current = current_revision(engine)
    if current == HEAD and MIGRATIONS == SHIPPED_MIGRATIONS:
        return None  # the usual case, decided without importing Alembic
    head = head_revision()
    backup: Path | None = None
    if current == head:
        return None
    db_file = engine.url.database
    tables = frozenset(inspect(engine).get_table_names())
    # Refused before anything is written or copied: a newer or unversioned file, another
    # program's database (Database.open_folder has refused these already, before connecting).
    opening.judge(db_file or "the database", tables, current, known_revisions, head)
    if tables and backup_dir is not None and db_file and engine.dialect.name == "sqlite":
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        name = f"{Path(db_file).stem}-before-{head}-from-{current or 'none'}-{stamp}.sqlite"
        backup = backup_sqlite(Path(db_file), backup_dir / name)
    from alembic import command

    # The upgrade runs in one write transaction (see migrations/env.py): several programs
    # opening a new folder at once queue on the lock, and the later ones find it done.
    try:
        command.upgrade(alembic_config(engine.execution_options(**WRITE)), "head")
    except DBAPIError as exc:
        # Rolled back whole: the file is as it was, and so is the copy just made; it goes,
        # so that every failed attempt does not leave one more.
        if backup is not None:
            backup.unlink(missing_ok=True)
        if isinstance(exc, OperationalError) and is_busy(exc):
            raise
        if opening.unusable_from(exc, db_file) is not None:
            raise
        why = f"upgrading it from schema {current} to {head} failed: {exc.orig}"
        raise opening.damaged(db_file or "the database", why) from exc
    return backup


@contextmanager
def _refusals(path: str | None) -> Iterator[None]:
    """Database errors that are a refusal become one: a busy workspace, or a file or disk
    problem (full, read-only, damaged). Any other error is a defect and goes through as is."""
    try:
        yield
    except DBAPIError as exc:
        if isinstance(exc, OperationalError) and is_busy(exc):
            raise WorkspaceBusy() from exc
        refusal = opening.unusable_from(exc, path)
        if refusal is None:
            raise
        raise refusal from exc


def _create(path: Path, busy_timeout_ms: int) -> None:
    """A new workspace, made and migrated under a temporary name, then linked into place: the
    workspace file is never seen empty or half-made (so an empty one is refused, see
    opening.check_file). When several programs start on a new folder at once, the first link
    wins and the others use that file."""
    temp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.new")
    try:
        opening.private_file(temp)  # SQLite fills it, and gives its -wal and -shm its mode
        engine = make_engine(f"sqlite:///{temp}", busy_timeout_ms)
        try:
            migrate(engine, None)
        finally:
            engine.dispose()  # the last connection closing folds the -wal into the file
        try:
            os.link(temp, path)
        except FileExistsError:
            pass
        except OSError:
            # No hard links on this file system (FAT): a rename, which cannot tell two programs
            # making the same new workspace at the very same moment apart.
            if not path.exists():
                os.replace(temp, path)
    except (DBAPIError, OSError) as exc:
        refusal = opening.unusable_from(exc, path)
        if refusal is None:
            raise
        raise refusal from exc
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)


# How many Database objects of this process have each workspace file open (open_folder).
_OPEN: Counter[Path] = Counter()


class Database:
    """One workspace's database: a session per operation, migrations applied at open."""

    def __init__(self, engine: Engine, last_backup: Path | None = None) -> None:
        self.engine = engine
        self.last_backup = last_backup
        self._makers: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._watch: sqlite3.Connection | None = None
        self._path: Path | None = None  # the workspace file, opened by open_folder

    def _sessions(self, write: bool = False) -> Session:
        """A new session: the ORM is imported by the first one (reads of plain columns, such
        as the window's start, go without it: see plain_reading)."""
        if self._makers is None:
            from sqlalchemy.orm import sessionmaker

            self._makers = (
                sessionmaker(self.engine, expire_on_commit=False),
                sessionmaker(self.engine.execution_options(**WRITE), expire_on_commit=False),
            )
        return self._makers[write]()

    @classmethod
    def open_folder(cls, folder: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Database:
        """Open the workspace in `folder`, creating it if there is none; refuses (with
        opening.WorkspaceUnusable) a folder or a file it cannot use, and then writes nothing."""
        path = folder / DB_FILENAME
        opening.prepare_folder(folder)
        if not opening.check_file(path):
            _create(path, busy_timeout_ms)
        there_before = opening.side_files(path)
        try:
            db = cls._open_file(path, busy_timeout_ms)
        except BaseException:
            # A refused open leaves the folder as it was: not the -wal and -shm SQLite began
            # on a full disk. Not while this process has the file open otherwise: another
            # descriptor closed on -shm would drop that connection's locks (POSIX's rule).
            if not _OPEN[path]:
                opening.tidy(path, there_before)
            raise
        db._path = path
        _OPEN[path] += 1
        return db

    @classmethod
    def _open_file(cls, path: Path, busy_timeout_ms: int) -> Database:
        opening.check_wal(path, busy_timeout_ms)
        # Before connecting, which would write: the tables its version needs, then SQLite's
        # own check of every page (neither open, copy nor upgrade a damaged file).
        tables, revision = opening.probe(path, busy_timeout_ms)
        opening.check_intact(path, busy_timeout_ms)
        url = f"sqlite:///{path}"
        if revision == HEAD and MIGRATIONS == SHIPPED_MIGRATIONS:
            return cls(make_engine(url, busy_timeout_ms))  # the usual case: nothing to migrate
        opening.judge(path, frozenset(tables), revision, known_revisions, HEAD)
        return cls.open_url(url, path.parent / "backups", busy_timeout_ms)

    @classmethod
    def open_url(
        cls,
        url: str,
        backup_dir: Path | None = None,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    ) -> Database:
        engine = make_engine(url, busy_timeout_ms)
        try:
            with _refusals(engine.url.database):
                backup = migrate(engine, backup_dir)
        except Exception:
            engine.dispose()
            raise
        return cls(engine, backup)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction: it holds the write lock from its first statement to the commit,
        and everything inside commits together or not at all.

        Core writes go through core.unit_of_work, which records history and undo around it.
        """
        with (
            _refusals(self.engine.url.database),
            self._sessions(write=True) as session,
            session.begin(),
        ):
            if self.engine.dialect.name == "postgresql":
                # The same rule on PostgreSQL: one writer at a time per workspace.
                session.execute(text("SELECT pg_advisory_xact_lock(7316)"))
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read: every statement inside sees the same committed state."""
        with _refusals(self.engine.url.database), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def plain_reading(self) -> Iterator[PlainRead]:
        """A read of plain columns, on a connection: no ORM. Every statement inside sees the
        same committed state."""
        with (
            _refusals(self.engine.url.database),
            self.engine.connect() as connection,
            connection.begin(),
        ):
            yield PlainRead(connection)

    def data_version(self) -> int | None:
        """A number that changes whenever a program (this one included) commits a write.

        SQLite's PRAGMA data_version, read on a connection of its own that never writes: cheap
        enough to poll. None on other databases, where a caller just reloads.
        """
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return None
        if self._watch is None:
            self._watch = sqlite3.connect(self.engine.url.database, check_same_thread=False)
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()
        if self._path is not None:
            _OPEN[self._path] -= 1
            self._path = None


class PlainRead:
    """A read transaction on a connection, used as a session is for plain columns."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.execute = connection.execute
        self.scalar = connection.scalar
        self.scalars = connection.scalars

    def connection(self) -> Connection:
        return self._connection
