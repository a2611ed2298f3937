"""Hostile crisis plan files, property-based (issue 27, point 10): `crisis start --plan FILE`
fed a real plan the command line printed, then edited with hostile values (tests/
hostile_values.py: wrong types, huge numbers and NaN, 100,000 brackets, odd and non-ASCII keys,
keys dropped, rows added, moments and shifted dates at and beyond the calendar's ends, control
characters and long text in the crisis' name and the rows' reasons).

What it proves, each example on a fresh copy of a small workspace:
- the command exits 0, or 2 with nothing on stdout and ONE line on stderr; never 1 (a logged
  traceback), never an exception escaping `run`, never longer than the work budget;
- a refusal changes nothing: the database's bytes and the plan file's are as they were;
- after a success the workspace still lists (the plan's months and the calendar's last), lists
  its ideas, exports to iCalendar, shows the crisis, and `crisis undo` takes it all back.

HOSTILE_EXAMPLES (default 30 here, about 40 s with the cases written by hand) bounds
the examples; failures are not shrunk unless HOSTILE_SHRINK=1; HOSTILE_EXPLICIT=0 leaves out
the cases written by hand (@example).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from tests import hostile_values as hv
from tests.helpers import DB, InProcess, cli, dump, sha256

OFF = {"explicit"} if os.getenv("HOSTILE_EXPLICIT") == "0" else set()
OFF |= set() if os.getenv("HOSTILE_SHRINK") == "1" else {"shrink", "explain"}
SETTINGS = settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "30")),
    deadline=None,
    phases=[p for p in Phase if p.name not in OFF],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
REFUSAL = re.compile(r"ngo-calendar( [a-z]+)*: error: ")
# A timed post, an all-day post, a time-bound greeting and a weekly series inside the crisis;
# an item near the calendar's end (a crisis declared there shifts it past the end).
SETUP = """channel add Facebook --kind facebook
channel add Instagram --kind instagram
item add --title 'Grande fête' --channel Facebook --at 2026-12-09T18:00
item add --title Collecte --channel Instagram --on 2026-12-10
item add --title Vœux --channel Instagram --at 2026-12-09T09:00 --sensitivity time_bound
item add --title Distrib --channel Facebook --at 2026-12-01T10:00 --rrule FREQ=WEEKLY;COUNT=4
item add --title Fin --channel Facebook --at 2200-12-20T10:00"""
DECLARE = ("--name", "Tempête", "--from", "2026-12-08T08:00", "--until", "2026-12-11T08:00")
ROWS = 6  # the plan's rows: the series twice (the 8th, the 22nd, flagged), and one of each other


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The workspace every example starts from a copy of, and the plan it prints."""
    folder = tmp_path_factory.mktemp("hostile-plans") / "ws"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NGO_CALENDAR_USER", "hostile-tester")
        for line in SETUP.splitlines():
            assert cli(folder, *shlex.split(line)).code == 0, line
        printed = cli(folder, "crisis", "plan", *DECLARE, "--json")
    assert printed.code == 0, printed
    plan = json.loads(printed.out)
    assert len(plan["rows"]) == ROWS and {r["action"] for r in plan["rows"]} >= {"shift", "cancel"}
    conn = sqlite3.connect(folder / DB)
    with conn:
        conn.execute("DELETE FROM undo_stack")
    conn.close()
    return folder, plan


@pytest.fixture
def fresh(
    template: tuple[Path, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    monkeypatch.setenv("NGO_CALENDAR_USER", "hostile-tester")

    def copy() -> Path:
        root = Path(tempfile.mkdtemp(dir=tmp_path))
        shutil.copytree(template[0], root / "ws")
        return root / "ws"

    yield copy, template[1]


def failed(what: str, result: InProcess, folder: Path) -> str:
    log, where = folder / "logs" / "ngo-calendar.log", ""
    if log.exists() and result.code == 1:
        where = log.read_text(encoding="utf-8", errors="replace").rstrip().splitlines()[-1]
    return f"{what}: exit {result.code} {result.err.strip()[:300]!r} {where}"


def still_works(folder: Path, before: object) -> list[str]:
    """After a crisis started from the file: the workspace lists, exports, shows the crisis,
    and its undo puts everything back."""
    problems = []
    for argv in (
        ("item", "list", "--from", "2026-11-28", "--to", "2027-01-31", "--json"),
        ("item", "list", "--from", "2200-11-01", "--to", "2200-12-31", "--json"),
        ("item", "list", "--backlog", "--json"),
        ("export", "ics", str(folder.parent / "plan.ics")),
        ("crisis", "status", "--json"),
        ("crisis", "status"),
    ):
        result = cli(folder, *argv)
        if result.code != 0 or result.err:
            problems.append(failed(" ".join(argv[:3]), result, folder))
    undone = cli(folder, "crisis", "undo")
    if undone.code != 0 or dump(folder) != before:
        problems.append(failed("crisis undo (back to before)", undone, folder))
    return problems


def check_plan(folder: Path, text: str) -> list[str]:
    path = folder.parent / "plan.json"
    path.write_text(text, encoding="utf-8")
    before, database, given = dump(folder), sha256(folder / DB), sha256(path)
    result = cli(folder, "crisis", "start", "--plan", str(path))
    if result.code == 2:
        problems = [] if result.out == "" else ["refused, but printed on stdout"]
        lines = result.err.splitlines()
        if len(lines) != 1 or not REFUSAL.match(lines[0]) or len(lines[0]) > 600:
            problems.append(f"refused with {len(lines)} stderr lines: {result.err[:300]!r}")
        if (sha256(folder / DB), sha256(path)) != (database, given):
            problems.append(f"refused ({result.err.strip()[:200]}), but a file changed")
        return problems
    if result.code != 0 or result.err:
        return [failed("crisis start --plan", result, folder)]
    return still_works(folder, before)


NO_EDIT: list[tuple[Any, ...]] = []


@SETTINGS
@given(edits=hv.plan_edits(ROWS), raw=st.sampled_from(hv.RAW_JSON))
@example(edits=NO_EDIT, raw="")
@example(edits=[("file", hv.RAW)], raw="[" * 100_000)
@example(edits=[("set", "crisis", "horizon_days", hv.RAW)], raw='{"a":' * 100_000)
@example(edits=[("set", 0, "id", hv.RAW)], raw="NaN")
@example(edits=[("set", 0, "id", hv.RAW)], raw="1" + "0" * 5000)
@example(edits=[("set", "crisis", "horizon_days", hv.RAW)], raw="1e400")
@example(edits=[("set", 0, "id", "abc")], raw="")
@example(edits=[("set", 0, "id", 1.9)], raw="")
@example(edits=[("set", 0, "id", None)], raw="")
@example(edits=[("set", 0, "id", True)], raw="")
@example(edits=[("set", 0, "id", [1])], raw="")
@example(edits=[("set", 0, "id", 10**30)], raw="")
@example(edits=[("set", 0, "id", 9999)], raw="")
@example(edits=[("set", 0, "action", ["shift"])], raw="")
@example(edits=[("set", 0, "after", "0001-01-01T00:00+00:00")], raw="")
@example(edits=[("set", 0, "after", "9999-12-31T23:59-05:00")], raw="")
@example(edits=[("set", 0, "after", "2201-01-01T10:00+01:00")], raw="")
@example(edits=[("set", 0, "after", "x" * 100_000)], raw="")
@example(edits=[("set", 0, "reason", "x\x1b" * 10_000)], raw="")
@example(edits=[("set", "crisis", "name", "x" * 10_000)], raw="")
@example(edits=[("set", "crisis", "name", "Tem\x1bpête")], raw="")
@example(edits=[("set", "crisis", "name", "   ")], raw="")
@example(edits=[("set", "crisis", "name", "\u202eTempête")], raw="")
@example(edits=[("set", "crisis", "name", "caf\udce9")], raw="")
@example(edits=[("set", "crisis", "horizon_days", True)], raw="")
@example(edits=[("set", "crisis", "from", "0001-01-01T00:00")], raw="")
@example(edits=[("set", "crisis", "until", "9999-12-31T23:59")], raw="")
@example(edits=[("set", "crisis", "from", "2200-12-19T08:00")], raw="")
@example(edits=[("rename", "crisis", "name", "nàme")], raw="")
@example(edits=[("rename", 0, "id", "ＩＤ")], raw="")
@example(edits=[("drop", "crisis", "from")], raw="")
@example(edits=[("drop", 1, "after")], raw="")
def test_hostile_plan_files(fresh: Any, edits: list[tuple[Any, ...]], raw: str) -> None:
    copy, plan = fresh
    folder = copy()
    problems = check_plan(folder, hv.edited_plan(plan, edits, raw))
    assert not problems, f"{edits!r} {raw[:40]!r}: {problems}"
