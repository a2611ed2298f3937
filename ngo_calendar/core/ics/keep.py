"""What an event of another calendar may bring into the workspace: every value it would store
passes the checks the command line and the editor use (core/model/checks.py, recurrence.py),
named by the iCalendar property it came from. Nothing here decides on its own what is valid.

An event whose value fails is skipped with the reason (ics_read), never stored: a start in year
9999, an end a century later, INTERVAL=0, FREQ=SECONDLY, a COUNT of 21 digits, a title with a
control character, a text of a million characters, a thousand tags.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..model import checks
from ..model.recurrence import check_rule, validate_rrule

if TYPE_CHECKING:
    from .read import Incoming

# SEQUENCE is a revision counter: SQLite and other calendars hold it in 32 bits.
SEQUENCE_MAX = 2**31 - 1


def moment(value: date, name: str) -> date:
    """A date or a time from the file (DTSTART, DTEND, EXDATE, RECURRENCE-ID), refused
    outside the calendar's span before anything computes with it (year 1 or 9999 overflow)."""
    return checks.calendar_date(value, name)


def checked(event: Incoming, tz: ZoneInfo) -> None:
    """Refuse (InputError, the field named by its property) what the workspace cannot keep;
    a rule is stored in the form the checks return."""
    event.title = checks.one_line(event.title, "SUMMARY", checks.TITLE_MAX)
    event.body = checks.text_block(event.body, "DESCRIPTION")
    if event.remarks is not None:
        event.remarks = checks.text_block(event.remarks, "X-NGO-NOTES")
    event.tags = checks.tag_list(event.tags, "CATEGORIES")
    checks.whole_number(event.sequence, "SEQUENCE", 0, SEQUENCE_MAX)
    first: datetime | date | None = event.start_utc or event.start_date
    assert first is not None  # read as a date or a time of the calendar (moment)
    if event.minutes is not None:
        most = checks.MAX_DURATION_MINUTES
        checks.whole_number(event.minutes, "DTEND", 0, most, "minutes")
    checks.whole_number(event.days, "DTEND", 1, checks.MAX_DAYS, "days")
    if event.rrule is not None and event.recurrence is None:
        event.rrule = validate_rrule(event.rrule, "RRULE")
        check_rule(event.rrule, first, tz, "RRULE")
