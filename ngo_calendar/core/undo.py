"""One undo stack in the store, shared by the window and the command line.

Every item write records the snapshots of the items it touched, before and after. Undo writes
the `before` side back, redo the `after` side; both record history and raise the revision, so
other calendars see a newer SEQUENCE rather than an old one coming back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import Item, UndoEntry

from . import history, snapshot, workspace_state
from .changes import Changes
from .workspace_state import WorkspaceState

Snapshots = dict[int, snapshot.Snapshot | None]
MAX_ENTRIES = 200  # older entries are dropped; history keeps the full record anyway


class NothingToUndo(LookupError):
    pass


def _encode(items: Snapshots, workspace: WorkspaceState | None) -> str:
    # Entries that touch only items are a flat {item id: snapshot}; a settings change also
    # carries the whole workspace state under "workspace" (not a digit, so never an item id).
    data: dict[str, object] = {str(k): v for k, v in items.items()}
    if workspace is not None:
        data = {"items": data, "workspace": workspace}
    return json.dumps(data)


def _decode(text: str) -> tuple[dict[str, snapshot.Snapshot | None], WorkspaceState | None]:
    data = json.loads(text)
    if "workspace" in data:
        return data["items"], data["workspace"]
    return data, None


def push(
    session: Session,
    label: str,
    who: str,
    before: Snapshots,
    after: Snapshots,
    workspace_before: WorkspaceState | None = None,
    workspace_after: WorkspaceState | None = None,
) -> None:
    """Record an operation; a new operation makes the undone ones unreachable, as in editors."""
    session.execute(delete(UndoEntry).where(UndoEntry.state == "undone"))
    session.add(
        UndoEntry(
            label=label,
            at=history.now_utc(),
            who=who,
            state="done",
            before_json=_encode(before, workspace_before),
            after_json=_encode(after, workspace_after),
        )
    )
    session.flush()
    excess = session.scalars(
        select(UndoEntry.id).order_by(UndoEntry.id.desc()).offset(MAX_ENTRIES)
    ).all()
    if excess:
        session.execute(delete(UndoEntry).where(UndoEntry.id.in_(excess)))


@dataclass(frozen=True)
class StackState:
    undo_label: str | None
    redo_label: str | None


def state(db: Database) -> StackState:
    with db.reading() as s:
        return StackState(_label(s, "done"), _label(s, "undone"))


def _label(session: Session, wanted: str) -> str | None:
    entry = _top(session, wanted)
    return entry.label if entry else None


def _top(session: Session, wanted: str) -> UndoEntry | None:
    order = UndoEntry.id.desc() if wanted == "done" else UndoEntry.id.asc()
    return session.scalars(
        select(UndoEntry).where(UndoEntry.state == wanted).order_by(order)
    ).first()


def undo(db: Database, who: str | None = None) -> Changes:
    return _apply(db, "done", who or history.current_user())


def redo(db: Database, who: str | None = None) -> Changes:
    return _apply(db, "undone", who or history.current_user())


def _apply(db: Database, wanted: str, who: str) -> Changes:
    action = "undo" if wanted == "done" else "redo"
    with db.transaction() as s:
        entry = _top(s, wanted)
        if entry is None:
            raise NothingToUndo(f"nothing to {action}")
        before, workspace_before = _decode(entry.before_json)
        after, workspace_after = _decode(entry.after_json)
        target, other = (before, after) if wanted == "done" else (after, before)
        workspace_target = workspace_before if wanted == "done" else workspace_after
        if workspace_target is not None:
            # Lists first: the items restored next point to these channels and campaigns.
            workspace_state.restore(s, workspace_target)
        created, updated, deleted = set(), set(), set()
        for key, snap in target.items():
            # Items are found by uid: their id may have gone to another item since.
            uid = (snap or other.get(key) or {}).get("uid")
            current = s.scalar(select(Item).where(Item.uid == uid)) if uid else None
            current_snap = snapshot.take(current) if current else None
            revision = (current.revision if current else (snap or {}).get("revision", 0)) + 1
            if snap is None:
                if current is not None:
                    deleted.add(current.id)
                    s.delete(current)
            else:
                restored = snapshot.restore(s, snap, revision)
                s.flush()
                (updated if current else created).add(restored.id)
                snap = snapshot.take(restored)
            history.record(s, current_snap, snap, action, who)
        entry.state = "undone" if wanted == "done" else "done"
        label = entry.label
    return Changes(
        label=f"{action}: {label}",
        created=frozenset(created),
        updated=frozenset(updated),
        deleted=frozenset(deleted),
        workspace=workspace_target is not None,
    )
