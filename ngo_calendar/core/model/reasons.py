"""Why core decided something, as a code and its values: a crisis plan's row (kept, moved,
held, cancelled, and why), an import report's line (new, updated, skipped, and why).

Core words a reason in English from the one table below (what the command line prints, what a
record keeps); the window words it in the person's language from its own table keyed by the
same codes (gui/common/reasons.py), never by matching English sentences. A test checks that
every code here has its English and French text there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

ENGLISH: dict[str, str] = {
    # A crisis plan's rows (core/crisis/plan.py, plan_file.py).
    "crisis.no_channel": "on no channel the crisis concerns",
    "crisis.before": "before the crisis",
    "crisis.after": "after the crisis",
    "crisis.message": "crisis communication",
    "crisis.essential": "essential",
    "crisis.time_bound": "time-bound: its moment falls inside the crisis",
    "crisis.event": "tied to a fixed date (an event)",
    "crisis.held": "movable: held until the crisis ends",
    "crisis.no_slot": "movable: no free slot after the crisis within a year; held",
    "crisis.moved": "movable: moved after the crisis",
    "crisis.moved.week": (
        "movable: moved after the crisis, to the first week with room in its channels' cadence"
    ),
    "crisis.moved.day": (
        "movable: moved after the crisis, to the first day with room in its channels' cadence"
    ),
    "crisis.moved.blackout": "movable: moved after the crisis, to the day after a blackout day",
    "crisis.moved.quiet": "movable: moved after the crisis, to the end of quiet hours",
    "crisis.moved.minute": "movable: moved after the crisis, to the next free minute",
    "crisis.by_hand": "set by hand",
    "crisis.date_by_hand": "date set by hand",
    "crisis.later": "after the crisis' window: sensitive words, to read again before it goes out",
    "crisis.template": "crisis message from a template",
    "crisis.given": "{text}",  # a reason a person wrote in a plan file, kept as written
    # An import report's lines (core/ics/read.py, importer.py).
    "import.new": "new",
    "import.newer": "a newer version (SEQUENCE)",
    "import.not_newer": "already in the workspace (SEQUENCE {sequence}, not newer than {known})",
    "import.ours": "already in the workspace (an item of this workspace)",
    "import.no_start": "no start (DTSTART)",
    "import.bad_start": "a start that is neither a date nor a time: {value}",
    "import.no_series": "a changed date of a series the file lacks",
    "import.twice": "the file holds this UID twice: the first is kept",
    "import.no_uid": "no UID in the file: one made from its title and start",
    "import.floating": "floating time read in {zone}",
    "import.rule": "a repeat rule this calendar cannot keep: {rule}",
}


@dataclass(frozen=True)
class Reason:
    """A code of ENGLISH and the values its text names."""

    code: str
    values: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.code not in ENGLISH:
            raise KeyError(f"no reason with the code {self.code!r}")

    @property
    def params(self) -> dict[str, str]:
        return dict(self.values)

    def __str__(self) -> str:
        return ENGLISH[self.code].format(**self.params)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, **self.params}


def reason(code: str, **values: object) -> Reason:
    return Reason(code, tuple(sorted((k, str(v)) for k, v in values.items())))


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    found = []
    for code, text in ENGLISH.items():
        parts = re.split(r"\{(\w+)\}", text)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+)" for i, part in enumerate(parts)
        )
        found.append((re.compile(regex), code))
    return found


def from_text(text: str) -> Reason | None:
    """The reason a text words (a record or a plan file written before reasons had codes, or
    edited by hand), from the same table; None for a text no code words."""
    for pattern, code in _patterns():
        if code == "crisis.given":
            continue  # it words any text: a text no other code words is given by a person
        matched = pattern.fullmatch(text)
        if matched:
            return reason(code, **matched.groupdict())
    return None


def given(text: str) -> Reason:
    """A reason as a person wrote it: its code when a code words it, else kept as written."""
    return from_text(text) or reason("crisis.given", text=text)


def of_record(record: dict[str, Any]) -> Reason | None:
    """The reason of a stored row (a crisis' record, a plan's JSON): its `why` when it has
    one, else its English `reason` read back (records kept before reasons had codes)."""
    why = record.get("why")
    if isinstance(why, dict) and why.get("code") in ENGLISH:
        return reason(str(why["code"]), **{k: v for k, v in why.items() if k != "code"})
    text = record.get("reason")
    return from_text(text) if isinstance(text, str) else None
