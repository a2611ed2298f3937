"""The undo stack as stored: one entry per undoable operation, shared by every program that
opens the workspace (the window, the command line, a second window)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from ngo_calendar.store import Database, columns

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ngo_calendar.store.models import UndoEntry

MAX_ENTRIES = 200  # older entries are dropped; history keeps the full record anyway


def push(
    session: Session, label: str, who: str, operation: int, found: list[dict[str, Any]]
) -> None:
    """Record an operation; a new operation makes the undone ones unreachable, as in editors."""
    from ngo_calendar.store.models import UndoEntry  # writes only: the ORM, loaded by then

    from .history import now_utc

    session.execute(delete(UndoEntry).where(UndoEntry.state == "undone"))
    session.add(
        UndoEntry(
            label=label,
            at=now_utc(),
            who=who,
            state="done",
            operation=operation,
            records_json=json.dumps(found, ensure_ascii=False),
        )
    )
    session.flush()
    excess = session.scalars(
        select(UndoEntry.id).order_by(UndoEntry.id.desc()).offset(MAX_ENTRIES)
    ).all()
    if excess:
        session.execute(delete(UndoEntry).where(UndoEntry.id.in_(excess)))


def top(session: Session, wanted: str) -> UndoEntry | None:
    """The entry undo ("done") or redo ("undone") would take next."""
    from ngo_calendar.store.models import UndoEntry  # undo and redo only: the ORM

    order = UndoEntry.id.desc() if wanted == "done" else UndoEntry.id.asc()
    return session.scalars(
        select(UndoEntry).where(UndoEntry.state == wanted).order_by(order)
    ).first()


def records_of(entry: UndoEntry) -> list[dict[str, Any]]:
    return json.loads(entry.records_json)


@dataclass(frozen=True)
class StackState:
    """What Ctrl+Z and Ctrl+Shift+Z would do now: the entries' ids and labels."""

    undo_label: str | None
    redo_label: str | None
    undo_id: int | None = field(default=None, compare=False)
    redo_id: int | None = field(default=None, compare=False)


def state(db: Database) -> StackState:
    entry = columns.UndoEntry  # plain columns: the window reads this at start, ORM-free

    def top_of(wanted: str) -> tuple[int, str] | tuple[None, None]:
        order = entry.id.desc() if wanted == "done" else entry.id.asc()
        found = s.execute(
            select(entry.id, entry.label).where(entry.state == wanted).order_by(order).limit(1)
        ).first()
        return (found[0], found[1]) if found else (None, None)

    with db.plain_reading() as s:
        (done_id, done), (undone_id, undone) = top_of("done"), top_of("undone")
        return StackState(done, undone, done_id, undone_id)
