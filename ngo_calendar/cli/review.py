"""The review commands: queue, submit, approve, request-changes, comment, settings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from ngo_calendar.core import review, review_queue, review_rules, workspace
from ngo_calendar.core.domain import InputError
from ngo_calendar.core.workspace import Database

from .common import emit


def review_command(db: Database, args: argparse.Namespace, key_of: Callable[[str], str]) -> int:
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


def _listed(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids)


def _result(changes: object, done: str, ids: list[int]) -> dict[str, object]:
    return {done.replace(" ", "_"): ids, "uids": sorted(changes.items)}  # type: ignore[attr-defined]


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
                raise InputError("--silent-after", args.silent_after, "hours, or off") from None
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
