"""iCalendar export and import on 10,000 items, next to the floor of the `icalendar` package
measured in the same run.

    python benchmarks/bench_ics.py [--items 10000] [--runs 3]

Builds a workspace with bench_item_list.build (items over twelve months, one in a hundred
repeating), then times, median of the runs:

- export floor: `icalendar` building the same events (UID, DTSTAMP, SEQUENCE, SUMMARY,
  DESCRIPTION, DTSTART, DTEND or the day, RRULE, STATUS, CATEGORIES) from rows read with one
  SQL query, and serialising them; then our export (`ics_export.calendar`), goal 1.2x;
- import floor: `icalendar` parsing the exported file; then our import into an empty workspace
  (`ics_import.plan` and `apply`: reading, the report, one operation with history and undo),
  goal 1.5x;
- re-publication after one edit: the published folder set and written once, then one item's
  title changed and the folder written again (`publish.publish_now`, as the commit's hook does
  it), goal 0.2 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_item_list import build  # noqa: E402

from ngo_calendar.app import open_workspace  # noqa: E402
from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.ics import importer as ics_import
from ngo_calendar.core.ics import publish, publish_state
from ngo_calendar.core.items import edit as items
from ngo_calendar.store import Database  # noqa: E402


def export_floor(db: Database) -> bytes:
    tz = workspace.settings(db).tz
    stamp = datetime.now(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//floor//")
    cal.add("version", "2.0")
    with db.reading() as s:
        rows = s.execute(
            text(
                "SELECT uid, revision, title, body, status, start_utc, start_date, "
                "duration_minutes, days, rrule, (SELECT group_concat(c.name) FROM "
                "item_channels ic JOIN channels c ON c.id = ic.channel_id WHERE ic.item_id = "
                "items.id) FROM items WHERE start_utc IS NOT NULL OR start_date IS NOT NULL"
            )
        ).all()
    for uid, revision, title, body, status, start, day, minutes, days, rule, names in rows:
        event = icalendar.Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("sequence", revision)
        event.add("summary", title)
        if body:
            event.add("description", body)
        if start is not None:
            local = datetime.fromisoformat(str(start)).replace(tzinfo=UTC).astimezone(tz)
            event.add("dtstart", local)
            if minutes:
                event.add("dtend", local + timedelta(minutes=minutes))
        else:
            first = date.fromisoformat(str(day))
            event.add("dtstart", first)
            event.add("dtend", first + timedelta(days=max(days, 1)))
        if rule:
            event.add("rrule", icalendar.vRecur.from_ical(rule))
        event.add("status", "CONFIRMED" if status == "approved" else "TENTATIVE")
        if names:
            event.add("categories", names.split(","))
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def timed(work):  # noqa: ANN001, ANN201
    began = time.perf_counter()
    result = work()
    return time.perf_counter() - began, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    samples: dict[str, list[float]] = {
        k: [] for k in ("floor", "export", "parse", "import", "republish")
    }
    with tempfile.TemporaryDirectory() as folder:
        db = build(Path(folder) / "ws", args.items, date.today())
        out = Path(folder) / "plan.ics"
        for run in range(args.runs):
            samples["floor"].append(timed(lambda: export_floor(db))[0])
            took, data = timed(lambda: ics_export.calendar(db, ics_export.ExportOptions()))
            samples["export"].append(took)
            out.write_bytes(data)
            parse = icalendar.Calendar.from_ical
            samples["parse"].append(timed(lambda: parse(data))[0])  # noqa: B023
            empty = open_workspace(Path(folder) / f"empty{run}")
            workspace.update_settings(empty, timezone="Europe/Paris", language="fr")
            took, _ = timed(lambda: ics_import.apply(empty, ics_import.plan(empty, out)))  # noqa: B023
            samples["import"].append(took)
            empty.close()
        events = data.count(b"BEGIN:VEVENT")
        share = Path(folder) / "share"
        share.mkdir()
        publish.configure(db, share)  # written once, whole
        publish_state.publish_with(db, lambda _work: None)  # the edit alone, then timed apart
        shown = query.occurrences(db, date.today(), date.today() + timedelta(days=60))
        for run in range(args.runs):
            occ = shown[run * 7]
            draft = items.item_draft(db, occ.item_id)
            draft.title = f"{draft.title} (modifié {run})"
            items.update_item(db, occ.item_id, draft)
            samples["republish"].append(timed(lambda: publish.publish_now(db))[0])
        db.close()
    median = {k: statistics.median(v) for k, v in samples.items()}
    print(f"{args.items} items, {events} events, {len(data) // 1024} KiB; median of {args.runs}")
    print(f"export floor (icalendar builds and serialises): {median['floor']:.2f} s")
    ratio = median["export"] / median["floor"]
    print(f"our export: {median['export']:.2f} s ({ratio:.2f}x; goal 1.2x)")
    print(f"import floor (icalendar parses the file): {median['parse']:.2f} s")
    ratio = median["import"] / median["parse"]
    print(f"our import: {median['import']:.2f} s ({ratio:.2f}x; goal 1.5x)")
    print(f"re-publication after one edit: {median['republish']:.2f} s (goal 0.2 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
