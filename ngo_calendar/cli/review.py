"""The review commands: queue, submit, approve, request-changes, comment, settings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ngo_calendar.core import workspace
from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.review import decide as review
from ngo_calendar.core.review import queue as review_queue
from ngo_calendar.core.review import rules as review_rules
from ngo_calendar.core.workspace import Database

from .common import emit

if TYPE_CHECKING:
    from ngo_calendar.core.review.decisions import Decision
    from ngo_calendar.core.write.changes import Changes


def review_command(
    db: Database,
    args: argparse.Namespace,
    key_of: Callable[[str], str],
    write_pdf: Callable[[str, Path, str], Path] | None = None,
) -> int:
    if args.action == "sheet":
        _sheet(db, args, write_pdf)
        return 0
    if args.action == "apply":
        return _apply(db, args)
    if args.action == "queue":
        _queue(db, args)
        return 0
    if args.action == "settings":
        _settings(db, args)
        return 0
    occurrence = key_of(args.occurrence) if args.occurrence is not None else None
    ids = list(args.ids)
    if args.action == "submit":
        changes = review.submit(db, ids, occurrence)
        emit(args, _result(changes, "submitted", ids), f"in review: {_listed(ids)}")
        return 0
    who = review.check_person(db, args.person)
    if args.action == "approve":
        changes = review.approve(db, ids, who, args.comment, occurrence)
        emit(args, _result(changes, "approved", ids), f"approved: {_listed(ids)}")
    elif args.action == "request-changes":
        changes = review.request_changes(db, ids[0], args.comment, who, occurrence)
        emit(args, _result(changes, "sent back", ids), f"back to draft: {ids[0]}")
    else:
        changes = review.add_comment(db, ids[0], args.comment, who, occurrence)
        emit(args, _result(changes, "commented", ids), f"comment added to {ids[0]}")
    return 0


def _sheet(
    db: Database, args: argparse.Namespace, write_pdf: Callable[[str, Path, str], Path] | None
) -> None:
    from ngo_calendar.core.review import sheet as review_sheet
    from ngo_calendar.core.review import sheet_html as review_sheet_html

    out = Path(args.out)
    kind = review_sheet.check_output(out)
    who = review.check_person(db, args.person)
    sheet = review_sheet.make(db, datetime.now(UTC), who)
    if kind == "html":
        review_sheet.write_text(out, review_sheet_html.page(sheet))
    else:
        assert write_pdf is not None, "app.py gives the command line its PDF writer"
        write_pdf(review_sheet_html.printable(sheet), out, out.stem)
    data = {"sheet": str(out), "kind": kind, "items": [e.item_id for e in sheet.entries]}
    emit(args, data, f"review sheet of {len(sheet.entries)} item(s) written to {out}")


def _apply(db: Database, args: argparse.Namespace) -> int:
    from ngo_calendar.core.review import decisions as review_decisions

    decisions = review_decisions.read(db, Path(args.decisions))
    outcome = review_decisions.apply(db, decisions)
    applied = [_described(d) for d in outcome.applied]
    skipped = [{**_described(x.decision), "reason": x.reason} for x in outcome.skipped]
    data = {"reviewer": decisions.reviewer, "applied": applied, "skipped": skipped}
    lines = [f"{len(applied)} decision(s) of {decisions.reviewer} recorded"]
    lines += [f"  {d['item']:>6}  {d['decision']:<8} recorded" for d in applied]
    lines += [f"  {d['item']:>6}  {d['decision']:<8} not applied: {d['reason']}" for d in skipped]
    if outcome.changes is not None:
        lines.append("Ctrl+Z in the window, or `ngo-calendar undo`, takes them back")
    emit(args, data, "\n".join(lines))
    return 0


def _described(decision: Decision) -> dict[str, object]:
    d = decision
    return {
        "item": d.item_id,
        "occurrence": d.occurrence,
        "decision": d.kind,
        "comment": d.comment,
    }


def _listed(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids)


def _result(changes: Changes, done: str, ids: list[int]) -> dict[str, object]:
    return {done.replace(" ", "_"): ids, "uids": sorted(changes.items)}


def _queue(db: Database, args: argparse.Namespace) -> None:
    now = datetime.now(UTC)
    entries = review_queue.waiting(db, now)
    rows = [
        {
            "id": e.item_id,
            "uid": e.uid,
            "revision": e.revision,
            "title": e.title,
            "start": e.start_utc.isoformat() if e.start_utc else None,
            "date": e.start_date.isoformat() if e.start_date else None,
            "occurrence": e.occurrence,
            "urgency": e.urgency,
            "silent_approval": e.silent_at.isoformat() if e.silent_at else None,
            "channels": [
                {"channel": t.channel, "text": t.text, "length": len(t.text), "limit": t.limit}
                for t in e.texts
            ],
        }
        for e in entries
    ]
    tz = workspace.settings(db).tz
    lines = [f"{len(entries)} waiting for review"] + [
        f"{e.item_id:>6}  {e.urgency:<8} {_when(e, tz)}  {e.title}"
        + (f"  [{e.occurrence}]" if e.occurrence else "")
        for e in entries
    ]
    emit(args, rows, "\n".join(lines))


def _when(entry: review_queue.Waiting, tz: ZoneInfo) -> str:
    """In the workspace's time, as a person writes it (the JSON has the instant)."""
    if entry.start_utc is not None:
        return entry.start_utc.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    return f"{entry.start_date.isoformat():<16}" if entry.start_date else f"{'undated':<16}"


def _settings(db: Database, args: argparse.Namespace) -> None:
    hours: int | None | bool = False
    if args.silent_after is not None:
        if args.silent_after.strip().lower() in ("off", "none", ""):
            hours = None
        else:
            try:
                hours = int(args.silent_after)
            except ValueError:
                why = reason("cli.silent_after")
                raise InputError("--silent-after", args.silent_after, why) from None
    reopen = None if args.reopen_on_change is None else args.reopen_on_change == "yes"
    given = (args.mode, args.channel, args.campaign, args.sensitivity, reopen)
    if any(v is not None for v in given) or hours is not False:
        review.update_rules(
            db, args.mode, args.channel, args.campaign, args.sensitivity, hours, reopen
        )
    current = review_rules.rules(db)
    data = {
        "mode": current.mode,
        "channels": list(current.channels),
        "campaigns": list(current.campaigns),
        "sensitivities": list(current.sensitivities),
        "silent_after_hours": current.silent_after_hours,
        "reopen_on_change": current.reopen_on_change,
    }
    text = "\n".join(f"{key}: {value}" for key, value in data.items())
    emit(args, data, text)
