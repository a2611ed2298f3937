"""Crisis mode over the workspace: the proposed plan for a crisis, read from what is planned
(core/crisis/plan.py decides; this reads the workspace and writes nothing).

Planned means dated and not yet out: draft, in review or approved (ideas have no date;
published, cancelled and held items are left alone). An item tagged `crise` or `crisis` is
crisis communication: it is kept whatever its sensitivity.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from ..calendar import query
from ..model import checks
from ..model.domain import InputError
from ..model.reasons import reason
from ..workspace import Database, channels, settings
from . import rules as crisis_rules
from .plan import Crisis, Planned, PlanRules, Row, flag_later, plan

PLANNED = ("draft", "in_review", "approved")
CRISIS_TAGS = ("crise", "crisis")
BEYOND = timedelta(days=120)  # after the horizon, what stands still counts for the slots


@dataclass(frozen=True)
class Proposal:
    crisis: Crisis
    rows: list[Row]


def check_crisis(crisis: Crisis) -> Crisis:
    """The crisis as declared, with its name as names are kept (one line, no control
    characters, at most checks.CRISIS_NAME_MAX long, spaces around it dropped), its moments in the
    calendar and its horizon from 1 to 365 days; refused otherwise, naming the option."""
    if not isinstance(crisis.name, str) or not crisis.name.strip():
        raise InputError("--name", crisis.name, reason("crisis_input.no_name"))
    name = checks.one_line(crisis.name, "--name", checks.CRISIS_NAME_MAX)
    checks.calendar_date(crisis.start, "--from")
    if crisis.end is not None:
        checks.calendar_date(crisis.end, "--until")
        if crisis.end <= crisis.start:
            why = reason("crisis_input.end_after_start")
            raise InputError("--until", crisis.end.isoformat(), why)
    horizon = crisis.horizon_days
    if isinstance(horizon, bool) or not isinstance(horizon, int) or not 1 <= horizon <= 365:
        raise InputError("--horizon", horizon, reason("crisis_input.horizon"))
    return crisis if name == crisis.name else replace(crisis, name=name)


def rules_of(db: Database) -> PlanRules:
    """The workspace's rules for re-planning: its zone, each channel's posts per week, and
    its quiet hours, blackout days and sensitive words (core/crisis/rules.py)."""
    chosen = crisis_rules.read(db)
    return PlanRules(
        tz=settings(db).tz,
        cadence={c.name: c.weekly_target for c in channels(db)},
        quiet=chosen.quiet,
        blackout=chosen.blackout,
        sensitive_words=chosen.words,
    )


def propose(db: Database, crisis: Crisis) -> Proposal:
    """The plan for every planned item from the crisis' start to its horizon."""
    crisis = check_crisis(crisis)
    known = {c.name.casefold(): c.name for c in channels(db)}
    unknown = [c for c in crisis.channels if c.casefold() not in known]
    if unknown:
        listed = ", ".join(sorted(known.values())) or reason("list.none_yet")
        raise InputError("--channel", unknown[0], reason("list.known", known=listed))
    crisis = replace(crisis, channels=frozenset(known[c.casefold()] for c in crisis.channels))
    rules = rules_of(db)
    tz = rules.tz
    first = crisis.start.astimezone(tz).date()
    last = (crisis.horizon + BEYOND).astimezone(tz).date()
    inside: list[Planned] = []
    after: list[Planned] = []
    for occ in query.occurrences(db, first, last):
        if occ.status not in PLANNED:
            continue
        planned = planned_from(occ)
        if planned.at(tz) < crisis.start:
            continue  # touches the first day, but before the crisis began
        (inside if planned.at(tz) < crisis.horizon else after).append(planned)
    return Proposal(crisis, plan(crisis, inside, rules, others=after) + flag_later(after, rules))


def planned_from(occ: query.Occurrence) -> Planned:
    texts = [occ.body, *occ.variants.values()]
    return Planned(
        item_id=occ.item_id,
        occurrence=occ.occurrence_key,
        title=occ.title,
        text="\n".join(t for t in texts if t),
        channels=occ.channels,
        start=occ.start_utc,
        day=occ.start_date,
        kind=occ.kind,
        sensitivity=occ.sensitivity,
        crisis_message=any(t.casefold() in CRISIS_TAGS for t in occ.tags),
        uid=occ.uid,
    )


def as_json(proposal: Proposal, tz: tzinfo) -> dict[str, object]:
    """The plan as `crisis plan --json` prints it (and, later, `crisis start --plan` reads)."""
    c = proposal.crisis

    def moment(value: date | None) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.astimezone(tz).isoformat(timespec="minutes")
        return value.isoformat()

    return {
        "crisis": {
            "name": c.name,
            "from": moment(c.start),
            "until": moment(c.end),
            "channels": sorted(c.channels),
            "horizon": moment(c.horizon),
            "horizon_days": c.horizon_days,
        },
        "rows": [
            {
                "id": r.item.item_id,
                "occurrence": r.item.occurrence,
                "title": r.item.title,
                "channels": list(r.item.channels),
                "before": moment(r.before),
                "after": moment(r.after),
                "action": r.action,
                "reason": r.reason,
                "why": r.why.as_json(),
                "sensitive": list(r.sensitive),
            }
            for r in proposal.rows
        ],
    }
