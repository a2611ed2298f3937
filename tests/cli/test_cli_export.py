"""`export ics` as a person types it: the file other calendars read, with the filters; and its
refusals, one line with exit status 2, no file written."""

from __future__ import annotations

from pathlib import Path

import icalendar

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
