"""The crisis commands as issue 28 found them: a shift lands soon after the crisis, within
the horizon (`--horizon`), beyond a channel's cadence if it must; `crisis end` puts moved
items back on their original dates when the crisis ends early (`--restore`, the default);
a crisis not yet begun is cancelled (`crisis cancel`) in one step."""

from __future__ import annotations

from .conftest import Cli


def _busy_facebook(cli: Cli) -> int:
    """Facebook at three posts a week, its target met for three months; an appeal on the 8th."""
    cli.ok("channel", "edit", "Facebook", "--cadence", "3")
    for day in range(11, 32):
        cli.add("--title", f"Prévu {day}", "--channel", "Facebook", "--at", f"2026-12-{day}T18:00")
    return cli.add("--title", "Appel urgent", "--channel", "Facebook", "--at", "2026-12-08T14:00")


def test_a_shift_lands_soon_after_the_crisis_and_never_past_the_horizon(cli: Cli) -> None:
    appeal = _busy_facebook(cli)
    args = ("crisis", "plan", "--name", "Inondations", "--from", "2026-12-08T01:00",
            "--until", "2026-12-11T01:00", "--json")  # fmt: skip
    plan = cli.ok(*args).json()
    (row,) = [r for r in plan["rows"] if r["id"] == appeal]
    assert (row["action"], row["after"]) == ("shift", "2026-12-11T14:00+01:00")
    assert row["why"]["code"] == "crisis.moved.over_cadence"
    assert "beyond its channels' cadence" in row["reason"]
    # Every day up to the horizon a blackout day: held, never sent further.
    cli.ok("crisis", "rules", "--blackout", "2026-12-11,2026-12-12,2026-12-13")
    plan = cli.ok(*args, "--horizon", "2").json()
    assert plan["crisis"]["horizon"] == "2026-12-13T01:00+01:00"
    (row,) = [r for r in plan["rows"] if r["id"] == appeal]
    assert (row["action"], row["after"], row["why"]["code"]) == (
        "hold", None, "crisis.beyond_horizon"
    )  # fmt: skip
    assert "--horizon" in cli.ok("crisis", "plan", "--help").out


def test_the_end_re_plans_within_its_own_horizon_or_the_one_given(cli: Cli) -> None:
    cli.add("--title", "Atelier", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    cli.ok("crisis", "start", "--name", "Grève", "--from", "2026-12-08T08:00", "--horizon", "3")
    cli.ok("crisis", "rules", "--blackout", "2026-12-11,2026-12-12,2026-12-13")
    preview = cli.ok("crisis", "end", "--at", "2026-12-10T08:00", "--preview", "--json").json()
    assert preview["crisis"]["horizon_days"] == 3
    assert [r["action"] for r in preview["rows"]] == ["hold"]  # blackout up to its horizon
    longer = ("crisis", "end", "--at", "2026-12-10T08:00", "--horizon", "5", "--preview", "--json")
    assert [r["action"] for r in cli.ok(*longer).json()["rows"]] == ["shift"]
    before = cli.counts()
    assert "--horizon" in cli.refused("crisis", "end", "--at", "2026-12-10T08:00", "--horizon", "0")
    assert cli.counts() == before


def test_an_early_end_restores_the_original_dates_unless_told_not_to(cli: Cli) -> None:
    ahead = cli.add("--title", "Collecte", "--channel", "Facebook", "--at", "2026-12-12T10:00")
    passed = cli.add("--title", "Atelier", "--channel", "Facebook", "--at", "2026-12-08T12:00")
    cli.ok("crisis", "start", "--name", "Tempête", "--from", "2026-12-08T08:00",
           "--until", "2026-12-14T08:00")  # fmt: skip
    end = ("crisis", "end", "--at", "2026-12-10T09:00")
    assert cli.ok(*end, "--no-restore", "--preview", "--json").json()["rows"] == []
    rows = {r["id"]: r for r in cli.ok(*end, "--preview", "--json").json()["rows"]}
    assert (rows[ahead]["action"], rows[ahead]["after"]) == ("shift", "2026-12-12T10:00+01:00")
    assert rows[passed]["action"] == "keep" and "has passed" in rows[passed]["reason"]
    text = cli.ok(*end).out
    assert "back to its original date: the crisis ended before it" in text
    listed = {r["id"]: r for r in cli.listing("2026-12-01", "2026-12-31")}
    assert listed[ahead]["start"].startswith("2026-12-12T10:00")
    assert listed[passed]["start"].startswith("2026-12-14T12:00")  # its date had passed
    assert "crisis end" in cli.ok("undo").out  # one step
    listed = {r["id"]: r for r in cli.listing("2026-12-01", "2026-12-31")}
    assert listed[ahead]["start"].startswith("2026-12-18T10:00")


def _as_planned(cli: Cli) -> dict[int, dict[str, object]]:
    skip = ("revision", "updated_at")
    return {
        r["id"]: {k: v for k, v in r.items() if k not in skip}
        for r in cli.listing("2026-12-01", "2026-12-31")
    }


def test_a_crisis_not_yet_begun_is_cancelled_in_one_step(cli: Cli) -> None:
    party = cli.add("--title", "Soirée jeux", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    before = _as_planned(cli)
    cli.ok("crisis", "start", "--name", "Grève", "--from", "2026-12-08T08:00",
           "--message", "holding:Facebook")  # fmt: skip
    # Ending it before it begins: refused, one line; cancelling it: everything as it was.
    assert "after the crisis' start" in cli.refused("crisis", "end", "--at", "2026-12-07T20:00")
    begun = cli.refused("crisis", "cancel", "--at", "2026-12-08T09:00")
    assert "already begun: end it instead" in begun
    out = cli.ok("crisis", "cancel", "--at", "2026-12-07T20:00").out
    assert "cancelled" in out and "crisis undo" in out
    assert cli.ok("crisis", "status", "--json").json() == {"crisis": None}
    assert _as_planned(cli) == before  # its revision (SEQUENCE) grew: it changed twice
    assert before[party]["status"] == "draft"
    assert "crisis cancel" in cli.ok("crisis", "undo").out  # one step
    assert cli.ok("crisis", "status", "--json").json()["crisis"]["active"]
    cli.ok("crisis", "cancel", "--at", "2026-12-07T20:00")
    assert "no crisis is active" in cli.refused("crisis", "cancel")
