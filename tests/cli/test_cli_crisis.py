"""The crisis commands as a person types them: `plan` (a preview, written nowhere), `start`
(the plan or an edited plan file), `status`, `end`, `undo`, `rules` and `message`; and their
refusals, each one line with exit status 2 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests import hostile_values as hv
from tests.helpers import DB, sha256

from .conftest import Cli


def test_the_plan_is_a_preview_that_writes_nothing(cli: Cli) -> None:
    essential = cli.add("--title", "Horaires", "--channel", "Facebook", "--at", "2026-12-08T10:00",
                        "--sensitivity", "essential")  # fmt: skip
    movable = cli.add("--title", "Grande fête", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    greeting = cli.add("--title", "Joyeuse Saint-Nicolas", "--channel", "Instagram",
                       "--at", "2026-12-09T09:00", "--sensitivity", "time_bound")  # fmt: skip
    message = cli.add("--title", "Point de situation", "--channel", "Facebook",
                      "--at", "2026-12-09T12:00", "--tag", "crise")  # fmt: skip
    before = cli.counts()
    args = ("crisis", "plan", "--name", "Inondations", "--from", "2026-12-08T08:00",
            "--until", "2026-12-11T08:00")  # fmt: skip
    plan = cli.ok(*args, "--json").json()
    assert plan["crisis"] == {
        "name": "Inondations",
        "from": "2026-12-08T08:00+01:00",
        "until": "2026-12-11T08:00+01:00",
        "channels": [],
        "horizon": "2026-12-25T08:00+01:00",
        "horizon_days": 14,
    }
    rows = {row["id"]: row for row in plan["rows"]}
    assert rows[essential]["action"] == "keep" and rows[essential]["reason"] == "essential"
    assert rows[message]["reason"] == "crisis communication"
    assert rows[greeting]["action"] == "cancel"
    assert rows[movable]["action"] == "shift" and rows[movable]["after"] == "2026-12-12T18:00+01:00"
    assert rows[movable]["sensitive"] == ["fête"]
    text = cli.ok(*args).out
    assert "1 shift, 1 cancel" in text and "nothing written" in text
    assert cli.counts() == before


def test_a_crisis_on_one_channel_and_an_open_ended_one(cli: Cli) -> None:
    on_facebook = cli.add("--title", "Atelier", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    on_letter = cli.add("--title", "Lettre", "--channel", "Lettre", "--at", "2026-12-09T18:00")
    plan = cli.ok("crisis", "plan", "--name", "Bad buzz", "--from", "2026-12-08T08:00",
                  "--channel", "facebook", "--json").json()  # fmt: skip
    rows = {row["id"]: row for row in plan["rows"]}
    assert plan["crisis"]["channels"] == ["Facebook"] and plan["crisis"]["until"] is None
    assert (rows[on_facebook]["action"], rows[on_facebook]["after"]) == ("hold", None)
    assert rows[on_letter]["reason"] == "on no channel the crisis concerns"


def test_refusals_are_one_line_and_write_nothing(cli: Cli) -> None:
    before = cli.counts()
    base = ("crisis", "plan", "--name", "Crise")
    assert "the end must come after the start" in cli.refused(
        *base, "--from", "2026-12-10T08:00", "--until", "2026-12-09T08:00"
    )
    assert "--channel: TikTok is not accepted: known: Facebook" in cli.refused(
        *base, "--channel", "TikTok"
    )
    assert "--from" in cli.refused(*base, "--from", "demain")
    assert "--name" in cli.refused("crisis", "plan", "--name", " ")
    assert "--horizon" in cli.refused(*base, "--horizon", "0")
    assert cli.counts() == before


def _everything(cli: Cli) -> dict[int, dict]:  # type: ignore[type-arg]
    statuses = [
        a for s in ("draft", "in_review", "approved", "held", "cancelled") for a in ("--status", s)
    ]
    return {row["id"]: row for row in cli.listing("2026-12-01", "2027-03-01", *statuses)}


def _week(cli: Cli) -> dict[str, int]:
    return {
        "party": cli.add(
            "--title",
            "Soirée jeux",
            "--channel",
            "Facebook",
            "--at",
            "2026-12-09T18:00",
            "--status",
            "approved",
        ),  # fmt: skip
        "greeting": cli.add(
            "--title",
            "Bonne Saint-Nicolas",
            "--channel",
            "Instagram",
            "--at",
            "2026-12-09T09:00",
            "--sensitivity",
            "time_bound",
        ),  # fmt: skip
        "letter": cli.add("--title", "Lettre", "--channel", "Lettre", "--at", "2026-12-10T10:00"),
        "later": cli.add("--title", "Atelier", "--channel", "Facebook", "--at", "2026-12-30T18:00"),
    }


def test_start_status_end_and_undo(cli: Cli) -> None:
    made = _week(cli)
    gala = cli.add("--title", "Gala de printemps", "--channel", "Facebook",
                   "--at", "2027-01-20T19:00", "--status", "approved")  # fmt: skip
    before = cli.counts()
    started = cli.ok("crisis", "start", "--name", "Tempête", "--from", "2026-12-08T08:00",
                     "--message", "holding:Facebook", "--json").json()  # fmt: skip
    rows = {row["id"]: row for row in started["rows"]}
    assert rows[made["party"]]["action"] == "hold" and rows[made["greeting"]]["action"] == "cancel"
    assert started["done"] == "crisis start"
    status = cli.ok("crisis", "status", "--json").json()["crisis"]
    assert status["active"] and status["name"] == "Tempête"
    assert [h["title"] for h in status["held"]] == ["Soirée jeux", "Lettre"]
    # After the window, the approved gala has a sensitive word: back in review, kept in place.
    assert status["counts"] == {"hold": 2, "shift": 0, "cancel": 1, "flagged": 1}
    assert _everything(cli)[gala]["status"] == "in_review"
    # Held items have no date until the end: listed only when asked for.
    assert made["party"] not in {row["id"] for row in cli.listing("2026-12-01", "2027-03-01")}
    listed = _everything(cli)
    assert listed[made["party"]]["status"] == "held"
    assert listed[made["greeting"]]["status"] == "cancelled"
    message = [r for r in listed.values() if r["title"] == "Déclaration d'attente"]
    assert message and message[0]["sensitivity"] == "essential"
    text = cli.ok("crisis", "status").out
    assert "crisis 'Tempête' (active)" in text and "held until the crisis ends" in text
    # A second crisis while this one lasts: refused.
    assert "still active" in cli.refused("crisis", "start", "--name", "Autre")
    # The end: a preview first (nothing written), then the re-plan of what was held.
    preview = cli.ok("crisis", "end", "--at", "2026-12-10T08:00", "--preview", "--json").json()
    assert {r["id"] for r in preview["rows"]} == {made["party"], made["letter"]}
    assert cli.ok("crisis", "status", "--json").json()["crisis"]["active"]
    assert "after the crisis' start" in cli.refused("crisis", "end", "--at", "2026-12-07T08:00")
    ended = cli.ok("crisis", "end", "--at", "2026-12-10T08:00", "--json").json()
    after = {r["id"]: r for r in ended["rows"]}
    assert after[made["party"]]["action"] == "shift"
    assert after[made["party"]]["after"] >= "2026-12-10T08:00+01:00"
    listed = _everything(cli)
    assert listed[made["party"]]["status"] == "in_review"  # approved, with a sensitive word
    assert listed[made["letter"]]["status"] == "draft"
    assert not cli.ok("crisis", "status", "--json").json()["crisis"]["active"]
    assert "crisis end" in cli.ok("crisis", "undo").out
    assert cli.ok("crisis", "status", "--json").json()["crisis"]["active"]
    assert "crisis start" in cli.ok("crisis", "undo").out
    assert cli.ok("crisis", "status", "--json").json() == {"crisis": None}
    after_undo = cli.counts()
    assert {k: v for k, v in after_undo.items() if k not in ("history", "undo_stack")} == {
        k: v for k, v in before.items() if k not in ("history", "undo_stack")
    }
    assert "not a crisis' start or end" in cli.refused("crisis", "undo")


def test_start_with_an_edited_plan_file(cli: Cli, tmp_path: Path) -> None:
    made = _week(cli)
    args = ("--from", "2026-12-08T08:00", "--until", "2026-12-11T08:00")
    plan = cli.ok("crisis", "plan", "--name", "Tempête", *args, "--json").json()
    for row in plan["rows"]:
        if row["id"] == made["party"]:
            row["after"] = "2026-12-19T11:00+01:00"
        if row["id"] == made["letter"]:
            row["action"] = "cancel"
    edited = tmp_path / "plan.json"
    edited.write_text(json.dumps(plan), encoding="utf-8")
    before = cli.counts()
    # Refusals: unknown item, a row for an item outside the plan, not JSON, the crisis named twice.
    for change, expected in (
        ({"id": 9999, "action": "keep"}, "rows[3].id: no item 9999 in this workspace"),
        ({"id": made["later"], "action": "hold"}, "not planned in this crisis' window"),
        ({"id": made["party"], "action": "explode"}, "rows[3].action: one of: keep"),
    ):
        spoiled = tmp_path / "spoiled.json"
        spoiled.write_text(json.dumps({**plan, "rows": [*plan["rows"], change]}), "utf-8")
        assert expected in cli.refused("crisis", "start", "--plan", str(spoiled))
    (tmp_path / "cut.json").write_text(json.dumps(plan)[:80], "utf-8")
    assert "cut.json: line 1, column" in cli.refused(
        "crisis", "start", "--plan", str(tmp_path / "cut.json")
    )
    assert "names the crisis already" in cli.refused(
        "crisis", "start", "--plan", str(edited), "--name", "X"
    )
    assert cli.counts() == before
    applied = cli.ok("crisis", "start", "--plan", str(edited), "--json").json()
    rows = {r["id"]: r for r in applied["rows"]}
    assert (rows[made["party"]]["after"], rows[made["party"]]["reason"]) == (
        "2026-12-19T11:00+01:00", "date set by hand")  # fmt: skip
    assert rows[made["letter"]]["action"] == "cancel"
    listed = _everything(cli)
    assert listed[made["party"]]["start"].startswith("2026-12-19T11:00")
    assert listed[made["letter"]]["status"] == "cancelled"


def test_rules_and_messages(cli: Cli) -> None:
    shown = cli.ok("crisis", "rules", "--json").json()
    assert shown["quiet"] == "21:00-08:00" and "fête" in shown["words"] and shown["blackout"] == []
    changed = cli.ok("crisis", "rules", "--quiet", "20:00-09:30", "--blackout", "2026-12-25",
                     "--words", "kermesse, tombola", "--json").json()  # fmt: skip
    assert changed == {"quiet": "20:00-09:30", "blackout": ["2026-12-25"],
                       "words": ["kermesse", "tombola"]}  # fmt: skip
    party = cli.add("--title", "Tombola", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    plan = cli.ok("crisis", "plan", "--name", "X", "--from", "2026-12-08T08:00",
                  "--until", "2026-12-11T08:00", "--json").json()  # fmt: skip
    (row,) = [r for r in plan["rows"] if r["id"] == party]
    assert row["sensitive"] == ["tombola"] and row["after"] == "2026-12-12T18:00+01:00"
    assert "--quiet" in cli.refused("crisis", "rules", "--quiet", "soir")
    assert "--blackout" in cli.refused("crisis", "rules", "--blackout", "Noël")
    channels = ("--channel", "Facebook", "--channel", "Instagram")
    added = cli.ok("crisis", "message", "--template", "update", *channels,
                   "--at", "2026-12-09T12:00", "--json").json()  # fmt: skip
    assert len(added["items"]) == 2
    assert "--template" in cli.refused(
        "crisis", "message", "--template", "joke", "--channel", "Facebook"
    )


# --- Hostile plan files and crisis inputs (issue 27, point 10) ---------------------------------
# Each: an edit of a real plan (tests/hostile_values.py: edited_plan), the raw JSON text a RAW
# value stands for, and what the one line of the refusal says.
TIMED, ALL_DAY = 0, 1  # the plan's rows: the timed post shifted, the all-day one
PLAN_REFUSALS: list[tuple[list[tuple[Any, ...]], str, str]] = [
    ([("file", hv.RAW)], "[" * 100_000, "line 1, column 21: brackets nested more than 20 levels"),
    ([("set", TIMED, "id", hv.RAW)], '{"a":' * 100_000, "brackets nested more than 20 levels"),
    ([("set", TIMED, "id", hv.RAW)], "NaN", "NaN is not a number a JSON file may hold"),
    ([("set", "crisis", "horizon_days", hv.RAW)], "Infinity", "Infinity is not a number"),
    ([("set", TIMED, "id", hv.RAW)], "1" + "0" * 5000, "(5,001 characters): too large a number"),
    ([("set", "crisis", "horizon_days", hv.RAW)], "1e400", "1e400: too large a number"),
    ([("set", TIMED, "id", 10**30)], "", "1000000000000000000000000000000: too large a number"),
    ([("set", TIMED, "id", "abc")], "", "rows[0].id: an item id (a number) is needed"),
    ([("set", TIMED, "id", 1.9)], "", "rows[0].id: an item id (a number) is needed"),
    ([("set", TIMED, "id", None)], "", "rows[0].id: an item id (a number) is needed"),
    ([("set", TIMED, "id", True)], "", "rows[0].id: an item id (a number) is needed"),
    ([("set", TIMED, "id", [1])], "", "rows[0].id: an item id (a number) is needed"),
    ([("drop", TIMED, "id")], "", "rows[0].id: an item id (a number) is needed"),
    ([("rename", TIMED, "id", "ïd")], "", "rows[0].id: an item id (a number) is needed"),
    ([("set", TIMED, "id", 0)], "", "rows[0].id: no item 0 in this workspace"),
    ([("set", TIMED, "id", 9999)], "", "rows[0].id: no item 9999 in this workspace"),
    ([("set", TIMED, "action", ["shift"])], "", "rows[0].action: one of: keep, hold"),
    ([("set", TIMED, "action", None)], "", "rows[0].action: one of: keep, hold"),
    ([("set", TIMED, "occurrence", 5)], "", "rows[0].occurrence: a date key of the series"),
    ([("set", TIMED, "occurrence", "x" * 1000)], "", "rows[0].occurrence: use at most 40"),
    ([("set", TIMED, "reason", 5)], "", "rows[0].reason: a line of text, or null"),
    ([("set", TIMED, "reason", "x\x1b" * 10_000)], "", "rows[0].reason: use one line of text"),
    ([("set", TIMED, "reason", "x" * 10_000)], "", "rows[0].reason: use at most 300 characters"),
    ([("set", TIMED, "after", 12)], "", "rows[0].after: a shifted item needs its new date"),
    ([("drop", TIMED, "after")], "", "rows[0].after: a shifted item needs its new date"),
    ([("set", TIMED, "after", "0001-01-01T00:00+00:00")], "", "rows[0].after: use a date from"),
    ([("set", TIMED, "after", "9999-12-31T23:59-05:00")], "", "rows[0].after: use a date from"),
    ([("set", TIMED, "after", "2201-01-01T10:00+01:00")], "", "rows[0].after: use a date from"),
    ([("set", TIMED, "after", "1899-12-31T23:59+01:00")], "", "rows[0].after: use a date from"),
    ([("set", ALL_DAY, "after", "9999-12-31")], "", "rows[1].after: use a date from 1900-01-01"),
    ([("set", TIMED, "after", "2026-12-19T11:00")], "", "rows[0].after: '2026-12-19T11:00' is not"),
    ([("set", TIMED, "after", "x" * 100_000)], "", "rows[0].after: 'xxxx"),
    ([("set", ALL_DAY, "after", "2026-12-19T11:00+01:00")], "", "rows[1].after: a date (the item"),
    ([("set", "crisis", "name", "Tem\x1bpête")], "", "crisis.name: use one line of text"),
    ([("set", "crisis", "name", "x" * 10_000)], "", "crisis.name: use at most 200 characters"),
    ([("set", "crisis", "name", "   ")], "", "crisis.name: give the crisis a name"),
    ([("set", "crisis", "name", None)], "", "crisis.name: the crisis' name is needed"),
    ([("rename", "crisis", "name", "nàme")], "", "crisis.name: the crisis' name is needed"),
    ([("set", "crisis", "channels", "Facebook")], "", "crisis.channels: a list of channel names"),
    ([("set", "crisis", "channels", ["Face\x1bbook"])], "", "crisis.channels: known: Facebook"),
    ([("set", "crisis", "horizon_days", True)], "", "crisis.horizon_days: a number of days"),
    ([("set", "crisis", "horizon_days", "14")], "", "crisis.horizon_days: a number of days"),
    ([("drop", "crisis", "from")], "", "crisis.from: a date and time is needed"),
    ([("set", "crisis", "from", "0001-01-01T00:00")], "", "crisis.from: use a date from 1900"),
    ([("set", "crisis", "until", "9999-12-31T23:59")], "", "crisis.until: use a date from 1900"),
    ([("set", "crisis", "until", "2026-12-01T08:00")], "", "crisis.until: the end must come"),
    ([("drop", "crisis", "name"), ("rename", "crisis", "from", "frôm")], "", "crisis.name"),
    ([("file", {"crisis": {"name": "T", "from": "2026-12-08T08:00"}})], "", "rows: a list of"),
    ([("file", [])], "", "not a crisis plan"),
]


@pytest.fixture
def planned(cli: Cli) -> dict[str, Any]:
    """A plan printed by `crisis plan --json`: a timed post shifted, then an all-day one."""
    cli.add("--title", "Grande fête", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    cli.add("--title", "Collecte", "--channel", "Instagram", "--on", "2026-12-10")
    plan = cli.ok("crisis", "plan", "--name", "Tempête", "--from", "2026-12-08T08:00",
                  "--until", "2026-12-11T08:00", "--json").json()  # fmt: skip
    assert [(r["action"], r["title"]) for r in plan["rows"]] == [
        ("shift", "Grande fête"), ("shift", "Collecte")]  # fmt: skip
    return dict(plan)


def test_hostile_plan_files_are_one_line_and_change_no_byte(
    cli: Cli, tmp_path: Path, planned: dict[str, Any]
) -> None:
    database = cli.folder / DB
    before = sha256(database)
    for edits, raw, expected in PLAN_REFUSALS:
        path = tmp_path / "plan.json"
        path.write_text(hv.edited_plan(planned, edits, raw), encoding="utf-8")
        given = sha256(path)
        line = cli.refused("crisis", "start", "--plan", str(path))
        assert expected in line, (edits, line)
        assert len(line) < 400, (edits, line)
        assert (sha256(database), sha256(path)) == (before, given), edits
    path.write_text(hv.edited_plan(planned, []), encoding="utf-8")
    assert cli.ok("crisis", "start", "--plan", str(path), "--json").json()["done"]


def test_a_name_kept_as_titles_are_and_a_shift_past_the_calendar_held(
    cli: Cli, tmp_path: Path
) -> None:
    """A bidi override is kept in a crisis' name as in an item's title; a crisis at the
    calendar's end holds what it cannot shift inside the calendar (no refusal, no traceback)."""
    late = cli.add("--title", "Fin", "--channel", "Facebook", "--at", "2200-12-20T10:00")
    plan = cli.ok("crisis", "plan", "--name", " \u202eTempête ", "--from", "2200-12-19T08:00",
                  "--until", "2200-12-30T08:00", "--json").json()  # fmt: skip
    assert plan["crisis"]["name"] == "\u202eTempête"
    assert [(r["id"], r["action"], r["after"]) for r in plan["rows"]] == [(late, "hold", None)]
    (tmp_path / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    cli.ok("crisis", "start", "--plan", str(tmp_path / "plan.json"))
    assert cli.ok("crisis", "status", "--json").json()["crisis"]["name"] == "\u202eTempête"
    assert [i["status"] for i in cli.listing("2200-12-01", "2200-12-31", "--status", "held")] == [
        "held"
    ]
    cli.ok("export", "ics", str(tmp_path / "plan.ics"))


FROM = ("--from", "2026-12-08T08:00")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("start", *FROM, "--name", "Tem\x1bpête"), "--name: Tem\\x1bpête is not accepted: use"),
        (("start", *FROM, "--name", "x" * 10_000), "use at most 200 characters (not 10,000)"),
        (("start", *FROM, "--name", "   "), "give the crisis a name"),
        (("start", *FROM, "--name", "Tempête\nsuite"), "use one line of text"),
        (("plan", *FROM, "--name", "T", "--horizon", "366"), "--horizon: 366 is not accepted"),
        (("plan", *FROM, "--name", "T", "--until", "9999-12-31T23:59"), "--until: 9999-12-31"),
        (("start", *FROM, "--name", "T", "--message", "holding:Face\x1bbook"), "--message"),
        (("rules", "--words", "kermesse, tom\x1bbola"), "--words: tom\\x1bbola is not accepted"),
        (("rules", "--blackout", "9999-12-31"), "--blackout: 9999-12-31 is not accepted: use a"),
        (("rules", "--blackout", "0001-01-01"), "--blackout: 0001-01-01 is not accepted: use a"),
        (("rules", "--quiet", "٢١:٠٠-٠٨:٠٠"), "--quiet: ٢١:٠٠-٠٨:٠٠ is not accepted"),
    ],
)
def test_hostile_crisis_options_are_one_line_and_change_no_byte(
    cli: Cli, argv: tuple[str, ...], expected: str
) -> None:
    cli.add("--title", "Grande fête", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    before = sha256(cli.folder / DB)
    line = cli.refused("crisis", *argv)
    assert expected in line and len(line) < 400
    assert sha256(cli.folder / DB) == before
