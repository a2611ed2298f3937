"""The crisis commands: `plan` prints the plan a crisis would get and writes nothing; `start`
applies it (or an edited plan file), `status` shows the crisis, `end` re-plans what it held
(and puts what it shifted back on dates still ahead), `cancel` calls off one not yet begun,
`undo` takes back its start, end or cancel; `rules` and `message` set the rules and add
messages."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from ngo_calendar.core import workspace
from ngo_calendar.core.crisis import apply as crisis_apply
from ngo_calendar.core.crisis import messages as crisis_messages
from ngo_calendar.core.crisis import propose as crisis
from ngo_calendar.core.crisis import record as crisis_record
from ngo_calendar.core.crisis import rules as rules_store
from ngo_calendar.core.crisis.end import propose_end
from ngo_calendar.core.crisis.plan import Crisis
from ngo_calendar.core.crisis.plan_file import read_plan
from ngo_calendar.core.model.domain import InputError, ItemDraft
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.model.timing import parse_local_datetime
from ngo_calendar.core.workspace import Database
from ngo_calendar.core.write.changes import Changes

from .common import emit


def crisis_command(db: Database, args: argparse.Namespace) -> int:
    tz = workspace.settings(db).tz
    if args.action == "plan":
        proposal = crisis.propose(db, _wanted(args, tz))
        emit(args, crisis.as_json(proposal, tz), _table(proposal, tz, "nothing written: a preview"))
    elif args.action == "start":
        _start(db, args, tz)
    elif args.action == "status":
        found = crisis_record.latest(db)
        data = None if found is None else status_json(found, tz)
        emit(args, {"crisis": data}, _status_text(found, tz))
    elif args.action == "end":
        _end(db, args, tz)
    elif args.action == "cancel":
        _cancel(db, args, tz)
    elif args.action == "undo":
        changes = crisis_apply.undo_last(db)
        emit(args, _done(changes), f"{changes.label}: {len(changes.items)} items put back")
    elif args.action == "rules":
        _rules(db, args)
    else:
        _message(db, args, tz)
    return 0


def _now() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


def _wanted(args: argparse.Namespace, tz: ZoneInfo) -> Crisis:
    start = parse_local_datetime(args.crisis_from, tz, "--from") if args.crisis_from else _now()
    end = parse_local_datetime(args.crisis_until, tz, "--until") if args.crisis_until else None
    channels = frozenset(args.crisis_channels or ())
    return Crisis(args.crisis_name or "", start, end, channels, args.horizon)


def _start(db: Database, args: argparse.Namespace, tz: ZoneInfo) -> None:
    if args.plan_file is not None:
        given = [o for o in ("crisis_name", "crisis_from", "crisis_until") if getattr(args, o)]
        if given or args.crisis_channels:
            raise InputError("--plan", args.plan_file, reason("cli.plan_names"))
        proposal = read_plan(db, Path(args.plan_file))
    else:
        if not args.crisis_name:
            raise InputError("--name", "", reason("cli.crisis_name"))
        proposal = crisis.propose(db, _wanted(args, tz))
    messages = [
        _template(db, spec, proposal.crisis.start, tz) for spec in args.crisis_messages or ()
    ]
    changes = crisis_apply.start(db, proposal, messages=messages)
    data = {**crisis.as_json(proposal, tz), **_done(changes)}
    emit(args, data, _table(proposal, tz, "applied: `crisis undo` takes it back"))


def _end(db: Database, args: argparse.Namespace, tz: ZoneInfo) -> None:
    at = parse_local_datetime(args.crisis_at, tz, "--at") if args.crisis_at else _now()
    proposal, current = propose_end(db, at, args.horizon, args.restore)
    if args.preview:
        emit(args, crisis.as_json(proposal, tz), _table(proposal, tz, "nothing written"))
        return
    changes = crisis_apply.end(db, proposal, at, current.id)
    data = {**crisis.as_json(proposal, tz), **_done(changes)}
    emit(args, data, _table(proposal, tz, "crisis ended: `crisis undo` takes it back"))


def _cancel(db: Database, args: argparse.Namespace, tz: ZoneInfo) -> None:
    at = parse_local_datetime(args.crisis_at, tz, "--at") if args.crisis_at else _now()
    current = crisis_record.active(db)
    if current is None:
        raise InputError("crisis", "cancel", reason("crisis_input.none_active"))
    changes = crisis_apply.cancel(db, at, current.id)
    text = (
        f"crisis {current.name!r} cancelled: {len(changes.items)} items as they were "
        "(`crisis undo` takes it back)"
    )
    emit(args, _done(changes), text)


def _template(db: Database, spec: str, at: datetime, tz: ZoneInfo) -> ItemDraft:
    name, _, channel_name = spec.partition(":")
    if not channel_name.strip():
        raise InputError("--message", spec, reason("cli.message"))
    channel = workspace.find_channel(db, channel_name.strip(), "--message")
    language = workspace.settings(db).language
    local = at.astimezone(tz).replace(tzinfo=None)
    return crisis_messages.draft(name.strip(), channel.name, channel.char_limit, local, language)


def _message(db: Database, args: argparse.Namespace, tz: ZoneInfo) -> None:
    at = parse_local_datetime(args.crisis_at, tz, "--at") if args.crisis_at else _now()
    drafts = [_template(db, f"{args.template}:{c}", at, tz) for c in args.crisis_channels]
    changes = crisis_apply.add_messages(db, drafts)
    emit(args, _done(changes), f"{len(changes.created)} crisis message(s) added")


def _rules(db: Database, args: argparse.Namespace) -> None:
    quiet: tuple[time, time] | None | Literal[""] = (
        "" if args.quiet is None else rules_store.parse_quiet(args.quiet)
    )
    blackout: frozenset[date] | None = None
    if args.no_blackout:
        blackout = frozenset()
    elif args.blackout:
        blackout = rules_store.parse_days(args.blackout)
    words = None if args.words is None else rules_store.parse_words([args.words])
    if quiet != "" or blackout is not None or words is not None:
        rules_store.update(db, quiet, blackout, words)
    now = rules_store.read(db)
    data = {
        "quiet": now.quiet_text,
        "blackout": [d.isoformat() for d in sorted(now.blackout)],
        "words": list(now.words),
    }
    text = (
        f"quiet hours: {data['quiet']}\n"
        f"blackout days: {', '.join(data['blackout']) or 'none'}\n"
        f"sensitive words: {', '.join(data['words']) or 'none'}"
    )
    emit(args, data, text)


def _done(changes: Changes) -> dict[str, Any]:
    return {"done": changes.label, "items": sorted(changes.ids.values())}


def status_json(found: crisis_record.CrisisInfo, tz: ZoneInfo) -> dict[str, Any]:
    def moment(value: datetime | None) -> str | None:
        return None if value is None else value.astimezone(tz).isoformat(timespec="minutes")

    return {
        "name": found.name,
        "active": found.active,
        "from": moment(found.start),
        "until": moment(found.expected_end),
        "channels": list(found.channels),
        "declared_by": found.declared_by,
        "declared_at": moment(found.declared_at),
        "ended_at": moment(found.ended_at),
        "ended_by": found.ended_by,
        "counts": found.counts("start"),
        "held": [m for m in found.moves if m["phase"] == "start" and m["action"] == "hold"],
        "moves": [m for m in found.moves if m["action"] != "keep"],
    }


def _status_text(found: crisis_record.CrisisInfo | None, tz: ZoneInfo) -> str:
    if found is None:
        return "no crisis declared"
    state = "active" if found.active else f"ended {_when(found.ended_at, tz)}"
    counts = ", ".join(f"{n} {a}" for a, n in found.counts("start").items())
    lines = [
        f"crisis {found.name!r} ({state}), from {_when(found.start, tz)}, "
        f"declared by {found.declared_by}",
        counts,
    ]
    for m in found.moves:
        if m["action"] != "keep":
            lines.append(
                f"{m['phase']:<5} {m['action']:<6} {m['before'] or 'no date':<22} → "
                f"{m['after'] or 'no date':<22}  {m['title']}  ({m['reason']})"
            )
    return "\n".join(lines)


def _table(proposal: crisis.Proposal, tz: ZoneInfo, note: str) -> str:
    c = proposal.crisis
    until = _when(c.end, tz) if c.end else "open-ended"
    counts = {
        a: sum(r.action == a for r in proposal.rows) for a in ("keep", "hold", "shift", "cancel")
    }
    lines = [
        f"crisis {c.name!r}: {_when(c.start, tz)} to {until}"
        + (f", on {', '.join(sorted(c.channels))}" if c.channels else ", every channel"),
        ", ".join(f"{n} {a}" for a, n in counts.items()) + f" ({note})",
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
