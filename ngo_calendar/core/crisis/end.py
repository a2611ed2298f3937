"""The end of a crisis: the held items re-planned from the end with the same rules, and,
when it ends before the dates the crisis moved items away from, those items back on their
original dates (a preview first; core/crisis/apply.py applies it, in one operation).

An item the crisis shifted goes back to its original date when that date is still ahead at
the end (`restore`, the default); one whose original date has passed keeps its shifted date,
and one changed since the crisis moved it (its date, or anything else, by hand or by another
program) is left as it is: each says why in its row."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from ..calendar import query
from ..calendar.filters import HELD, Filter
from ..model.domain import InputError, Status
from ..model.reasons import reason
from ..workspace import Database
from ..write.history import changed_since
from .apply import CANCEL_LABEL, START_LABEL
from .plan import KEEP, SHIFT, Crisis, Planned, Row, plan
from .propose import BEYOND, PLANNED, Proposal, check_crisis, planned_from, rules_of
from .record import CrisisInfo, active


def propose_end(
    db: Database, at: datetime, horizon_days: int | None = None, restore: bool = True
) -> tuple[Proposal, CrisisInfo]:
    """The re-plan of what the active crisis held, were it to end at `at`: placed before the
    horizon (`horizon_days` after `at`; by default the crisis' own), held still beyond; with
    `restore`, the rows that put shifted items back on their original dates still ahead."""
    current = active(db)
    if current is None:
        raise InputError("crisis", "end", reason("crisis_input.none_active"))
    if at <= current.start:
        why = reason("crisis_input.end_after_crisis")
        raise InputError("--at", at.isoformat(timespec="minutes"), why)
    horizon = current.horizon_days if horizon_days is None else horizon_days
    crisis = check_crisis(
        Crisis(current.name, current.start, at, frozenset(current.channels), horizon)
    )
    rules = rules_of(db)
    tz = rules.tz
    held = current.held_status()
    days = [_day(m["before"]) for m in current.moves if (m["uid"], m["occurrence"]) in held]
    waiting: list[Planned] = []
    if days:
        for occ in query.occurrences(db, min(days), max(days), Filter(statuses=(HELD,))):
            if occ.status == Status.HELD.value and (occ.uid, occ.occurrence_key) in held:
                waiting.append(planned_from(occ))
    back = restoring(db, current, at, tz) if restore else []
    going = {r.item.key for r in back if r.action == SHIFT}
    others = [
        planned_from(occ)
        for occ in query.occurrences(
            db, at.astimezone(tz).date(), (crisis.horizon + BEYOND).astimezone(tz).date()
        )
        if occ.status in PLANNED and (occ.item_id, occ.occurrence_key) not in going
    ]
    # What goes back stands on its original date: it counts there for the re-plan's slots.
    others += [_at(r.item, r.after) for r in back if r.action == SHIFT]
    return Proposal(crisis, back + plan(crisis, waiting, rules, others)), current


def restoring(db: Database, current: CrisisInfo, at: datetime, tz: ZoneInfo) -> list[Row]:
    """A row for each item the crisis shifted, still planned: back to its original date when
    it is after `at`, else kept where it is (its original date has passed); kept too when it
    was changed since the crisis moved it."""
    moves = [m for m in current.moves if m["phase"] == "start" and m["action"] == SHIFT]
    if not moves:
        return []
    uids = sorted({m["uid"] for m in moves if m["uid"]})
    now = {(o.uid, o.occurrence_key): o for o in _occurrences(db, moves, uids)}
    touched = changed_since(db, uids, START_LABEL, (CANCEL_LABEL,))
    rows: list[Row] = []
    for m in moves:
        occ = now.get((m["uid"], m["occurrence"]))
        if occ is None or occ.status not in PLANNED:
            continue  # gone, out, held or cancelled since: not the crisis' to move back
        item = planned_from(occ)
        where = item.start or item.day
        original = _moment(m["before"])
        if m["uid"] in touched or _moment(m["after"]) != where:
            rows.append(Row(item, KEEP, reason("crisis.restore_changed"), where))
        elif _instant(original, tz) <= at:
            rows.append(Row(item, KEEP, reason("crisis.restore_passed"), where))
        else:
            rows.append(Row(item, SHIFT, reason("crisis.restored"), original))
    return rows


def _occurrences(db: Database, moves: list[dict[str, Any]], uids: list[str]) -> list[Any]:
    days = [_day(m[side]) for m in moves for side in ("before", "after") if m[side]]
    return query.occurrences(db, min(days), max(days), uids=uids)


def _at(item: Planned, when: datetime | date | None) -> Planned:
    if isinstance(when, datetime):
        return replace(item, start=when, day=None)
    return replace(item, start=None, day=when)


def _moment(text: str | None) -> datetime | date | None:
    if not text:
        return None
    if "T" in text:
        return datetime.fromisoformat(text).astimezone(UTC)
    return date.fromisoformat(text)


def _instant(when: datetime | date | None, tz: ZoneInfo) -> datetime:
    if isinstance(when, datetime):
        return when
    assert when is not None
    return datetime.combine(when, time(), tz)


def _day(moment: str) -> date:
    if "T" in moment:
        return datetime.fromisoformat(moment).date()
    return date.fromisoformat(moment)
