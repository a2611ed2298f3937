"""Reading an iCalendar file written by another program (Google, Outlook/Exchange, Thunderbird,
Nextcloud, Apple…) into plain events, ready to become items; nothing is written here.

What real files hold and how it is read: a byte-order mark (skipped); Windows time-zone names
(read as the IANA zone of that name) and zones defined only by the file's VTIMEZONE; times in
UTC; floating times (no zone), read in the file's X-WR-TIMEZONE or else the workspace's zone,
never silently as UTC, and said in the report; DURATION instead of DTEND; EXDATE; RECURRENCE-ID
(a moved or edited date, before or after its series); unknown properties (ignored). A file that
is not iCalendar, cut short, or not text is refused with the line (or byte) and the reason.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ..model.domain import InputError, Progress, UnreadableFile
from ..model.files import read_limited
from ..model.reasons import Reason, reason
from ..model.timing import start_key, zone
from . import keep
from . import structure as ics_structure
from .text import split, unescaped

MAX_BYTES = 50_000_000
UID_LENGTH = 64  # items' uids; a longer one (Exchange's) is shortened to a stable digest


@dataclass
class Incoming:
    """One VEVENT of the file: a whole item, or (with `recurrence`) one date of a series."""

    uid: str  # as the item stores it
    recurrence: str | None  # the key of the series' date it changes (RECURRENCE-ID)
    recurrence_day: str | None  # that date's day, for a series of all-day events
    sequence: int
    line: int  # where the event begins in the file
    title: str
    body: str
    start_utc: datetime | None
    start_date: date | None
    minutes: int | None  # a timed event's length
    days: int  # an all-day event's days
    rrule: str | None = None
    exdates: list[str] = field(default_factory=list)
    exdays: list[str] = field(default_factory=list)  # the same dates as days
    status: str = "approved"
    tags: list[str] = field(default_factory=list)
    # From a file this program wrote (None from others: a new item is an event, movable, with
    # no notes; an item updated keeps what the volunteer set).
    kind: str | None = None
    sensitivity: str | None = None
    remarks: str | None = None  # the item's notes
    notes: list[Reason] = field(default_factory=list)  # what the report says of how it was read


@dataclass
class ReadFile:
    events: list[Incoming]
    skipped: list[tuple[int, str, Reason]]  # (line, title, why) of events that cannot be read


STATUSES = {"TENTATIVE": "draft", "CONFIRMED": "approved", "CANCELLED": "cancelled"}
OURS = ("draft", "in_review", "approved", "published", "cancelled")


def read(
    path: Path,
    tz: ZoneInfo,
    progress: Progress | None = None,
    slice_size: int = ics_structure.SLICE,
) -> ReadFile:
    """The file's events; `tz` is the workspace's zone, for floating times when the file
    names none (X-WR-TIMEZONE). A large calendar is read a slice at a time, `progress` told
    (events read, events in all) after each; it may raise to stop the reading."""
    structure = ics_structure.check(path, _text(path))
    starts = iter(structure.events)
    events: list[Incoming] = []
    skipped: list[tuple[int, str, Reason]] = []
    floating: ZoneInfo | None = None
    total = len(structure.events)
    for text in structure.slices(slice_size):
        try:
            cal = icalendar.Calendar.from_ical(ics_structure.lean(text))
        except ValueError as exc:
            raise UnreadableFile(path, "file", reason("ics.unreadable", error=exc)) from None
        if floating is None:
            floating = _zone(cal.get("x-wr-timezone")) or tz
        for event in cal.walk("VEVENT"):
            line = next(starts, 0)
            title = _one_line(str(_first(event.get("summary", "")))) or "(sans titre)"
            try:
                incoming = _incoming(event, line, title, floating, tz)
                keep.checked(incoming, tz)
            except _Skip as why:
                skipped.append((line, title, why.why))
            except InputError as exc:  # a value the workspace cannot keep (keep.py)
                skipped.append((line, title, _not_kept(exc)))
            else:
                events.append(incoming)
        if progress is not None:
            progress(len(events) + len(skipped), total)
    return ReadFile(events, skipped)


class _Skip(Exception):
    """An event that cannot become an item: skipped, with the reason, the rest imported."""

    def __init__(self, why: Reason) -> None:
        super().__init__(str(why))
        self.why = why


def _text(path: Path) -> str:
    raw = read_limited(path, MAX_BYTES)
    if len(raw) > MAX_BYTES:
        raise UnreadableFile(path, "file", reason("ics.too_large"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UnreadableFile(path, f"line {line}", reason("ics.not_utf8")) from None
    if "\x00" in text:
        raise UnreadableFile(path, "file", reason("ics.binary"))
    return text


def _not_kept(exc: InputError) -> Reason:
    if exc.field == "RRULE":
        return reason("import.rule", rule=exc.why)
    return reason("import.value", property=exc.field, why=exc.why)


# The properties an event is read from. icalendar parses a value only when it is asked for it
# and keeps a value it cannot parse as a "broken" one, listed in the component's `errors`: one
# of these broken, or given twice, and the event is skipped (another property broken is ignored,
# as an unknown one is). A rule is read from its text whatever icalendar made of it (Exchange
# writes `BYDAY=MO, TU`), then checked as the command line checks one (ics_keep).
READ = ("DTSTART", "DTEND", "DURATION", "EXDATE", "RECURRENCE-ID", "SEQUENCE", "UID")
SINGLE = (*(p for p in READ if p != "EXDATE"), "RRULE", "SUMMARY", "DESCRIPTION", "STATUS")
SHOWN = 60  # characters of a broken value the report quotes


def _readable(event: Any) -> None:
    """Skip an event whose properties read are broken or repeated."""
    for name, _error in event.errors:
        if name in READ:
            value = str(_first(event.get(name, "")))
            raise _Skip(reason("import.broken", property=name, value=repr(value[:SHOWN])))
    for name in SINGLE:
        if isinstance(event.get(name), list):
            raise _Skip(reason("import.repeated", property=name))


def _first(value: Any) -> Any:
    """The first of a property's values (a text given twice is read once, for the report)."""
    return value[0] if isinstance(value, list) and value else value


def _incoming(event: Any, line: int, title: str, floating: ZoneInfo, tz: ZoneInfo) -> Incoming:
    notes: list[Reason] = []
    _readable(event)
    start = event.get("dtstart")
    if start is None:
        raise _Skip(reason("import.no_start"))
    uid = str(event.get("uid", "")).strip()
    if not uid:
        digest = hashlib.sha256(f"{title}\n{start.to_ical()!r}".encode()).hexdigest()[:32]
        uid = f"{digest}@import"
        notes.append(reason("import.no_uid"))
    if len(uid) > UID_LENGTH or not uid.isprintable():  # kept as a stable digest instead
        uid = f"{hashlib.sha256(uid.encode()).hexdigest()[:40]}@import"
    value = _named(start)
    start_utc, start_date = _moment(value, floating, notes, "DTSTART")
    end = event.get("dtend")
    duration = event.get("duration")
    length: timedelta | None = None
    if end is not None:
        end_utc, end_date = _moment(_named(end), floating, [], "DTEND")
        if start_utc is not None and end_utc is not None:
            length = end_utc - start_utc
        elif start_date is not None and end_date is not None:
            length = end_date - start_date
    elif duration is not None:
        length = duration.dt
    minutes = days = None
    if start_utc is not None:
        minutes = (
            int(length.total_seconds() // 60) if length and length.total_seconds() > 0 else None
        )
    else:
        days = max(1, length.days) if length else 1
    # Exchange names the dates of an all-day series by their midnight in its zone: the day is
    # kept beside the instant, and the series (all-day or not) says which one it means.
    recurrence = event.get("recurrence-id")
    key = day = None
    if recurrence is not None:
        key, day = _keys(_named(recurrence), floating, "RECURRENCE-ID")
    rule = event.get("rrule")
    exdates: list[str] = []
    exdays: list[str] = []
    for listed in _as_list(event.get("exdate")):
        for one in listed.dts:
            ex_key, ex_day = _keys(_named(one, listed.params.get("TZID")), floating, "EXDATE")
            exdates.append(ex_key)
            exdays.append(ex_day)
    status = STATUSES.get(str(event.get("status", "CONFIRMED")).upper(), "approved")
    ours = str(event.get("x-ngo-status", "")).strip()
    if ours in OURS:
        status = ours
    body = str(event.get("description", ""))
    ours_too = event.get("x-ngo-kind") is not None  # written by this program: read it all back
    if ours_too:
        tags = [t for t in split(str(event.get("x-ngo-tags", ""))) if t.strip()]
        body = _without_channel_texts(body, event)
    else:  # another calendar's categories are its labels: kept as tags
        tags = [str(c).strip() for v in _as_list(event.get("categories")) for c in v.cats]
        body = body.strip()
    return Incoming(
        uid=uid,
        recurrence=key,
        recurrence_day=day,
        sequence=int(event.get("sequence", 0) or 0),
        line=line,
        title=title[:300],
        body=body,
        start_utc=start_utc,
        start_date=start_date,
        minutes=minutes,
        days=days or 1,
        rrule=_rule_text(rule) if rule is not None else None,
        exdates=sorted(set(exdates)),
        exdays=sorted(set(exdays)),
        status=status,
        tags=sorted({t.strip()[:80] for t in tags if t.strip()}),
        kind=_one_of(event.get("x-ngo-kind"), ("post", "event", "milestone")),
        sensitivity=_one_of(event.get("x-ngo-sensitivity"), ("movable", "time_bound", "essential")),
        remarks=unescaped(str(event.get("x-ngo-notes", ""))) if ours_too else None,
        notes=notes,
    )


def _one_of(value: Any, accepted: tuple[str, ...]) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text if text in accepted else None


def _without_channel_texts(description: str, event: Any) -> str:
    """Our DESCRIPTION is the body, then each channel's own text, each after a blank line
    (ics_export._description): the body alone, exactly, since the channels' texts are in their
    own properties."""
    for prop in reversed(_as_list(event.get("x-ngo-channel-text"))):
        name = prop.params.get("X-NGO-CHANNEL", "")
        tail = f"{name}: {unescaped(str(prop)).strip()}"
        if tail.endswith(": "):
            continue  # a text of spaces only was not written
        if description.endswith(tail):
            description = description[: -len(tail)].removesuffix("\n\n")
    return description


def _moment(
    value: Any, floating: ZoneInfo, notes: list[Reason], name: str
) -> tuple[datetime | None, date | None]:
    if isinstance(value, date):
        keep.moment(value, name)  # in the calendar, before a zone moves it past year 9999
    if isinstance(value, datetime):
        if value.tzinfo is None:
            notes.append(reason("import.floating", zone=floating.key))
            value = value.replace(tzinfo=floating)
        return value.astimezone(UTC), None
    if isinstance(value, date):
        return None, value
    raise _Skip(reason("import.bad_start", value=repr(value)))


def _named(prop: Any, tzid: str | None = None) -> Any:
    """A property's date or time; one in a Windows zone (Outlook, Exchange) in the IANA zone
    of that name, since the VTIMEZONE they write beside it is often simplified or wrong."""
    value = prop.dt
    name = tzid or getattr(prop, "params", {}).get("TZID")
    if isinstance(value, datetime) and name in WINDOWS_TO_OLSON:
        return value.replace(tzinfo=ZoneInfo(WINDOWS_TO_OLSON[name]))
    return value


def _keys(value: Any, floating: ZoneInfo, name: str) -> tuple[str, str]:
    """A date of a series as its key, and as the key of its day (for an all-day series)."""
    instant, day = _moment(value, floating, [], name)
    if instant is None:
        assert day is not None
        return start_key(day), start_key(day)
    local = value if isinstance(value, datetime) and value.tzinfo else instant
    return start_key(instant), start_key(local.date())


def _rule_text(rule: Any) -> str:
    """The rule as text; Exchange writes some with escaped separators and spaces in lists
    (`BYDAY=MO, TU`), which the rule's own reader takes as they should have been written."""
    return rule.to_ical().decode().replace("\\", "").replace(" ", "")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _zone(value: Any) -> ZoneInfo | None:
    """The file's X-WR-TIMEZONE, when it names a zone (else the workspace's is used)."""
    if value is None:
        return None
    try:
        return zone(str(_first(value)).strip(), "X-WR-TIMEZONE")
    except InputError:
        return None


# What ends a line or a cell of a title from another calendar (with the spaces around it); other
# spaces, no-break ones included (French puts one before « : »), are kept as they are.
_BREAK = re.compile(r"[ \t]*[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029]+[ \t]*")


def _one_line(text: str) -> str:
    """A SUMMARY as one line: its line breaks and tabs become one space."""
    return _BREAK.sub(" ", text).strip()
