"""The append-only history of items: who changed which field, when, from what to what."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import HistoryEntry

from .snapshot import HISTORY_FIELDS, Names, Snapshot, readable


def current_user() -> str:
    """Who is acting, for attribution: NGO_CALENDAR_USER, else the system login name."""
    name = os.environ.get("NGO_CALENDAR_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def record(
    session: Session,
    before: Snapshot | None,
    after: Snapshot | None,
    action: str,
    who: str,
    at: datetime | None = None,
) -> int:
    """Append one entry per changed field; returns how many were written."""
    at = at or now_utc()
    names = Names(session)
    old = readable(before, names) if before else {}
    new = readable(after, names) if after else {}
    uid = (after or before or {}).get("uid", "")
    entries: list[HistoryEntry] = []
    if after is None:
        entries.append(_entry(uid, at, who, action, None, old.get("title"), None))
    else:
        for name in HISTORY_FIELDS:
            if old.get(name, "") != new.get(name, ""):
                entries.append(
                    _entry(uid, at, who, action, name, old.get(name) or None, new.get(name) or None)
                )
    session.add_all(entries)
    return len(entries)


def _entry(
    uid: str,
    at: datetime,
    who: str,
    action: str,
    field: str | None,
    old: str | None,
    new: str | None,
) -> HistoryEntry:
    return HistoryEntry(item_uid=uid, at=at, who=who, action=action, field=field, old=old, new=new)


@dataclass(frozen=True)
class Change:
    at: datetime
    who: str
    action: str
    field: str | None
    old: str | None
    new: str | None


def item_history(db: Database, uid: str) -> list[Change]:
    """Every recorded change of one item, oldest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(HistoryEntry).where(HistoryEntry.item_uid == uid).order_by(HistoryEntry.id)
        )
        return [Change(r.at, r.who, r.action, r.field, r.old, r.new) for r in rows]
