"""The published folder's settings and state, read without the export (the window reads them
after each write, and the after-commit hook decides with them whether to publish at all, so a
workspace that publishes nothing never loads the iCalendar code)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ngo_calendar.store import Database, columns

from ..write.reading import plain_reading

FOLDER, PER_CHANNEL, DESCRIPTION = "publish_folder", "publish_per_channel", "publish_description"
STATE_FILE = "publish-state.json"


@dataclass(frozen=True)
class Publication:
    """What a person sets: the folder ("" not published), a file per channel too, how much text
    (core/ics/export.py DESCRIPTIONS)."""

    folder: str = ""
    per_channel: bool = False
    description: str = "full"


@dataclass(frozen=True)
class PublishState:
    folder: str | None  # None: not published
    per_channel: bool
    description: str
    last: str | None  # when the files were last written (ISO, UTC)
    files: list[str] = field(default_factory=list)
    error: str | None = None  # the last attempt's failure, if it failed


def setting(db: Database, key: str) -> str | None:
    with plain_reading(db) as s:
        return s.scalar(select(columns.Setting.value).where(columns.Setting.key == key))


def state(db: Database) -> PublishState:
    """Read after each of the window's writes: its three settings in one query."""
    with plain_reading(db) as s:
        key, value = columns.Setting.key, columns.Setting.value
        query = select(key, value).where(key.in_((FOLDER, PER_CHANNEL, DESCRIPTION)))
        chosen = {k: v for k, v in s.execute(query)}
    stored = load(db)
    return PublishState(
        chosen.get(FOLDER) or None,
        chosen.get(PER_CHANNEL) == "1",
        chosen.get(DESCRIPTION) or "full",
        stored.get("last"),
        list(stored.get("files", [])),
        stored.get("error"),
    )


# Where the publication after a change runs, per workspace: at once by default (the command
# line waits for its files); the window hands it to its database worker, so that no write
# waits for the files (`runner(work)` may be called from any thread).
_RUNNERS: WeakKeyDictionary[Database, Callable[[Callable[[], object]], None]] = WeakKeyDictionary()


def publish_with(db: Database, runner: Callable[[Callable[[], object]], None] | None) -> None:
    """Run the publications after this workspace's changes with `runner` (None: at once)."""
    if runner is None:
        _RUNNERS.pop(db, None)
    else:
        _RUNNERS[db] = runner


def wanted(db: Database, changes: Any) -> bool:
    """Whether a committed change calls for a publication: something changed and a folder is
    set (read without the export, so a workspace that publishes nothing loads none of it)."""
    return bool(changes) and bool(setting(db, FOLDER))


def runner_of(db: Database) -> Callable[[Callable[[], object]], None] | None:
    """What runs this workspace's publications (None: at once, on the calling thread)."""
    return _RUNNERS.get(db)


def home(db: Database) -> Path | None:
    """The workspace's folder (the state and the cache live beside its database)."""
    name = db.engine.url.database
    return Path(name).parent if db.engine.url.get_backend_name() == "sqlite" and name else None


def load(db: Database) -> dict[str, Any]:
    """The state file as JSON left it (written by publish.py)."""
    folder = home(db)
    try:
        found = json.loads((folder / STATE_FILE).read_text("utf-8")) if folder else {}
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(found, dict):
        return {}
    # Each value as publish.py writes it, or left out (a file edited or damaged).
    kept: dict[str, Any] = {}
    if isinstance(found.get("error"), str):
        kept["error"] = found["error"]
    try:
        datetime.fromisoformat(found["last"])
        kept["last"] = found["last"]
    except (KeyError, TypeError, ValueError):
        pass
    files = found.get("files")
    if isinstance(files, list) and all(isinstance(f, str) for f in files):
        kept["files"] = files
    return kept


def local_time(moment: str | None, tz: ZoneInfo) -> str:
    if not moment:
        return ""
    return datetime.fromisoformat(moment).astimezone(tz).strftime("%d/%m/%Y %H:%M")


def publication(db: Database) -> Publication:
    """The publication settings as the settings dialog shows them."""
    found = state(db)
    return Publication(found.folder or "", found.per_channel, found.description)
