"""Hostile input, property-based, for `import ics` (issue 27, points 8 and 9): generated
iCalendar files with hostile values in every property an import reads (DTSTART, DTEND,
DURATION, RRULE, EXDATE, RDATE, RECURRENCE-ID, SEQUENCE, SUMMARY, DESCRIPTION, CATEGORIES,
STATUS, UID, the TZID parameter, X-WR-TIMEZONE, our X-NGO-* properties), valid values mixed in,
the command run in-process within the work budget of tests/test_hostile_input.py.

What it proves, each example on a fresh copy of a small workspace (hostile_values.SETUP):
- `import ics` exits 0, or 2 with nothing on stdout and ONE line on stderr; never 1 (a logged
  traceback), never an exception escaping `run`, never past the budget;
- a refusal changes nothing: every table, the history and the undo stack, and the file's bytes;
- after a success the report counts every line once, and the workspace still works and holds
  only what the rules accept (tests/helpers.py: rule_breaks): the months around every date
  written in the file list (JSON, and text with one line per occurrence, one occurrence per
  key) within the budget, the plan exports, and undo takes the whole import back.

HOSTILE_EXAMPLES (default 30 here) bounds the examples; HOSTILE_SHRINK=1 shrinks a failure;
HOSTILE_EXPLICIT=0 leaves out the testers' cases (@example).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from tests import hostile_values as hv
from tests.helpers import (
    REFUSAL,
    calendar_text,
    cli,
    dump,
    failed,
    rule_breaks,
    sha256,
    snapshot,
)

OFF = {"explicit"} if os.getenv("HOSTILE_EXPLICIT") == "0" else set()
OFF |= set() if os.getenv("HOSTILE_SHRINK") == "1" else {"shrink", "explain"}
SETTINGS = settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "30")),
    deadline=None,
    phases=[p for p in Phase if p.name not in OFF],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
Fresh = Callable[[], contextlib.AbstractContextManager[Path]]

# Dates and times as iCalendar writes them, at and beyond the calendar's ends and not dates.
YEARS = st.sampled_from([0, 1, 1899, 1900, 2026, 2027, 2027, 2200, 2201, 9999])
DAY = st.one_of(
    st.builds("{:04d}{:02d}{:02d}".format, YEARS, st.integers(0, 13), st.integers(0, 32)),
    hv.words("20270230 tomorrow 00000101 2027-01-05 2027010", "", "9" * 30),
)
TIME = st.one_of(
    st.builds(
        "T{:02d}{:02d}{:02d}".format,
        st.sampled_from([0, 2, 9, 23, 24, 25]),
        st.sampled_from([0, 30, 60]),
        st.sampled_from([0, 0, 61]),
    ),
    hv.words("", "", "T", "T1000"),
)
PARAMS = hv.words(
    "", "", "", ";VALUE=DATE", ";VALUE=DATE-TIME", ";TZID=Europe/Paris",
    ";TZID=W. Europe Standard Time", ";TZID=Nowhere/Zone", ";TZID=", ';TZID="a;b"',
    ";TZID=../../etc/passwd", ";X=\x01", ";TZID=Europe/Paris;TZID=UTC",
)  # fmt: skip
HOSTILE_MOMENT = st.builds(
    lambda params, day, time, utc: f"{params}:{day}{time}{utc if time else ''}",
    PARAMS,
    DAY,
    TIME,
    hv.words("Z", "", "+0100"),
)
MOMENT = st.builds(
    ":2027{:02d}{:02d}T{:02d}0000Z".format, st.integers(1, 12), st.integers(1, 28),
    st.integers(0, 22),
)  # fmt: skip
LISTED = st.lists(HOSTILE_MOMENT, min_size=1, max_size=3).map(
    lambda ms: ms[0] + "".join("," + m.split(":", 1)[1] for m in ms[1:])
)
TEXT = hv.TEXT.map(lambda s: s.replace("\r", "").replace("\n", "\\n"))  # escaped, as written
RAW = hv.TEXT  # a line break left raw: the next line is something else, or not a line at all
SEQUENCES = st.one_of(hv.NUMBERS.map(str.strip), hv.words("abc 1.5", "9" * 23))
# Each property: (valid values, hostile values), written as "NAME" + value (which begins with
# its parameters and the colon). None leaves the property out.
PROPERTIES: dict[str, tuple[st.SearchStrategy[str | None], st.SearchStrategy[str]]] = {
    "DTSTART": (MOMENT, HOSTILE_MOMENT),
    "DTEND": (st.none(), HOSTILE_MOMENT),
    "DURATION": (
        st.none() | hv.words(":PT1H", ":P1D"),
        hv.words(":P400D :P9999W :-PT1H :PT0S :P99999999999D :garbage :P1Y", ":"),
    ),
    "RRULE": (
        st.none() | hv.words(":FREQ=WEEKLY;COUNT=5", ":FREQ=DAILY;UNTIL=20270301T000000Z"),
        hv.RRULES.map(lambda r: ":" + r.replace("\n", "")),
    ),
    "EXDATE": (st.none(), LISTED),
    "RDATE": (st.none(), LISTED),
    "RECURRENCE-ID": (st.none(), HOSTILE_MOMENT),
    "SEQUENCE": (st.none() | hv.words(":0", ":3"), SEQUENCES.map(":{}".format)),
    "SUMMARY": (hv.words(":Collecte", ":Café ☕ solidaire"), TEXT.map(":{}".format)),
    "DESCRIPTION": (st.none() | hv.words(":Un texte\\, deux"), (TEXT | RAW).map(":{}".format)),
    "CATEGORIES": (
        st.none() | hv.words(":dons,Noël"),
        TEXT.map(":{}".format) | st.integers(1, 300).map(lambda n: ":" + "a," * n + "b"),
    ),
    "STATUS": (st.none() | hv.words(":CONFIRMED :TENTATIVE"), TEXT.map(":{}".format)),
    "X-NGO-KIND": (st.none(), TEXT.map(":{}".format)),
    "X-NGO-NOTES": (st.none(), (TEXT | RAW).map(":{}".format)),
}
UIDS = st.one_of(
    hv.words(":a@example.org :b@example.org :a@example.org", ":"),
    TEXT.map(":{}".format),
    st.just(":" + "u" * 300),
)


@st.composite
def events(draw: Any) -> str:
    """One VEVENT's content lines: up to three properties hostile, the others valid or absent,
    sometimes one of them given twice (or 500 times)."""
    wild = draw(st.sets(st.sampled_from(sorted(PROPERTIES)), max_size=3))
    lines = [f"UID{draw(UIDS)}"]
    for name, (valid, hostile) in PROPERTIES.items():
        value = draw(hostile if name in wild else valid)
        if value is not None:
            lines.append(f"{name}{value}")
    if draw(st.integers(0, 9)) == 0:
        lines += [draw(st.sampled_from(lines))] * draw(st.sampled_from([1, 500]))
    return "\n".join(lines)


@st.composite
def calendars(draw: Any) -> str:
    text = calendar_text(*draw(st.lists(events(), min_size=1, max_size=3)))
    zone = draw(st.none() | hv.words("Europe/Paris Nowhere/Zone", "", "../../etc") | TEXT)
    if zone is not None:
        text = text.replace("VERSION:2.0\r\n", f"VERSION:2.0\r\nX-WR-TIMEZONE:{zone}\r\n", 1)
    return text


def check_import(folder: Path, text: str) -> list[str]:
    """Every property of one import on a fresh workspace; the problems found."""
    ics = folder.parent / "other.ics"
    ics.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    before, file_before = snapshot(folder), sha256(ics)
    result = cli(folder, "import", "ics", str(ics), "--json")
    if sha256(ics) != file_before:
        return ["the file imported changed"]
    if result.code == 2:
        problems = [] if result.out == "" else ["refused, but printed on stdout"]
        lines = result.err.splitlines()
        if len(lines) != 1 or not REFUSAL.match(lines[0]):
            problems.append(f"refused with {len(lines)} stderr lines: {result.err[:300]!r}")
        if snapshot(folder) != before:
            problems.append(f"refused ({result.err.strip()[:200]}), but the workspace changed")
        return problems
    if result.code != 0 or result.err:
        return [failed("import ics", result, folder)]
    report = json.loads(result.out)
    problems = []
    if sum(report["counts"].values()) != len(report["report"]):
        problems.append(f"the report's counts {report['counts']} miss some of its lines")
    problems += still_works(folder, text) + rule_breaks(folder)
    if dump(folder) != before[0]:
        undone = cli(folder, "undo")
        if undone.code != 0 or dump(folder) != before[0]:
            problems.append(failed("undo (back to before the import)", undone, folder))
    return problems


def still_works(folder: Path, text: str) -> list[str]:
    """The months around the dates the file holds list, and the plan exports."""
    found: list[str] = []
    for first, last in hv.windows([text]):
        span = ("item", "list", "--from", first.isoformat(), "--to", last.isoformat())
        as_json = cli(folder, *span, "--json")
        as_text = cli(folder, *span) if as_json.code == 0 else as_json
        if as_text.code != 0:
            found.append(failed(" ".join(span), as_text, folder))
            continue
        keys = [(o["id"], o.get("occurrence_key")) for o in json.loads(as_json.out)]
        if len(keys) != len(as_text.out.splitlines()):
            found.append(f"{' '.join(span)}: the text is not one line per occurrence")
        if len(set(keys)) != len(keys):
            found.append(f"{' '.join(span)}: two occurrences of a series share one key")
    exported = cli(folder, "export", "ics", str(folder.parent / "plan.ics"))
    if exported.code != 0:
        found.append(failed("export ics", exported, folder))
    return found


def _one(*lines: str) -> str:
    return calendar_text("UID:x@example.org\nSUMMARY:X\n" + "\n".join(lines))


@SETTINGS
@given(text=calendars())
@example(text=_one("DTSTART:20270101T100000Z", "DTEND:99991231T100000Z"))
@example(text=_one("DTSTART:00010101T100000Z"))
@example(text=_one("DTSTART:99991231T100000Z"))
@example(text=_one("DTSTART:20270101T100000Z", "RRULE:FREQ=DAILY;INTERVAL=0"))
@example(text=_one("DTSTART:20270101T100000Z", "RRULE:FREQ=SECONDLY"))
@example(text=_one("DTSTART:20270101T100000Z", "RRULE:FREQ=DAILY;COUNT=123456789012345678901"))
@example(text=_one("DTSTART:20270230T100000Z"))
@example(text=_one("DTSTART:tomorrow"))
@example(text=_one("DTSTART;VALUE=DATE:00000101"))
@example(text=_one("DTSTART:20270101T100000Z", "SEQUENCE:abc"))
@example(text=_one("DTSTART:20270101T100000Z", "SEQUENCE:12345678901234567890123"))
@example(text=_one("DTSTART:20270101T100000Z", *["RRULE:FREQ=WEEKLY"] * 500))
@example(text=_one("DTSTART:20270101T100000Z", "RRULE:FREQ=WEEKLY", "EXDATE:99990101T100000Z"))
@example(  # found by this test: a zone name too long for a file name (OSError)
    text=_one("DTSTART:20270101T100000").replace("VERSION:2.0", "X-WR-TIMEZONE:" + "x" * 300)
)
def test_hostile_calendar_files(hostile_fresh: Fresh, text: str) -> None:
    with hostile_fresh() as folder:
        problems = check_import(folder, text)
    assert not problems, f"{text[:2000]!r}: {problems}"
