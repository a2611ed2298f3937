"""Hostile input, property-based (issue 12): the command line's parser and the core services fed
generated values for every option, valid and hostile mixed (dates at and beyond the calendar's
ends, daylight-saving gaps, huge and malformed numbers, control characters, surrogate escapes,
long text, RRULEs built from parts, colours, ids, occurrence keys).

What it proves, each example on a fresh copy of a small workspace:
- a command exits 0, or 2 with nothing on stdout and ONE line on stderr; never 1 (a logged
  traceback), never an exception escaping `run`, never longer than a few seconds;
- a refusal (exit 2, or a service raising one of REFUSALS) changes nothing: every table, the
  history and the undo stack are compared before and after;
- after a success the workspace still works and holds only what the rules accept: the months
  around every date involved list (JSON, and text with one line per occurrence and one
  occurrence per key) in bounded time, the backlog lists, every item shows on one line, the
  channels list, undo takes the change back; dates stay in 1900-2200, text fits its column,
  names and titles hold no control character, colours are #rrggbb, names are unique whatever
  their case, numbers fit 32 bits and are not below their least, rules give at least one
  occurrence and at most one an hour; `channel add` of an existing name and a blank date or
  `--occurrence` are refused.

HOSTILE_EXAMPLES (default 50 per test) bounds the examples so the file runs in CI in well under
two minutes; failures are not shrunk (each try runs a dozen commands) unless HOSTILE_SHRINK=1;
HOSTILE_EXPLICIT=0 leaves out the testers' cases (@example) to see what the generator finds.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from ngo_calendar.app import open_workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import AllDay, ItemDraft
from ngo_calendar.core.model.refusals import REFUSALS
from tests import hostile_values as hv
from tests.helpers import (
    REFUSAL,
    TooSlow,
    cli,
    describe,
    dump,
    failed,
    rule_breaks,
    snapshot,
    work_limit,
)

OFF = {"explicit"} if os.getenv("HOSTILE_EXPLICIT") == "0" else set()
OFF |= set() if os.getenv("HOSTILE_SHRINK") == "1" else {"shrink", "explain"}
SETTINGS = settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "50")),
    deadline=None,
    phases=[p for p in Phase if p.name not in OFF],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
Fresh = Callable[[], contextlib.AbstractContextManager[Path]]


def must_refuse(folder: Path, argv: list[str]) -> str | None:
    """Input the rules refuse although it can run: a blank date or key (it must not widen to
    the whole series, nor make an idea), an existing channel's name."""
    dated = ("--at", "--on", "--from", "--to", "--occurrence")
    if blank := [f for f, value in hv.options(argv) if f in dated and not value.strip()]:
        return f"a blank {blank[0]} must be refused, not read as absent"
    if argv[:2] == ["channel", "add"] and len(argv) > 2:
        conn = sqlite3.connect(folder / "workspace.sqlite")
        names = {n.casefold() for (n,) in conn.execute("SELECT name FROM channels")}
        conn.close()
        if argv[2].strip().casefold() in names:
            return "`channel add` of an existing name must refuse, not update that channel"
    return None


def still_works(folder: Path, values: list[str]) -> list[str]:
    """After a success: the months around `values` list, the backlog, every item, the channels."""
    found: list[str] = []
    for first, last in hv.windows(values):
        span = ("item", "list", "--from", first.isoformat(), "--to", last.isoformat())
        as_json = cli(folder, *span, "--json")
        as_text = cli(folder, *span) if as_json.code == 0 else as_json
        if as_text.code != 0:
            found.append(failed(" ".join(span), as_text, folder))
            if "too slow" in str(as_text.code):
                return found
            continue
        keys = [(o["id"], o.get("occurrence_key")) for o in json.loads(as_json.out)]
        if len(keys) != len(as_text.out.splitlines()):
            found.append(f"{' '.join(span)}: the text is not one line per occurrence")
        if len(set(keys)) != len(keys):
            found.append(f"{' '.join(span)}: two occurrences of a series share one key")
    if (backlog := cli(folder, "item", "list", "--backlog", "--json")).code != 0:
        found.append(failed("item list --backlog", backlog, folder))
    conn = sqlite3.connect(folder / "workspace.sqlite")
    ids = [i for (i,) in conn.execute("SELECT id FROM items ORDER BY id")]
    channels = conn.execute("SELECT count(*) FROM channels").fetchone()[0]
    conn.close()
    for item_id in ids:
        shown = cli(folder, "item", "show", str(item_id))
        if shown.code != 0 or len(shown.out.splitlines()) != 1:
            found.append(
                failed(f"item show {item_id} ({shown.out.count(chr(10))} lines)", shown, folder)
            )
    listed = cli(folder, "channel", "list")
    if listed.code != 0 or len(listed.out.splitlines()) != channels:
        found.append(failed("channel list (one line per channel)", listed, folder))
    return found


def after_success(folder: Path, before: tuple[object, ...], values: list[str]) -> list[str]:
    problems = still_works(folder, values) + rule_breaks(folder)
    if dump(folder) != before[0]:
        undone = cli(folder, "undo")
        if undone.code != 0 or dump(folder) != before[0]:
            problems.append(failed("undo (back to before)", undone, folder))
    return problems


def check_command(folder: Path, argv: list[str]) -> list[str]:
    """Every property of one command line on a fresh workspace; the problems found."""
    before, reason = snapshot(folder), must_refuse(folder, argv)
    result = cli(folder, *argv)
    if result.code == 2:
        problems = [] if result.out == "" else ["refused, but printed on stdout"]
        lines = result.err.splitlines()
        if len(lines) != 1 or not REFUSAL.match(lines[0]):
            problems.append(f"refused with {len(lines)} stderr lines: {result.err[:300]!r}")
        if snapshot(folder) != before:
            problems.append(f"refused ({result.err.strip()[:200]}), but the workspace changed")
        return problems
    if result.code != 0 or result.err:
        return [failed("the command", result, folder)]
    problems = [f"accepted: {reason}"] if reason else []
    if argv[1:2] in (["list"], ["show"]) and snapshot(folder) != before:
        problems.append("a read changed the workspace")
    dated = ("--at", "--on", "--from", "--to", "--occurrence", "--rrule")
    return problems + after_success(folder, before, [v for f, v in hv.options(argv) if f in dated])


def check_service(
    folder: Path, op: str, target: int, draft: ItemDraft, key: str | None
) -> list[str]:
    """One core write with a hostile draft, then the same checks as after a command line."""
    before = snapshot(folder)
    db = open_workspace(folder)
    try:
        with work_limit():
            if op == "create":
                items.create_item(db, draft)
            elif op == "update":
                items.update_item(db, target, draft)
            else:
                occurrences.move_item(db, target, draft.start, key, op == "move series")
    except REFUSALS:
        return [] if snapshot(folder) == before else ["refused, but the workspace changed"]
    except (Exception, TooSlow) as exc:  # noqa: BLE001 - anything but a refusal is the finding
        return [f"{op}: {describe(exc)}"]
    finally:
        db.close()
    start = draft.start
    day = start.day if isinstance(start, AllDay) else start.local.date() if start else None
    return after_success(folder, before, [day.isoformat()] if day else [])


# --- the tests --------------------------------------------------------------------------------


@SETTINGS
@given(argv=hv.COMMANDS)
@example(argv=hv.add("--at", "2026-12-01T10:00", "--duration", "2147483648"))
@example(argv=hv.ruled("FREQ=MONTHLY;BYDAY=9MO"))
@example(argv=hv.ruled("FREQ=DAILY;UNTIL=99991231T235959Z"))
@example(argv=hv.ruled("FREQ=DAILY;UNTIL=00010101T000000Z"))
@example(argv=hv.ruled(f"FREQ=HOURLY;BYMINUTE={hv.EVERY_60};BYSECOND={hv.EVERY_60}"))
@example(argv=hv.ruled("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))
@example(argv=hv.ruled("FREQ=DAILY;UNTIL=20261130T000000Z"))
@example(argv=hv.add("--on", "9999-12-31"))
@example(argv=hv.add("--at", "0001-01-01T00:00"))
@example(argv=hv.add("--at", "9999-12-31T23:59+00:00"))
@example(argv=hv.add("--at", ""))
@example(argv=["item", "add", "--title", "caf\udce9", "--channel", "Facebook"])
@example(argv=["item", "add", "--title", "Titre\nsuite", "--channel", "Facebook"])
@example(argv=["item", "add", "--title", "x" * 10_000, "--channel", "Facebook"])
@example(argv=["item", "list", "--from", "0001-01-01"])
@example(argv=["item", "list", "--from", "2026-12-01", "--to", "9999-12-31"])
@example(argv=["item", "show", "100000000000000000000"])
@example(argv=["item", "delete", "2", "--occurrence", ""])
@example(argv=["channel", "add", "Bluesky", "--kind", "bluesky", "--limit", "1e20"])
@example(argv=["channel", "add", "Bluesky", "--kind", "bluesky", "--limit", "-2"])
@example(argv=["channel", "add", "Bluesky", "--kind", "bluesky", "--colour", "#123456\n"])
@example(argv=["channel", "add", "facebook", "--kind", "instagram"])
@example(argv=hv.ruled("FREQ=HOURLY;BYSECOND=61"))  # found by this test: rules that pass
@example(argv=hv.ruled("FREQ=HOURLY;BYHOUR=24"))  # validation and break every listing,
@example(argv=hv.ruled("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=31"))  # or expand for ever
@example(argv=hv.add("--on", "2026-12-01", "--rrule", "FREQ=HOURLY"))  # 24 dates a day, one key
@example(argv=["item", "move", "2", "--occurrence", "", "--at", "2026-12-03T09:00"])
@example(argv=["campaign", "add", "noël SOLIDAIRE"])
@example(argv=["item", "move", "1", "--at=", "--on=2026-12-16", "--series", "--backlog"])
def test_hostile_command_lines(hostile_fresh: Fresh, argv: list[str]) -> None:
    with hostile_fresh() as folder:
        problems = check_command(folder, argv)
    assert not problems, f"{argv!r}: {problems}"


@SETTINGS
@given(
    op=st.sampled_from(("create", "create", "update", "move", "move series")),
    target=st.sampled_from((1, 2, 2, 3, 3, 5, 6, 0, 10**20)),
    draft=hv.DRAFTS,
    key=st.none() | hv.KEYS,
)
def test_hostile_core_services(
    hostile_fresh: Fresh, op: str, target: int, draft: ItemDraft, key: str | None
) -> None:
    with hostile_fresh() as folder:
        problems = check_service(folder, op, target, draft, key)
    assert not problems, f"{op} {target} {draft!r} {key!r}: {problems}"


def test_the_work_limit_stops_a_rule_that_expands_for_ever() -> None:
    """The budget is what catches a runaway expansion: dateutil reading every minute of
    centuries is stopped, on any machine, and nothing else is held up by it."""
    endless = rrulestr("FREQ=MINUTELY;BYSECOND=0", dtstart=datetime(2026, 1, 1))
    with pytest.raises(TooSlow, match="calls"), work_limit(200_000):
        for _ in endless:
            pass
    assert sys.getprofile() is None
    with work_limit(200_000):
        assert len(list(itertools.islice(endless, 100))) == 100
