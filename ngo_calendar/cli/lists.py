"""The channel, campaign and person commands: add, edit, list."""

from __future__ import annotations

import argparse
from datetime import date

from ngo_calendar.core import workspace
from ngo_calendar.core.model.timing import parse_day
from ngo_calendar.core.workspace import Database

from .common import emit


def _limit(value: int | None, default: int | None) -> int | None:
    """--limit: absent keeps `default`, 0 means no limit (core checks the range)."""
    if value is None:
        return default
    return None if value == 0 else value


def channel_command(db: Database, args: argparse.Namespace) -> int:
    if args.action == "add":
        limit = _limit(args.limit, -1)  # -1: the platform's own limit
        workspace.save_channel(db, args.name, args.kind, args.colour, limit, args.cadence or 0)
    elif args.action == "edit":
        old = workspace.find_channel(db, args.name)
        # A new kind without --limit takes that platform's limit (-1); else the old one stays.
        kept_limit = old.char_limit if args.kind is None else -1
        workspace.save_channel(
            db,
            args.new_name if args.new_name is not None else old.name,
            args.kind if args.kind is not None else old.kind,
            args.colour if args.colour is not None else old.colour,
            _limit(args.limit, kept_limit),
            args.cadence if args.cadence is not None else old.weekly_target,
            old.id,
        )
    rows = workspace.channels(db)
    if args.action == "list":
        data = [vars(c) for c in rows] if args.json else None
        # With the name of its own file beside the plan's (`plan.ics`: `plan-facebook.ics`).
        lines = (f"{c.name} ({c.kind}) {c.colour}, file *-{c.file_name}.ics" for c in rows)
        emit(args, data, "\n".join(lines))
    else:
        name = args.new_name if args.action == "edit" and args.new_name else args.name
        emit(args, {"channel": name.strip()}, f"channel {name.strip()}")
    return 0


def campaign_command(db: Database, args: argparse.Namespace) -> int:
    if args.action == "add":
        first = parse_day(args.first, "--from") if args.first is not None else None
        last = parse_day(args.last, "--to") if args.last is not None else None
        workspace.save_campaign(db, args.name, args.colour, args.objective, first, last)
        emit(args, {"campaign": args.name.strip()}, f"campaign {args.name.strip()}")
    elif args.action == "edit":
        old = workspace.find_campaign(db, args.name)

        def day(text: str | None, option: str, kept: date | None) -> date | None:
            if text is None:
                return kept
            return parse_day(text, option) if text.strip() else None

        name = args.new_name if args.new_name is not None else old.name
        workspace.save_campaign(
            db,
            name,
            args.colour if args.colour is not None else old.colour,
            (args.objective or None) if args.objective is not None else old.objective,
            day(args.first, "--from", old.starts_on),
            day(args.last, "--to", old.ends_on),
            existing=old.name,
        )
        emit(args, {"campaign": name.strip()}, f"campaign {name.strip()}")
    else:
        rows = workspace.names(db, "campaigns")
        emit(args, rows, "\n".join(rows))
    return 0


def person_command(db: Database, args: argparse.Namespace) -> int:
    """The people who edit and review (for attribution: `review approve --as NAME`)."""
    if args.action == "add":
        workspace.save_person(db, args.name, args.role)
    rows = workspace.people(db)
    if args.action == "list":
        data = [{"name": name, "role": role} for name, role in rows]
        emit(args, data, "\n".join(f"{name} ({role})" for name, role in rows))
    else:
        emit(args, {"person": args.name.strip()}, f"person {args.name.strip()}")
    return 0
