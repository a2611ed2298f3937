"""The item commands, undo, redo and demo, each as calls to the same core services as the
window (the channel and campaign commands are in lists.py); `dispatch` runs the one parsed,
`error_line` puts a refusal in words."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.output import occurrence_json, occurrence_line
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import (
    InputError,
    ItemDraft,
    ItemKind,
    NotFoundError,
    Sensitivity,
    Status,
    parse_enum,
)
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.model.refusals import REFUSALS
from ngo_calendar.core.model.timing import parse_day, parse_start, parse_start_key, start_key
from ngo_calendar.core.workspace import Database
from ngo_calendar.core.write import undo

from . import lists
from .common import EXIT_INPUT, emit, print_json


def error_line(exc: Exception, args: argparse.Namespace) -> str | None:
    """A refusal as the one line the command prints (None: not a refusal, a defect)."""
    if not isinstance(exc, REFUSALS):
        return None
    # One line whatever the value held: scripts read the first line of stderr.
    message = _message(exc, args).replace("\r", "\\r").replace("\n", "\\n")
    return f"ngo-calendar: error: {message}"


# Core's field names that the command line spells differently.
FIELD_OPTIONS = {"char_limit": "--limit", "weekly_target": "--cadence"}


def _message(exc: Exception, args: argparse.Namespace) -> str:
    if isinstance(exc, InputError):
        field = FIELD_OPTIONS.get(exc.field, exc.field)
        return f"{field}: {exc.shown} is not accepted: {exc.accepted}"
    if isinstance(exc, NotFoundError) and getattr(args, "id", None) is not None:
        return f"id: {args.id} is not accepted: no item has this id (`item list` shows the ids)"
    return str(exc).strip("'\"")


# Options whose destination is not their name.
OPTION_NAMES = {
    "first": "--from",
    "last": "--to",
    "new_name": "--name",
    "name": "NAME",
    "crisis_name": "--name",
    "crisis_from": "--from",
    "crisis_until": "--until",
    "crisis_channels": "--channel",
    "crisis_at": "--at",
    "export_channels": "--channel",
    "export_campaigns": "--campaign",
    "export_statuses": "--status",
    "import_channel": "--channel",
    "plan_file": "--plan",
    "crisis_messages": "--message",
}


def check_text_options(args: argparse.Namespace) -> None:
    """Every text given is valid UTF-8: a byte that is not reaches Python as a lone surrogate,
    which no file or database can store. Refused here, naming the option, before any work."""
    for dest, value in vars(args).items():
        option = OPTION_NAMES.get(dest, f"--{dest.replace('_', '-')}")
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                checks.utf8(text, option)


def dispatch(db: Database, args: argparse.Namespace, write_pdf: Any = None) -> int:
    """Run one command on an open workspace; returns the exit status. `write_pdf` (given by
    app.py, which may load Qt) lays a printable page out into a PDF."""
    check_text_options(args)
    if args.command == "demo":
        from ngo_calendar.core.demo.build import load_demo

        report = load_demo(db)
        emit(args, report.as_dict(), f"demo: {report.added} items added, {report.kept} kept")
        return 0
    if args.command in ("undo", "redo"):
        changes = undo.undo(db) if args.command == "undo" else undo.redo(db)
        # ids of the items still there (what the other commands take); uids of every item
        # touched, deleted ones included (ids of deleted items mean nothing any more).
        data = {
            "done": changes.label,
            "items": sorted(changes.ids.values()),
            "uids": sorted(changes.items),
        }
        emit(args, data, changes.label)
        return 0
    if args.command == "channel":
        return lists.channel_command(db, args)
    if args.command == "campaign":
        return lists.campaign_command(db, args)
    if args.command == "person":
        return lists.person_command(db, args)
    if args.command == "crisis":
        from .crisis import crisis_command

        return crisis_command(db, args)
    if args.command in ("export", "import", "publish"):
        from .exporting import export_command, import_command, publish_command

        run = {"export": export_command, "import": import_command, "publish": publish_command}
        return run[args.command](db, args)
    if args.command == "review":
        from .review import review_command

        return review_command(
            db, args, lambda text: _occurrence_key(text, workspace.settings(db).tz), write_pdf
        )
    return _item_command(db, args)


def _item_command(db: Database, args: argparse.Namespace) -> int:
    tz = workspace.settings(db).tz
    if args.action == "add":
        draft = ItemDraft(
            title=args.title,
            kind=parse_enum(ItemKind, "--kind", args.kind),
            body=args.body,
            notes=args.notes,
            channels=args.channel,
            status=parse_enum(Status, "--status", args.status),
            start=parse_start(args.at, args.on, tz),
            duration_minutes=args.duration,
            campaign=args.campaign,
            objective=args.objective,
            audiences=args.audience,
            tags=args.tag,
            sensitivity=parse_enum(Sensitivity, "--sensitivity", args.sensitivity),
            rrule=args.rrule,
        )
        new_id = items.create_item(db, draft).new_id
        emit(args, {"id": new_id}, str(new_id))
    elif args.action == "list":
        _list(db, args)
    elif args.action == "search":
        _search(db, args)
    elif args.action == "show":
        row = query.get_item(db, args.id)
        if row is None:
            raise NotFoundError(reason("found.item", id=args.id))
        from ngo_calendar.core.review.rules import thread

        remarks = thread(db, args.id)
        data = occurrence_json(row, tz) | {
            "notes": items.item_draft(db, args.id).notes,
            "thread": [
                {
                    "at": r.at.astimezone(tz).isoformat(timespec="minutes"),
                    "who": r.who,
                    "kind": r.kind,
                    "occurrence": r.occurrence,
                    "text": r.text,
                }
                for r in remarks
            ],
        }
        lines = [occurrence_line(row, tz)] + [
            f"  {r.at.astimezone(tz):%Y-%m-%d %H:%M}  {r.who} ({r.kind}): {r.text}" for r in remarks
        ]
        emit(args, data, "\n".join(lines))
    elif args.action == "move":
        if args.backlog and (args.at is not None or args.on is not None):
            given = args.at if args.at is not None else args.on
            raise InputError("--backlog", given, reason("cli.backlog_dated"))
        start = None if args.backlog else parse_start(args.at, args.on, tz)
        if start is None and not args.backlog:
            raise InputError("--at/--on", "", reason("cli.where"))
        key = _occurrence_key(args.occurrence, tz) if args.occurrence is not None else None
        changes = occurrences.move_item(db, args.id, start, key, args.series)
        emit(args, {"moved": sorted(changes.ids.values())}, f"moved {args.id}")
    elif args.action == "edit":
        _edit(db, args, tz)
    elif args.action == "duplicate":
        start = parse_start(args.at, args.on, tz)
        new_id = items.duplicate_item(db, args.id, start if start else False).new_id
        emit(args, {"id": new_id}, str(new_id))
    elif args.action == "delete":
        if args.occurrence is not None:
            occurrences.delete_occurrence(db, args.id, _occurrence_key(args.occurrence, tz))
        else:
            items.delete_item(db, args.id)
        emit(args, {"deleted": args.id}, f"deleted {args.id}")
    return 0


def _edit(db: Database, args: argparse.Namespace, tz: ZoneInfo) -> None:
    status = parse_enum(Status, "--status", args.status) if args.status is not None else None
    if args.occurrence is not None:
        if args.notes is not None:
            raise InputError("--notes", args.notes, reason("cli.notes_series"))
        key = _occurrence_key(args.occurrence, tz)
        keep = occurrences.KEEP
        changes = occurrences.edit_occurrence(
            db,
            args.id,
            key,
            title=None if args.as_series else (args.title if args.title is not None else keep),
            body=None if args.as_series else (args.body if args.body is not None else keep),
            status=None if args.as_series else (status or keep),
            channels={name: None for name in args.channel} if args.channel else keep,
        )
    else:
        if args.as_series:
            raise InputError("--as-series", "", reason("cli.as_series"))
        draft = items.item_draft(db, args.id)
        channels = args.channel or draft.channels
        draft = replace(
            draft,
            title=args.title if args.title is not None else draft.title,
            body=args.body if args.body is not None else draft.body,
            notes=args.notes if args.notes is not None else draft.notes,
            status=status or draft.status,
            channels=channels,
            variants={k: v for k, v in draft.variants.items() if k in channels},
        )
        changes = items.update_item(db, args.id, draft)
    emit(args, {"edited": args.id, "changed": bool(changes)}, f"edited {args.id}")


def _occurrence_key(text: str, tz) -> str:  # noqa: ANN001
    """An occurrence named by its key (20261201T080000Z), its local start or its day."""
    if not text.strip():
        raise InputError("--occurrence", text, reason("cli.occurrence"))
    try:
        parse_start_key(text)
        return text
    except ValueError:
        pass
    if "T" in text or " " in text:
        from ngo_calendar.core.model.timing import parse_local_datetime

        return start_key(parse_local_datetime(text, tz, "--occurrence"))
    return start_key(parse_day(text, "--occurrence"))


def _list(db: Database, args: argparse.Namespace) -> None:
    tz = workspace.settings(db).tz
    channel_names = tuple(
        workspace.find_channel(db, name, "--channel").name for name in args.channel
    )
    flt = query.Filter(
        text=args.text,
        channels=channel_names,
        campaigns=tuple(args.campaign),
        statuses=tuple(parse_enum(Status, "--status", s).value for s in args.status),
    )
    if args.backlog:
        rows = query.backlog(db, flt)
    else:
        first = parse_day(args.first, "--from") if args.first is not None else date.today()
        last = parse_day(args.last, "--to") if args.last is not None else first + timedelta(days=30)
        if last < first:
            why = reason("time.after_from", first=first.isoformat())
            raise InputError("--to", args.last, why)
        rows = query.occurrences(db, first, last, flt)
    if args.json:
        print_json([occurrence_json(r, tz) for r in rows])
    else:
        for r in rows:
            print(occurrence_line(r, tz))


def _search(db: Database, args: argparse.Namespace) -> None:
    from ngo_calendar.core.calendar.search import MAX_HITS, search

    if not 1 <= args.limit <= MAX_HITS:
        raise InputError("--limit", str(args.limit), reason("cli.limit", most=MAX_HITS))
    tz = workspace.settings(db).tz
    hits = search(db, args.text, datetime.now(UTC), args.limit)
    if args.json:
        print_json([occurrence_json(h.occurrence, tz) | {"when": h.when} for h in hits])
    else:
        for hit in hits:
            print(f"{hit.when:6}  {occurrence_line(hit.occurrence, tz)}")


__all__ = ["EXIT_INPUT", "dispatch", "error_line"]
