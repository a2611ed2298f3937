"""The review sheet: what waits for review, for a reviewer away from the laptop.

One self-contained HTML file (its style and script inside, no network, system fonts) where the
reviewer approves items or writes what should change and saves the decisions to a small file
(core/review/decisions.py records it); and a printable text of the same sheet that the window
or the command line turns into a PDF with Qt. Each item shows its date, channels, text per
channel with its counter and a reference (id, revision) that ties a decision to what was shown.

Making a sheet records it in the workspace (table `review_sheets`, migration 0007): its id,
when and by whom, what it holds (item id, uid, occurrence, revision per entry) and the names it
offers as reviewers. The page carries the key its decisions are sealed with, so the seal cannot
tell a decision the page made from one its holder wrote; this record is what limits the
decisions applied (core/review/decisions.py) to what was sent, by people who may review.

The record is written through the unit of work, as every write is: one transaction, which also
reads what it records. It is made with `undoable=False` and the table is not one the unit of
work follows, so it leaves no history entry and no undo step: a volunteer who makes a sheet
and then presses Ctrl+Z undoes their last edit, not the sheet (a sheet already sent cannot be
taken back anyway). A sheet that holds nothing is recorded too: its decisions are all refused.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from ..model.domain import Refused, UnreadableFile
from ..model.files import written_whole
from ..model.reasons import reason
from ..workspace import Database, people, settings
from . import decisions as review_decisions
from . import queue as review_queue
from .queue import Waiting


@dataclass(frozen=True)
class Sheet:
    association: str
    language: str  # fr | en
    tz: ZoneInfo
    made_at: datetime
    made_by: str
    workspace_id: str
    sheet_id: str
    key: str  # the seal's key, in hex (see review_decisions.sheet_key)
    people: tuple[str, ...]  # the names offered as reviewers: those who may review
    entries: tuple[Waiting, ...]

    @property
    def file_name(self) -> str:
        """The name the page saves the decisions under."""
        day = self.made_at.astimezone(self.tz).strftime("%Y-%m-%d")
        return f"review-decisions-{day}-{self.sheet_id[:8]}.json"


def make(db: Database, now: datetime, who: str | None = None) -> Sheet:
    """The sheet of what waits for review now, recorded in the workspace (one transaction, no
    undo step: see the module's description). Refused when the workspace has people but none
    who may review: the page would offer nobody to decide."""
    from ngo_calendar.store.models import ReviewSheet

    from ..write import unit_of_work
    from ..write.history import current_user

    made_by = who or current_user()
    with unit_of_work.write(db, "review sheet", made_by, undoable=False) as uow:
        everyone = people(db)
        offered = review_decisions.reviewers(everyone)
        if everyone and not offered:
            raise Refused(reason("review.nobody_reviews"))
        workspace_id, secret = review_decisions.identity(db)
        sheet_id = secrets.token_hex(16)
        current = settings(db)
        sheet = Sheet(
            association=current.association,
            language="en" if current.language.startswith("en") else "fr",
            tz=current.tz,
            made_at=now,
            made_by=made_by,
            workspace_id=workspace_id,
            sheet_id=sheet_id,
            key=review_decisions.sheet_key(secret, sheet_id),
            people=offered,
            entries=tuple(review_queue.waiting(db, now)),
        )
        held = [[e.item_id, e.uid, e.occurrence, e.revision] for e in sheet.entries]
        uow.session.add(
            ReviewSheet(
                id=sheet_id,
                made_at=now,
                made_by=made_by[: review_decisions.NAME_MAX],
                entries=json.dumps(held, ensure_ascii=False),
                reviewers=json.dumps(list(offered), ensure_ascii=False),
            )
        )
    return sheet


def asset(name: str) -> str:
    """The page's style or script, shipped in ngo_calendar/resources/review_sheet."""
    return (resources.files("ngo_calendar.resources") / "review_sheet" / name).read_text("utf-8")


def write_text(path: Path, text: str) -> Path:
    with written_whole(path) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")
    return path


def check_output(path: Path) -> str:
    """The kind of sheet a file name asks for: html or pdf (anything else is refused)."""
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    raise UnreadableFile(path, "name", reason("review.sheet_name"))
