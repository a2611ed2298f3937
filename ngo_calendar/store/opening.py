"""What is checked before a workspace file is opened, and how an unusable one is told.

A workspace folder can hold something that is not a workspace of ours: an empty or cut-short
copy, another program's database, a file from a newer version; the folder or the disk can refuse
us. Each is one refusal, WorkspaceUnusable, whose single line says what is wrong, where, and what
to do. These checks run before SQLAlchemy connects, because connecting sets WAL mode, which
writes to the file: a file we refuse is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from io import TextIOWrapper
from pathlib import Path

from . import shape
from .tables import metadata

# Every SQLite file starts with these 16 bytes; the first 100 bytes are its header.
MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Below this much free space, a failed write is the disk being full, not a broken disk.
FULL_BELOW_BYTES = 1 << 20
# Tables only SQLite or Alembic add: not a sign of another program.
BOOKKEEPING = frozenset({"alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})
RESTORE = "restore it from a backup, or move it away to start a new workspace"


class WorkspaceUnusable(Exception):
    """The workspace cannot be opened or written as it is: the message says why and what to do."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.path = path


def damaged(path: Path | str, what: str) -> WorkspaceUnusable:
    return WorkspaceUnusable(f"{path} is damaged ({what}); {RESTORE}", path)


def disk_full(path: Path | str) -> WorkspaceUnusable:
    return WorkspaceUnusable(
        f"the disk is full: cannot write to {path}; free some space, then try again", path
    )


def no_access(path: Path | str) -> WorkspaceUnusable:
    return WorkspaceUnusable(
        f"{path} cannot be opened: permission denied; check who may read and write it", path
    )


def read_only(path: Path | str) -> WorkspaceUnusable:
    return WorkspaceUnusable(
        f"{path} is read-only; make it writable, or copy it to a folder you can write to", path
    )


# The workspace holds the association's plan and the review sheet's secret: what the program
# creates in it is its owner's only, whatever the umask (a folder 0700, a file 0600). SQLite
# gives the -wal and -shm files the database file's own mode.
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600


def private_folder(folder: Path) -> Path:
    """Make `folder` (and its parents) if needed; the folder made is private to its owner. A
    folder that exists keeps the mode its owner gave it."""
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        os.chmod(folder, PRIVATE_FOLDER)
    return folder


def private_file(path: Path) -> Path:
    """Create `path` empty and private to its owner if it is not there (then SQLite, a log or
    a copy writes into it, keeping the mode); an existing file is made private too."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return path


def append_private(path: Path) -> TextIOWrapper:
    """`path` opened to add lines at its end (a log), in a private folder, private itself."""
    private_folder(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        return os.fdopen(fd, "a", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise


def prepare_folder(folder: Path) -> None:
    """Make the data folder if needed (private to its owner); refuse one that is a file or that
    we cannot write in (SQLite's WAL needs to create its -wal and -shm files next to the
    workspace)."""
    try:
        private_folder(folder)
    except FileExistsError:
        raise WorkspaceUnusable(
            f"the data folder {folder} is a file, not a folder; choose another data folder",
            folder,
        ) from None
    except NotADirectoryError:
        blocker = next((p for p in folder.parents if p.is_file()), folder.parent)
        raise WorkspaceUnusable(
            f"the data folder {folder} cannot be made: {blocker} is a file; "
            "choose another data folder",
            folder,
        ) from None
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise disk_full(folder) from None
        raise WorkspaceUnusable(
            f"the data folder {folder} cannot be made ({exc.strerror or exc}); "
            "choose another data folder",
            folder,
        ) from None
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise WorkspaceUnusable(
            f"cannot read and write in the data folder {folder} (its permissions, or a "
            "read-only disk); choose another data folder, or change its permissions",
            folder,
        )


def check_file(path: Path) -> bool:
    """Whether a workspace file exists; refuses one that cannot be ours or cannot be written.

    Reads the 100-byte header only, so the usual open stays quick. An empty file is refused:
    a new workspace is created complete under a temporary name (see Database.open_folder), so
    an empty one was left by something else, such as an interrupted copy.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return False
    except PermissionError:
        raise no_access(path) from None
    if stat.S_ISDIR(info.st_mode):
        raise WorkspaceUnusable(
            f"{path} is a folder, not a workspace file; move it away to start a new workspace",
            path,
        )
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device: reading it could block for ever
        raise WorkspaceUnusable(f"{path} is not a file; move it away", path)
    if info.st_size == 0:
        raise WorkspaceUnusable(
            f"{path} is empty (0 bytes), as an interrupted copy leaves it; delete it to start "
            "a new workspace, or restore it from a backup",
            path,
        )
    try:
        with path.open("rb") as f:
            header = f.read(HEADER_SIZE)
    except PermissionError:
        raise no_access(path) from None
    if not header.startswith(MAGIC):
        raise WorkspaceUnusable(
            f"{path} is not a workspace file (not a SQLite database); {RESTORE}", path
        )
    _check_size(path, header, info.st_size)
    if not os.access(path, os.R_OK | os.W_OK):
        raise read_only(path)
    return True


def _check_size(path: Path, header: bytes, size: int) -> None:
    """A file shorter than the size its header records was cut short (a failed copy)."""
    if len(header) < HEADER_SIZE:
        raise damaged(path, f"cut short: only {size} bytes")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(path, "its header is not valid")
    pages = int.from_bytes(header[28:32], "big")
    # The recorded size counts only when written with the current change counter; and while
    # a -wal holds pages not yet copied back, the file itself may legitimately lag behind.
    recorded = pages > 0 and header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    if recorded and size < pages * page_size and not (wal.exists() and wal.stat().st_size):
        raise damaged(path, f"cut short: {size} of its {pages * page_size} bytes")


# The first 4 bytes of a write-ahead log (SQLite's two byte orders of its checksums).
WAL_MAGIC = (0x377F0682, 0x377F0683)


def check_wal(path: Path, busy_timeout_ms: int) -> None:
    """Refuse a `-wal` beside the workspace that belongs to another database, before any
    connection that writes is made: the last connection to close copies a write-ahead log into
    the file, so another database's log would replace the workspace with that database.

    The workspace is read twice, read-only: as its file alone (SQLite's immutable mode, which
    ignores the log) and as the log makes it. Ours when the log only adds to the same
    workspace (its tables, its id); refused otherwise, the file left byte for byte as it was.
    A log that SQLite would ignore (shorter than its header, not a log) cannot hurt."""
    wal = Path(f"{path}-wal")
    try:
        with wal.open("rb") as f:
            header = f.read(32)
    except OSError:
        return  # none (the usual case), or unreadable: the connection's own errors will tell
    if len(header) < 32 or int.from_bytes(header[:4], "big") not in WAL_MAGIC:
        return
    try:
        alone = _identity(f"file:{path}?immutable=1", busy_timeout_ms)
    except sqlite3.Error:
        return  # the file alone cannot be read (written meanwhile): nothing to compare with
    replayed: tuple[frozenset[str], str | None] | None
    try:
        replayed = _identity(f"file:{path}?mode=ro", busy_timeout_ms)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code
        if code not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            return  # busy, or no -shm can be made here: not the log's fault, not judged
        replayed = None  # the file and its log together are not a database
    ours = replayed is not None and {"items", "settings"} <= replayed[0]
    if ours and replayed is not None and alone[1] is not None and replayed[1] != alone[1]:
        ours = False  # another workspace's log: same tables, another id
    if not ours and {"items", "settings"} <= alone[0]:
        raise WorkspaceUnusable(
            f"{wal} belongs to another database, not to {path.name} (opening would copy it "
            f"into the workspace); move {wal.name} and {path.name}-shm out of the folder, "
            "then try again",
            path,
        )


def _identity(uri: str, busy_timeout_ms: int) -> tuple[frozenset[str], str | None]:
    """The tables a read-only connection sees, and the workspace's id (None when it has none
    yet); SQLite's error when it cannot read them."""
    conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
    try:
        tables = _tables(conn)
        found = None
        if "settings" in tables:
            row = conn.execute("SELECT value FROM settings WHERE key = 'workspace_id'").fetchone()
            found = row[0] if row else None
        return tables, found
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> frozenset[str]:
    names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return frozenset(name for (name,) in names)


# SQLite's -wal and -shm beside a workspace in WAL mode, made by the first connection to read it.
SIDE_FILES = ("-wal", "-shm")
# In -shm, the byte every connection holds a shared lock on while it uses the file (SQLite's
# unix VFS: the "DMS" lock, after the eight WAL locks that start at byte 120).
SHM_IN_USE_BYTE = 128


def side_files(path: Path) -> frozenset[Path]:
    """The -wal and -shm beside `path` that are there now."""
    return frozenset(p for p in (Path(f"{path}{s}") for s in SIDE_FILES) if p.exists())


def tidy(path: Path, there_before: frozenset[Path]) -> None:
    """Remove the -wal and -shm this process made beside `path` and left behind (SQLite
    removes them when the last connection closes, but not when the disk was too full to set
    them up): only those that were not there before, that hold nothing (an empty log, an index
    of zero bytes), and that no other program uses. Where that cannot be told (no POSIX locks,
    on Windows), nothing is removed."""
    wal, shm = (Path(f"{path}{s}") for s in SIDE_FILES)
    made = side_files(path) - there_before
    if not made or not _unused(shm):
        return
    for leftover in made:
        try:
            empty = leftover.stat().st_size == 0 if leftover == wal else _all_zero(leftover)
            if empty:
                leftover.unlink()
        except OSError:
            pass  # gone meanwhile, or cannot be removed: left as it is


def _all_zero(path: Path, most: int = 1 << 20) -> bool:
    with path.open("rb") as f:
        data = f.read(most + 1)
    return len(data) <= most and not data.strip(b"\0")


def _unused(shm: Path) -> bool:
    """Whether no program has the workspace open: SQLite holds a shared lock on one byte of
    -shm for as long as a connection uses it, so a write lock on that byte is only granted
    when nobody does (taken and given back at once)."""
    try:
        import fcntl
    except ImportError:
        return False  # not POSIX: cannot tell
    if not shm.exists():
        return True
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_IN_USE_BYTE)
    except OSError:
        return False
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, SHM_IN_USE_BYTE)
        return True
    finally:
        os.close(fd)


def probe(path: Path, busy_timeout_ms: int) -> tuple[shape.Shape, str | None]:
    """The tables of an existing file (each with its columns) and its stamped revision; refuses
    a file whose tables are not what that revision has (see shape.py)."""
    with _plain(path, busy_timeout_ms) as conn:
        found: dict[str, set[str]] = {}
        query = (
            "SELECT m.name, c.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c "
            "WHERE m.type = 'table'"
        )
        for table, column in conn.execute(query):
            found.setdefault(table, set()).add(column)
        tables = {table: frozenset(columns) for table, columns in found.items()}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    what = shape.wrong(tables, revision)
    if what is not None:
        raise damaged(path, what)
    return tables, revision


def check_intact(path: Path, busy_timeout_ms: int) -> None:
    """SQLite's quick_check over the whole file (every page readable, every b-tree well
    formed; not that each index matches its table, which integrity_check does at several times
    the cost). About 30 ms for 10,000 items, 230 ms for 100,000 (docs/performance.md): done at
    every opening, before anything connects that could write."""
    with _plain(path, busy_timeout_ms) as conn:
        verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if verdict != "ok":
        raise damaged(path, "its contents are malformed: SQLite's quick_check finds damaged pages")


@contextmanager
def _plain(path: Path, busy_timeout_ms: int) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection, without our pragmas (WAL mode would write to the file):
    reading through it changes nothing. Its errors about the file become refusals."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
        yield conn
    except sqlite3.Error as exc:
        refusal = unusable_from(exc, path)
        if refusal is None:
            raise
        raise refusal from exc
    finally:
        if conn is not None:
            conn.close()


def judge(
    path: Path | str,
    tables: frozenset[str],
    revision: str | None,
    known_revisions: Callable[[], set[str]],
    head: str,
) -> None:
    """Refuse a file that is not a workspace we can open: another program's database, one of
    ours without a schema version, or one from a newer version. No tables: a new workspace."""
    ours = frozenset(metadata.tables)
    own = tables - BOOKKEEPING
    if revision is None:
        if not own:
            return
        if own <= ours:
            raise WorkspaceUnusable(
                f"{path} holds a workspace's tables but no schema version, so it cannot be "
                f"upgraded safely; {RESTORE}",
                path,
            )
        raise _foreign(path, own - ours)
    if revision == head or revision in known_revisions():
        return
    if {"items", "settings"} <= own:
        raise WorkspaceUnusable(
            f"{path} was saved by a newer NGO Calendar (schema {revision}; this version knows "
            f"up to {head}); update NGO Calendar to open it",
            path,
        )
    raise _foreign(path, own - ours or own)


def _foreign(path: Path | str, tables: frozenset[str]) -> WorkspaceUnusable:
    shown = ", ".join(sorted(tables)[:3]) + (", …" if len(tables) > 3 else "")
    return WorkspaceUnusable(
        f"{path} is another program's database (tables: {shown}), not an NGO Calendar "
        "workspace; choose another data folder, or move the file away",
        path,
    )


def unusable_from(exc: BaseException, path: Path | str | None) -> WorkspaceUnusable | None:
    """The refusal an error from SQLite or the file system means, if it is one of those that
    come from the file or the disk rather than from our code (None: let it through)."""
    where = path or "the workspace"
    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    if isinstance(orig, OSError):
        if orig.errno in (errno.ENOSPC, errno.EDQUOT):
            return disk_full(where)
        if orig.errno in (errno.EACCES, errno.EPERM):
            return no_access(where)
        if orig.errno == errno.EROFS:
            return read_only(where)
        return None
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", 0)
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return disk_full(where)
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) and _nearly_full(path):
        return disk_full(where)  # SQLite reports a full disk while sizing -shm as an I/O error
    if primary == sqlite3.SQLITE_NOTADB:
        return WorkspaceUnusable(
            f"{where} is not a workspace file (not a SQLite database); {RESTORE}", path
        )
    if primary == sqlite3.SQLITE_CORRUPT:
        return damaged(where, "its contents are malformed")
    if code == sqlite3.SQLITE_READONLY_DBMOVED:
        return WorkspaceUnusable(
            f"{where} was moved or deleted while open; open it again from where it is now", path
        )
    if primary == sqlite3.SQLITE_READONLY:
        return read_only(where)
    if primary == sqlite3.SQLITE_PERM:
        return no_access(where)
    if primary == sqlite3.SQLITE_CANTOPEN:
        return WorkspaceUnusable(
            f"{where} cannot be opened (SQLite: {orig}); check that its folder is there and "
            "that you may read and write in it",
            path,
        )
    if primary == sqlite3.SQLITE_IOERR:
        return WorkspaceUnusable(
            f"cannot read or write {where} (disk I/O error); check the disk, then try again",
            path,
        )
    return None


def _nearly_full(path: Path | str | None) -> bool:
    if path is None:
        return False
    folder = Path(path).parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False
