"""A reviewer's decisions, made on a review sheet away from the laptop, and recorded here.

The sheet (core/review/sheet.py) carries the workspace's id, its own id and a key derived from
the workspace's secret and that id. The page seals the decisions it saves with that key
(HMAC-SHA256 over a canonical JSON text), so a file from another workspace, one edited by hand
after it was saved or one cut short is refused as a whole, and nothing is written.

The seal guards against accidents only: the page holds its key, so whoever holds the page can
seal anything. What limits the decisions is the workspace's own record of the sheet, written
when it was made (table `review_sheets`): a file whose sheet was never recorded here is refused
whole; a decision about an item, a date or a revision the sheet did not hold is not applied but
reported ("not_on_sheet"); the reviewer must be one of the workspace's people whose role may
review (a reviewer; an editor may not), or, in a workspace that has named nobody yet, any name
(the sheet then offered a free field; what was sent still limits what is applied).

Every field is checked for its type and range before anything else (a decisions file is
something a person hands over, whatever the seal says). A decision about an item that changed
after the sheet was made (its revision moved on) is not applied but reported; the others are
recorded as one operation of the unit of work, in the reviewer's name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ngo_calendar.store import columns

from ..model.domain import NotFoundError, Status, UnreadableFile
from ..model.json_file import read_json
from ..model.reasons import reason
from ..workspace import Database, people
from ..write.changes import Changes
from ..write.reading import plain_reading
from .rules import REVIEWING_ROLES

FORMAT = "ngo-calendar review decisions"
VERSION = 1
MAX_BYTES = 5_000_000  # far more than a sheet's decisions; a bigger file is something else
KINDS = ("approve", "changes")
IDENTITY_KEYS = ("workspace_id", "review_sheet_secret")
# Who may decide on a sheet: people of these roles (an editor writes, a reviewer decides).
# What the page writes, and nothing else: the file's keys, a decision's keys (the seal covers
# the latter, so a key more is an edit), and the shapes of the values.
FILE_KEYS = frozenset(
    {"format", "version", "workspace", "sheet", "reviewer", "saved", "decisions", "seal"}
)
ROW_KEYS = ("item", "uid", "occurrence", "revision", "decision", "comment")
HEX_32 = re.compile(r"[0-9a-f]{32}")  # a workspace's or a sheet's id
HEX_64 = re.compile(r"[0-9a-f]{64}")  # a seal
OCCURRENCE = re.compile(r"[0-9]{8}(T[0-9]{6}Z)?")  # timing.start_key
UID_MAX = 64  # tables.items.uid
NAME_MAX = 120  # tables.people.name
KIND_MAX = 40
SAVED_MAX = 64
MAX_DECISIONS = 10_000
ROW_ID_MAX = 2**63 - 1  # what the database's integers hold


@dataclass(frozen=True)
class Decision:
    item_id: int
    uid: str
    occurrence: str | None
    revision: int
    kind: str  # approve | changes
    comment: str


# What a recorded sheet held: (item id, uid, occurrence key or None, revision) per entry.
Held = tuple[int, str, str | None, int]


@dataclass(frozen=True)
class Decisions:
    path: Path
    sheet: str
    reviewer: str
    decisions: tuple[Decision, ...]
    held: frozenset[Held] = frozenset()  # what the recorded sheet held


# Why a decision was not applied (the window says it in its language from `why`).
REASONS = {
    "unknown": "not a decision this program knows",
    "gone": "no longer in the workspace",
    "changed": "changed after the sheet was made (now {status})",
    "not_in_review": "no longer in review ({status})",
    "empty": "a requested change says nothing",
    "not_on_sheet": "not on the sheet these decisions answer",
}


@dataclass(frozen=True)
class Skipped:
    decision: Decision
    why: str  # a key of REASONS
    status: str = ""  # the item's status now, where the reason names it

    @property
    def reason(self) -> str:
        return REASONS[self.why].format(status=self.status)


@dataclass
class Outcome:
    """What `apply` did: the decisions recorded, and the others with the reason."""

    applied: list[Decision] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    changes: Changes | None = None


# -- the seal ----------------------------------------------------------------------------------
def identity(db: Database) -> tuple[str, str]:
    """The workspace's id and its secret (migration 0005 gives every workspace both)."""
    setting = columns.Setting
    with plain_reading(db) as s:
        found = dict(
            s.execute(
                select(setting.key, setting.value).where(setting.key.in_(IDENTITY_KEYS))
            ).all()
        )
    return found["workspace_id"], found["review_sheet_secret"]


def sheet_key(secret: str, sheet_id: str) -> str:
    """The key a sheet seals its decisions with: one per sheet, derived, never stored."""
    return hmac.new(
        secret.encode(), f"review sheet {sheet_id}".encode(), hashlib.sha256
    ).hexdigest()


def canonical(workspace_id: str, sheet_id: str, reviewer: str, decisions: list[Any]) -> bytes:
    """The text the seal covers: the page builds the same with JSON.stringify."""
    rows = [
        [d["item"], d["uid"], d["occurrence"], d["revision"], d["decision"], d["comment"]]
        for d in decisions
    ]
    body = [FORMAT, VERSION, workspace_id, sheet_id, reviewer, rows]
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal(key_hex: str, text: bytes) -> str:
    return hmac.new(bytes.fromhex(key_hex), text, hashlib.sha256).hexdigest()


# -- reading a file ----------------------------------------------------------------------------
def read(db: Database, path: Path) -> Decisions:
    """The decisions in `path`, refused as a whole (UnreadableFile, nothing written) when the
    file cannot be read, is not a decisions file as the page writes it (every field checked
    for its type and range first), comes from another workspace, was changed after the page
    saved it, answers a sheet this workspace never made, or names a reviewer who may not
    review."""
    data = _load(path)
    sheet, reviewer, rows, given = data["sheet"], data["reviewer"], data["decisions"], data["seal"]
    workspace_id, secret = identity(db)
    if data["workspace"] != workspace_id:
        raise UnreadableFile(path, "workspace", reason("review.other_workspace"))
    text = canonical(workspace_id, sheet, reviewer, rows)
    if not hmac.compare_digest(given, seal(sheet_key(secret, sheet), text)):
        raise UnreadableFile(path, "seal", reason("review.seal"))
    held = _recorded(db, path, sheet)
    return Decisions(path, sheet, _reviewer(db, path, reviewer), tuple(map(_decision, rows)), held)


def _load(path: Path) -> dict[str, Any]:
    data = read_json(path, MAX_BYTES, reason("review.decisions"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UnreadableFile(path, "format", reason("review.format"))
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        shown = repr(version)
        shown = shown if len(shown) <= 20 else shown[:19] + "…"
        why = reason("review.version", version=shown, readable=VERSION)
        raise UnreadableFile(path, "version", why)
    _check_file(path, data)
    return data


def _check_file(path: Path, data: dict[str, Any]) -> None:
    """Every field as the page writes it: a file that is not is refused before anything else."""
    if set(data) - FILE_KEYS:
        raise UnreadableFile(path, "file", reason("review.field_unknown"))
    lacking = {
        "workspace": reason("review.other_workspace"),
        "sheet": reason("review.incomplete"),
        "reviewer": reason("review.incomplete"),
        "decisions": reason("review.incomplete"),
        "seal": reason("review.seal"),
    }
    for key, why in lacking.items():
        if key not in data:
            raise UnreadableFile(path, key, why)
    checks = {
        "workspace": _is_text(data["workspace"], HEX_32),
        "sheet": _is_text(data["sheet"], HEX_32),
        "reviewer": isinstance(data["reviewer"], str) and _short_line(data["reviewer"], 200),
        "saved": "saved" not in data or _short_line(data["saved"], SAVED_MAX),
        "decisions": isinstance(data["decisions"], list)
        and len(data["decisions"]) <= MAX_DECISIONS,
        "seal": _is_text(data["seal"], HEX_64),
    }
    for key, fine in checks.items():
        if not fine:
            # A seal of the wrong shape was not made by the page: changed, or cut short.
            why = reason("review.seal") if key == "seal" else reason("review.field")
            raise UnreadableFile(path, key, why)
    for number, row in enumerate(data["decisions"], start=1):
        where = f"decision {number}"
        if not isinstance(row, dict) or set(row) != set(ROW_KEYS):
            raise UnreadableFile(path, where, reason("review.decision_fields"))
        for key, fine in _row_checks(row).items():
            if not fine:
                raise UnreadableFile(path, where, reason("review.decision_field", field=key))


def _row_checks(row: dict[str, Any]) -> dict[str, bool]:
    occurrence, comment = row["occurrence"], row["comment"]
    return {
        "item": _is_id(row["item"], 1),
        "uid": isinstance(row["uid"], str) and _short_line(row["uid"], UID_MAX),
        "occurrence": occurrence is None or _is_text(occurrence, OCCURRENCE),
        "revision": _is_id(row["revision"], 0),
        "decision": isinstance(row["decision"], str) and _short_line(row["decision"], KIND_MAX),
        "comment": comment is None or (isinstance(comment, str) and _utf8(comment)),
    }


def _is_id(value: object, lowest: int) -> bool:
    """A whole number the database can hold (not a boolean, not 1.0)."""
    return type(value) is int and lowest <= value <= ROW_ID_MAX


def _is_text(value: object, shape: re.Pattern[str]) -> bool:
    return isinstance(value, str) and shape.fullmatch(value) is not None


def _short_line(value: object, longest: int) -> bool:
    """A text of at most `longest` characters, with no control character."""
    return (
        isinstance(value, str)
        and len(value) <= longest
        and not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in value)
        and _utf8(value)
    )


def _utf8(value: str) -> bool:
    """Whether the text can be written as UTF-8 (JSON lets a lone surrogate through)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _recorded(db: Database, path: Path, sheet_id: str) -> frozenset[Held]:
    """What the sheet held, as the workspace recorded it when it was made."""
    sheet = columns.ReviewSheet
    with plain_reading(db) as s:
        entries = s.execute(select(sheet.entries).where(sheet.id == sheet_id)).scalar()
    if entries is None:
        raise UnreadableFile(path, "sheet", reason("review.unknown_sheet"))
    return frozenset(
        (int(item), str(uid), None if key is None else str(key), int(revision))
        for item, uid, key, revision in json.loads(entries)
    )


def _decision(row: dict[str, Any]) -> Decision:
    # _check_file checked every value's type and range.
    return Decision(
        item_id=row["item"],
        uid=row["uid"],
        occurrence=row["occurrence"],
        revision=row["revision"],
        kind=row["decision"],
        comment=(row["comment"] or "").strip(),
    )


def reviewers(everyone: list[tuple[str, str]]) -> tuple[str, ...]:
    """The names of those who may review, of the workspace's (name, role)."""
    return tuple(name for name, role in everyone if role in REVIEWING_ROLES)


def _reviewer(db: Database, path: Path, name: str) -> str:
    """One of the workspace's people who may review, when it has any (the sheet offers only
    them); in a workspace that has named nobody, the name the reviewer typed."""
    name = " ".join(name.split())[:NAME_MAX]
    everyone = people(db)
    if everyone:
        known = {person.casefold(): (person, role) for person, role in everyone}
        found = known.get(name.casefold())
        if found is None:
            raise UnreadableFile(
                path, "reviewer", reason("review.unknown_reviewer", name=repr(name))
            )
        person, role = found
        if role not in REVIEWING_ROLES:
            why = reason("review.may_not_review", name=repr(person), role=role)
            raise UnreadableFile(path, "reviewer", why)
        return person
    if not name:
        raise UnreadableFile(path, "reviewer", reason("review.no_reviewer"))
    return name


# -- recording ---------------------------------------------------------------------------------
def apply(db: Database, decisions: Decisions) -> Outcome:
    """Record every decision about what the recorded sheet held that still answers the item
    as the sheet showed it, as one operation (one undo step) in the reviewer's name; report
    the others."""
    from ..items.edit import get
    from ..items.occurrences import edit_occurrence, occurrence_status
    from ..write import unit_of_work
    from . import decide as review

    outcome = Outcome()
    for d in decisions.decisions:
        if (d.item_id, d.uid, d.occurrence, d.revision) not in decisions.held:
            outcome.skipped.append(Skipped(d, "not_on_sheet"))
        elif d.kind not in KINDS:
            outcome.skipped.append(Skipped(d, "unknown"))
    wanted = [
        d
        for d in decisions.decisions
        if d.kind in KINDS and (d.item_id, d.uid, d.occurrence, d.revision) in decisions.held
    ]
    if not wanted:
        return outcome
    label = "review sheet decisions"
    with unit_of_work.write(db, label, decisions.reviewer) as uow:
        for decision in wanted:
            try:
                item = get(uow.session, decision.item_id)
            except NotFoundError:
                outcome.skipped.append(Skipped(decision, "gone"))
                continue
            if item.uid != decision.uid:
                outcome.skipped.append(Skipped(decision, "gone"))
                continue
            if item.revision != decision.revision:
                outcome.skipped.append(Skipped(decision, "changed", item.status))
                continue
            key = decision.occurrence
            status = item.status if key is None else occurrence_status(uow.session, item.id, key)
            if status != Status.IN_REVIEW.value:
                outcome.skipped.append(Skipped(decision, "not_in_review", status))
                continue
            if decision.kind == "changes" and not decision.comment:
                outcome.skipped.append(Skipped(decision, "empty"))
                continue
            new = Status.APPROVED if decision.kind == "approve" else Status.DRAFT
            if key is None:
                item.status = new.value
            else:
                edit_occurrence(db, item.id, key, status=new)
            if decision.comment:
                kind = "approval" if decision.kind == "approve" else "changes"
                text = decision.comment[: review.COMMENT_MAX]
                review.remark(get(uow.session, item.id), uow.who, kind, text, key)
            outcome.applied.append(decision)
    outcome.changes = uow.changes if outcome.applied else None
    return outcome
