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
from ..model.reasons import Reason, given, reason
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
        raise UnreadableFile(path, "crisis", reason("crisis_input.no_head"))

    def moment(name: str, required: bool) -> datetime | None:
        value = head.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise UnreadableFile(path, f"crisis.{name}", reason("crisis_input.moment"))
        try:
            return parse_local_datetime(value, tz, f"crisis.{name}")
        except InputError as exc:
            raise UnreadableFile(path, f"crisis.{name}", exc.why) from None

    name, channels = head.get("name"), head.get("channels", [])
    if not isinstance(name, str):
        raise UnreadableFile(path, "crisis.name", reason("crisis_input.name"))
    if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
        raise UnreadableFile(path, "crisis.channels", reason("crisis_input.channels"))
    horizon = head.get("horizon_days", DEFAULT_HORIZON_DAYS)
    if not isinstance(horizon, int) or not 1 <= horizon <= 365:
        raise UnreadableFile(path, "crisis.horizon_days", reason("crisis_input.horizon"))
    start = moment("from", True)
    assert start is not None
    crisis = Crisis(name, start, moment("until", False), frozenset(channels), horizon)
    proposal = propose(db, crisis)
    return Proposal(proposal.crisis, _edited(db, path, data.get("rows"), proposal.rows))


def _load(path: Path) -> dict[str, Any]:
    data = read_json(path, MAX_BYTES, reason("crisis_input.plan"))
    if not isinstance(data, dict):
        raise UnreadableFile(path, "file", reason("crisis_input.not_a_plan"))
    return data


def _edited(db: Database, path: Path, given: Any, proposed: list[Row]) -> list[Row]:
    if not isinstance(given, list):
        raise UnreadableFile(path, "rows", reason("crisis_input.rows"))
    by_key = {r.item.key: r for r in proposed}
    chosen: dict[tuple[int, str | None], Row] = {}
    for n, entry in enumerate(given):
        where = f"rows[{n}]"
        if not isinstance(entry, dict):
            raise UnreadableFile(path, where, reason("crisis_input.row"))
        item_id, occurrence, action = entry.get("id"), entry.get("occurrence"), entry.get("action")
        if not isinstance(item_id, int) or isinstance(item_id, bool):
            raise UnreadableFile(path, f"{where}.id", reason("crisis_input.row_id"))
        if occurrence is not None and not isinstance(occurrence, str):
            why = reason("crisis_input.row_occurrence")
            raise UnreadableFile(path, f"{where}.occurrence", why)
        if action not in ACTIONS:
            why = reason("text.choice", choices=", ".join(ACTIONS))
            raise UnreadableFile(path, f"{where}.action", why)
        row = by_key.get((item_id, occurrence))
        if row is None:
            if query.get_item(db, item_id) is None:
                why = reason("crisis_input.no_item", item=item_id)
                raise UnreadableFile(path, f"{where}.id", why)
            why = reason("crisis_input.not_planned", item=item_id)
            raise UnreadableFile(path, f"{where}.id", why)
        if (item_id, occurrence) in chosen:
            raise UnreadableFile(path, where, reason("crisis_input.two_rows", item=item_id))
        chosen[row.item.key] = _row(path, where, row, action, entry)
    return [chosen.get(r.item.key, r) for r in proposed]


def _row(path: Path, where: str, row: Row, action: str, entry: dict[str, Any]) -> Row:
    after = _after(path, f"{where}.after", row, entry.get("after")) if action == SHIFT else None
    written = entry.get("reason")
    return edited(row, action, after, written if isinstance(written, str) else None)


def edited(
    row: Row, action: str, after: datetime | date | None = None, written: str | None = None
) -> Row:
    """A row of a plan as the person changed it (in a plan file, or in the window's preview):
    the action they chose, the new date of a shift, and a reason saying it was set by hand
    (or the one they wrote, `written`)."""
    if action not in ACTIONS:
        raise InputError("action", action, reason("text.choice", choices=", ".join(ACTIONS)))
    if action == SHIFT and after is None:
        why = reason("crisis_input.needs_its_date", title=row.item.title)
        raise InputError("after", None, why)
    if action == SHIFT and row.item.start is not None and not isinstance(after, datetime):
        raise InputError("after", after, reason("crisis_input.after_time"))
    if action == SHIFT and row.item.start is None and isinstance(after, datetime):
        raise InputError("after", after, reason("crisis_input.after_day"))
    new_after = after if action == SHIFT else None if action == HOLD else row.before
    if action == row.action and new_after == row.after:
        return row if not written or written == row.reason else replace(row, why=given(written))
    if not written or written == row.reason:
        by_hand = action != row.action or row.why.code == "crisis.by_hand"
        why = Reason("crisis.by_hand") if by_hand else Reason("crisis.date_by_hand")
    else:
        why = given(written)
    return replace(row, action=action, why=why, after=new_after)


def _after(path: Path, where: str, row: Row, value: Any) -> datetime | date:
    if not isinstance(value, str):
        raise UnreadableFile(path, where, reason("crisis_input.no_after"))
    try:
        if row.item.start is not None:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError
            return moment
        return date.fromisoformat(value)
    except ValueError:
        code = "crisis_input.bad_after" if row.item.start else "crisis_input.bad_after_day"
        raise UnreadableFile(path, where, reason(code, value=repr(value))) from None
