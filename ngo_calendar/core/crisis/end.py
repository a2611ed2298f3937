"""The end of a crisis: the held items re-planned from the end with the same rules (a
preview first; core/crisis/apply.py applies it). Items shifted when the crisis began stay
where they went; they count for the slots."""

from __future__ import annotations

from datetime import date, datetime

from ..calendar import query
from ..calendar.filters import HELD, Filter
from ..model.domain import InputError, Status
from ..model.reasons import reason
from ..workspace import Database
from .plan import Crisis, Planned, plan
from .propose import BEYOND, PLANNED, Proposal, check_crisis, planned_from, rules_of
from .record import CrisisInfo, active


def propose_end(
    db: Database, at: datetime, horizon_days: int | None = None
) -> tuple[Proposal, CrisisInfo]:
    """The re-plan of what the active crisis held, were it to end at `at`: placed before the
    horizon (`horizon_days` after `at`; by default the crisis' own), held still beyond."""
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
    others = [
        planned_from(occ)
        for occ in query.occurrences(
            db, at.astimezone(tz).date(), (crisis.horizon + BEYOND).astimezone(tz).date()
        )
        if occ.status in PLANNED
    ]
    return Proposal(crisis, plan(crisis, waiting, rules, others)), current


def _day(moment: str) -> date:
    if "T" in moment:
        return datetime.fromisoformat(moment).date()
    return date.fromisoformat(moment)
