"""Crisis mode's writes. Starting a crisis applies its plan; ending it re-plans what it held.
Each is one operation of the unit of work: one transaction, one undo step that puts every item
back as it was, and the crisis' record (`moves`: what moved from where to where, what was held
or cancelled, and why) kept in the workspace for the handover.

A held or cancelled item keeps its place: its status says so (`held`, `cancelled`); a date of a
series gets it in its own override, so the series itself is never changed. What the status was
before is in the record, and comes back when the crisis ends (an approved item with sensitive
words comes back in review, so someone reads it again first).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ngo_calendar.store import Database
from ngo_calendar.store.models import Crisis as CrisisRow
from ngo_calendar.store.models import Item, ItemOverride

from ..items.edit import new_item, set_start
from ..items.series import has_own_content, move_one, own_override
from ..model.domain import AllDay, InputError, ItemDraft, Status, Timed
from ..model.reasons import reason
from ..model.timing import start_key, utc_to_local
from ..workspace import zone_of
from ..write import unit_of_work
from ..write.changes import Changes
from ..write.history import changed_since, created_with, now_utc
from .plan import CANCEL, HOLD, KEEP, LATER, SHIFT, Row
from .propose import PLANNED, Proposal, check_crisis
from .record import CrisisInfo, active, active_in

START_LABEL, END_LABEL, CANCEL_LABEL = "crisis start", "crisis end", "crisis cancel"
# A row whose item comes back after the crisis (shifted, or re-planned at its end).
COMING_BACK = (SHIFT,)


class PlanOutdated(InputError):
    """A row of the plan no longer matches the workspace (another program changed it)."""


def start(
    db: Database,
    proposal: Proposal,
    who: str | None = None,
    messages: Sequence[ItemDraft] = (),
) -> Changes:
    """Declare the crisis and apply its plan, in one operation, with the crisis messages
    (core/crisis/messages.py) made at the top of it; refused (nothing written) when a crisis
    is already active or an item changed since the plan was made."""
    crisis = check_crisis(proposal.crisis)
    with unit_of_work.write(db, START_LABEL, who) as uow:
        s = uow.session
        current = active_in(s)
        if current is not None:
            raise InputError(
                "crisis",
                crisis.name,
                reason("crisis_input.active", name=current.name),
            )
        tz = zone_of(s)
        moves = _apply(s, proposal.rows, tz, "start", (*PLANNED,))
        for message in messages:
            s.add(new_item(s, message))
        s.add(
            CrisisRow(
                name=crisis.name,
                starts_at=crisis.start,
                expected_end=crisis.end,
                channels=json.dumps(sorted(crisis.channels), ensure_ascii=False),
                horizon_days=crisis.horizon_days,
                declared_by=uow.who,
                declared_at=now_utc(),
                moves=json.dumps(moves, ensure_ascii=False),
            )
        )
    return uow.changes


def end(
    db: Database, proposal: Proposal, at: datetime, crisis_id: int, who: str | None = None
) -> Changes:
    """End the active crisis at `at` and apply the re-plan of what it held and the items it
    shifted put back on their original dates (from core/crisis/end.py), in one operation."""
    with unit_of_work.write(db, END_LABEL, who) as uow:
        s = uow.session
        current = active_in(s)
        if current is None or current.id != crisis_id:
            why = reason("crisis_input.no_longer_active")
            raise PlanOutdated("crisis", proposal.crisis.name, why)
        if at <= current.start:
            raise InputError("--at", at.isoformat(), reason("crisis_input.end_after_crisis"))
        row = s.get(CrisisRow, crisis_id)
        assert row is not None
        moves = _apply(s, proposal.rows, zone_of(s), "end", (Status.HELD.value,), current)
        row.ended_at, row.ended_by = at, uow.who
        row.moves = json.dumps(json.loads(row.moves) + moves, ensure_ascii=False)
    return uow.changes


def _apply(
    s: Session,
    rows: Sequence[Row],
    tz: ZoneInfo,
    phase: str,
    expected: tuple[str, ...],
    crisis: CrisisInfo | None = None,
) -> list[dict[str, Any]]:
    ids = sorted({r.item.item_id for r in rows if _acts(r) or phase == "end"})
    items: dict[int, Item] = {}
    query = select(Item).options(selectinload(Item.overrides).selectinload(ItemOverride.channels))
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        items.update({i.id: i for i in s.scalars(query.where(Item.id.in_(chunk)))})
    held_before = crisis.held_status() if crisis is not None else {}
    shifted = crisis.shifted() if crisis is not None else set()
    moves: list[dict[str, Any]] = []
    for row in rows:
        planned = row.item
        item = items.get(planned.item_id)
        back = phase == "end" and (planned.uid, planned.occurrence) in shifted
        if (phase == "start" and not _acts(row)) or (back and row.action == KEEP):
            continue  # nothing happens to it: not in the record (a crisis may keep thousands)
        if item is None:
            why = reason("crisis_input.gone", title=planned.title)
            raise PlanOutdated("item", planned.item_id, why)
        key = planned.occurrence
        owner: Item | ItemOverride = item if key is None else own_override(item, key, tz)
        status = owner.status or item.status
        where = owner.start_utc or owner.start_date  # an override always has its start
        # What the crisis shifted is planned again (a draft, in review, approved) at its end.
        if status not in (PLANNED if back else expected) or where != (planned.start or planned.day):
            why = reason("crisis_input.changed", title=planned.title)
            raise PlanOutdated("item", planned.item_id, why)
        was = owner.status
        if phase == "end" and not back:
            was = held_before.get((item.uid, key), Status.DRAFT.value)
        if row.action == HOLD:
            owner.status = Status.HELD.value
        elif row.action == CANCEL:
            owner.status = Status.CANCELLED.value
        else:
            if phase == "end" and not back:
                owner.status = was
            if row.action == SHIFT:
                _put(item, key, row.after, tz)
            if row.sensitive and (owner.status or item.status) == Status.APPROVED.value:
                owner.status = Status.IN_REVIEW.value
        if key is not None:
            _tidy(item, key)
        moves.append(_move(row, item.uid, was, phase, tz))
    return moves


def _acts(row: Row) -> bool:
    """Whether applying the row changes its item: all but what stays as it is (an approved
    item after the window with sensitive words goes back to review)."""
    return row.action != KEEP or row.reason == LATER


def _tidy(item: Item, key: str) -> None:
    """A date of a series back on its own slot with nothing of its own needs no override."""
    own = next((o for o in item.overrides if o.key == key), None)
    if own is not None and not has_own_content(own) and start_key_of(own) == key:
        item.overrides = [o for o in item.overrides if o is not own]


def start_key_of(own: ItemOverride) -> str | None:
    where = own.start_utc or own.start_date
    return None if where is None else start_key(where)


def _put(item: Item, key: str | None, after: datetime | date | None, tz: ZoneInfo) -> None:
    if after is None:
        raise InputError("after", None, reason("crisis_input.needs_date", title=item.title))
    if isinstance(after, datetime):
        start: Timed | AllDay = Timed(utc_to_local(after, tz))
    else:
        start = AllDay(after)
    if key is None:
        set_start(item, start, tz)
    else:
        move_one(item, key, start, tz)


def _move(row: Row, uid: str | None, was: str | None, phase: str, tz: ZoneInfo) -> dict[str, Any]:
    def moment(value: datetime | date | None) -> str | None:
        if isinstance(value, datetime):
            return value.astimezone(tz).isoformat(timespec="minutes")
        return None if value is None else value.isoformat()

    return {
        "phase": phase,
        "uid": uid,
        "id": row.item.item_id,
        "occurrence": row.item.occurrence,
        "title": row.item.title,
        "channels": list(row.item.channels),
        "action": row.action,
        "reason": row.reason,
        "why": row.why.as_json(),
        "before": moment(row.before),
        "after": moment(row.after),
        "status": was,
        "sensitive": list(row.sensitive),
    }


def undo_last(db: Database, who: str | None = None) -> Changes:
    """Undo the start or the end of a crisis, when it is the last change; refused otherwise
    (undoing it then would take the later changes with it, or overwrite them)."""
    from ..write import undo

    top = undo.state(db)
    if top.undo_label not in (START_LABEL, END_LABEL, CANCEL_LABEL):
        raise InputError(
            "crisis undo",
            top.undo_label or "nothing",
            reason("crisis_input.not_last"),
        )
    return undo.undo(db, who, expected=top.undo_id)


def cancel(db: Database, at: datetime, crisis_id: int, who: str | None = None) -> Changes:
    """Cancel the active crisis when it has not begun at `at`, in one operation (one undo
    step): like an undo of its start, with what was done since kept. Every item it held,
    cancelled, shifted or sent back to review is as it was before (its status, its date), the
    crisis messages made with it are dropped, and the crisis is no more; an item changed since
    (by hand, by another program) is left as it is. Refused once it has begun (end it then)."""
    current = active(db)
    if current is None or current.id != crisis_id:
        raise PlanOutdated("crisis", crisis_id, reason("crisis_input.no_longer_active"))
    if at >= current.start:
        raise InputError("crisis", current.name, reason("crisis_input.begun"))
    moves = [m for m in current.moves if m["phase"] == "start" and m["uid"]]
    uids = sorted({m["uid"] for m in moves})
    touched = changed_since(db, uids, START_LABEL, (CANCEL_LABEL,))
    made = created_with(db, "crisis", str(crisis_id))
    made = sorted(set(made) - changed_since(db, made, "created", (CANCEL_LABEL,)))
    with unit_of_work.write(db, CANCEL_LABEL, who) as uow:
        s = uow.session
        now = active_in(s)
        if now is None or now.id != crisis_id:
            raise PlanOutdated("crisis", crisis_id, reason("crisis_input.no_longer_active"))
        tz = zone_of(s)
        query = select(Item).options(
            selectinload(Item.overrides).selectinload(ItemOverride.channels)
        )
        items: dict[str, Item] = {}
        wanted = [u for u in uids if u not in touched] + made
        for first in range(0, len(wanted), 500):
            chunk = wanted[first : first + 500]
            items.update({i.uid: i for i in s.scalars(query.where(Item.uid.in_(chunk)))})
        for move in moves:
            item = items.get(move["uid"])
            if item is None or move["uid"] in touched:
                continue  # gone, or changed since: left as it is
            _put_back(item, move, tz)
        for uid in made:
            if uid in items:
                s.delete(items[uid])
        row = s.get(CrisisRow, crisis_id)
        assert row is not None
        s.delete(row)
    return uow.changes


def _put_back(item: Item, move: dict[str, Any], tz: ZoneInfo) -> None:
    """An item as it was before the crisis' start changed it (its record says how)."""
    key = move["occurrence"]
    owner: Item | ItemOverride = item if key is None else own_override(item, key, tz)
    if move["action"] == SHIFT and (owner.start_utc or owner.start_date) == _moment(move["after"]):
        _put(item, key, _moment(move["before"]), tz)
    if key is None:
        item.status = move["status"] or item.status
    else:
        owner.status = move["status"]
    if key is not None:
        _tidy(item, key)


def _moment(text: str | None) -> datetime | date | None:
    if not text:
        return None
    if "T" in text:
        return datetime.fromisoformat(text)
    return date.fromisoformat(text)


def add_messages(db: Database, drafts: Sequence[ItemDraft], who: str | None = None) -> Changes:
    """Crisis messages made from templates while a crisis lasts, in one operation."""
    with unit_of_work.write(db, "crisis message", who) as uow:
        for draft in drafts:
            uow.session.add(new_item(uow.session, draft))
    return uow.changes
