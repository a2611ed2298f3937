"""The crises of a workspace as they are read: the active one (at most one), the past ones,
and each one's record of what it did to the plan (read only; core/crisis/apply.py writes)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ngo_calendar.store import Database, columns

from ..write.reading import plain_reading

_COLUMNS = (
    "id", "name", "starts_at", "expected_end", "channels", "horizon_days", "declared_by",
    "declared_at", "ended_at", "ended_by", "moves",
)  # fmt: skip


@dataclass(frozen=True)
class CrisisInfo:
    id: int
    name: str
    start: datetime
    expected_end: datetime | None
    channels: tuple[str, ...]
    horizon_days: int
    declared_by: str
    declared_at: datetime
    ended_at: datetime | None
    ended_by: str | None
    moves: list[dict[str, Any]] = field(compare=False, hash=False)

    @property
    def active(self) -> bool:
        return self.ended_at is None

    def held_status(self) -> dict[tuple[str | None, str | None], str | None]:
        """(uid, occurrence) of each item the crisis held, with its status before."""
        return {
            (m["uid"], m["occurrence"]): m["status"]
            for m in self.moves
            if m["phase"] == "start" and m["action"] == "hold"
        }

    def shifted(self) -> set[tuple[str | None, str | None]]:
        """(uid, occurrence) of each item the crisis shifted when it began."""
        return {
            (m["uid"], m["occurrence"])
            for m in self.moves
            if m["phase"] == "start" and m["action"] == "shift"
        }

    def counts(self, phase: str = "start") -> dict[str, int]:
        """How many items the crisis held, shifted and cancelled, and flagged for a second
        reading after its window (at its start); or, with phase "end", what its end brought
        back in place (keep), shifted, or could not place (hold)."""
        if phase == "start":
            found = {"hold": 0, "shift": 0, "cancel": 0, "flagged": 0}
        else:
            found = {"keep": 0, "shift": 0, "hold": 0}
        for m in self.moves:
            if m["phase"] == phase:
                action = "flagged" if phase == "start" and m["action"] == "keep" else m["action"]
                found[action] = found.get(action, 0) + 1
        return found


def _read(session: Any, where: Any = None, limit: int | None = None) -> list[CrisisInfo]:
    c = columns.Crisis
    query = select(*(c[name] for name in _COLUMNS)).order_by(c.id.desc())
    if where is not None:
        query = query.where(where)
    if limit is not None:
        query = query.limit(limit)
    found = []
    for row in session.execute(query):
        values = dict(zip(_COLUMNS, row, strict=True))
        values["start"] = values.pop("starts_at")
        values["channels"] = tuple(json.loads(values["channels"]))
        values["moves"] = json.loads(values["moves"])
        found.append(CrisisInfo(**values))
    return found


def active_in(session: Any) -> CrisisInfo | None:
    """The active crisis, read in the given session (an operation's own transaction)."""
    found = _read(session, columns.Crisis.ended_at.is_(None), 1)
    return found[0] if found else None


def active(db: Database) -> CrisisInfo | None:
    with plain_reading(db) as s:
        return active_in(s)


def latest(db: Database) -> CrisisInfo | None:
    """The active crisis, else the last one that ended, else None."""
    with plain_reading(db) as s:
        return active_in(s) or next(iter(_read(s, limit=1)), None)


def all_crises(db: Database) -> list[CrisisInfo]:
    """Every crisis, newest first (the handover report lists them)."""
    with plain_reading(db) as s:
        return _read(s)
