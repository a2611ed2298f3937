"""The append-only history: who changed which field of what, when, from what to what.

Written only by the unit of work, one entry per changed field of every row an operation
touched, all entries of one operation sharing its number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.bulk import insert_many
from ngo_calendar.store.models import HistoryEntry

from .acting import act_as, current_user  # noqa: F401 - re-exported
from .names import HISTORY_FIELDS, Names, readable
from .records import ITEM, Record

# Columns of workspace rows that say nothing to a person.
HIDDEN_ROW_FIELDS = ("id",)


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def record_operation(
    session: Session, found: list[dict[str, Any]], action: str, who: str, at: datetime
) -> int:
    """Write the history of one operation's records; returns the operation's number."""
    last = session.scalar(select(func.max(HistoryEntry.operation))) or 0
    operation = last + 1
    names = Names(session)
    for record in found:
        if record["kind"] != ITEM and record["before"] is not None:
            names.remember(record["kind"], record["before"])  # a deleted entry keeps its name
    entries: list[dict[str, Any]] = []
    for record in found:
        kind, before, after = record["kind"], record["before"], record["after"]
        verb = action
        if action not in ("undo", "redo"):
            verb = "created" if before is None else "deleted" if after is None else action
        key = str(record["key"])
        for field_name, old, new in _fields(kind, before, after, names):
            entries.append(
                {
                    "subject_kind": kind,
                    "subject_key": key,
                    "operation": operation,
                    "at": at,
                    "who": who,
                    "action": verb,
                    "field": field_name,
                    "old": old,
                    "new": new,
                }
            )
    if entries:
        # Plain rows in one executemany: an import's tens of thousands of entries need no ORM
        # objects (append-only: nothing reads them back in this operation).
        insert_many(session.connection(), HistoryEntry.__table__, entries)
    return operation


def _fields(
    kind: str, before: Record | None, after: Record | None, names: Names
) -> list[tuple[str | None, str | None, str | None]]:
    """(field, old, new) for each changed field; a deletion is one line naming what went."""
    if kind == ITEM:
        old = readable(before, names) if before else {}
        new = readable(after, names) if after else {}
        if after is None:
            return [(None, old.get("title"), None)]
        order: tuple[str, ...] = HISTORY_FIELDS
    else:
        old = _row_text(before)
        new = _row_text(after)
        if after is None:
            return [(None, old.get("name") or old.get("value"), None)]
        order = tuple(k for k in (after or {}) if k not in HIDDEN_ROW_FIELDS)
    return [
        (name, old.get(name) or None, new.get(name) or None)
        for name in order
        if old.get(name, "") != new.get(name, "")
    ]


def _row_text(record: Record | None) -> dict[str, str]:
    if record is None:
        return {}
    return {k: "" if v is None else str(v) for k, v in record.items()}


@dataclass(frozen=True)
class Change:
    at: datetime
    who: str
    action: str
    field: str | None
    old: str | None
    new: str | None


def changed_since(
    db: Database, uids: list[str], action: str, besides: tuple[str, ...] = ()
) -> set[str]:
    """The items (uids) with a change written after their last change named `action` (an
    operation's label, "crisis start" say): changed since, by hand or by another program.
    Undo and redo, and the operations named in `besides`, do not count (an undone cancel
    puts back what the cancel changed)."""
    last_named: dict[str, int] = {}
    last_any: dict[str, int] = {}
    with db.reading() as session:
        for first in range(0, len(uids), 500):
            query = select(
                HistoryEntry.subject_key, HistoryEntry.operation, HistoryEntry.action
            ).where(
                HistoryEntry.subject_kind == ITEM,
                HistoryEntry.subject_key.in_(uids[first : first + 500]),
            )
            for key, operation, verb in session.execute(query):
                number = operation or 0
                if verb == action:
                    last_named[key] = max(last_named.get(key, 0), number)
                if verb in ("undo", "redo", *besides):
                    continue
                last_any[key] = max(last_any.get(key, 0), number)
    return {uid for uid, number in last_named.items() if last_any.get(uid, 0) > number}


def created_with(db: Database, kind: str, key: str) -> list[str]:
    """The items (uids) created by the operation that created this row (a crisis, say)."""
    with db.reading() as session:
        operation = session.scalar(
            select(func.max(HistoryEntry.operation)).where(
                HistoryEntry.subject_kind == kind,
                HistoryEntry.subject_key == key,
                HistoryEntry.action == "created",
            )
        )
        if operation is None:
            return []
        found = session.scalars(
            select(HistoryEntry.subject_key)
            .where(
                HistoryEntry.operation == operation,
                HistoryEntry.subject_kind == ITEM,
                HistoryEntry.action == "created",
            )
            .distinct()
        )
        return sorted(found)


def item_history(db: Database, uid: str) -> list[Change]:
    """Every recorded change of one item, oldest first."""
    return subject_history(db, ITEM, uid)


def subject_history(db: Database, kind: str, key: str) -> list[Change]:
    """Every recorded change of one item, setting or list entry, oldest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.subject_kind == kind, HistoryEntry.subject_key == str(key))
            .order_by(HistoryEntry.id)
        )
        return [Change(r.at, r.who, r.action, r.field, r.old, r.new) for r in rows]
