"""What an event of another calendar may bring in (core/ics/keep.py, issue 27, point 8): the
same checks as the command line and the editor, word for word, named by the property; and the
lines the reading leaves out before icalendar parses (structure.lean)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ngo_calendar.core.ics import keep
from ngo_calendar.core.ics import read as ics_read
from ngo_calendar.core.ics import structure as ics_structure
from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.model.recurrence import validate_rrule
from tests.helpers import calendar_text

PARIS = ZoneInfo("Europe/Paris")


def _event(**values: Any) -> ics_read.Incoming:
    start = datetime(2027, 1, 5, 9, tzinfo=UTC)
    event = ics_read.Incoming("a@example.org", None, None, 0, 4, "Collecte", "", start, None, 60, 1)
    return replace(event, **values)


# (a field of the event, a value the workspace refuses, the same check the editor runs)
REFUSED: list[tuple[str, object, Callable[[Any], object]]] = [
    ("title", "Alerte\x07", lambda v: checks.one_line(v, "title", checks.TITLE_MAX)),
    ("body", "x" * 200_001, lambda v: checks.text_block(v, "body")),
    ("remarks", "a\x1b[2Jb", lambda v: checks.text_block(v, "notes")),
    ("tags", [f"t{n}" for n in range(101)], checks.tag_list),
    ("minutes", 366 * 24 * 60 + 1,
     lambda v: checks.whole_number(v, "d", 0, checks.MAX_DURATION_MINUTES, "minutes")),
    ("days", 367, lambda v: checks.whole_number(v, "days", 1, checks.MAX_DAYS, "days")),
    ("rrule", "FREQ=DAILY;INTERVAL=0", validate_rrule),
    ("rrule", "FREQ=MINUTELY", validate_rrule),
    ("rrule", "FREQ=DAILY;COUNT=123456789012345678901", validate_rrule),
]  # fmt: skip


@pytest.mark.parametrize(("field", "value", "editor"), REFUSED, ids=[r[0] for r in REFUSED])
def test_an_event_is_refused_for_what_the_editor_refuses(
    field: str, value: object, editor: Callable[[Any], object]
) -> None:
    with pytest.raises(InputError) as ours:
        keep.checked(_event(**{field: value}), PARIS)
    with pytest.raises(InputError) as theirs:
        editor(value)
    assert ours.value.why == theirs.value.why


def test_what_is_kept_is_kept_as_the_editor_stores_it() -> None:
    event = _event(title="  Collecte ", body="a\r\nb", tags=["dons", "dons", " "],
                   rrule="freq=weekly;count=3")  # fmt: skip
    keep.checked(event, PARIS)
    assert (event.title, event.body, event.tags, event.rrule) == (
        "Collecte", "a\nb", ["dons"], "FREQ=WEEKLY;COUNT=3"
    )  # fmt: skip


@pytest.mark.parametrize(
    "value", [date(1899, 12, 31), date(2201, 1, 1), datetime(9999, 12, 31, 10, tzinfo=UTC)]
)
def test_a_moment_outside_the_calendar_is_refused_before_any_zone_moves_it(value: date) -> None:
    with pytest.raises(InputError) as refused:
        keep.moment(value, "DTEND")
    assert refused.value.field == "DTEND"
    assert refused.value.why == checks.calendar_span()


def test_the_reading_leaves_out_the_lines_it_does_not_use(tmp_path: Path) -> None:
    text = calendar_text(
        'UID:a@example.org\nDTSTAMP:20261201T000000Z\nATTENDEE;CN="Marie":mailto:m@x.org\n'
        " ;folded rest\nSUMMARY:Collecte\n  suite\nX-NGO-KIND:post\nDTSTART:20270105T090000Z\n"
        "BEGIN:VALARM\nTRIGGER:-PT30M\nEND:VALARM"
    ).replace("\r\n", "\n")
    lean = ics_structure.lean(text)
    assert "DTSTAMP" not in lean and "ATTENDEE" not in lean and "folded" not in lean
    assert "TRIGGER" not in lean and "BEGIN:VALARM\nEND:VALARM" in lean
    assert "SUMMARY:Collecte\n  suite\nX-NGO-KIND:post\nDTSTART:20270105T090000Z" in lean
    path = tmp_path / "a.ics"
    path.write_text(text)
    (event,) = ics_read.read(path, PARIS).events
    assert (event.title, event.kind) == ("Collecte suite", "post")
