"""Refused input: exit status 2, ONE line on stderr naming field, value and what is accepted,
and nothing written (the file's rows are unchanged and undo finds nothing new to undo)."""

from __future__ import annotations

import pytest

from .conftest import Cli

ADD = ("item", "add", "--title", "Essai")

# (extra arguments of `item add`, field named, value named, a word of what would be accepted)
BAD_ADDS = [
    pytest.param(
        ["--channel", "Tiktok", "--on", "2026-12-01"],
        "channel",
        "Tiktok",
        "Facebook, Instagram, Lettre",
        id="unknown-channel",
    ),
    pytest.param(
        ["--channel", "Facebook", "--on", "2026-02-30"],
        "--on",
        "2026-02-30",
        "2026-12-01",
        id="impossible-date",
    ),
    pytest.param(
        ["--channel", "Facebook", "--at", "2026-02-30T10:00"],
        "--at",
        "2026-02-30T10:00",
        "2026-12-01T18:00",
        id="impossible-date-time",
    ),
    pytest.param(
        ["--channel", "Facebook", "--at", "2026-03-29T02:30"],
        "--at",
        "2026-03-29T02:30",
        "2026-03-29T03:00",
        id="daylight-saving-gap",
    ),
    pytest.param(
        ["--channel", "Facebook", "--at", "2026-05-05T09:00", "--rrule", "FREQ=SOMETIMES"],
        "rrule",
        "FREQ=SOMETIMES",
        "FREQ=WEEKLY",
        id="rrule-bad-freq",
    ),
    pytest.param(
        ["--channel", "Facebook", "--at", "2026-05-05T09:00", "--rrule", "BYDAY=TU"],
        "rrule",
        "BYDAY=TU",
        "FREQ=WEEKLY",
        id="rrule-without-freq",
    ),
    pytest.param(
        ["--channel", "Facebook", "--at", "2026-05-05T09:00", "--rrule", "FREQ=WEEKLY;BYDAY=XX"],
        "rrule",
        "FREQ=WEEKLY;BYDAY=XX",
        "BYDAY=TU",
        id="rrule-bad-weekday",
    ),
    pytest.param(
        ["--channel", "Facebook", "--rrule", "FREQ=WEEKLY"],
        "rrule",
        "FREQ=WEEKLY",
        "start",
        id="rrule-without-start",
    ),
    pytest.param(
        ["--channel", "Facebook", "--on", "2026-12-01", "--status", "published-ish"],
        "--status",
        "published-ish",
        "in_review",
        id="unknown-status",
    ),
    pytest.param(
        ["--channel", "Facebook", "--at", "2026-12-01T18:00", "--on", "2026-12-01"],
        "--at/--on",
        "2026-12-01T18:00",
        "not both",
        id="at-and-on",
    ),
    pytest.param(
        ["--channel", "Facebook", "--on", "2026-12-01", "--campaign", "Pâques"],
        "campaign",
        "Pâques",
        "Noël solidaire",
        id="unknown-campaign",
    ),
    pytest.param(
        ["--channel", "Facebook", "--on", "2026-12-01", "--objective", "Buzz"],
        "objective",
        "Buzz",
        "Sensibiliser",
        id="unknown-objective",
    ),
    pytest.param(["--on", "2026-12-01"], "channel", "", "at least one", id="no-channel"),
]

# Rules dateutil takes but RFC 5545 does not; INTERVAL=0 used to hang every listing.
OUT_OF_RANGE_RULES = ["FREQ=DAILY;INTERVAL=0", "FREQ=WEEKLY;COUNT=0", "FREQ=YEARLY;BYMONTH=13"]


def assert_nothing_to_undo(cli: Cli) -> None:
    assert cli.refused("undo") == "ngo-calendar: error: nothing to undo"


@pytest.mark.parametrize(("extra", "field", "value", "accepted"), BAD_ADDS)
def test_bad_item_add_is_refused_and_writes_nothing(
    cli: Cli, extra: list[str], field: str, value: str, accepted: str
) -> None:
    before = cli.counts()
    line = cli.refused(*ADD, *extra)
    assert line.startswith(f"ngo-calendar: error: {field}: {value}"), line
    assert accepted in line, line
    assert cli.counts() == before  # no item, link, history row or undo entry
    assert_nothing_to_undo(cli)


@pytest.mark.parametrize("rule", OUT_OF_RANGE_RULES)
def test_out_of_range_rrule_parts_are_refused(cli: Cli, rule: str) -> None:
    before = cli.counts()
    line = cli.refused(*ADD, "--channel", "Facebook", "--at", "2026-05-05T09:00", "--rrule", rule)
    assert line.startswith(f"ngo-calendar: error: rrule: {rule}"), line
    assert cli.counts() == before


def test_unknown_id_is_refused_for_show_move_and_delete(cli: Cli) -> None:
    before = cli.counts()
    for command in (["show", "404"], ["move", "404", "--on", "2026-12-01"], ["delete", "404"]):
        line = cli.refused("item", *command)
        assert "id: 404" in line and "item list" in line, line
    assert cli.counts() == before
    assert_nothing_to_undo(cli)


def test_refused_move_leaves_the_item_and_undo_reaches_only_the_earlier_add(cli: Cli) -> None:
    item = cli.add("--title", "Printemps", "--channel", "Facebook", "--at", "2026-03-28T02:30")
    shown = cli.ok("item", "show", str(item), "--json").json()
    before = cli.counts()
    line = cli.refused("item", "move", str(item), "--at", "2026-03-29T02:30")
    assert "--at: 2026-03-29T02:30" in line and "2026-03-29T03:00" in line
    line = cli.refused("item", "move", str(item), "--at", "2026-03-30T10:00", "--on", "2026-03-30")
    assert "--at/--on" in line
    line = cli.refused("item", "move", str(item), "--on", "2026-13-01")
    assert "--on: 2026-13-01" in line
    assert cli.counts() == before
    assert cli.ok("item", "show", str(item), "--json").json() == shown
    assert cli.ok("undo").out.strip() == "undo: create"
    assert cli.listing() == []
    assert_nothing_to_undo(cli)


def test_move_without_a_destination_is_refused(cli: Cli) -> None:
    item = cli.add("--title", "Sans date", "--channel", "Facebook", "--on", "2026-03-28")
    line = cli.refused("item", "move", str(item))
    assert "--at/--on" in line and "--backlog" in line


def test_list_refuses_bad_filters(cli: Cli) -> None:
    assert "--from: 2026-02-30" in cli.refused("item", "list", "--from", "2026-02-30")
    line = cli.refused("item", "list", "--from", "2026-05-10", "--to", "2026-05-01")
    assert "--to: 2026-05-01" in line and "2026-05-10" in line
    line = cli.refused("item", "list", "--status", "brouillon")
    assert "--status: brouillon" in line and "draft" in line
    line = cli.refused("item", "list", "--channel", "Tiktok")
    assert "--channel: Tiktok" in line and "Facebook" in line


def test_undo_and_redo_on_an_empty_stack(cli: Cli) -> None:
    assert_nothing_to_undo(cli)
    assert cli.refused("redo") == "ngo-calendar: error: nothing to redo"


def test_occurrence_errors(cli: Cli) -> None:
    single = cli.add("--title", "Seul", "--channel", "Facebook", "--at", "2026-05-05T09:00")
    weekly = cli.add(
        "--title", "Hebdo", "--channel", "Facebook", "--at", "2026-05-05T09:00",
        "--rrule", "FREQ=WEEKLY;COUNT=3",
    )  # fmt: skip
    before = cli.counts()
    line = cli.refused("item", "delete", str(single), "--occurrence", "2026-05-05T09:00")
    assert "occurrence" in line
    line = cli.refused(
        "item", "move", str(weekly), "--occurrence", "2026-05-06T09:00", "--at", "2026-05-07T09:00"
    )
    assert "occurrence" in line and "series" in line
    line = cli.refused(
        "item", "move", str(weekly), "--occurrence", "2026-05-12", "--at", "2026-05-13T09:00"
    )
    assert "occurrence" in line
    line = cli.refused("item", "delete", str(weekly), "--occurrence", "mardi")
    assert "--occurrence: mardi" in line
    assert cli.counts() == before


def test_a_value_with_a_line_break_still_gives_one_line(cli: Cli) -> None:
    line = cli.refused(*ADD, "--channel", "Face\nbook", "--on", "2026-12-01")
    assert "Face" in line and "book" in line
    line = cli.refused("item", "add", "--title", "\n", "--channel", "Facebook")
    assert "title" in line
