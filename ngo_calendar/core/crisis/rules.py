"""The workspace's rules for crisis plans, kept in its settings: quiet hours, blackout days and
the sensitive words. Absent settings mean the defaults (21:00 to 08:00, no blackout day, the
French and English words of core/crisis/plan.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import Literal

from sqlalchemy import select

from ngo_calendar.store import Database, columns

from ..model import checks
from ..model.domain import InputError
from ..model.reasons import reason
from ..write.changes import Changes
from ..write.reading import plain_reading
from .plan import DEFAULT_QUIET, DEFAULT_SENSITIVE_WORDS

QUIET_KEY, BLACKOUT_KEY, WORDS_KEY = "crisis_quiet", "crisis_blackout", "crisis_words"
_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$", re.ASCII)
NO_QUIET = ("none", "aucune", "")
MAX_WORDS = 500
WORD_MAX = 80  # characters in a word or phrase


@dataclass(frozen=True)
class CrisisRules:
    quiet: tuple[time, time] | None = DEFAULT_QUIET
    blackout: frozenset[date] = frozenset()
    words: tuple[str, ...] = DEFAULT_SENSITIVE_WORDS

    @property
    def quiet_text(self) -> str:
        if self.quiet is None:
            return "none"
        return f"{self.quiet[0]:%H:%M}-{self.quiet[1]:%H:%M}"


def parse_quiet(text: str, field: str = "--quiet") -> tuple[time, time] | None:
    """`21:00-08:00` (from, until; over midnight when until is earlier), or `none`."""
    if text.strip().casefold() in NO_QUIET:
        return None
    found = _QUIET.match(text)
    if found is None:
        raise InputError(field, text, reason("crisis_input.quiet"))
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise InputError(field, text, reason("crisis_input.quiet_range"))
    if (h1, m1) == (h2, m2):
        raise InputError(field, text, reason("crisis_input.quiet_same"))
    return time(h1, m1), time(h2, m2)


def parse_days(values: Iterable[str], field: str = "--blackout") -> frozenset[date]:
    """Dates (YYYY-MM-DD) separated by commas or semicolons, each in the calendar."""
    return frozenset(checks.calendar_date(day, field) for day in _days(values, field))


def _days(values: Iterable[str], field: str) -> frozenset[date]:
    days = set()
    for value in values:
        for part in checks.utf8(value, field).replace(";", ",").split(","):
            if not part.strip():
                continue
            try:
                days.add(date.fromisoformat(part.strip()))
            except ValueError:
                raise InputError(field, part.strip(), reason("crisis_input.day")) from None
    return frozenset(days)


def parse_words(values: Iterable[str], field: str = "--words") -> tuple[str, ...]:
    """Words or phrases separated by commas or new lines; kept in their order, once each, each
    one line of text as names are (no control characters)."""
    words = _words(values, field)
    for word in words:
        checks.one_line(word, field, WORD_MAX)
    return words


def _words(values: Iterable[str], field: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        for part in re.split(r"[,\n]", checks.utf8(value, field)):
            word = " ".join(part.split())
            if len(word) > WORD_MAX:
                raise InputError(field, word, reason("crisis_input.word"))
            if word and word.casefold() not in seen:
                seen[word.casefold()] = word
    if len(seen) > MAX_WORDS:
        raise InputError(field, len(seen), reason("crisis_input.words", most=MAX_WORDS))
    return tuple(seen.values())


def read(db: Database) -> CrisisRules:
    with plain_reading(db) as s:
        setting = columns.Setting
        keys = (QUIET_KEY, BLACKOUT_KEY, WORDS_KEY)
        query = select(setting.key, setting.value).where(setting.key.in_(keys))
        stored = {key: value for key, value in s.execute(query)}
    return CrisisRules(
        quiet=parse_quiet(stored[QUIET_KEY]) if QUIET_KEY in stored else DEFAULT_QUIET,
        # Read as stored: what an older version let in is not refused at every plan.
        blackout=_days([stored.get(BLACKOUT_KEY, "")], BLACKOUT_KEY),
        words=_words([stored[WORDS_KEY]], WORDS_KEY)
        if WORDS_KEY in stored
        else DEFAULT_SENSITIVE_WORDS,
    )


def update(
    db: Database,
    quiet: tuple[time, time] | None | Literal[""] = "",
    blackout: frozenset[date] | None = None,
    words: tuple[str, ...] | None = None,
    who: str | None = None,
) -> Changes:
    """Store the rules given (quiet "" and None elsewhere: leave as they are), in one operation."""
    from ..workspace import put_setting
    from ..write import unit_of_work

    with unit_of_work.write(db, "crisis rules", who) as uow:
        if quiet != "":
            value = CrisisRules(quiet=quiet).quiet_text
            put_setting(uow.session, QUIET_KEY, value)
        if blackout is not None:
            put_setting(
                uow.session, BLACKOUT_KEY, ",".join(d.isoformat() for d in sorted(blackout))
            )
        if words is not None:
            put_setting(uow.session, WORDS_KEY, "\n".join(words))
    return uow.changes
