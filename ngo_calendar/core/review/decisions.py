"""A reviewer's decisions, made on a review sheet away from the laptop, and recorded here.

The sheet (core/review/sheet.py) carries the workspace's id, its own id and a key derived from
the workspace's secret and that id. The page seals the decisions it saves with that key
(HMAC-SHA256 over a canonical JSON text), so a file from another workspace or one edited after
it was saved is refused as a whole, and nothing is written. A decision about an item that
changed after the sheet was made (its revision moved on) is not applied but reported; the
others are recorded as one operation of the unit of work, in the reviewer's name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
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

FORMAT = "ngo-calendar review decisions"
VERSION = 1
MAX_BYTES = 5_000_000  # far more than a sheet's decisions; a bigger file is something else
KINDS = ("approve", "changes")
IDENTITY_KEYS = ("workspace_id", "review_sheet_secret")


@dataclass(frozen=True)
class Decision:
    item_id: int
    uid: str
    occurrence: str | None
    revision: int
    kind: str  # approve | changes
    comment: str


@dataclass(frozen=True)
class Decisions:
    path: Path
    sheet: str
    reviewer: str
    decisions: tuple[Decision, ...]


# Why a decision was not applied (the window says it in its language from `why`).
REASONS = {
    "unknown": "not a decision this program knows",
    "gone": "no longer in the workspace",
    "changed": "changed after the sheet was made (now {status})",
    "not_in_review": "no longer in review ({status})",
    "empty": "a requested change says nothing",
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
    file cannot be read, is not a decisions file, comes from another workspace, or was
    changed after the page saved it."""
    data = _load(path)
    workspace_id, secret = identity(db)
    if data.get("workspace") != workspace_id:
        raise UnreadableFile(path, "workspace", reason("review.other_workspace"))
    sheet, reviewer, rows = data.get("sheet"), data.get("reviewer"), data.get("decisions")
    if not isinstance(sheet, str) or not isinstance(reviewer, str) or not isinstance(rows, list):
        raise UnreadableFile(path, "sheet", reason("review.incomplete"))
    try:
        text = canonical(workspace_id, sheet, reviewer, rows)
    except (KeyError, TypeError, UnicodeEncodeError):
        raise UnreadableFile(path, "decisions", reason("review.decision_fields")) from None
    given = data.get("seal")
    if not isinstance(given, str) or not hmac.compare_digest(
        given, seal(sheet_key(secret, sheet), text)
    ):
        raise UnreadableFile(path, "seal", reason("review.seal"))
    return Decisions(path, sheet, _reviewer(db, path, reviewer), tuple(map(_decision, rows)))


def _load(path: Path) -> dict[str, Any]:
    data = read_json(path, MAX_BYTES, reason("review.decisions"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UnreadableFile(path, "format", reason("review.format"))
    if data.get("version") != VERSION:
        why = reason("review.version", version=repr(data.get("version")), readable=VERSION)
        raise UnreadableFile(path, "version", why)
    return data


def _decision(row: dict[str, Any]) -> Decision:
    # The seal vouches for these values: the page wrote them from the sheet's own data.
    return Decision(
        item_id=int(row["item"]),
        uid=str(row["uid"]),
        occurrence=row["occurrence"] if isinstance(row["occurrence"], str) else None,
        revision=int(row["revision"]),
        kind=str(row["decision"]),
        comment=str(row["comment"] or "").strip(),
    )


def _reviewer(db: Database, path: Path, name: str) -> str:
    """One of the workspace's people when it has any (the sheet offers only them)."""
    name = " ".join(name.split())[:120]
    known = {person.casefold(): person for person, _role in people(db)}
    if known:
        found = known.get(name.casefold())
        if found is None:
            raise UnreadableFile(
                path, "reviewer", reason("review.unknown_reviewer", name=repr(name))
            )
        return found
    if not name:
        raise UnreadableFile(path, "reviewer", reason("review.no_reviewer"))
    return name


# -- recording ---------------------------------------------------------------------------------
def apply(db: Database, decisions: Decisions) -> Outcome:
    """Record every decision that still answers the item as the sheet showed it, as one
    operation (one undo step) in the reviewer's name; report the others."""
    from ..items.edit import get
    from ..items.occurrences import edit_occurrence, occurrence_status
    from ..write import unit_of_work
    from . import decide as review

    outcome = Outcome()
    wanted = [d for d in decisions.decisions if d.kind in KINDS]
    unknown = [d for d in decisions.decisions if d.kind not in KINDS]
    outcome.skipped += [Skipped(d, "unknown") for d in unknown]
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
