"""What a workspace accepts, in one place: dates, numbers, text, colours, names and ids.

The window and the command line hand values to core; core refuses them here with an InputError
naming the field, the value and what is accepted. Nothing else decides what is valid, so a value
the command line takes is one the window can show, and the other way round.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select

from .domain import LINE_BREAKS, InputError, shown  # noqa: F401 - shown: re-exported
from .reasons import Reason, reason

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A workspace's calendar spans these years: wide enough for any association's history and plans,
# narrow enough that every date, with its duration and its time zone, stays a valid date.
FIRST_YEAR, LAST_YEAR = 1900, 2200
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)


def calendar_span() -> Reason:
    """Why a date outside the calendar is refused: the span it must fall in."""
    return reason("text.calendar", first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat())


# What the columns hold (store/models.py) and what a person can reasonably mean.
TITLE_MAX = 300
CHANNEL_NAME_MAX = 80
NAME_MAX = 120  # campaigns, objectives, audiences, people
CRISIS_NAME_MAX = 200  # a crisis' name (the crises table's column)
TAG_MAX = 80
TAGS_MAX = 100  # tags on one item: a label, not an index of every word
TEXT_MAX = 200_000  # an item's text, a channel's text, notes: far beyond any platform's limit
ASSOCIATION_MAX = 200
PATH_MAX = 4096
RRULE_MAX = 500

MAX_DURATION_MINUTES = 366 * 24 * 60  # a timed item lasts at most a year
MAX_DAYS = 366  # an all-day item spans at most a year
MAX_WEEKLY_TARGET = 500  # posts a week on one channel
MAX_CHAR_LIMIT = 1_000_000
MAX_ID = 2**63 - 1  # SQLite's largest integer

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Line and paragraph separators end a line in many viewers although they are not control codes.


def utf8(value: str, field: str) -> str:
    """Text that is valid Unicode: bytes that were not UTF-8 reach Python as lone surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(field, value, reason("text.utf8")) from None
    return value


def _bad_character(value: str, allowed: str) -> str | None:
    for ch in value:
        if ch in allowed:
            continue
        if ch in LINE_BREAKS or unicodedata.category(ch) in ("Cc", "Cs"):
            return ch
    return None


def one_line(value: Any, field: str, longest: int, required: bool = True) -> str:
    """A name or a title: one line, no tabs or control characters, at most `longest` long.

    Spaces around it are dropped; `required` refuses what is left empty.
    """
    if not isinstance(value, str):
        raise InputError(field, value, reason("text.not_text"))
    utf8(value, field)
    cleaned = value.strip()
    if required and not cleaned:
        raise InputError(field, value, reason("text.empty"))
    bad = _bad_character(cleaned, "")
    if bad is not None:
        raise InputError(field, value, reason("text.one_line", character=repr(bad)))
    if len(cleaned) > longest:
        raise InputError(field, value, reason("text.too_long", most=longest, given=len(cleaned)))
    return cleaned


def text_block(value: Any, field: str, longest: int = TEXT_MAX) -> str:
    """A text of several lines (an item's text, notes): line breaks and tabs, no control codes.

    Windows line endings become plain ones, so a pasted text counts as it will be published.
    """
    if not isinstance(value, str):
        raise InputError(field, value, reason("text.not_text"))
    utf8(value, field)
    cleaned = value.replace("\r\n", "\n").replace("\r", "\n")
    bad = _bad_character(cleaned, "\n\t")
    if bad is not None:
        raise InputError(field, value, reason("text.control", character=repr(bad)))
    if len(cleaned) > longest:
        raise InputError(field, value, reason("text.too_long", most=longest, given=len(cleaned)))
    return cleaned


def tag_list(values: list[str], field: str = "tag") -> list[str]:
    """An item's tags: each one line of at most TAG_MAX characters, blank ones dropped, each
    once, at most TAGS_MAX of them."""
    tags = list(dict.fromkeys(one_line(t, field, TAG_MAX) for t in values if t.strip()))
    if len(tags) > TAGS_MAX:
        why = reason("text.tags", most=TAGS_MAX, given=len(tags))
        raise InputError(field, ", ".join(tags), why)
    return tags


def whole_number(value: Any, field: str, low: int, high: int, unit: Unit = "") -> int:
    """An integer within [low, high]; the refusal says the range in the field's unit."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, value, reason("text.whole_number"))
    if not low <= value <= high:
        raise InputError(field, value, reason(RANGES[unit], low=low, high=high))
    return value


# The unit a range of whole numbers is counted in, and the reason that says the range in it.
Unit = Literal["", "characters", "minutes", "days", "posts a week"]
RANGES: dict[Unit, str] = {
    "": "text.range",
    "characters": "text.range.characters",
    "minutes": "text.range.minutes",
    "days": "text.range.days",
    "posts a week": "text.range.posts",
}


def item_id(value: Any) -> int:
    """An id as a number SQLite can hold (a larger one names nothing: no item has it)."""
    return whole_number(value, "id", 1, MAX_ID)


def in_calendar(value: Any) -> bool:
    """Whether a date, a wall-clock time or an instant lies in the workspace's calendar."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(UTC) if FIRST_YEAR < value.year < LAST_YEAR else value
    day = value.date() if isinstance(value, datetime) else value
    return FIRST_DAY <= day <= LAST_DAY


def calendar_date(value: date, field: str) -> date:
    """A date or date-time inside the calendar span, refused otherwise."""
    if not in_calendar(value):
        raise InputError(field, _iso(value), calendar_span())
    return value


def clamp_day(day: date) -> date:
    """The nearest day inside the calendar: where paging past its ends stops."""
    return min(max(day, FIRST_DAY), LAST_DAY)


def _iso(value: date) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def colour(value: Any, field: str = "colour") -> str:
    """#rrggbb, stored in lower case."""
    if not isinstance(value, str) or not COLOUR.fullmatch(value):
        raise InputError(field, value, reason("text.colour"))
    return value.lower()


def name_taken(session: Session, model: Any, name: str, own_id: int | None = None) -> str | None:
    """The existing name that `name` would clash with, regardless of case and accents' case
    (« Presse » and « PRESSE », « Été » and « été »), or None when it is free."""
    wanted = name.casefold()
    for row_id, existing in session.execute(select(model.id, model.name)):
        if existing.casefold() == wanted and row_id != own_id:
            return existing
    return None
