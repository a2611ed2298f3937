"""A crisis plan the user edited: the JSON `crisis plan --json` prints, read back for
`crisis start --plan FILE.json`.

The file is an edit of the plan the workspace would get now: its crisis (name, from, until,
channels, horizon_days) is planned again, then each of its rows sets the action (and, for a
shift, the date) of the item it names. A row for an item the workspace does not have, or no
longer plans in the crisis' window, refuses the whole file, saying which row and why; items the
file leaves out keep the proposed action.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..calendar import query
from ..model.domain import InputError, UnreadableFile
from ..model.json_file import read_json
from ..model.reasons import Reason, given
from ..model.timing import parse_local_datetime
from ..workspace import Database, settings
from .plan import ACTIONS, DEFAULT_HORIZON_DAYS, HOLD, SHIFT, Crisis, Row
from .propose import Proposal, propose

MAX_BYTES = 20_000_000


def read_plan(db: Database, path: Path) -> Proposal:
    data = _load(path)
    tz = settings(db).tz
    head = data.get("crisis")
    if not isinstance(head, dict):
        raise UnreadableFile(path, "crisis", "missing: the file must be `crisis plan --json`")

    def moment(name: str, required: bool) -> datetime | None:
        value = head.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise UnreadableFile(path, f"crisis.{name}", "a date and time is needed")
        try:
            return parse_local_datetime(value, tz, f"crisis.{name}")
        except InputError as exc:
            raise UnreadableFile(path, f"crisis.{name}", exc.accepted) from None

    name, channels = head.get("name"), head.get("channels", [])
    if not isinstance(name, str):
        raise UnreadableFile(path, "crisis.name", "the crisis' name is needed")
    if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
        raise UnreadableFile(path, "crisis.channels", "a list of channel names")
    horizon = head.get("horizon_days", DEFAULT_HORIZON_DAYS)
    if not isinstance(horizon, int) or not 1 <= horizon <= 365:
        raise UnreadableFile(path, "crisis.horizon_days", "a number of days from 1 to 365")
    start = moment("from", True)
    assert start is not None
    crisis = Crisis(name, start, moment("until", False), frozenset(channels), horizon)
    proposal = propose(db, crisis)
    return Proposal(proposal.crisis, _edited(db, path, data.get("rows"), proposal.rows))


def _load(path: Path) -> dict[str, Any]:
    data = read_json(path, MAX_BYTES, "a crisis plan")
    if not isinstance(data, dict):
        raise UnreadableFile(path, "file", "not a crisis plan (`crisis plan --json`)")
    return data


def _edited(db: Database, path: Path, given: Any, proposed: list[Row]) -> list[Row]:
    if not isinstance(given, list):
        raise UnreadableFile(path, "rows", "a list of rows is needed")
    by_key = {r.item.key: r for r in proposed}
    chosen: dict[tuple[int, str | None], Row] = {}
    for n, entry in enumerate(given):
        where = f"rows[{n}]"
        if not isinstance(entry, dict):
            raise UnreadableFile(path, where, "each row is an object")
        item_id, occurrence, action = entry.get("id"), entry.get("occurrence"), entry.get("action")
        if not isinstance(item_id, int) or isinstance(item_id, bool):
            raise UnreadableFile(path, f"{where}.id", "an item id (a number) is needed")
        if occurrence is not None and not isinstance(occurrence, str):
            raise UnreadableFile(path, f"{where}.occurrence", "a date key of the series, or null")
        if action not in ACTIONS:
            raise UnreadableFile(path, f"{where}.action", f"one of: {', '.join(ACTIONS)}")
        row = by_key.get((item_id, occurrence))
        if row is None:
            if query.get_item(db, item_id) is None:
                raise UnreadableFile(path, f"{where}.id", f"no item {item_id} in this workspace")
            raise UnreadableFile(
                path,
                f"{where}.id",
                f"item {item_id} is not planned in this crisis' window now "
                "(changed since the plan was made?): make the plan again",
            )
        if (item_id, occurrence) in chosen:
            raise UnreadableFile(path, where, f"item {item_id} has two rows")
        chosen[row.item.key] = _row(path, where, row, action, entry)
    return [chosen.get(r.item.key, r) for r in proposed]


def _row(path: Path, where: str, row: Row, action: str, entry: dict[str, Any]) -> Row:
    after = _after(path, f"{where}.after", row, entry.get("after")) if action == SHIFT else None
    reason = entry.get("reason")
    return edited(row, action, after, reason if isinstance(reason, str) else None)


def edited(
    row: Row, action: str, after: datetime | date | None = None, reason: str | None = None
) -> Row:
    """A row of a plan as the person changed it (in a plan file, or in the window's preview):
    the action they chose, the new date of a shift, and a reason saying it was set by hand."""
    if action not in ACTIONS:
        raise InputError("action", action, f"one of: {', '.join(ACTIONS)}")
    if action == SHIFT and after is None:
        raise InputError("after", None, f"“{row.item.title}”: a shifted item needs its new date")
    if action == SHIFT and row.item.start is not None and not isinstance(after, datetime):
        raise InputError("after", after, "a date and time (the item has a time)")
    if action == SHIFT and row.item.start is None and isinstance(after, datetime):
        raise InputError("after", after, "a date (the item lasts the whole day)")
    new_after = after if action == SHIFT else None if action == HOLD else row.before
    if action == row.action and new_after == row.after:
        return row if not reason or reason == row.reason else replace(row, why=given(reason))
    if not reason or reason == row.reason:
        by_hand = action != row.action or row.why.code == "crisis.by_hand"
        why = Reason("crisis.by_hand") if by_hand else Reason("crisis.date_by_hand")
    else:
        why = given(reason)
    return replace(row, action=action, why=why, after=new_after)


def _after(path: Path, where: str, row: Row, value: Any) -> datetime | date:
    if not isinstance(value, str):
        raise UnreadableFile(path, where, "a shifted item needs its new date")
    try:
        if row.item.start is not None:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError
            return moment
        return date.fromisoformat(value)
    except ValueError:
        kind = "a date and time with its offset, as printed" if row.item.start else "a date"
        raise UnreadableFile(path, where, f"{value!r} is not {kind}") from None
