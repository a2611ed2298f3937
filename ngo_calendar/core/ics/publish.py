"""The published folder: the plan as .ics files in a folder the team's agendas read (a synced
Nextcloud or Dropbox folder, a network share), kept current without anyone thinking of it.

Set once per workspace (its settings: folder, one file per channel or not, how much text).
After every committed change, whichever program made it (the window, the command line, an
undo), `after_commit` writes the files again, whole (a temporary file beside
each, then renamed), and on demand `publish_now`. Events are serialised once per version of an
item (the export's cache, kept beside the workspace between programs), so one edit in a large
plan costs writing the file, not serialising every event again. A failure (the folder gone, a
full disk) never undoes the change that was saved: it is recorded and shown (`state`), and the
next change or `publish now` tries again.

Each channel's file is named with the name the channel keeps (core/model/file_names.py), and
a publication removes the files the previous one wrote there and this one no longer writes
(a deleted channel's): only those, never another program's file (`_remove_stale`).
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, overload

from ..model.domain import InputError, UnreadableFile
from ..model.file_names import slug
from ..model.files import written_whole
from ..model.reasons import Reason, reason
from ..workspace import Database, settings
from ..write.changes import Changes
from . import publish_state
from .export import (
    DESCRIPTIONS,
    EventCache,
    ExportOptions,
    KnownRows,
    calendar,
    selected,
    targets,
)
from .publish_state import (
    DESCRIPTION,
    FOLDER,
    PER_CHANNEL,
    STATE_FILE,
    Publication,
    PublishState,
    home,
    load,
    setting,
    state,  # re-exported: publish.state is the command line's
)

# The events serialised by the last publication, kept between programs, in a format that can
# never run code when read: one line of JSON (a version, so a change in how events are written
# drops it; each event's key and length in bytes), then the events' bytes one after the other
# (as they are: no escaping to undo, so one publication of 10,000 events saves it in ~15 ms).
CACHE_FILE = "publish-cache.bin"
CACHE_VERSION = 3
OLDER_CACHE_FILES = ("publish-cache.pickle", "publish-cache.json")  # never read, removed
_T = TypeVar("_T")
_caches: dict[str, EventCache] = {}  # by workspace, while this program runs
_known: dict[str, KnownRows] = {}  # the items last published, by workspace


def configure(
    db: Database,
    folder: Path | None,
    per_channel: bool = False,
    description: str = "full",
    who: str | None = None,
) -> Changes:
    """Publish to `folder` from now on (None: stop), in one operation; the files are written by
    the commit's hook (after_commit)."""
    from ..write import unit_of_work

    wanted = checked(Publication(str(folder) if folder else "", per_channel, description))
    with unit_of_work.write(db, "publish settings", who) as uow:
        store(uow.session, wanted)
    return uow.changes


def checked(wanted: Publication) -> Publication:
    """The publication settings as they are stored (the folder absolute), or InputError: an
    unknown kind of description, a folder that is not there."""
    if wanted.description not in DESCRIPTIONS:
        why = reason("text.choice", choices=", ".join(DESCRIPTIONS))
        raise InputError("--description", wanted.description, why)
    if not wanted.folder.strip():
        return replace(wanted, folder="")
    folder = Path(wanted.folder.strip()).expanduser().resolve()
    if not folder.is_dir():
        raise InputError("DIR", str(folder), reason("publish.folder"))
    return replace(wanted, folder=str(folder))


def store(session: Any, wanted: Publication) -> None:
    """Write checked publication settings inside the caller's operation (configure, or the
    settings dialog's, so its one undo step takes them back too)."""
    from ..workspace import put_setting

    put_setting(session, FOLDER, wanted.folder)
    put_setting(session, PER_CHANNEL, "1" if wanted.per_channel else "0")
    put_setting(session, DESCRIPTION, wanted.description)


class _Missing(Exception):
    """The folder is not there (a drive unplugged, a sync app not running)."""


def publish_now(db: Database, quiet: bool = False) -> PublishState:
    """Write the files now; a failure is recorded (and, unless `quiet`, raised)."""
    folder_text = setting(db, FOLDER)
    if not folder_text:
        raise InputError("publish", "now", reason("publish.no_folder"))
    folder = Path(folder_text)
    per_channel = setting(db, PER_CHANNEL) == "1"
    description = setting(db, DESCRIPTION) or "full"
    cache = _Carried(_cache(db))
    written: list[str] = []
    why: Reason | None = None
    try:
        if not folder.is_dir():
            raise _Missing
        main = folder / f"{slug(settings(db).association) or 'calendrier'}.ics"
        everything = ExportOptions(description=description)
        # Read once (each channel's file is a part of it), and only what changed since the
        # last publication of this program.
        plan = selected(db, everything, _known.setdefault(str(db.engine.url), {}))
        for path, options, chosen in targets(db, main, everything, plan, per_channel):
            data = calendar(db, options, cache=cache, chosen=chosen)
            with written_whole(path) as temp:
                temp.write_bytes(data)
            written.append(str(path))
        _remove_stale(db, folder, written)
        _caches[str(db.engine.url)] = dict(cache)  # what this plan used: old versions go
        _save_cache(db, cache)
    except _Missing:
        why = reason("publish.not_there", folder=folder)
    except (OSError, UnreadableFile) as exc:  # a file that could not be written says which
        why = reason("publish.failed", error=exc)
    except InputError as exc:
        why = exc.why
    except Exception as exc:
        # A defect: recorded all the same (the published files are stale and the person must
        # know), then raised, so that its traceback reaches the log.
        _save_state(db, _failed(folder, per_channel, description, written, repr(exc)))
        raise
    error = None if why is None else str(why)
    state = PublishState(
        str(folder), per_channel, description, _now() if error is None else None, written, error
    )
    _save_state(db, state)
    if why is not None and not quiet:
        raise InputError("publish", str(folder), why)
    return state


# The names of the files a publication writes (the plan's, each channel's): only files of
# this form that the last publication wrote are ever removed from the folder.
OURS = re.compile(r"[a-z0-9-]+\.ics")


def _remove_stale(db: Database, folder: Path, written: list[str]) -> None:
    """Remove the files the last publication wrote that this one did not (a channel deleted,
    files per channel no longer wanted, the association renamed): the folder then holds
    the current plan only. Never a file of another program: only what the state file lists,
    in this folder, named as ours are (a planted state file cannot name anything else)."""
    kept = set(written)
    for listed in load(db).get("files", []):
        path = Path(listed)
        if listed not in kept and path.parent == folder and OURS.fullmatch(path.name):
            path.unlink(missing_ok=True)


def _failed(
    folder: Path, per_channel: bool, description: str, written: list[str], error: str
) -> PublishState:
    return PublishState(str(folder), per_channel, description, None, written, error)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _save_state(db: Database, found: PublishState) -> None:
    folder = home(db)
    if folder is None:
        return
    previous = load(db)
    data = {
        "last": found.last or previous.get("last"),
        # After a failure, every file that may be there (the next success removes the stale).
        "files": found.files
        if found.error is None
        else list(dict.fromkeys([*previous.get("files", []), *found.files])),
        "error": found.error,
    }
    # A courtesy, not worth a failure: the files are what matters.
    with contextlib.suppress(UnreadableFile), written_whole(folder / STATE_FILE, True) as temp:
        temp.write_text(json.dumps(data), "utf-8")


class _Carried(dict[tuple[object, ...], bytes]):
    """This publication's cache: what it uses, taken from the previous one when there."""

    def __init__(self, previous: EventCache) -> None:
        super().__init__()
        self.previous = previous

    # dict.get's overloads, kept (only the first is used).
    @overload
    def get(self, key: tuple[object, ...], default: None = None) -> bytes | None: ...
    @overload
    def get(self, key: tuple[object, ...], default: bytes) -> bytes: ...
    @overload
    def get(self, key: tuple[object, ...], default: _T) -> bytes | _T: ...
    def get(self, key: tuple[object, ...], default: object = None) -> object:
        if key not in self and key in self.previous:
            self[key] = self.previous[key]
        return super().get(key, default)


def _cache(db: Database) -> EventCache:
    key = str(db.engine.url)
    if key not in _caches:
        folder = home(db)
        _caches[key] = _read_cache(folder / CACHE_FILE) if folder else {}
    return _caches[key]


def _as_key(value: object) -> object:
    """A cache key's part read back from JSON (lists were tuples); None when not one of ours."""
    if value is None or isinstance(value, str) or type(value) is int:
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError("not a key")


def _read_cache(path: Path) -> EventCache:
    """The cache file, or nothing when it is missing, of another version, or not what we
    write (edited, damaged, planted): only speed is lost."""
    try:
        data = path.read_bytes()
        head, _, events = data.partition(b"\n")
        index = json.loads(head.decode("utf-8"))
        if not isinstance(index, dict) or index.get("version") != CACHE_VERSION:
            return {}
        keys, sizes = index["keys"], index["sizes"]
        if not (isinstance(keys, list) and isinstance(sizes, list) and len(keys) == len(sizes)):
            return {}
        if not all(type(n) is int and n >= 0 for n in sizes) or sum(sizes) != len(events):
            return {}
        found: EventCache = {}
        start = 0
        for key, size in zip(keys, sizes, strict=True):
            if not isinstance(key, list):
                return {}
            found[tuple(_as_key(part) for part in key)] = events[start : start + size]
            start += size
        return found
    except (OSError, ValueError, TypeError, KeyError, RecursionError, UnicodeError):
        return {}


def _save_cache(db: Database, cache: EventCache) -> None:
    folder = home(db)
    if folder is None:
        return
    keys = [list(key) for key in cache]
    index = {"version": CACHE_VERSION, "keys": keys, "sizes": [len(v) for v in cache.values()]}
    head = json.dumps(index, ensure_ascii=False).encode("utf-8")
    with contextlib.suppress(OSError, UnreadableFile):  # only speed is lost
        for old in OLDER_CACHE_FILES:
            (folder / old).unlink(missing_ok=True)
        with written_whole(folder / CACHE_FILE, private=True) as temp:
            temp.write_bytes(head + b"\n" + b"".join(cache.values()))


__all__ = ["PublishState", "configure", "publish_now", "state"]


def after_commit(db: Database, changes: Any) -> None:
    """The unit of work's hook (registered by app.py): publish again when something changed
    and a folder is set, with the workspace's runner (the window's database worker) if any."""
    if not publish_state.wanted(db, changes):
        return
    runner = publish_state.runner_of(db)
    if runner is None:
        publish_now(db, quiet=True)
    else:
        runner(lambda: publish_now(db, quiet=True))
