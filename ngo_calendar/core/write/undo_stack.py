"""The undo stack as stored: one entry per undoable operation, shared by every program that
opens the workspace (the window, the command line, a second window)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, LargeBinary, cast, delete, select, update

from ngo_calendar.store import Database, columns, tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


@dataclass(frozen=True)
class Entry:
    """The entry undo or redo takes: its id, its label, and its records as stored (bytes, not
    yet read: see record_check)."""

    id: int
    label: str
    stored: bytes | str


def _raw(session: Session | Connection, column: Any) -> Any:
    """A text column read as it is stored: SQLite hands back bytes that are not UTF-8 (a
    damaged page, a hand edit) only as a blob; as text, reading them is an error."""
    bind = session if isinstance(session, Connection) else session.get_bind()
    dialect = bind.dialect
    return cast(column, LargeBinary) if dialect.name == "sqlite" else column


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def top(session: Session, wanted: str) -> Entry | None:
    """The entry undo ("done") or redo ("undone") would take next."""
    entry = columns.UndoEntry
    order = entry.id.desc() if wanted == "done" else entry.id.asc()
    found = session.execute(
        select(entry.id, _raw(session, entry.label), _raw(session, entry.records_json))
        .where(entry.state == wanted)
        .order_by(order)
        .limit(1)
    ).first()
    return None if found is None else Entry(found[0], _text(found[1]), found[2])


def records_of(entry: Entry) -> list[dict[str, Any]]:
    """The entry's records, checked (record_check.Damaged when they are not as written)."""
    from . import record_check  # undo and redo only: it reads the ORM's tables

    return record_check.records(entry.stored)


def mark(session: Session, entry: Entry, new_state: str) -> None:
    table = tables.undo_stack
    session.execute(update(table).where(table.c.id == entry.id).values(state=new_state))


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
        label = _raw(s.connection(), entry.label)
        found = s.execute(
            select(entry.id, label).where(entry.state == wanted).order_by(order).limit(1)
        ).first()
        return (found[0], _text(found[1])) if found else (None, None)

    with db.plain_reading() as s:
        (done_id, done), (undone_id, undone) = top_of("done"), top_of("undone")
        return StackState(done, undone, done_id, undone_id)
