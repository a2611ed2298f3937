"""Reads, and which operation is under way. Importing this loads no ORM: the window's start
reads only through `plain_reading` (a fifth of its time went to importing SQLAlchemy's ORM and
declaring the models, which a first screen does not need).

Inside an operation under way in this thread (core.unit_of_work), both give the operation's
own session, so that a read sees what the operation wrote so far.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ngo_calendar.store import Database

    from .unit_of_work import UnitOfWork

# The operation under way in this thread, if any: services called inside it join it.
current: ContextVar[UnitOfWork | None] = ContextVar("ngo_calendar_unit_of_work", default=None)


def _operation_session(db: Database) -> Session | None:
    outer = current.get()
    return outer.session if outer is not None and outer.db is db else None


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A read that may load ORM objects: the operation's session, or a read transaction."""
    session = _operation_session(db)
    if session is not None:
        yield session
        return
    with db.reading() as session:
        yield session


@contextmanager
def plain_reading(db: Database) -> Iterator[Any]:
    """A read of plain columns only (`store.columns`), with `execute`, `scalar`, `scalars`
    and `connection()` as a session has them: the operation's session, or a read
    transaction on a connection, with no ORM."""
    session = _operation_session(db)
    if session is not None:
        yield session
        return
    with db.plain_reading() as read:
        yield read


def operations_since(db: Database, after: int) -> list[int]:
    """The numbers of the operations recorded after operation `after`, oldest first (plain
    columns, no ORM: the window's store watch asks every time the data version moves)."""
    from sqlalchemy import select

    from ngo_calendar.store.columns import HistoryEntry

    query = (
        select(HistoryEntry.operation)
        .where(HistoryEntry.operation > after)
        .distinct()
        .order_by(HistoryEntry.operation)
    )
    with plain_reading(db) as read:
        return [int(n) for n in read.execute(query).scalars()]


def last_operation(db: Database) -> int:
    """The number of the newest recorded operation (0 when none)."""
    from sqlalchemy import func, select

    from ngo_calendar.store.columns import HistoryEntry

    with plain_reading(db) as read:
        return int(read.execute(select(func.max(HistoryEntry.operation))).scalar() or 0)
