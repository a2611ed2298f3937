"""The one write path: every user action is one unit of work.

    with unit_of_work.write(db, "edit") as uow:
        item = uow.session.get(Item, item_id)
        item.title = "…"
    changes = uow.changes

Inside, an operation changes rows through ORM objects however it found them. Before each flush
the unit of work notes which rows are about to change (items with everything hanging off them,
settings and list entries, and the items a deleted list entry is cleared from by the database)
and reads, with plain SQL, each one's state before its first change. At the end it reads them
again, drops what did not really change, raises each changed item's revision once, writes one
history entry per changed field, pushes one undo step holding exactly those rows before and
after, and commits; the caller gets a change set keyed by uids. A refusal (an exception) rolls
everything back: nothing is written, not even history.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import BindParameter, bindparam, event, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from ngo_calendar.store import Database
from ngo_calendar.store.models import (
    Attachment,
    Item,
    ItemAudience,
    ItemChannel,
    ItemComment,
    ItemExdate,
    ItemOverride,
    ItemTag,
    OverrideChannel,
)

from . import history, hooks, operations, records, undo_stack
from .changes import Changes
from .insert import NewItem, insert_new
from .reading import current, reading  # noqa: F401 - reading: re-exported
from .records import ITEM, KIND_OF, Record

_ACTIVE = "ngo_calendar.unit_of_work"
# The operation under way in this thread, if any (kept where reads find it without the ORM).
_current = current
ITEM_PARTS = (ItemChannel, ItemAudience, ItemTag, Attachment, ItemExdate, ItemOverride, ItemComment)
TRACKED = (Item, OverrideChannel, *ITEM_PARTS, *KIND_OF)


class UnitOfWork:
    """What one operation touched; see the module's description."""

    def __init__(
        self, db: Database, session: Session, label: str, who: str, undoable: bool
    ) -> None:
        self.db = db
        self.session = session
        self.label = label
        self.who = who
        self.undoable = undoable
        # The action history records: the label, unless set (undo and redo say "undo"/"redo").
        self.history_action: str | None = None
        self.changes = Changes(label=label)
        self._item_before: dict[int, Record | None] = {}
        self._new_items: list[Item] = []
        self._row_before: dict[tuple[str, Any], Record | None] = {}
        self._new_rows: list[Any] = []
        self._seen_new: set[int] = set()  # id() of the new objects above (they stay alive)
        self._inserted: list[tuple[str, int]] = []  # (uid, id) of items made by insert_items

    # -- many new items at once --------------------------------------------------------------
    def insert_items(self, new: list[NewItem]) -> dict[str, int]:
        """Create items as plain rows (core/write/insert.py), recorded like those created
        through ORM objects; their ids by uid."""
        self.session.flush()
        ids = insert_new(self.session.connection(), new)
        for uid, item_id in ids.items():
            self._item_before[item_id] = None
            self._inserted.append((uid, item_id))
        return ids

    # -- noting what is about to change (before every flush) ---------------------------------
    def note(self, session: Session) -> None:
        item_ids: set[int] = set()
        row_keys: set[tuple[str, Any]] = set()
        for obj in session.new:
            if isinstance(obj, Item) or type(obj) in KIND_OF:
                if id(obj) not in self._seen_new:
                    self._seen_new.add(id(obj))
                    (self._new_items if isinstance(obj, Item) else self._new_rows).append(obj)
            elif isinstance(obj, ITEM_PARTS + (OverrideChannel,)) and obj.item_id is not None:
                item_ids.add(obj.item_id)  # a part added to a stored item
        for obj in list(session.dirty) + list(session.deleted):
            if isinstance(obj, Item):
                if obj.id is not None:
                    item_ids.add(obj.id)
            elif isinstance(obj, ITEM_PARTS + (OverrideChannel,)):
                item_ids.add(obj.item_id)
            elif type(obj) in KIND_OF:
                kind = KIND_OF[type(obj)]
                row_keys.add((kind, records.row_key(kind, obj)))
                if obj in session.deleted:
                    item_ids |= self._users_of(kind, obj)
        # Rows this operation created (flushed earlier, changed again since) have no "before".
        item_ids -= {o.id for o in self._new_items if o.id is not None}
        row_keys -= {
            (KIND_OF[type(o)], records.row_key(KIND_OF[type(o)], o)) for o in self._new_rows
        }
        conn = session.connection()
        missing = [i for i in item_ids if i not in self._item_before]
        if missing:
            found = records.read_items(conn, missing)
            for item_id in missing:
                self._item_before[item_id] = found.get(item_id)
        for kind in {k for k, _ in row_keys}:
            keys = [key for k, key in row_keys if k == kind and (k, key) not in self._row_before]
            found_rows = records.read_rows(conn, kind, keys)
            for key in keys:
                self._row_before[(kind, key)] = found_rows.get(key)

    def _users_of(self, kind: str, row: Any) -> set[int]:
        """Items the database itself changes when this list entry goes (ON DELETE)."""
        conn = self.session.connection()
        if kind == "channel":
            links = select(ItemChannel.item_id).where(ItemChannel.channel_id == row.id)
            own = select(OverrideChannel.item_id).where(OverrideChannel.channel_id == row.id)
            return set(conn.scalars(links)) | set(conn.scalars(own))
        if kind == "campaign":
            return set(conn.scalars(select(Item.id).where(Item.campaign_id == row.id)))
        if kind == "objective":
            return set(conn.scalars(select(Item.id).where(Item.objective_id == row.id)))
        if kind == "audience":
            query = select(ItemAudience.item_id).where(ItemAudience.audience_id == row.id)
            return set(conn.scalars(query))
        return set()

    # -- what the operation touched ----------------------------------------------------------
    def touched(self) -> Iterator[tuple[str, Any, Record | None]]:
        """(kind, key, record before) of every row written so far: items by uid, rows by key."""
        self.session.flush()
        for before in self._item_before.values():
            if before is not None:
                yield ITEM, before["uid"], before
        for obj in self._new_items:
            yield ITEM, obj.uid, None
        for uid, _ in self._inserted:
            yield ITEM, uid, None
        for (kind, key), before in self._row_before.items():
            yield kind, key, before
        for obj in self._new_rows:
            kind = KIND_OF[type(obj)]
            if (kind, records.row_key(kind, obj)) not in self._row_before:
                yield kind, records.row_key(kind, obj), None

    # -- finishing -----------------------------------------------------------------------------
    def finish(self) -> None:
        session = self.session
        session.flush()
        conn = session.connection()
        for obj in self._new_items:
            self._item_before.setdefault(obj.id, None)
        for obj in self._new_rows:
            kind = KIND_OF[type(obj)]
            self._row_before.setdefault((kind, records.row_key(kind, obj)), None)
        after_items = records.read_items(conn, list(self._item_before))
        found: list[dict[str, Any]] = []
        bumps: list[dict[str, Any]] = []
        amended: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        now = history.now_utc()
        for item_id, before in self._item_before.items():
            after = after_items.get(item_id)
            if (before is None and after is None) or (
                before is not None and after is not None and records.same(before, after)
            ):
                continue  # saving what is already there is no change
            if before is not None and after is not None:
                # The features' rules (core/write/hooks.py; review: an approved item whose text
                # or date changed goes back to review). Undo and redo put back what was.
                extra = hooks.amend_item(conn, before, after) if self.undoable else {}
                if extra:
                    after = {**after, **extra}
                    amended.setdefault(tuple(sorted(extra)), []).append({"_id": item_id, **extra})
                after = {**after, "revision": before["revision"] + 1, "updated_at": now.isoformat()}
                bumps.append({"_id": item_id, "rev": after["revision"], "now": now})
            key = (after or before or {})["uid"]
            found.append({"kind": ITEM, "key": key, "before": before, "after": after})
        if bumps:
            # Once per operation, however many flushes it took: SEQUENCE for other calendars.
            table = Item.__table__
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(revision=bindparam("rev"), updated_at=bindparam("now"))
            )
            conn.execute(statement, bumps)
        for fields, rows in amended.items():
            table = Item.__table__
            values: dict[str, BindParameter[Any]] = {f: bindparam(f) for f in fields}
            conn.execute(update(table).where(table.c.id == bindparam("_id")).values(values), rows)
        for kind in {k for k, _ in self._row_before}:
            keys = [key for k, key in self._row_before if k == kind]
            after_rows = records.read_rows(conn, kind, keys)
            for key in keys:
                before, after = self._row_before[(kind, key)], after_rows.get(key)
                if not records.same(before, after):
                    found.append({"kind": kind, "key": key, "before": before, "after": after})
        if not found:
            return
        # Rows first, in creation order, then items: how history and undo read best.
        order = list(records.ROW_MODELS) + [ITEM]
        found.sort(key=lambda r: (order.index(r["kind"]), str(r["key"])))
        operation = history.record_operation(
            session, found, self.history_action or self.label, self.who, now
        )
        if self.undoable:
            undo_stack.push(session, self.label, self.who, operation, found)
        self.changes = _change_set(self.label, found, after_items, operation)


def _change_set(
    label: str, found: list[dict[str, Any]], after: dict[int, Record], operation: int
) -> Changes:
    created, updated, deleted, kinds = set(), set(), set(), set()
    for record in found:
        if record["kind"] != ITEM:
            kinds.add(records.PLURAL[record["kind"]])
        elif record["before"] is None:
            created.add(record["key"])
        elif record["after"] is None:
            deleted.add(record["key"])
        else:
            updated.add(record["key"])
    ids = {r["uid"]: item_id for item_id, r in after.items()}
    return Changes(
        label=label,
        created=frozenset(created),
        updated=frozenset(updated),
        deleted=frozenset(deleted),
        workspace=frozenset(kinds),
        ids={uid: ids[uid] for uid in created | updated if uid in ids},
        operation=operation,
        areas=_areas(found),
    )


def _areas(found: list[dict[str, Any]]) -> frozenset[str]:
    """The areas of changes.AREAS that the records touch (an item counts on either side)."""
    areas = {"publication"} if found else set()
    for record in found:
        kind = record["kind"]
        if kind != ITEM:
            areas.add({"setting": "settings", "crisis": "crisis"}.get(kind, "lists"))
            continue
        sides = [r for r in (record["before"], record["after"]) if r is not None]
        for side in sides:
            dated = side.get("start_utc") is not None or side.get("start_date") is not None
            areas.add("items" if dated else "ideas")
            status = side.get("status")
            if status == "in_review":
                areas.add("review")
            own = [set(map(str, date)) for date in side.get("overrides") or []]
            if any("in_review" in date for date in own):
                areas.add("review")  # one date of a series waits in the queue
            if status == "held" or any("held" in date for date in own):
                areas.add("crisis")
        if len({side.get("status") for side in sides}) > 1:
            areas.add("review")  # a status that changed may enter or leave the queue
        if len({repr(side.get("comments")) for side in sides}) > 1:
            areas.add("review")  # the review thread
    return frozenset(areas)


class Joined:
    """A service called inside another operation: it writes into that operation (one
    transaction, one history operation, one undo step) and reports what it added itself."""

    def __init__(self, outer: UnitOfWork) -> None:
        self.outer = outer
        self.session = outer.session
        # One operation, one person: its history names the outer operation's.
        self.who = outer.who
        self.changes = Changes(label=outer.label)
        self._new_from = len(outer._new_items)
        self._inserted_from = len(outer._inserted)
        self._known = set(outer._item_before)

    def insert_items(self, new: list[NewItem]) -> dict[str, int]:
        return self.outer.insert_items(new)

    def close(self) -> None:
        self.session.flush()
        new = {i.uid: i.id for i in self.outer._new_items[self._new_from :]}
        new.update(self.outer._inserted[self._inserted_from :])
        touched = [
            r["uid"]
            for item_id, r in self.outer._item_before.items()
            if item_id not in self._known and r is not None
        ]
        self.changes = Changes(
            label=self.outer.label,
            created=frozenset(new),
            updated=frozenset(touched),
            ids=new,
        )


# What a service writes through: its own unit of work, or the one it joined.
Operation = UnitOfWork | Joined


@contextmanager
def write(
    db: Database, label: str, who: str | None = None, undoable: bool = True
) -> Iterator[Operation]:
    """One user action: one write transaction, its history, one undo step, one change set.

    Called while another operation on the same workspace is under way in this thread (a demo
    load, an import made of several services), it joins that operation instead.
    """
    assert operations.known(label), f"an operation without a name in core/write/operations: {label}"
    outer = _current.get()
    if outer is not None and outer.db is db:
        joined = Joined(outer)
        yield joined
        joined.close()
        return
    with db.transaction() as session:
        uow = UnitOfWork(db, session, label, who or history.current_user(), undoable)
        session.info[_ACTIVE] = uow
        token = _current.set(uow)
        try:
            yield uow
            uow.finish()
        finally:
            _current.reset(token)
            session.info.pop(_ACTIVE, None)
    _after_commit(db, uow.changes)


def _after_commit(db: Database, changes: Changes) -> None:
    """The hooks (core/write/hooks.py: the published folder). Never a reason to fail a write that
    is saved: a hook's failure is logged, and the hook records it where the person sees it."""
    from .hooks import AFTER_COMMIT

    for hook in AFTER_COMMIT:
        try:
            hook(db, changes)
        except Exception:  # noqa: BLE001 - the change is committed; say it, go on
            import logging

            logging.getLogger(__name__).exception("after-commit hook %r failed", hook)


@event.listens_for(Session, "before_flush")
def _note_before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    uow = session.info.get(_ACTIVE)
    if uow is not None:
        uow.note(session)


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_statements(state: ORMExecuteState) -> None:
    # An UPDATE or DELETE statement on tracked tables would change rows the unit of work never
    # sees (no history, no undo): operations change rows through ORM objects instead.
    bulk = state.is_update or state.is_delete
    if (
        _ACTIVE in state.session.info
        and bulk
        and any(m.class_ in TRACKED for m in state.all_mappers)
    ):
        raise RuntimeError("bulk UPDATE/DELETE inside a unit of work: change ORM objects")


__all__ = ["Joined", "UnitOfWork", "reading", "write"]
