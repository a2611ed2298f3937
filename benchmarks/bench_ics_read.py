"""Reading a large iCalendar file written by another calendar (issue 27, point 13: 200,000
events read for 88 s, with no progress shown), next to the floor of the `icalendar` package
measured in the same run.

    python benchmarks/bench_ics_read.py [--events 50000] [--runs 3]

Writes a file as Google Calendar exports one (per event: organiser, two attendees, a place,
created and modified stamps, an alarm; one event in a hundred repeating), then times, median
of the runs:

- read floor: `icalendar` parsing the whole file;
- our read (`ics_read.read`): the structure checked, the file read a slice at a time, only the
  lines it uses handed to icalendar, every value checked as the command line checks it; goal:
  below the floor.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ngo_calendar.core.ics import read as ics_read  # noqa: E402


def google_file(path: Path, events: int) -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "CALSCALE:GREGORIAN", "X-WR-TIMEZONE:Europe/Paris"]  # fmt: skip
    for n in range(events):
        month, day, hour = 1 + n % 12, 1 + n % 28, 8 + n % 10
        at = f"2027{month:02}{day:02}T{hour:02}0000"
        lines += [
            "BEGIN:VEVENT", f"DTSTART;TZID=Europe/Paris:{at}",
            f"DTEND;TZID=Europe/Paris:{at[:9]}{hour + 1:02}0000", "DTSTAMP:20261201T000000Z",
            "ORGANIZER;CN=Asso:mailto:asso@example.org", f"UID:ev{n}@google.com",
            *(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={who};"
              f"X-NUM-GUESTS=0:mailto:{who.lower()}@example.org" for who in ("Marie", "Paul")),
            "CREATED:20261101T100000Z", "DESCRIPTION:Un texte\\, avec une virgule",
            "LAST-MODIFIED:20261101T100000Z", "LOCATION:12 rue de la Paix\\, 75002 Paris",
            "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:Événement {n}", "TRANSP:OPAQUE",
            *(["RRULE:FREQ=WEEKLY;COUNT=10"] if n % 100 == 0 else []),
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT30M",
            "END:VALARM", "END:VEVENT",
        ]  # fmt: skip
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")


def timed(work):  # noqa: ANN001, ANN201
    began = time.perf_counter()
    result = work()
    return time.perf_counter() - began, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    samples: dict[str, list[float]] = {"floor": [], "read": []}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "google.ics"
        google_file(path, args.events)
        data = path.read_bytes()
        for _run in range(args.runs):
            samples["floor"].append(timed(lambda: icalendar.Calendar.from_ical(data))[0])
            took, found = timed(lambda: ics_read.read(path, ZoneInfo("Europe/Paris")))
            samples["read"].append(took)
    median = {k: statistics.median(v) for k, v in samples.items()}
    print(f"{args.events} events, {len(data) // 1024} KiB; median of {args.runs}")
    print(f"read floor (icalendar parses the file): {median['floor']:.2f} s")
    ratio = median["read"] / median["floor"]
    print(f"our read: {median['read']:.2f} s ({ratio:.2f}x; goal below 1x), "
          f"{len(found.events)} read, {len(found.skipped)} skipped")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
