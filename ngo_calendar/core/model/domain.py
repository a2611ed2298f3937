"""The vocabulary of an association's editorial calendar: plain values, no storage, no Qt."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TypeVar

from .reasons import Reason, reason

# Line breaks Python splits on besides \n and \r (a value holding one is not one line).
LINE_BREAKS = "\u2028\u2029\x85"


def shown(value: object, longest: int = 240) -> str:
    """A value as a refusal quotes it: one line, escapes for what cannot be printed, cut short."""
    text = value if isinstance(value, str) else repr(value) if value is not None else ""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogate escape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch in LINE_BREAKS or unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    result = "".join(out)
    if len(result) > longest:
        result = f"{result[: longest - 1]}… ({len(text):,} characters)"
    if not text.strip():
        result = f'"{result}"'  # so an empty or blank value is seen, not read as a missing word
    return result


class InputError(ValueError):
    """Input that cannot be accepted; says which field, which value, and why: what would be
    accepted, as a reason (core/model/reasons.py: a code and its values), worded in English by
    `accepted` (the command line's words) and in the person's language by the window."""

    def __init__(self, field_name: str, value: object, why: Reason) -> None:
        self.field = field_name
        self.value = value
        self.why = why
        super().__init__(f"{field_name}: {self.shown} is not accepted: {why}")

    @property
    def accepted(self) -> str:
        """What would be accepted, in English."""
        return str(self.why)

    @property
    def shown(self) -> str:
        """The value as a message quotes it: one line, printable, cut short when long."""
        return shown(self.value)


class Refused(Exception):
    """A refusal with its reason (a code and its values, core/model/reasons.py): its English
    is the exception's text, the window words it in the person's language."""

    def __init__(self, why: Reason) -> None:
        self.why = why
        super().__init__(str(why))


class NotFoundError(Refused, LookupError):
    """An id or a name that names nothing in the workspace."""


# Told how far a long task got (done, of total), now and then; it may raise to stop the task
# there (an operation under way is then rolled back: nothing written).
Progress = Callable[[int, int], None]


class UnreadableFile(ValueError):
    """A file given to a command that cannot be taken as it is: which file, where in it (a
    line, a field), and why (a reason: a code and its values; `reason` words it in English).
    Nothing was written."""

    def __init__(self, path: object, where: str, why: Reason) -> None:
        self.path, self.where, self.why = path, where, why
        super().__init__(f"{path}: {where}: {why}")

    @property
    def reason(self) -> str:
        """Why, in English."""
        return str(self.why)


# Where a new post goes on a day chosen without a time (a click on a month's day).
DEFAULT_POST_TIME = time(10, 0)


# The refusals of undo and redo (core.undo), here so that naming them loads no ORM.
class NothingToUndo(Refused, LookupError):
    """Nothing left to undo (or redo)."""


class UndoConflict(Refused, RuntimeError):
    """Undoing or redoing would overwrite a later change: refused, nothing written."""


class StackMoved(Refused, RuntimeError):
    """The entry at the top is not the one the caller showed (another program wrote since)."""

    def __init__(self, action: str, label: str) -> None:
        self.label = label
        code = "undo.moved.undo" if action == "undo" else "undo.moved.redo"
        super().__init__(reason(code, label=label))


class ItemKind(enum.StrEnum):
    POST = "post"
    EVENT = "event"
    MILESTONE = "milestone"


class Status(enum.StrEnum):
    """The review cycle. `held` is where crisis mode parks items; nothing is ever lost."""

    IDEA = "idea"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    CANCELLED = "cancelled"
    HELD = "held"


class Sensitivity(enum.StrEnum):
    """How an item behaves in crisis mode."""

    MOVABLE = "movable"  # promotional or cheerful: paused and re-planned later
    TIME_BOUND = "time_bound"  # only meaningful on its date: cancelled or kept, never moved
    ESSENTIAL = "essential"  # crisis messages and practical information: always kept


class ChannelKind(enum.StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    X = "x"
    LINKEDIN = "linkedin"
    TIKTOK = "tiktok"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    YOUTUBE = "youtube"
    NEWSLETTER = "newsletter"
    WEBSITE = "website"
    PRESS = "press"
    EVENT = "event"


class Role(enum.StrEnum):
    EDITOR = "editor"
    REVIEWER = "reviewer"


# Character limits of each platform's main text field; None means no practical limit.
DEFAULT_CHAR_LIMITS: dict[ChannelKind, int | None] = {
    ChannelKind.FACEBOOK: 63206,
    ChannelKind.INSTAGRAM: 2200,
    ChannelKind.X: 280,
    ChannelKind.LINKEDIN: 3000,
    ChannelKind.TIKTOK: 2200,
    ChannelKind.MASTODON: 500,
    ChannelKind.BLUESKY: 300,
    ChannelKind.YOUTUBE: 5000,
    ChannelKind.NEWSLETTER: None,
    ChannelKind.WEBSITE: None,
    ChannelKind.PRESS: None,
    ChannelKind.EVENT: None,
}

# Seeded into every new workspace (editable afterwards), per workspace language.
DEFAULT_OBJECTIVES: dict[str, list[str]] = {
    "fr": [
        "Sensibiliser",
        "Créer la confiance",
        "Générer du trafic",
        "Créer du lien",
        "Collecter des dons",
        "Recruter bénévoles et adhérents",
        "Actualité de l'association",
        "Actualité de la cause",
    ],
    "en": [
        "Raise awareness",
        "Build trust",
        "Bring traffic",
        "Build relationships",
        "Raise donations",
        "Recruit volunteers and members",
        "Association news",
        "News about the cause",
    ],
}
DEFAULT_AUDIENCES: dict[str, list[str]] = {
    "fr": ["Bénéficiaires", "Donateurs", "Bénévoles", "Partenaires", "Grand public", "Presse"],
    "en": ["Beneficiaries", "Donors", "Volunteers", "Partners", "General public", "Press"],
}

DEFAULT_TIMEZONE = "Europe/Paris"
LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Timed:
    """A start at a wall-clock time in the workspace zone (naive local date-time)."""

    local: datetime


@dataclass(frozen=True)
class AllDay:
    """An all-day start: a date, never a midnight."""

    day: date


Start = Timed | AllDay | None


@dataclass
class ItemDraft:
    """What a person enters for an item; services validate it and store it.

    Channels, campaign, objective and audiences are given by name so that the command line and
    the editor speak the same language as the person using them.
    """

    title: str
    kind: ItemKind = ItemKind.POST
    body: str = ""
    channels: list[str] = field(default_factory=list)
    variants: dict[str, str] = field(default_factory=dict)  # channel name -> its own text
    status: Status = Status.DRAFT
    start: Start = None
    duration_minutes: int | None = None  # timed items
    days: int = 1  # all-day items: how many days
    campaign: str | None = None
    objective: str | None = None
    audiences: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    notes: str = ""
    sensitivity: Sensitivity = Sensitivity.MOVABLE
    rrule: str | None = None
    # The revision the draft was read at; a save is refused when the item changed since (the
    # command line or another window). Not part of what was entered, so not compared.
    revision: int | None = field(default=None, compare=False)


E = TypeVar("E", bound=enum.StrEnum)


def parse_enum(kind: type[E], field_name: str, value: str) -> E:
    """Accept an enum value written with dashes, spaces or any case; refuse with the choices."""
    wanted = value.strip().lower().replace("-", "_").replace(" ", "_")
    for member in kind:
        if member.value == wanted:
            return member
    choices = ", ".join(m.value for m in kind)
    raise InputError(field_name, value, reason("text.one_of", choices=choices))
