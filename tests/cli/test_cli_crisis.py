"""`crisis plan` as a person types it: the proposed plan, in text and JSON, written nowhere;
and its refusals, each one line with exit status 2 and nothing written."""

from __future__ import annotations

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
