"""An iCalendar file's structure, checked before icalendar reads it, and large calendars cut
into slices that icalendar reads one after the other.

The check names the first line that breaks the structure (BEGIN and END in pairs, every content
line a NAME:value, nothing outside the calendar): icalendar's own errors say neither where nor
why in words a volunteer can act on. The slices: a calendar of thousands of events is read a
few hundred events at a time, each slice with the calendar's own lines and its time zones, so
the reading can say how far it got and be cancelled between slices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..model.domain import UnreadableFile
from ..model.reasons import Reason, reason

# The lines that open and close components, and the first line of a content line without a
# colon (a folded line's rest may bring it): found by expressions over the whole text, since a
# line-by-line loop cost a tenth of icalendar's own parse on a large file.
_MARKER = re.compile(r"^(BEGIN|END)[ \t]*(?:;[^:\n]*)?:([^\n]*)$", re.IGNORECASE | re.MULTILINE)
_NO_COLON = re.compile(r"^(?:[^ \t\n:][^:\n]*|:[^\n]*)$", re.MULTILINE)
_CONTINUED = re.compile(r"(?:\n[ \t][^\n]*)*")
SLICE = 500  # events per slice
# The content lines the reading uses (ics_read: an event's, the calendar's X-WR-TIMEZONE, a
# time zone's definition) and the components' BEGIN and END. Any other line (DTSTAMP, CREATED,
# ATTENDEE, ORGANIZER, LOCATION, an alarm's…) is left out, with its folded rest, before
# icalendar parses a slice: it spends most of its time on such lines, and reads none of them
# for us.
USED = (
    "BEGIN", "END", "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE",
    "RECURRENCE-ID", "SEQUENCE", "SUMMARY", "DESCRIPTION", "STATUS", "CATEGORIES",
    "X-WR-TIMEZONE", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "VERSION",
)  # fmt: skip
_UNUSED = re.compile(
    rf"^(?![ \t])(?!(?:{'|'.join(map(re.escape, USED))}|X-NGO-[A-Z0-9-]*)[ \t]*[;:])"
    r"[^\n]*\n(?:[ \t][^\n]*\n)*",
    re.IGNORECASE | re.MULTILINE,
)


def lean(text: str) -> str:
    """The text without the content lines the reading does not use (USED)."""
    return _UNUSED.sub("", text)


@dataclass
class Structure:
    text: str  # the file's text with LF line ends (what the offsets below count in)
    events: list[int]  # the line each VEVENT begins on, in order
    bare: bool  # VEVENTs alone, without a VCALENDAR (read as the calendar they stand for)
    # (start, end) offsets of each VEVENT directly in the one VCALENDAR; empty when the file
    # is not one calendar of such events (then it is read whole).
    spans: list[tuple[int, int]] = field(default_factory=list)

    def slices(self, size: int = SLICE) -> list[str]:
        """The calendar as texts of at most `size` events each, every one with the calendar's
        other lines (its properties, time zones and other components); the whole text when it
        cannot be cut or is small."""
        if len(self.spans) <= size:
            return [self.text]
        kept, last = [], 0
        for start, end in self.spans:
            kept.append(self.text[last:start])
            last = end
        rest = "".join(kept) + self.text[last:]
        # The calendar's lines without its events: each slice adds its events before the end.
        close = rest.upper().rfind("END:VCALENDAR")
        head, tail = rest[:close], rest[close:]
        if len(head) > len(self.text) // 10:  # mostly other components: cutting gains nothing
            return [self.text]
        return [
            head + "".join(self.text[s:e] for s, e in self.spans[first : first + size]) + tail
            for first in range(0, len(self.spans), size)
        ]


def check(path: Path, text: str) -> Structure:
    """The file's structure, or UnreadableFile naming the first line that breaks it."""
    text = text.replace("\r\n", "\n")
    problems: list[tuple[int, Reason]] = []  # (line, why): the first of each kind; the first wins
    for found in _NO_COLON.finditer(text):
        line = found.group(0)
        rest = _CONTINUED.match(text, found.end())
        joined = line + (rest.group(0) if rest else "")
        if line.startswith(":") or (line.strip() and ":" not in joined):
            problems.append((text.count("\n", 0, found.start()) + 1, _not_a_line(line)))
            break
    open_: list[tuple[str, int]] = []
    events: list[int] = []
    spans: list[tuple[int, int]] = []
    calendars, began_at = 0, 0
    bare = seen = False
    number, counted, gap = 1, 0, 0  # line of the last marker, offset counted to, text after it
    for found in _MARKER.finditer(text):
        number += text.count("\n", counted, found.start())
        counted = found.start()
        if not open_ and text[gap : found.start()].strip():  # content between calendars
            problems.append((_first_line_after(text, gap), reason("ics.outside")))
            break
        gap = found.end()
        key, value = found.group(1).upper(), found.group(2)
        what = value.strip().upper()
        if key == "BEGIN":
            if not open_ and what != "VCALENDAR":
                if what != "VEVENT" or (seen and not bare):
                    problems.append((number, reason("ics.begin")))
                    break
                bare = True
            calendars += not open_ and what == "VCALENDAR"
            if what == "VEVENT":
                events.append(number)
                began_at = found.start()
            open_.append((what, number))
            seen = True
        elif not open_ or open_[-1][0] != what:
            name = value.strip()
            problems.append(
                (number, reason("ics.end", name=name, expected=open_[-1][0]))
                if open_
                else (number, reason("ics.end_nothing", name=name))
            )
            break
        else:
            open_.pop()
            if what == "VEVENT" and [o[0] for o in open_] == ["VCALENDAR"]:
                spans.append((began_at, min(found.end() + 1, len(text))))
    else:
        if seen and not open_ and text[gap:].strip():
            problems.append((_first_line_after(text, gap), reason("ics.outside")))
    if problems:
        at, why = min(problems, key=lambda problem: (problem[0], str(problem[1])))
        raise UnreadableFile(path, f"line {at}", why)
    if not seen:
        raise UnreadableFile(path, "line 1", reason("ics.empty"))
    if open_:
        name, began = open_[-1]
        last = text.rstrip().count("\n") + 1
        why = reason("ics.cut_short", name=name, line=began)
        raise UnreadableFile(path, f"line {last}", why)
    if bare:
        text = f"BEGIN:VCALENDAR\nVERSION:2.0\n{text.strip()}\nEND:VCALENDAR\n"
    one_calendar = calendars == 1 and len(spans) == len(events)
    return Structure(text, events, bare, spans if one_calendar else [])


def _first_line_after(text: str, offset: int) -> int:
    """The number of the first line holding something after `offset`."""
    rest = text[offset:]
    return text.count("\n", 0, offset + len(rest) - len(rest.lstrip())) + 1


def _not_a_line(line: str) -> Reason:
    return reason("ics.not_a_line", line=repr(line[:40]))
