"""A crisis plan the user edited: the JSON `crisis plan --json` prints, read back for
`crisis start --plan FILE.json`.

The file is an edit of the plan the workspace would get now: its crisis (name, from, until,
channels, horizon_days) is planned again, then each of its rows sets the action (and, for a
shift, the date) of the item it names. A row for an item the workspace does not have, or no
longer plans in the crisis' window, refuses the whole file, saying which row and why; items the
file leaves out keep the proposed action.

Every value the file gives is checked for its type and range before the plan is made again
(only the workspace's time zone is read before): the crisis as one declared on the command line
(its name as names are kept, its moments in the calendar, its horizon), each row's id a whole
number, its occurrence key and its reason one line of text, its action one of the four, a
shift's date a date or a date and time with its offset, in the calendar. A row's other keys
(title, before, why, the `after` of a row not shifted) are what the plan printed: not read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..calendar import query
from ..model import checks
from ..model.domain import InputError, UnreadableFile, shown
from ..model.json_file import read_json
from ..model.reasons import Reason, given, reason
from ..model.timing import parse_local_datetime
from ..workspace import Database, settings
from .plan import ACTIONS, DEFAULT_HORIZON_DAYS, HOLD, SHIFT, Crisis, Row
from .propose import Proposal, check_crisis, propose

MAX_BYTES = 20_000_000
OCCURRENCE_MAX = 40  # a series' date key: 20261201T080000Z, 2026-12-01T09:00...
REASON_MAX = checks.TITLE_MAX  # a reason a person wrote for a row: one line, as a title
# The options a crisis' refusal names (core/crisis/propose.py), as the file's keys.
_KEYS = {
    "--name": "crisis.name",
    "--from": "crisis.from",
    "--until": "crisis.until",
    "--channel": "crisis.channels",
    "--horizon": "crisis.horizon_days",
}


@dataclass(frozen=True)
class _Given:
    """A row of the file, its types and ranges checked."""

    where: str  # rows[3]
    item_id: int
    occurrence: str | None
    action: str
    after_text: str | None
    after: datetime | date | None  # None with after_text: not a date (said once the item is known)
    written: str | None


def read_plan(db: Database, path: Path) -> Proposal:
    data = _load(path)
    crisis = _crisis(path, data.get("crisis"), settings(db).tz)
    rows = _rows(path, data.get("rows"))
    try:
        proposal = propose(db, crisis)
    except InputError as exc:
        raise UnreadableFile(path, _KEYS.get(exc.field, "crisis"), exc.why) from None
    return Proposal(proposal.crisis, _edited(db, path, rows, proposal.rows))


def _load(path: Path) -> dict[str, Any]:
    data = read_json(path, MAX_BYTES, reason("crisis_input.plan"))
    if not isinstance(data, dict):
        raise UnreadableFile(path, "file", reason("crisis_input.not_a_plan"))
    return data


def _crisis(path: Path, head: Any, tz: ZoneInfo) -> Crisis:
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
    start = moment("from", True)
    assert start is not None
    try:
        return check_crisis(
            Crisis(name, start, moment("until", False), frozenset(channels), horizon)
        )
    except InputError as exc:
        raise UnreadableFile(path, _KEYS.get(exc.field, "crisis"), exc.why) from None


def _rows(path: Path, rows: Any) -> list[_Given]:
    """Each row's values, their types and ranges checked; a row named twice refused."""
    if not isinstance(rows, list):
        raise UnreadableFile(path, "rows", reason("crisis_input.rows"))
    found: list[_Given] = []
    seen: set[tuple[int, str | None]] = set()
    for n, entry in enumerate(rows):
        row = _given(path, f"rows[{n}]", entry)
        if (row.item_id, row.occurrence) in seen:
            raise UnreadableFile(path, row.where, reason("crisis_input.two_rows", item=row.item_id))
        seen.add((row.item_id, row.occurrence))
        found.append(row)
    return found


def _given(path: Path, where: str, entry: Any) -> _Given:
    if not isinstance(entry, dict):
        raise UnreadableFile(path, where, reason("crisis_input.row"))
    item_id, occurrence, action = entry.get("id"), entry.get("occurrence"), entry.get("action")
    if isinstance(item_id, bool) or not isinstance(item_id, int):
        raise UnreadableFile(path, f"{where}.id", reason("crisis_input.row_id"))
    if not 1 <= item_id <= checks.MAX_ID:
        raise UnreadableFile(path, f"{where}.id", reason("crisis_input.no_item", item=item_id))
    if occurrence is not None:
        if not isinstance(occurrence, str):
            raise UnreadableFile(path, f"{where}.occurrence", reason("crisis_input.row_occurrence"))
        occurrence = _line(path, f"{where}.occurrence", occurrence, OCCURRENCE_MAX)
    if not isinstance(action, str) or action not in ACTIONS:
        why = reason("text.choice", choices=", ".join(ACTIONS))
        raise UnreadableFile(path, f"{where}.action", why)
    written = entry.get("reason")
    if written is not None:
        if not isinstance(written, str):
            raise UnreadableFile(path, f"{where}.reason", reason("crisis_input.row_reason"))
        written = _line(path, f"{where}.reason", written, REASON_MAX, required=False)
    after_text, after = None, None
    if action == SHIFT:  # the other rows' `after` is what the plan printed: not read
        after_text = entry.get("after")
        if not isinstance(after_text, str):
            raise UnreadableFile(path, f"{where}.after", reason("crisis_input.no_after"))
        after = _moment(path, f"{where}.after", after_text)
    return _Given(where, item_id, occurrence, action, after_text, after, written)


def _line(path: Path, where: str, value: str, longest: int, required: bool = True) -> str:
    try:
        return checks.one_line(value, where, longest, required)
    except InputError as exc:
        raise UnreadableFile(path, where, exc.why) from None


def _moment(path: Path, where: str, value: str) -> datetime | date | None:
    """A shift's new date as printed: a date (an all-day item), or a date and time with its
    offset, in the calendar; None when it is neither (which one was meant depends on the item)."""
    try:
        found: datetime | date = date.fromisoformat(value)
    except ValueError:
        try:
            found = datetime.fromisoformat(value)
        except ValueError:
            return None
        if found.tzinfo is None:
            return None
    try:
        return checks.calendar_date(found, where)
    except InputError as exc:
        raise UnreadableFile(path, where, exc.why) from None


def _edited(db: Database, path: Path, rows: list[_Given], proposed: list[Row]) -> list[Row]:
    by_key = {r.item.key: r for r in proposed}
    chosen: dict[tuple[int, str | None], Row] = {}
    for g in rows:
        row = by_key.get((g.item_id, g.occurrence))
        if row is None:
            code = "crisis_input.no_item"
            if query.get_item(db, g.item_id) is not None:
                code = "crisis_input.not_planned"
            raise UnreadableFile(path, f"{g.where}.id", reason(code, item=g.item_id))
        if g.action == SHIFT and g.after is None:
            code = "crisis_input.bad_after" if row.item.start else "crisis_input.bad_after_day"
            value = shown(repr(g.after_text), 60)
            raise UnreadableFile(path, f"{g.where}.after", reason(code, value=value))
        try:
            chosen[row.item.key] = edited(row, g.action, g.after, g.written)
        except InputError as exc:
            raise UnreadableFile(path, f"{g.where}.after", exc.why) from None
    return [chosen.get(r.item.key, r) for r in proposed]


def edited(
    row: Row, action: str, after: datetime | date | None = None, written: str | None = None
) -> Row:
    """A row of a plan as the person changed it (in a plan file, or in the window's preview):
    the action they chose, the new date of a shift (in the calendar), and a reason saying it
    was set by hand (or the one they wrote, `written`)."""
    if action not in ACTIONS:
        raise InputError("action", action, reason("text.choice", choices=", ".join(ACTIONS)))
    if action == SHIFT and after is None:
        why = reason("crisis_input.needs_its_date", title=row.item.title)
        raise InputError("after", None, why)
    if action == SHIFT and row.item.start is not None and not isinstance(after, datetime):
        raise InputError("after", after, reason("crisis_input.after_time"))
    if action == SHIFT and row.item.start is None and isinstance(after, datetime):
        raise InputError("after", after, reason("crisis_input.after_day"))
    if action == SHIFT and after is not None:
        checks.calendar_date(after, "after")
    new_after = after if action == SHIFT else None if action == HOLD else row.before
    if action == row.action and new_after == row.after:
        return row if not written or written == row.reason else replace(row, why=given(written))
    if not written or written == row.reason:
        by_hand = action != row.action or row.why.code == "crisis.by_hand"
        why = Reason("crisis.by_hand") if by_hand else Reason("crisis.date_by_hand")
    else:
        why = given(written)
    return replace(row, action=action, why=why, after=new_after)
