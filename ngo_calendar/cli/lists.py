"""The channel and campaign commands: add, edit, list."""

from __future__ import annotations

import argparse
from datetime import date

from ngo_calendar.core import workspace, workspace_lists
from ngo_calendar.core.timing import parse_day
from ngo_calendar.core.workspace import Database

from .common import SubParser, emit


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    channel = sub.add_parser("channel", help="add, change or list channels")
    csub = channel.add_subparsers(dest="action", required=True, parser_class=SubParser)
    cadd = csub.add_parser("add", help="add a channel (a name in use is refused: see edit)")
    cadd.add_argument("name")
    cadd.add_argument("--kind", required=True, help="facebook, instagram, newsletter, ...")
    cadd.add_argument("--colour", default="#607d8b")
    _channel_numbers(cadd)
    cedit = csub.add_parser("edit", help="change a channel: only the options given")
    cedit.add_argument("name")
    cedit.add_argument("--name", dest="new_name", help="rename it")
    cedit.add_argument("--kind")
    cedit.add_argument("--colour")
    _channel_numbers(cedit)
    csub.add_parser("list", help="list channels")
    campaign = sub.add_parser("campaign", help="add, change or list campaigns")
    ksub = campaign.add_subparsers(dest="action", required=True, parser_class=SubParser)
    kadd = ksub.add_parser("add", help="add a campaign (a name in use is refused: see edit)")
    kadd.add_argument("name")
    kadd.add_argument("--colour", default="#8e24aa")
    kadd.add_argument("--objective")
    kadd.add_argument("--from", dest="first")
    kadd.add_argument("--to", dest="last")
    kedit = ksub.add_parser("edit", help="change a campaign: only the options given")
    kedit.add_argument("name")
    kedit.add_argument("--name", dest="new_name", help="rename it")
    kedit.add_argument("--colour")
    kedit.add_argument("--objective", help='"" for none')
    kedit.add_argument("--from", dest="first", help='"" for none')
    kedit.add_argument("--to", dest="last", help='"" for none')
    ksub.add_parser("list", help="list campaigns")


def _channel_numbers(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, help="characters; 0 for no limit (default: the platform's)")
    p.add_argument("--cadence", type=int, help="target posts per week (default 0)")


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
        emit(args, data, "\n".join(f"{c.name} ({c.kind}) {c.colour}" for c in rows))
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
        old = workspace_lists.find_campaign(db, args.name)

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
