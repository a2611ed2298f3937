"""item add / list / show / move / delete through the real command line."""

from __future__ import annotations

from .conftest import Cli

JSON_FIELDS = {
    "id",
    "title",
    "body",
    "kind",
    "status",
    "channels",
    "end",
    "campaign",
    "objective",
    "audiences",
    "rrule",
}


def test_add_prints_the_new_id_and_show_returns_every_field(cli: Cli) -> None:
    item = cli.add(
        "--title", "Appel aux dons",
        "--channel", "Facebook",
        "--channel", "Instagram",
        "--at", "2026-12-01T18:00",
        "--status", "in_review",
        "--campaign", "Noël solidaire",
        "--objective", "Collecter des dons",
        "--body", "Chaque don compte.",
        "--duration", "30",
    )  # fmt: skip
    shown = cli.ok("item", "show", str(item), "--json").json()
    assert JSON_FIELDS | {"start"} <= set(shown)
    assert "date" not in shown and "occurrence" not in shown
    assert shown["id"] == item
    assert shown["title"] == "Appel aux dons"
    assert shown["body"] == "Chaque don compte."
    assert shown["kind"] == "post"
    assert shown["status"] == "in_review"
    assert shown["channels"] == ["Facebook", "Instagram"]
    assert shown["start"] == "2026-12-01T18:00+01:00"  # Paris in winter
    assert shown["end"] == "2026-12-01T18:30+01:00"
    assert shown["campaign"] == "Noël solidaire"
    assert shown["objective"] == "Collecter des dons"
    assert shown["audiences"] == []
    assert shown["rrule"] is None


def test_ids_grow_and_the_text_output_is_one_line_per_item(cli: Cli) -> None:
    first = cli.add("--title", "Un", "--channel", "Facebook", "--on", "2026-05-01")
    second = cli.add("--title", "Deux", "--channel", "Lettre", "--at", "2026-05-02T08:15")
    assert second > first
    lines = cli.ok("item", "list", "--from", "2026-05-01", "--to", "2026-05-31").out.splitlines()
    assert len(lines) == 2
    assert "2026-05-01 (all day)" in lines[0] and "Un" in lines[0] and "[Facebook]" in lines[0]
    assert "2026-05-02 08:15" in lines[1] and "Deux" in lines[1]


def test_summer_times_carry_plus_two_hours(cli: Cli) -> None:
    item = cli.add("--title", "Fête", "--channel", "Facebook", "--at", "2026-07-14T21:30")
    assert cli.ok("item", "show", str(item), "--json").json()["start"] == "2026-07-14T21:30+02:00"


def test_an_explicit_offset_is_converted_to_workspace_time(cli: Cli) -> None:
    item = cli.add("--title", "Live", "--channel", "Facebook", "--at", "2026-12-01T17:00+00:00")
    assert cli.ok("item", "show", str(item), "--json").json()["start"] == "2026-12-01T18:00+01:00"


def test_all_day_items_are_dates_with_an_exclusive_end(cli: Cli) -> None:
    item = cli.add(
        "--title", "Forum", "--channel", "Lettre", "--on", "2026-09-12", "--kind", "event"
    )
    shown = cli.ok("item", "show", str(item), "--json").json()
    assert shown["date"] == "2026-09-12"
    assert shown["end"] == "2026-09-13"
    assert "start" not in shown
    assert shown["kind"] == "event"


def test_list_is_in_time_order_whatever_the_order_of_creation(cli: Cli) -> None:
    cli.add("--title", "Décembre soir", "--channel", "Facebook", "--at", "2026-12-01T18:00")
    cli.add("--title", "Été", "--channel", "Instagram", "--at", "2026-07-01T09:00")
    cli.add("--title", "Décembre jour", "--channel", "Lettre", "--on", "2026-12-01")
    cli.add("--title", "Décembre matin", "--channel", "Facebook", "--at", "2026-12-01T08:00")
    cli.add("--title", "Mars", "--channel", "Facebook", "--at", "2026-03-29T03:00")
    listed = cli.listing("2026-01-01", "2026-12-31")
    assert [o["title"] for o in listed] == [
        "Mars",
        "Été",
        "Décembre jour",
        "Décembre matin",
        "Décembre soir",
    ]
    assert listed[0]["start"] == "2026-03-29T03:00+02:00"  # first minute of summer time


def test_list_window_is_inclusive_and_leaves_out_the_rest(cli: Cli) -> None:
    cli.add("--title", "Avant", "--channel", "Facebook", "--at", "2026-04-30T23:59")
    cli.add("--title", "Premier", "--channel", "Facebook", "--at", "2026-05-01T00:00")
    cli.add("--title", "Dernier", "--channel", "Facebook", "--on", "2026-05-31")
    cli.add("--title", "Après", "--channel", "Facebook", "--at", "2026-06-01T00:00")
    cli.add("--title", "Idée", "--channel", "Facebook")
    listed = cli.listing("2026-05-01", "2026-05-31")
    assert [o["title"] for o in listed] == ["Premier", "Dernier"]
    backlog = cli.ok("item", "list", "--backlog", "--json").json()
    assert [o["title"] for o in backlog] == ["Idée"]
    assert backlog[0]["start"] is None


def test_list_filters_by_channel_and_status(cli: Cli) -> None:
    cli.add("--title", "A", "--channel", "Facebook", "--on", "2026-05-01", "--status", "approved")
    cli.add("--title", "B", "--channel", "Instagram", "--on", "2026-05-02")
    cli.add("--title", "C", "--channel", "Lettre", "--channel", "Facebook", "--on", "2026-05-03")
    cli.add("--title", "D", "--channel", "Lettre", "--on", "2026-05-04", "--status", "Approved")

    def titles(*more: str) -> list[str]:
        return [o["title"] for o in cli.listing("2026-05-01", "2026-05-31", *more)]

    assert titles("--channel", "Facebook") == ["A", "C"]
    assert titles("--channel", "Instagram", "--channel", "Lettre") == ["B", "C", "D"]
    assert titles("--status", "approved") == ["A", "D"]
    assert titles("--status", "draft", "--channel", "Lettre") == ["C"]


def test_move_a_single_item_in_time_and_between_timed_and_all_day(cli: Cli) -> None:
    item = cli.add("--title", "Annonce", "--channel", "Facebook", "--at", "2026-03-28T10:00")
    cli.ok("item", "move", str(item), "--at", "2026-03-30T10:00")
    shown = cli.ok("item", "show", str(item), "--json").json()
    assert shown["start"] == "2026-03-30T10:00+02:00"  # the wall time is kept across the change
    cli.ok("item", "move", str(item), "--on", "2026-04-02")
    shown = cli.ok("item", "show", str(item), "--json").json()
    assert shown["date"] == "2026-04-02" and "start" not in shown
    assert [o["id"] for o in cli.listing("2026-04-02", "2026-04-02")] == [item]


def test_delete_removes_the_item(cli: Cli) -> None:
    keep = cli.add("--title", "Reste", "--channel", "Facebook", "--on", "2026-05-01")
    gone = cli.add("--title", "Part", "--channel", "Facebook", "--on", "2026-05-02")
    cli.ok("item", "delete", str(gone))
    assert [o["id"] for o in cli.listing()] == [keep]
    line = cli.refused("item", "show", str(gone))
    assert f"id: {gone}" in line


def test_accented_text_round_trips_in_utf8(cli: Cli) -> None:
    item = cli.add(
        "--title", "Œuvre à façon — été ✨", "--channel", "Facebook", "--on", "2026-06-21"
    )
    assert cli.ok("item", "show", str(item), "--json").json()["title"] == "Œuvre à façon — été ✨"
    assert "Œuvre à façon — été ✨" in cli.ok("item", "show", str(item)).out


def test_item_search_finds_every_date_coming_then_past_then_ideas(cli: Cli) -> None:
    """Issue 28, point 12: the search is not bounded by a period (years away are found)."""
    cli.add("--title", "Collecte 2019", "--channel", "Facebook", "--on", "2019-03-02")
    cli.add("--title", "Collecte 2031", "--channel", "Facebook", "--on", "2031-03-02")
    cli.add("--title", "Idée de collecte")
    cli.add("--title", "Autre chose", "--channel", "Facebook", "--on", "2031-03-03")
    found = cli.ok("item", "search", "COLLECTE", "--json").json()
    assert [(f["title"], f["when"]) for f in found] == [
        ("Collecte 2031", "coming"),
        ("Collecte 2019", "past"),
        ("Idée de collecte", "idea"),
    ]
    lines = cli.ok("item", "search", "collecte", "--limit", "2").out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("coming") and "Collecte 2031" in lines[0]
    assert cli.ok("item", "search", "introuvable").out == ""
    assert "--limit" in cli.refused("item", "search", "x", "--limit", "0")


def test_an_item_takes_a_hundred_tags_at_most(cli: Cli) -> None:
    """The same limit an import keeps to (issue 27, point 8): a label, not an index."""
    many = [arg for n in range(101) for arg in ("--tag", f"t{n}")]
    before = cli.counts()
    line = cli.refused("item", "add", "--title", "Étiquettes", "--channel", "Facebook", *many)
    assert "use at most 100 tags (not 101)" in line
    assert cli.counts() == before
    cli.add("--title", "Étiquettes", "--channel", "Facebook", *many[:200])
