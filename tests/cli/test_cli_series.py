"""Recurring items from the command line, and undo / redo across separate processes."""

from __future__ import annotations

from .conftest import Cli

WEEKLY = ("--title", "Conseil du mardi", "--channel", "Facebook", "--at", "2026-03-17T09:00")


def starts(listed: list[dict]) -> list[str]:
    return [o.get("start") or o["date"] for o in listed]


def test_a_weekly_series_keeps_its_wall_time_across_the_clock_change(cli: Cli) -> None:
    item = cli.add(*WEEKLY, "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    listed = cli.listing("2026-03-01", "2026-04-30")
    assert [o["id"] for o in listed] == [item] * 4
    assert starts(listed) == [
        "2026-03-17T09:00+01:00",
        "2026-03-24T09:00+01:00",
        "2026-03-31T09:00+02:00",
        "2026-04-07T09:00+02:00",
    ]
    assert all(o["occurrence"] == o["start"] for o in listed)
    assert all(o["rrule"] == "FREQ=WEEKLY;BYDAY=TU;COUNT=4" for o in listed)
    shown = cli.ok("item", "show", str(item), "--json").json()
    assert shown["rrule"] == "FREQ=WEEKLY;BYDAY=TU;COUNT=4"
    assert shown["start"] == "2026-03-17T09:00+01:00"


def test_an_all_day_monthly_series(cli: Cli) -> None:
    cli.add("--title", "Lettre", "--channel", "Lettre", "--on", "2026-01-05",
            "--rrule", "FREQ=MONTHLY;BYDAY=1MO;COUNT=3")  # fmt: skip
    listed = cli.listing("2026-01-01", "2026-12-31")
    assert [o["date"] for o in listed] == ["2026-01-05", "2026-02-02", "2026-03-02"]
    assert [o["occurrence"] for o in listed] == ["2026-01-05", "2026-02-02", "2026-03-02"]


def test_move_one_occurrence_leaves_the_others(cli: Cli) -> None:
    item = cli.add(*WEEKLY, "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    cli.ok("item", "move", str(item), "--occurrence", "2026-03-31T09:00",
           "--at", "2026-04-01T10:00")  # fmt: skip
    listed = cli.listing("2026-03-01", "2026-04-30")
    assert starts(listed) == [
        "2026-03-17T09:00+01:00",
        "2026-03-24T09:00+01:00",
        "2026-04-01T10:00+02:00",
        "2026-04-07T09:00+02:00",
    ]
    moved = listed[2]
    assert moved["occurrence"] == "2026-04-01T10:00+02:00"
    assert moved.get("occurrence_key") == "20260331T070000Z"  # still names its original slot


def test_move_one_occurrence_by_its_key_and_delete_another(cli: Cli) -> None:
    item = cli.add(*WEEKLY, "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3")
    cli.ok("item", "move", str(item), "--occurrence", "20260317T080000Z", "--on", "2026-03-16")
    cli.ok("item", "delete", str(item), "--occurrence", "2026-03-24T09:00")
    listed = cli.listing("2026-03-01", "2026-04-30")
    assert starts(listed) == ["2026-03-16", "2026-03-31T09:00+02:00"]


def test_move_the_whole_series(cli: Cli) -> None:
    item = cli.add(*WEEKLY, "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3")
    cli.ok("item", "move", str(item), "--series", "--occurrence", "2026-03-24T09:00",
           "--at", "2026-03-25T11:00")  # fmt: skip
    listed = cli.listing("2026-03-01", "2026-04-30")
    assert starts(listed) == [
        "2026-03-18T11:00+01:00",
        "2026-03-25T11:00+01:00",
        "2026-04-01T11:00+02:00",
    ]
    assert listed[0]["rrule"] == "FREQ=WEEKLY;BYDAY=WE;COUNT=3"


def test_undo_and_redo_of_an_add_through_separate_processes(cli: Cli) -> None:
    item = cli.add("--title", "Annonce AG", "--channel", "Lettre", "--on", "2026-06-01")
    uid = cli.ok("item", "show", str(item), "--json").json()["uid"]
    assert cli.ok("undo").out.strip() == "undo: create"
    assert cli.listing() == []
    assert cli.ok("redo").out.strip() == "redo: create"
    shown = cli.ok("item", "show", str(item), "--json").json()
    assert (shown["id"], shown["uid"], shown["title"]) == (item, uid, "Annonce AG")
    assert cli.refused("redo") == "ngo-calendar: error: nothing to redo"


def test_undo_a_series_move_then_redo_it(cli: Cli) -> None:
    item = cli.add(*WEEKLY, "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3")
    original = starts(cli.listing("2026-03-01", "2026-04-30"))
    cli.ok("item", "move", str(item), "--series", "--occurrence", "2026-03-17T09:00",
           "--at", "2026-03-19T09:00")  # fmt: skip
    moved = starts(cli.listing("2026-03-01", "2026-04-30"))
    assert moved[0] == "2026-03-19T09:00+01:00"
    uid = cli.ok("item", "show", str(item), "--json").json()["uid"]
    undone = cli.ok("--json", "undo").json()
    assert undone == {"done": "undo: move", "items": [item], "uids": [uid]}
    assert starts(cli.listing("2026-03-01", "2026-04-30")) == original
    cli.ok("redo")
    assert starts(cli.listing("2026-03-01", "2026-04-30")) == moved


def test_undo_a_delete_brings_the_item_back_whole(cli: Cli) -> None:
    item = cli.add("--title", "Portes ouvertes", "--channel", "Facebook", "--channel", "Lettre",
                   "--at", "2026-06-13T14:00", "--campaign", "Noël solidaire",
                   "--status", "approved")  # fmt: skip
    shown = cli.ok("item", "show", str(item), "--json").json()
    cli.ok("item", "delete", str(item))
    assert cli.listing() == []
    assert cli.ok("undo").out.strip() == "undo: delete"
    back = cli.ok("item", "show", str(item), "--json").json()
    assert back["revision"] > shown["revision"]  # other calendars must see a newer SEQUENCE
    assert {k: v for k, v in back.items() if k != "revision"} == {
        k: v for k, v in shown.items() if k != "revision"
    }


def test_undo_walks_back_one_step_per_process_and_a_new_change_drops_redo(cli: Cli) -> None:
    first = cli.add("--title", "Un", "--channel", "Facebook", "--on", "2026-05-01")
    cli.ok("item", "move", str(first), "--on", "2026-05-08")
    cli.ok("undo")
    assert starts(cli.listing()) == ["2026-05-01"]
    cli.ok("undo")
    assert cli.listing() == []
    cli.ok("redo")
    second = cli.add("--title", "Deux", "--channel", "Facebook", "--on", "2026-05-02")
    assert cli.refused("redo") == "ngo-calendar: error: nothing to redo"
    assert [(o["id"], o["date"]) for o in cli.listing()] == [
        (first, "2026-05-01"),
        (second, "2026-05-02"),
    ]


def test_one_date_of_a_series_gets_its_own_title_status_and_channels(cli: Cli) -> None:
    item = cli.add(*WEEKLY, "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3")
    cli.ok("item", "edit", str(item), "--occurrence", "2026-03-24T09:00", "--title", "Spécial",
           "--status", "approved", "--channel", "Instagram")  # fmt: skip
    dates = cli.listing("2026-03-01", "2026-04-30")
    assert [(d["title"], d["status"], d["channels"], d["own"]) for d in dates] == [
        ("Conseil du mardi", "draft", ["Facebook"], []),
        ("Spécial", "approved", ["Instagram"], ["title", "status", "channels"]),
        ("Conseil du mardi", "draft", ["Facebook"], []),
    ]
    approved = cli.listing("2026-03-01", "2026-04-30", "--status", "approved")
    assert [d["occurrence"] for d in approved] == ["2026-03-24T09:00+01:00"]
    cli.ok("undo")
    assert [d["own"] for d in cli.listing("2026-03-01", "2026-04-30")] == [[], [], []]
    cli.ok("redo")
    cli.ok("item", "edit", str(item), "--occurrence", "2026-03-24T09:00", "--as-series")
    assert [d["title"] for d in cli.listing("2026-03-01", "2026-04-30")] == ["Conseil du mardi"] * 3


def test_editing_a_whole_item_from_the_command_line(cli: Cli) -> None:
    item = cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-01T18:00")
    cli.ok("item", "edit", str(item), "--title", "Appel aux dons", "--status", "in_review")
    shown = cli.ok("item", "show", str(item), "--json").json()
    assert (shown["title"], shown["status"], shown["revision"]) == (
        "Appel aux dons",
        "in_review",
        1,
    )
    line = cli.refused("item", "edit", str(item), "--as-series")
    assert "--occurrence" in line
