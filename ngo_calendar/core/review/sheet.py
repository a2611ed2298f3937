"""The review sheet: what waits for review, for a reviewer away from the laptop.

One self-contained HTML file (its style and script inside, no network, system fonts) where the
reviewer approves items or writes what should change and saves the decisions to a small file
(core/review/decisions.py records it); and a printable text of the same sheet that the window
or the command line turns into a PDF with Qt. Each item shows its date, channels, text per
channel with its counter and a reference (id, revision) that ties a decision to what was shown.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from ..model.domain import UnreadableFile
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
    people: tuple[str, ...]
    entries: tuple[Waiting, ...]

    @property
    def file_name(self) -> str:
        """The name the page saves the decisions under."""
        day = self.made_at.astimezone(self.tz).strftime("%Y-%m-%d")
        return f"review-decisions-{day}-{self.sheet_id[:8]}.json"


def make(db: Database, now: datetime, who: str | None = None) -> Sheet:
    """The sheet of what waits for review now (reads only: making a sheet writes nothing)."""
    from ..write.history import current_user

    workspace_id, secret = review_decisions.identity(db)
    sheet_id = secrets.token_hex(16)
    current = settings(db)
    return Sheet(
        association=current.association,
        language="en" if current.language.startswith("en") else "fr",
        tz=current.tz,
        made_at=now,
        made_by=who or current_user(),
        workspace_id=workspace_id,
        sheet_id=sheet_id,
        key=review_decisions.sheet_key(secret, sheet_id),
        people=tuple(name for name, _role in people(db)),
        entries=tuple(review_queue.waiting(db, now)),
    )


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
