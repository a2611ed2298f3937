"""`export ics`: the plan (or a filter of it) as an iCalendar file for other calendars;
`import ics`: another calendar's file as items, with its report; `publish`: the folder the
team's agendas read, kept current."""

from __future__ import annotations

import argparse
from pathlib import Path

from ngo_calendar.core import workspace
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.ics import importer as ics_import
from ngo_calendar.core.ics import publish
from ngo_calendar.core.model.domain import InputError, Status, parse_enum, shown
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.model.timing import parse_day
from ngo_calendar.core.workspace import Database

from .common import emit, progress_line


def export_command(db: Database, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".ics":
        raise InputError("OUT.ics", args.out, reason("cli.ics_name"))
    channels = tuple(workspace.find_channel(db, c, "--channel").name for c in args.export_channels)
    campaigns = tuple(_campaign(db, name) for name in args.export_campaigns)
    statuses = tuple(parse_enum(Status, "--status", s).value for s in args.export_statuses)
    first = parse_day(args.first, "--from") if args.first else None
    last = parse_day(args.last, "--to") if args.last else None
    options = ics_export.ExportOptions(
        channels, campaigns, statuses, first, last, description=args.description
    )
    (main, count), *per_channel = ics_export.write_files(db, out, options, args.per_channel)
    data: dict[str, object] = {"written": str(main), "events": count}
    text = f"{count} event(s) written to {main}"
    if args.per_channel:
        data["channels"] = {str(path): n for path, n in per_channel}
        text += "".join(f"\n{n} event(s) written to {path}" for path, n in per_channel)
    emit(args, data, text)
    return 0


def _campaign(db: Database, name: str) -> str:
    known = {n.casefold(): n for n in workspace.names(db, "campaigns")}
    if name.strip().casefold() not in known:
        listed = ", ".join(sorted(known.values())) or reason("list.none_yet")
        raise InputError("--campaign", name, reason("list.known", known=listed))
    return known[name.strip().casefold()]


def import_command(db: Database, args: argparse.Namespace) -> int:
    # A calendar of 200,000 events takes minutes to read: a terminal is told how far it got.
    with progress_line("events read") as told:
        planned = ics_import.plan(db, Path(args.file), args.import_channel, told)
    if not args.dry_run:
        with progress_line("importing, step") as told:
            ics_import.apply(db, planned, progress=told)
    counts = planned.counts()
    data = {
        "file": args.file,
        "channel": planned.channel,
        "written": not args.dry_run,
        "counts": counts,
        "report": [
            {
                "line": o.line,
                "uid": o.uid,
                "title": o.title,
                "outcome": o.outcome,
                "reason": o.reason,
                "why": [why.as_json() for why in o.why],
            }  # fmt: skip
            for o in planned.outcomes
        ],
    }
    head = ", ".join(f"{n} {what}" for what, n in counts.items())
    head += " (dry run: nothing written)" if args.dry_run else f" (on {planned.channel})"
    lines = [head] + [
        # A title or a reason from the file as one printable line: an escape sequence in it
        # never reaches the terminal.
        f"line {o.line:>5}  {o.outcome:<8} {shown(o.title)}  ({shown(o.reason)})"
        for o in planned.outcomes
    ]
    emit(args, data, "\n".join(lines))
    return 0


def publish_command(db: Database, args: argparse.Namespace) -> int:
    if args.action == "folder":
        publish.configure(db, Path(args.folder), args.per_channel, args.description)
    elif args.action == "off":
        publish.configure(db, None)
    elif args.action == "now":
        publish.publish_now(db)
    found = publish.state(db)
    data = {
        "folder": found.folder,
        "per_channel": found.per_channel,
        "description": found.description,
        "last": found.last,
        "files": found.files,
        "error": found.error,
    }
    if found.folder is None:
        text = "not published (publish folder DIR)"
    else:
        if found.error:
            # First, and in one line: the files in the folder are not the current plan.
            text = f"publication failed: {found.error}; the files in {found.folder} are "
            text += f"from {found.last}" if found.last else "not written yet"
            text += " (it is tried again at the next change, or: publish now)"
        else:
            text = f"published to {found.folder}, last {found.last or 'never'}"
        text += "".join(f"\n  {f}" for f in found.files)
    emit(args, data, text)
    return 0
