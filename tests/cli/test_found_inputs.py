# ruff: noqa: E501 - the table of inputs reads best one case per line
"""Every hostile input testers found (issue 12, "What was found" 1 to 6): each is refused in one
line naming the field, the value and what is accepted, nothing is written, and the workspace
still lists and shows afterwards. Before the checks in core/model/checks.py, each of these was
accepted and broke the workspace, or ended in a traceback."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Cli
from tests.helpers import base_env, dump

AT = ["--channel", "Facebook", "--at", "2026-12-01T10:00"]
EVERY_MINUTE = ",".join(str(n) for n in range(60))
LONG_TITLE = "x" * 10_000

# (arguments, what the one line must contain: the field, then words of what is accepted)
REFUSED = [
    # 1. Accepted, then the whole workspace broke.
    (["item", "add", "--title", "X", *AT, "--duration", "2147483648"], ["duration", "527,040"]),
    (["item", "add", "--title", "X", *AT, "--rrule", "FREQ=MONTHLY;BYDAY=9MO"], ["rrule", "1 to 5"]),
    (["item", "add", "--title", "X", *AT, "--rrule", "FREQ=DAILY;UNTIL=99991231T235959Z"], ["rrule", "2200-12-31"]),
    (["item", "add", "--title", "X", *AT, "--rrule", "FREQ=DAILY;UNTIL=00010101T000000Z"], ["rrule", "1900-01-01"]),
    (
        ["item", "add", "--title", "X", *AT, "--rrule", f"FREQ=HOURLY;BYMINUTE={EVERY_MINUTE};BYSECOND={EVERY_MINUTE}"],
        ["rrule", "hourly at most"],
    ),
    (["item", "add", "--title", "X", "--channel", "Facebook", "--on", "9999-12-31"], ["--on: 9999-12-31", "1900-01-01 to 2200-12-31"]),
    # 2. Accepted, then invisible or wrong.
    (["item", "add", "--title", "X", *AT, "--rrule", "FREQ=DAILY;UNTIL=20261101T000000Z"], ["rrule", "on or after the start"]),
    (["item", "add", "--title", "X", *AT, "--rrule", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"], ["rrule", "gives no date"]),
    (["item", "add", "--title", "X", *AT, "--rrule", "FREQ=DAILY\n;COUNT=3"], ["rrule", "\\n", "one line"]),
    (["channel", "add", "Y", "--kind", "x", "--colour", "#123456\n"], ["colour", "\\n", "six hex digits"]),
    (["item", "add", "--title", "a\nb", *AT], ["title: a\\nb", "one line"]),
    (["item", "add", "--title", "a\tb", *AT], ["title: a\\tb", "one line"]),
    (["item", "add", "--title", LONG_TITLE, *AT], ["title", "(10,000 characters)", "at most 300"]),
    (["item", "add", "--title", "X", "--channel", "Facebook", "--at", ""], ['--at: ""', "2026-12-01T18:00"]),
    (["channel", "add", "Z", "--kind", "x", "--limit", "-2"], ["--limit: -2", "1 to 1,000,000"]),
    (["item", "add", "--title", "X", "--at", "2026-12-01T10:00"], ["channel", "at least one channel"]),
    # 5. Tracebacks: the ends of the calendar, numbers past 64 bits, bytes that are not UTF-8.
    (["item", "add", "--title", "X", "--channel", "Facebook", "--at", "0001-01-01T00:00"], ["--at: 0001-01-01T00:00", "1900"]),
    (["item", "add", "--title", "X", "--channel", "Facebook", "--at", "9999-12-31T23:59+00:00"], ["--at", "2200-12-31"]),
    (["item", "list", "--from", "0001-01-01"], ["--from: 0001-01-01", "1900-01-01"]),
    (["item", "list", "--to", "9999-12-31"], ["--to: 9999-12-31", "2200-12-31"]),
    (["item", "show", "100000000000000000000"], ["id: 100000000000000000000", "no item"]),
    (["item", "add", "--title", "X", *AT, "--duration", "100000000000000000000"], ["duration", "minutes"]),
    (["channel", "add", "Z", "--kind", "x", "--cadence", "100000000000000000000"], ["--cadence", "posts a week"]),
    (["channel", "add", "Z", "--kind", "x", "--limit", "1e20"], ["--limit", "1e20"]),
    (["item", "add", "--title", "caf\udce9", *AT], ["--title: caf\\xe9", "UTF-8"]),
    (["item", "add", "--title", "X", "--tag", "caf\udce9", *AT], ["--tag: caf\\xe9", "UTF-8"]),
    (["item", "add", "--title", "X", "--channel", "caf\udce9", "--on", "2026-12-01"], ["--channel: caf\\xe9", "UTF-8"]),
    (["channel", "add", "caf\udce9", "--kind", "x"], ["NAME: caf\\xe9", "UTF-8"]),
    (["screenshot", "shot.png", "--date", "0001-01-01"], ["--date: 0001-01-01", "1900-01-01"]),
    (["screenshot", "shot.png", "--date", "9999-12-31"], ["--date: 9999-12-31", "2200-12-31"]),
    # 6. Names: an existing one, in any case, is refused and the command that edits it named.
    (["channel", "add", "facebook", "--kind", "instagram"], ["'Facebook' exists already", "channel edit Facebook"]),
    (["channel", "add", "INSTAGRAM", "--kind", "instagram"], ["'Instagram' exists already"]),
    (["campaign", "add", "noël solidaire"], ["'Noël solidaire' exists already", "campaign edit"]),
]  # fmt: skip


@pytest.mark.parametrize(("args", "expected"), REFUSED, ids=[" ".join(a)[:60] for a, _ in REFUSED])
def test_refused_in_one_line_and_nothing_written(
    cli: Cli, args: list[str], expected: list[str]
) -> None:
    cli.add("--title", "Déjà là", "--channel", "Facebook", "--at", "2026-12-02T09:00")
    before = dump(cli.folder)
    line = cli.refused(*args)
    for words in expected:
        assert words in line, line
    assert dump(cli.folder) == before
    assert [o["title"] for o in cli.listing("2026-12-01", "2026-12-31")] == ["Déjà là"]


@pytest.fixture
def series(cli: Cli) -> int:
    """Weekly on Tuesdays at 09:00 from 2026-12-01, four dates."""
    return cli.add(
        "--title", "Mardi", "--channel", "Facebook", "--at", "2026-12-01T09:00",
        "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
    )  # fmt: skip


def _starts(cli: Cli, title: str, first: str = "2026-12-01", last: str = "2026-12-31") -> list:
    return [o["start"] for o in cli.listing(first, last) if o["title"] == title]


def test_an_empty_occurrence_never_widens_to_the_whole_series(cli: Cli, series: int) -> None:
    """3. `item delete 2 --occurrence ""` used to delete the whole series."""
    before = dump(cli.folder)
    for command in (["delete"], ["move", "--at", "2026-12-03T10:00"], ["edit", "--title", "Y"]):
        line = cli.refused("item", command[0], str(series), "--occurrence", "", *command[1:])
        assert line.startswith('ngo-calendar: error: --occurrence: ""'), line
        assert "one date of the series" in line
    line = cli.refused("item", "delete", str(series), "--occurrence", "20261232T000000Z")
    assert "--occurrence" in line
    assert dump(cli.folder) == before
    assert len(_starts(cli, "Mardi")) == 4


def test_moving_a_series_needs_a_date_or_the_whole_series(cli: Cli, series: int) -> None:
    """2. `item move SERIES --at` used to move only the first date and lose it from the rule."""
    before = dump(cli.folder)
    line = cli.refused("item", "move", str(series), "--at", "2026-12-03T10:00")
    assert "--occurrence" in line and "--series" in line
    assert dump(cli.folder) == before
    cli.ok("item", "move", str(series), "--at", "2026-12-03T10:00", "--series")
    assert _starts(cli, "Mardi") == [f"2026-12-{d:02}T10:00+01:00" for d in (3, 10, 17, 24)]


def test_a_series_moved_past_the_calendar_start_is_refused(cli: Cli, series: int) -> None:
    """Measured from its last date, the series' first date would fall in 1899."""
    before = dump(cli.folder)
    line = cli.refused("item", "move", str(series), "--occurrence", "2026-12-22T09:00",
                       "--at", "1900-01-02T09:00", "--series")  # fmt: skip
    assert "start" in line and "1900-01-01 to 2200-12-31" in line
    assert "--from" in cli.refused("item", "list", "--from", "")
    assert dump(cli.folder) == before


def test_one_key_per_instant_on_the_spring_forward_night(cli: Cli) -> None:
    """4. An hourly series through 02:00 listed 03:00+02:00 twice under one key; moving one left
    four, deleting one removed both."""
    hourly = cli.add(
        "--title", "H", "--channel", "Facebook", "--at", "2026-03-29T00:00",
        "--rrule", "FREQ=HOURLY;COUNT=5",
    )  # fmt: skip
    day = ("2026-03-29", "2026-03-29")
    found = [o for o in cli.listing(*day) if o["title"] == "H"]
    keys = [o["occurrence_key"] for o in found]
    assert len(keys) == len(set(keys)) == 4
    assert [o["start"][11:] for o in found] == [
        "00:00+01:00", "01:00+01:00", "03:00+02:00", "04:00+02:00",
    ]  # fmt: skip
    cli.ok(
        "item", "move", str(hourly), "--occurrence", "2026-03-29T03:00", "--at", "2026-03-29T12:00"
    )
    assert [s[11:16] for s in _starts(cli, "H", *day)] == ["00:00", "01:00", "04:00", "12:00"]
    cli.ok("undo")
    cli.ok("item", "delete", str(hourly), "--occurrence", "2026-03-29T03:00")
    assert [s[11:16] for s in _starts(cli, "H", *day)] == ["00:00", "01:00", "04:00"]


def test_names_are_unique_regardless_of_case_even_from_two_programs(empty_cli: Cli) -> None:
    """6. Two processes adding "Insta" and "INSTA" at once made two channels."""
    import subprocess
    import sys

    empty_cli.ok("channel", "list")  # the workspace exists before the race
    head = [sys.executable, "-m", "ngo_calendar", "--data-dir", str(empty_cli.folder)]
    procs = [
        subprocess.Popen(
            [*head, "channel", "add", name, "--kind", "instagram"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=base_env(),
        )  # fmt: skip
        for name in ("Insta", "INSTA")
    ]
    codes = sorted(p.wait(timeout=60) for p in procs)
    assert codes == [0, 2]
    assert [c["name"].casefold() for c in empty_cli.ok("channel", "list", "--json").json()] == [
        "insta"
    ]


def test_an_accented_name_in_another_case_is_the_same_name(empty_cli: Cli) -> None:
    empty_cli.ok("channel", "add", "Été", "--kind", "website")
    assert "'Été' exists already" in empty_cli.refused("channel", "add", "ÉTÉ", "--kind", "x")


def test_values_stored_before_the_checks_never_break_a_listing(cli: Cli) -> None:
    """A workspace written by an older version (or by hand) may hold what core now refuses: a
    rule dateutil cannot expand, a title on two lines. Listing still works, one line per item,
    and the bad rule shows its first date."""
    import sqlite3

    bad = cli.add("--title", "Règle", "--channel", "Facebook", "--at", "2026-12-01T09:00",
                  "--rrule", "FREQ=WEEKLY")  # fmt: skip
    two_lines = cli.add("--title", "Titre", "--channel", "Facebook", "--at", "2026-12-02T09:00")
    conn = sqlite3.connect(cli.folder / "workspace.sqlite")
    with conn:
        conn.execute("UPDATE items SET rrule = 'FREQ=MONTHLY;BYDAY=9MO' WHERE id = ?", (bad,))
        conn.execute("UPDATE items SET title = 'deux\nlignes' WHERE id = ?", (two_lines,))
    conn.close()
    listed = cli.listing("2026-12-01", "2026-12-31")
    assert [(o["id"], o["start"]) for o in listed] == [
        (bad, "2026-12-01T09:00+01:00"),
        (two_lines, "2026-12-02T09:00+01:00"),
    ]
    lines = cli.ok("item", "list", "--from", "2026-12-01", "--to", "2026-12-31").out.splitlines()
    assert len(lines) == 2 and "deux\\nlignes" in lines[1]
    cli.ok("item", "show", str(bad))
