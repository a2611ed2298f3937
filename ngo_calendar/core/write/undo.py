"""Undo and redo: put back exactly the rows one operation touched, or refuse.

An entry holds each row the operation touched, before and after. Undo writes the `before` side
back, redo the `after` side, as one operation of the unit of work (history, a new revision, a
change set). Each row must still be as the operation left it (as the undo left it, for a redo):
if anything changed it since, or putting it back would change a row the entry does not hold,
nothing is written and the refusal says what is in the way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError

from ngo_calendar.store import Database

from ..model.domain import NothingToUndo, StackMoved, UndoConflict
from ..model.reasons import reason
from . import record_apply, record_check, records, undo_stack, unit_of_work
from .changes import Changes
from .records import ITEM, ROW_MODELS
from .undo_stack import StackState, state

__all__ = ["NothingToUndo", "StackMoved", "StackState", "UndoConflict", "redo", "state", "undo"]


def undo(db: Database, who: str | None = None, expected: int | None = None) -> Changes:
    """Undo the newest operation; with `expected`, only if it is still the entry of that id."""
    return _apply(db, "done", who, expected)


def redo(db: Database, who: str | None = None, expected: int | None = None) -> Changes:
    return _apply(db, "undone", who, expected)


# The refusals of undo and redo, by action (core/model/reasons.py words them).
NOTHING = {"undo": "undo.nothing.undo", "redo": "undo.nothing.redo"}
OVERWRITE = {"undo": "undo.overwrite.undo", "redo": "undo.overwrite.redo"}
OUTSIDE = {"undo": "undo.outside.undo", "redo": "undo.outside.redo"}
CONFLICT = {"undo": "undo.conflict.undo", "redo": "undo.conflict.redo"}
DAMAGED = {"undo": "undo.damaged.undo", "redo": "undo.damaged.redo"}


def _apply(db: Database, wanted: str, who: str | None, expected: int | None) -> Changes:
    action = "undo" if wanted == "done" else "redo"
    with unit_of_work.write(db, action, who, undoable=False) as uow:
        # An undo is an operation of its own: it renames it and reads what it touched.
        assert isinstance(uow, unit_of_work.UnitOfWork), "undo inside another operation"
        session = uow.session
        entry = undo_stack.top(session, wanted)
        if entry is None:
            raise NothingToUndo(reason(NOTHING[action]))
        if expected is not None and entry.id != expected:
            raise StackMoved(action, entry.label)
        uow.label = f"{action}: {entry.label}"
        uow.history_action = action
        try:
            found = undo_stack.records_of(entry)
        except record_check.Damaged:
            raise UndoConflict(reason(DAMAGED[action], label=entry.label)) from None
        side = "before" if action == "undo" else "after"
        now_side = "after" if action == "undo" else "before"
        current = _current(session, found)
        _refuse_later_changes(current, found, now_side, action, entry.label)
        try:
            _put_back(session, found, side, current)
        except IntegrityError as exc:
            why = reason(OVERWRITE[action], label=entry.label, error=exc.orig)
            raise UndoConflict(why) from None
        outside = _touched_outside(uow, found)
        if outside:
            names = ", ".join(sorted(str(name) for name in outside))
            raise UndoConflict(reason(OUTSIDE[action], label=entry.label, names=names))
        undo_stack.mark(session, entry, "undone" if action == "undo" else "done")
    return uow.changes


def _current(session: Any, found: list[dict[str, Any]]) -> dict[tuple[str, Any], Any]:
    conn = session.connection()
    current: dict[tuple[str, Any], Any] = {}
    uids = [r["key"] for r in found if r["kind"] == ITEM]
    for uid, record in records.read_items_by_uid(conn, uids).items():
        current[(ITEM, uid)] = record
    for kind in ROW_MODELS:
        keys = [r["key"] for r in found if r["kind"] == kind]
        if keys:
            for key, record in records.read_rows(conn, kind, keys).items():
                current[(kind, key)] = record
    return current


def _refuse_later_changes(
    current: dict[tuple[str, Any], Any],
    found: list[dict[str, Any]],
    now_side: str,
    action: str,
    label: str,
) -> None:
    problems = []
    for record in found:
        expected = record[now_side]
        now = current.get((record["kind"], record["key"]))
        if records.same(expected, now):
            continue
        name = records.named(record["kind"], now or expected)
        if now is None:
            problems.append(reason("undo.deleted", name=name))
        elif expected is None:
            problems.append(reason("undo.exists", name=name))
        else:
            fields = ", ".join(records.differing_fields(expected, now))
            problems.append(reason("undo.changed", name=name, fields=fields))
    if problems:
        listed = problems[-1]
        for problem in reversed(problems[:-1]):  # "first; rest", the rest likewise
            listed = reason("undo.problems", first=problem, rest=listed)
        raise UndoConflict(reason(CONFLICT[action], label=label, problems=listed))


def _put_back(
    session: Any, found: list[dict[str, Any]], side: str, current: dict[tuple[str, Any], Any]
) -> None:
    items = [r for r in found if r["kind"] == ITEM]
    rows = [r for r in found if r["kind"] != ITEM]
    order = list(ROW_MODELS)
    stored = record_apply.load_items(
        session, [r["key"] for r in items], _parts(items, side, current)
    )
    # Items that go, first; then every list entry of the entry gets a placeholder name (names
    # are unique and may move between entries); list entries that stay or come back, in
    # creation order; the items; and last the list entries that go, once no item points at
    # them any more (the database would otherwise clear them from items under our feet).
    for record in items:
        if record[side] is None:
            record_apply.put_item(session, record["key"], None, stored.get(record["key"]))
    session.flush()
    for record in rows:
        record_apply.park_name(session, record["kind"], record["key"])
    session.flush()
    kept = [r for r in rows if r[side] is not None]
    for record in sorted(kept, key=lambda r: order.index(r["kind"])):
        record_apply.put_row(session, record["kind"], record["key"], record[side])
    session.flush()
    with session.no_autoflush:  # one flush for all the items, not one per lazy read
        for record in items:
            if record[side] is not None:
                key = record["key"]
                now = current.get((ITEM, key))
                record_apply.put_item(session, key, record[side], stored.get(key), now)
    session.flush()
    for record in sorted(rows, key=lambda r: -order.index(r["kind"])):
        if record[side] is None:
            record_apply.put_row(session, record["kind"], record["key"], None)
            session.flush()


def _parts(
    items: list[dict[str, Any]], side: str, current: dict[tuple[str, Any], Any]
) -> set[str] | None:
    """The parts of the items that putting back changes; None (all) when an item goes (its
    parts go with it, loaded first)."""
    parts: set[str] = set()
    for record in items:
        target, now = record[side], current.get((ITEM, record["key"]))
        if target is None:
            return None
        if now is not None:
            parts |= {p for p in records.ITEM_PARTS if now[p] != target[p]}
    return parts


def _touched_outside(uow: unit_of_work.UnitOfWork, found: list[dict[str, Any]]) -> list[str]:
    """What the writes changed beyond the entry's rows (a database cascade, say)."""
    held = {(r["kind"], str(r["key"])) for r in found}
    return [
        str(records.named(kind, record)) if record else f"{kind} {key}"
        for kind, key, record in uow.touched()
        if (kind, str(key)) not in held
    ]
