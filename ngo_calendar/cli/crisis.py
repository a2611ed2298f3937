"""The crisis commands: `crisis plan` prints the plan a crisis would get, and writes nothing."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from ngo_calendar.core import crisis, workspace
from ngo_calendar.core.crisis_plan import Crisis
from ngo_calendar.core.domain import InputError
from ngo_calendar.core.timing import parse_local_datetime
from ngo_calendar.core.workspace import Database

from .common import emit


def crisis_command(db: Database, args: argparse.Namespace) -> int:
    tz = workspace.settings(db).tz
    start = (
        parse_local_datetime(args.crisis_from, tz, "--from")
        if args.crisis_from is not None
        else datetime.now(UTC).replace(second=0, microsecond=0)
    )
    end = (
        parse_local_datetime(args.crisis_until, tz, "--until")
        if args.crisis_until is not None
        else None
    )
    if not 1 <= args.horizon <= 365:
        raise InputError("--horizon", args.horizon, "a number of days from 1 to 365")
    wanted = Crisis(
        args.crisis_name, start, end, frozenset(args.crisis_channels or ()), args.horizon
    )
    proposal = crisis.propose(db, wanted)
    emit(args, crisis.as_json(proposal, tz), _table(proposal, tz))
    return 0


def _table(proposal: crisis.Proposal, tz: ZoneInfo) -> str:
    c = proposal.crisis
    until = _when(c.end, tz) if c.end else "open-ended"
    counts = {
        a: sum(r.action == a for r in proposal.rows) for a in ("keep", "hold", "shift", "cancel")
    }
    lines = [
        f"crisis {c.name!r}: {_when(c.start, tz)} to {until}"
        + (f", on {', '.join(sorted(c.channels))}" if c.channels else ", every channel"),
        ", ".join(f"{n} {a}" for a, n in counts.items())
        + " (nothing written: `crisis plan` is a preview)",
    ]
    for r in proposal.rows:
        mark = " [sensitive: " + ", ".join(r.sensitive) + "]" if r.sensitive else ""
        before, after = _when(r.before, tz), _when(r.after, tz)
        lines.append(
            f"{r.item.item_id:>6}  {r.action:<6} {before:<16} → {after:<16}"
            f"  {r.item.title}  ({r.reason}){mark}"
        )
    return "\n".join(lines)


def _when(value: datetime | date | None, tz: ZoneInfo) -> str:
    if value is None:
        return "no date"
    if isinstance(value, datetime):
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
