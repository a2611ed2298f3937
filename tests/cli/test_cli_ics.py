"""`export ics` and `import ics` as a person types them: the file other calendars read, with
the filters; another calendar's file in, with its report, once; and their refusals, one line
with exit status 2, nothing written."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from tests.helpers import base_env, calendar_text

from .conftest import Cli


def test_export_the_plan_and_a_filter_of_it(cli: Cli, tmp_path: Path) -> None:
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00",
            "--status", "approved", "--campaign", "Noël solidaire")  # fmt: skip
    cli.add("--title", "Lettre", "--channel", "Lettre", "--at", "2026-12-20T10:00")
    out = tmp_path / "plan.ics"
    assert cli.ok("export", "ics", str(out)).out.strip() == f"2 event(s) written to {out}"
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == ["Appel", "Lettre"]
    only = tmp_path / "facebook.ics"
    shown = cli.ok("export", "ics", str(only), "--channel", "facebook", "--campaign",
                   "noël solidaire", "--from", "2026-12-01", "--to", "2026-12-31",
                   "--status", "approved", "--description", "title", "--json").json()  # fmt: skip
    assert shown == {"written": str(only), "events": 1}
    (event,) = icalendar.Calendar.from_ical(only.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Appel" and "description" not in event


def test_refusals_write_no_file(cli: Cli, tmp_path: Path) -> None:
    out = str(tmp_path / "plan.ics")
    assert "a file name ending in .ics" in cli.refused("export", "ics", str(tmp_path / "p.txt"))
    assert "--channel: TikTok" in cli.refused("export", "ics", out, "--channel", "TikTok")
    assert "--campaign: Été" in cli.refused("export", "ics", out, "--campaign", "Été")
    assert "no date to export" in cli.refused("export", "ics", out, "--status", "idea")
    assert "--to" in cli.refused("export", "ics", out, "--from", "2026-12-10", "--to", "2026-12-01")
    assert "invalid choice" in cli.refused("export", "ics", out, "--description", "all")
    missing = str(tmp_path / "no-such-folder" / "plan.ics")
    assert "no-such-folder" in cli.refused("export", "ics", missing)
    assert list(tmp_path.iterdir()) == [tmp_path / "ws"]


DATA = Path(__file__).resolve().parent.parent / "data" / "interop"


def test_import_with_a_dry_run_a_report_and_a_second_import(cli: Cli) -> None:
    google = str(DATA / "rie__x_wr_timezone_simple_events_issue_59.ics")
    before = cli.counts()
    dry = cli.ok("import", "ics", google, "--dry-run", "--json").json()
    assert dry["written"] is False and dry["counts"] == {"imported": 2, "updated": 0, "skipped": 0}
    assert cli.counts() == before
    done = cli.ok("import", "ics", google, "--channel", "lettre").out
    assert done.startswith("2 imported, 0 updated, 0 skipped (on Lettre)")
    listed = cli.listing("2021-12-01", "2021-12-31")
    assert [(r["title"][:15], r["start"], r["channels"]) for r in listed] == [
        ("Google Calendar", "2021-12-22T18:00+01:00", ["Lettre"]),
        ("Google says thi", "2021-12-23T03:00+01:00", ["Lettre"]),
    ]
    again = cli.ok("import", "ics", google, "--json").json()
    assert again["counts"] == {"imported": 0, "updated": 0, "skipped": 2}
    assert all("already in the workspace" in r["reason"] for r in again["report"])
    assert "undo: import" in cli.ok("undo").out


def test_a_file_that_cannot_be_read_is_refused_with_its_line(cli: Cli, tmp_path: Path) -> None:
    before = cli.counts()
    cut = tmp_path / "cut.ics"
    cut.write_bytes((DATA / "rie__issue_62_moved_event.ics").read_bytes()[:900])
    assert "cut short" in cli.refused("import", "ics", str(cut))
    binary = tmp_path / "photo.ics"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8")
    assert "photo.ics: line 1: not UTF-8 text" in cli.refused("import", "ics", str(binary))
    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"")
    assert "empty, or not an iCalendar file" in cli.refused("import", "ics", str(empty))
    assert "No such file" in cli.refused("import", "ics", str(tmp_path / "missing.ics"))
    assert "--channel: TikTok" in cli.refused(
        "import", "ics", str(DATA / "khal__event_dt_floating.ics"), "--channel", "TikTok"
    )
    assert cli.counts() == before


def test_publish_folder_off_now_and_status(cli: Cli, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    shown = cli.ok("publish", "folder", str(share), "--per-channel", "--json").json()
    assert shown["folder"] == str(share.resolve()) and shown["per_channel"] and shown["last"]
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    events = icalendar.Calendar.from_ical((share / "calendrier.ics").read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Appel"]
    assert (share / "calendrier-facebook.ics").exists()
    assert "published to" in cli.ok("publish", "now").out
    assert cli.ok("publish", "off", "--json").json()["folder"] is None
    assert "no folder is set" in cli.refused("publish", "now")
    assert "an existing folder" in cli.refused("publish", "folder", str(tmp_path / "nowhere"))
    assert "not published" in cli.ok("publish", "status").out


def test_export_a_file_per_channel(cli: Cli, tmp_path: Path) -> None:
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    cli.add("--title", "Lettre", "--channel", "Lettre", "--at", "2026-12-10T10:00")
    out = tmp_path / "plan.ics"
    shown = cli.ok("export", "ics", str(out), "--per-channel", "--json").json()
    assert shown["events"] == 2
    assert shown["channels"] == {
        str(tmp_path / "plan-facebook.ics"): 1,
        str(tmp_path / "plan-instagram.ics"): 0,
        str(tmp_path / "plan-lettre.ics"): 1,
    }
    events = icalendar.Calendar.from_ical((tmp_path / "plan-lettre.ics").read_bytes())
    assert [str(e["summary"]) for e in events.walk("VEVENT")] == ["Lettre"]


def test_every_text_an_item_takes_exports_and_comes_back(cli: Cli, tmp_path: Path) -> None:
    """Line breaks in the notes, a comma in a tag, spaces at the end of the text: the export
    and the published folder hold them (escaped), and an import gives them back."""
    notes = "Visuel : Léa\nÀ relire; vite, merci \\ fin"
    item = cli.add(
        "--title", "Collecte", "--channel", "Facebook", "--at", "2026-12-10T10:00",
        "--body", "Deux\r\nlignes  ", "--notes", notes, "--tag", "dons, hiver", "--tag", "noël",
    )  # fmt: skip
    out = tmp_path / "plan.ics"
    cli.ok("export", "ics", str(out))
    folder = tmp_path / "published"
    folder.mkdir()
    cli.ok("publish", "folder", str(folder))
    status = cli.ok("publish", "status", "--json").json()
    assert status["error"] is None, status
    published = sorted(folder.glob("*.ics"))
    assert published
    for path in [out, *published]:
        (event,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        assert str(event["description"]) == "Deux\nlignes  "
    other = Cli(tmp_path / "other", tmp_path)
    other.ok("channel", "add", "Agenda", "--kind", "event")
    other.ok("import", "ics", str(out), "--channel", "Agenda")
    shown = other.ok("item", "show", "1", "--json").json()
    mine = cli.ok("item", "show", str(item), "--json").json()
    assert shown["notes"] == mine["notes"] == notes
    assert shown["tags"] == mine["tags"] == ["dons, hiver", "noël"]
    assert shown["body"] == mine["body"] == "Deux\nlignes  "


class _Planted:
    """A pickle that makes a folder when it is loaded: what a planted cache would run."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        import os

        return (os.mkdir, (str(self.marker),))


KEY = '["uid@x", 0, "full", "Europe/Paris", ["Facebook"], [], null]'


@pytest.mark.parametrize(
    "planted",
    [
        "pickle",
        '{"version": 3, "keys": [' + KEY + '], "sizes": [999]}\nBEGIN:VEVENT',  # sizes lie
        '{"version": 3, "keys": [["uid", {"a": 1}]], "sizes": [12]}\nBEGIN:VEVENT',
        '{"version": 3, "keys": ' + "[" * 100_000 + "]" * 100_000 + ', "sizes": []}\n',
        '{"version": 3, "keys": "nothing", "sizes": "none"}\n',
        '{"version": 3, "keys": [' + KEY + '], "sizes": [-1]}\n',
        "\udcff not even UTF-8\n",
    ],
)
def test_a_planted_publication_cache_runs_nothing_and_is_ignored(
    cli: Cli, tmp_path: Path, planted: str
) -> None:
    import pickle

    folder = tmp_path / "published"
    folder.mkdir()
    cli.ok("publish", "folder", str(folder))
    marker = tmp_path / "code-ran"
    if planted == "pickle":
        (cli.folder / "publish-cache.pickle").write_bytes(pickle.dumps(_Planted(marker)))
    else:
        data = planted.encode("utf-8", "surrogateescape")
        (cli.folder / "publish-cache.bin").write_bytes(data)
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    assert not marker.exists()
    assert cli.ok("publish", "status", "--json").json()["error"] is None
    events = icalendar.Calendar.from_ical((folder / "calendrier.ics").read_bytes()).walk("VEVENT")
    assert "Appel" in [str(e["summary"]) for e in events]
    assert not (cli.folder / "publish-cache.pickle").exists()
    head, _, data = (cli.folder / "publish-cache.bin").read_bytes().partition(b"\n")
    index = json.loads(head)
    assert index["version"] == 3 and len(index["keys"]) == len(index["sizes"]) >= 1
    assert sum(index["sizes"]) == len(data) and data.startswith(b"BEGIN:VEVENT")
    assert (cli.folder / "publish-cache.bin").stat().st_mode & 0o077 == 0
    # A second program takes the cache as it was written (events it need not serialise again).
    cli.add("--title", "Collecte", "--channel", "Facebook", "--at", "2026-12-10T18:00")
    again = json.loads((cli.folder / "publish-cache.bin").read_bytes().partition(b"\n")[0])
    assert index["keys"][0] in again["keys"]


def test_a_folder_that_refuses_files_is_recorded_not_published(cli: Cli) -> None:
    """/proc is a folder where no file can be made: publishing there is a failure, recorded
    and shown, never "published"."""
    shown = cli.ok("publish", "folder", "/proc", "--json").json()
    assert shown["error"] and shown["last"] is None, shown
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    status = cli.ok("publish", "status", "--json").json()
    assert status["error"] and status["last"] is None, status
    text = cli.ok("publish", "status").out
    assert "published to" not in text.lower() and "fail" in text.lower(), text
    assert "publish" in cli.refused("publish", "now")


def test_the_import_report_prints_no_escape_sequence(cli: Cli, tmp_path: Path) -> None:
    """A title holding terminal escape sequences (here: clear the screen, a bell) is shown
    escaped in the report, never sent to the terminal."""
    ics = tmp_path / "hostile.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        "UID:esc@example.org\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261210T100000Z\r\n"
        "SUMMARY:Pwn\x1b[2J\x1b]0;title\x07ed\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    out = cli.ok("import", "ics", str(ics), "--dry-run").out
    assert "\x1b" not in out and "\x07" not in out
    assert "Pwn\\x1b[2J" in out


# Issue 27, points 8 and 9: what another calendar wrote badly, and what this calendar cannot
# keep (the command line and the editor refuse it), beside a good event: the event is skipped
# with its reason and property, the good one imported, and the months still list and export.
GOOD = "UID:good@example.org\nSUMMARY:Bon\nDTSTART:20270105T100000Z\nDTEND:20270105T110000Z"
START = "DTSTART:20270101T100000Z\n"
WEEKLY = START + "RRULE:FREQ=WEEKLY\n"
SKIPPED = {
    # Values the checks refuse (point 8).
    "end in 9999": (START + "DTEND:99991231T100000Z", "import.value", "DTEND"),
    "start in 0001": ("DTSTART:00010101T100000Z", "import.value", "DTSTART"),
    "start in 9999": ("DTSTART:99991231T100000Z", "import.value", "DTSTART"),
    "all-day start in 1899": ("DTSTART;VALUE=DATE:18991231", "import.value", "DTSTART"),
    "a year long and more": (START + "DURATION:P400D", "import.value", "DTEND"),
    "all-day for 9999 weeks": (
        "DTSTART;VALUE=DATE:20270101\nDURATION:P9999W",
        "import.value",
        "DTEND",
    ),  # fmt: skip
    "INTERVAL=0": (START + "RRULE:FREQ=DAILY;INTERVAL=0", "import.rule", None),
    "FREQ=SECONDLY": (START + "RRULE:FREQ=SECONDLY", "import.rule", None),
    "FREQ=MINUTELY": (START + "RRULE:FREQ=MINUTELY;INTERVAL=5", "import.rule", None),
    "COUNT of 21 digits": (
        START + "RRULE:FREQ=DAILY;COUNT=123456789012345678901",
        "import.rule",
        None,
    ),  # fmt: skip
    "UNTIL in 9999": (START + "RRULE:FREQ=DAILY;UNTIL=99991231T000000Z", "import.rule", None),
    "EXDATE in 9999": (WEEKLY + "EXDATE:99990101T100000Z", "import.value", "EXDATE"),
    "RECURRENCE-ID in 0001": (
        "DTSTART:20270108T120000Z\nRECURRENCE-ID:00010108T100000Z",
        "import.value",
        "RECURRENCE-ID",
    ),  # fmt: skip
    "a bell in the title": (START + "SUMMARY:Alerte\x07", "import.value", "SUMMARY"),
    "an escape in the text": (START + "DESCRIPTION:a\x1b[2Jb", "import.value", "DESCRIPTION"),
    "a text too long": (START + "DESCRIPTION:" + "x" * 200_001, "import.value", "DESCRIPTION"),
    "a thousand tags": (
        START + "CATEGORIES:" + ",".join(f"t{i}" for i in range(1000)),
        "import.value",
        "CATEGORIES",
    ),  # fmt: skip
    "a negative SEQUENCE": (START + "SEQUENCE:-1", "import.value", "SEQUENCE"),
    # Values icalendar cannot read (point 9): a traceback on main.
    "30 February": ("DTSTART:20270230T100000Z", "import.broken", "DTSTART"),
    "tomorrow": ("DTSTART:tomorrow", "import.broken", "DTSTART"),
    "year 0": ("DTSTART;VALUE=DATE:00000101", "import.broken", "DTSTART"),
    "an end at 25:00": (START + "DTEND:20270101T250000Z", "import.broken", "DTEND"),
    "SEQUENCE:abc": (START + "SEQUENCE:abc", "import.broken", "SEQUENCE"),
    "SEQUENCE of 23 digits": (
        START + "SEQUENCE:12345678901234567890123",
        "import.broken",
        "SEQUENCE",
    ),  # fmt: skip
    "EXDATE:soon": (WEEKLY + "EXDATE:soon", "import.broken", "EXDATE"),
    "500 RRULE lines": (START + "RRULE:FREQ=WEEKLY\n" * 500, "import.repeated", "RRULE"),
    "two starts": (START + "DTSTART:20270102T100000Z", "import.repeated", "DTSTART"),
}


@pytest.mark.parametrize("case", list(SKIPPED))
def test_an_event_the_workspace_cannot_keep_is_skipped_with_its_reason(
    cli: Cli, tmp_path: Path, case: str
) -> None:
    lines, code, prop = SKIPPED[case]
    hostile = f"UID:hostile@example.org\n{lines}"
    if "RECURRENCE-ID" in lines:
        hostile = f"UID:good@example.org\n{lines}"  # a date of the good event, as a series
    ics = tmp_path / "other.ics"
    ics.write_text(calendar_text(GOOD + "\nRRULE:FREQ=WEEKLY;COUNT=3", hostile), newline="")
    report = cli.ok("import", "ics", str(ics), "--json").json()
    assert report["counts"] == {"imported": 1, "updated": 0, "skipped": 1}, report
    (skipped,) = [r for r in report["report"] if r["outcome"] == "skipped"]
    (why,) = skipped["why"]
    assert why["code"] == code and (prop is None or why["property"] == prop), skipped
    assert skipped["line"] == 11  # where the hostile event begins
    listed = cli.listing("2026-12-01", "2027-02-28")
    assert [r["start"] for r in listed] == ["2027-01-05T11:00+01:00", "2027-01-12T11:00+01:00",
                                            "2027-01-19T11:00+01:00"]  # fmt: skip
    assert cli.ok("export", "ics", str(tmp_path / "plan.ics")).out.startswith("1 event(s)")


def test_a_date_of_a_series_changed_ten_thousand_times_is_kept_once(
    cli: Cli, tmp_path: Path
) -> None:
    """10,000 RECURRENCE-IDs for one date: the first kept, the others skipped (on main: an
    internal error, the database's unique key broken)."""
    moved = "UID:good@example.org\nRECURRENCE-ID:20270112T100000Z\nDTSTART:20270113T{:02}0000Z"
    dates = [moved.format(9 + n % 3) for n in range(10_000)]
    ics = tmp_path / "other.ics"
    ics.write_text(calendar_text(GOOD + "\nRRULE:FREQ=WEEKLY;COUNT=3", *dates), newline="")
    report = cli.ok("import", "ics", str(ics), "--json").json()
    assert report["counts"] == {"imported": 1, "updated": 0, "skipped": 9_999}
    assert {r["why"][0]["code"] for r in report["report"][1:]} == {"import.date_twice"}
    listed = cli.listing("2027-01-01", "2027-01-31")
    assert [r["start"] for r in listed] == ["2027-01-05T11:00+01:00", "2027-01-13T10:00+01:00",
                                            "2027-01-19T11:00+01:00"]  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="a terminal made with os.openpty")
def test_a_long_import_tells_a_terminal_how_far_it_got(cli: Cli, tmp_path: Path) -> None:
    """Issue 27, point 13: a calendar read a slice at a time says how far it got on stderr when
    stderr is a terminal, then clears its line; stdout holds the report alone (and without a
    terminal nothing is said: cli.ok checks stderr is empty everywhere else)."""
    events = [f"UID:e{n}@example.org\nSUMMARY:E{n}\nDTSTART:20270105T100000Z" for n in range(1200)]
    ics = tmp_path / "long.ics"
    ics.write_text(calendar_text(*events), newline="")
    ours, theirs = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ngo_calendar", "--data-dir", str(cli.folder), "import",
             "ics", str(ics)],  # fmt: skip
            stdout=subprocess.PIPE, stderr=theirs, env=base_env(), cwd=tmp_path, timeout=120,
        )  # fmt: skip
        os.close(theirs)
        said = b""
        with contextlib.suppress(OSError):  # EIO once the terminal has no writer left
            while chunk := os.read(ours, 65536):
                said += chunk
    finally:
        os.close(ours)
    assert done.returncode == 0
    assert done.stdout.decode().startswith("1200 imported, 0 updated, 0 skipped")
    shown = said.decode()
    assert "\revents read: 500 of 1,200\x1b[K\revents read: 1,000 of 1,200\x1b[K" in shown
    assert "importing, step: 2 of 3" in shown
    assert shown.endswith("\r\x1b[K")  # the line cleared: nothing left on the terminal
