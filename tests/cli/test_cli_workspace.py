"""The command line's frame: where the workspace lives, channels, campaigns, --json placement."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ngo_calendar import __version__
from tests.helpers import base_env

from .conftest import Cli


def test_python_m_ngo_calendar_runs_and_knows_its_version(empty_cli: Cli) -> None:
    result = empty_cli.ok("--version", data_dir=False)
    assert result.out.strip() == f"ngo-calendar {__version__}"


def test_data_dir_option_creates_one_sqlite_file_there(empty_cli: Cli) -> None:
    assert not empty_cli.folder.exists()
    empty_cli.ok("channel", "list")
    assert (empty_cli.folder / "workspace.sqlite").is_file()
    conn = sqlite3.connect(empty_cli.folder / "workspace.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_environment_variable_chooses_the_folder(tmp_path: Path) -> None:
    by_env = tmp_path / "from-env"
    cli = Cli(tmp_path / "unused", tmp_path)
    env = base_env(NGO_CALENDAR_DATA_DIR=str(by_env))
    cli.ok("channel", "add", "Facebook", "--kind", "facebook", data_dir=False, env=env)
    assert (by_env / "workspace.sqlite").is_file()
    listed = cli.ok("channel", "list", "--json", data_dir=False, env=env).json()
    assert [c["name"] for c in listed] == ["Facebook"]
    assert not cli.folder.exists()


def test_data_dir_option_wins_over_the_environment(tmp_path: Path) -> None:
    env = base_env(NGO_CALENDAR_DATA_DIR=str(tmp_path / "from-env"))
    cli = Cli(tmp_path / "explicit", tmp_path)
    cli.ok("channel", "add", "Lettre", "--kind", "newsletter", env=env)
    assert (tmp_path / "explicit" / "workspace.sqlite").is_file()
    assert not (tmp_path / "from-env").exists()


def test_data_dir_is_accepted_after_the_command_words(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "after", tmp_path)
    folder = str(cli.folder)
    cli.ok("channel", "add", "X", "--kind", "x", "--data-dir", folder, data_dir=False)
    listed = cli.ok("channel", "list", "--json", "--data-dir", folder, data_dir=False).json()
    assert [c["name"] for c in listed] == ["X"]


def test_json_before_or_after_the_command_words_gives_the_same_output(cli: Cli) -> None:
    item = cli.add("--title", "Collecte", "--channel", "Facebook", "--on", "2026-12-05")
    before = cli.ok("--json", "item", "show", str(item)).json()
    after = cli.ok("item", "show", str(item), "--json").json()
    assert before == after
    assert before["title"] == "Collecte"
    assert cli.ok("--json", "channel", "list").json() == cli.ok("channel", "list", "--json").json()


def test_channel_add_and_list(empty_cli: Cli) -> None:
    assert empty_cli.ok("channel", "add", "Facebook", "--kind", "facebook").out.strip()
    empty_cli.ok("channel", "add", "Mastodon", "--kind", "mastodon", "--colour", "#6364FF")
    empty_cli.ok("channel", "add", "Lettre d'info", "--kind", "newsletter", "--cadence", "1")
    text = empty_cli.ok("channel", "list").out.splitlines()
    assert text == [
        "Facebook (facebook) #607d8b, file *-facebook.ics",
        "Mastodon (mastodon) #6364ff, file *-mastodon.ics",
        "Lettre d'info (newsletter) #607d8b, file *-lettre-d-info.ics",
    ]
    listed = {c["name"]: c for c in empty_cli.ok("channel", "list", "--json").json()}
    assert listed["Mastodon"]["char_limit"] == 500  # the platform's default
    assert listed["Lettre d'info"]["char_limit"] is None
    assert listed["Lettre d'info"]["weekly_target"] == 1
    assert set(listed["Facebook"]) >= {"id", "name", "kind", "colour"}


def test_channel_add_with_an_existing_name_refuses_and_points_to_edit(cli: Cli) -> None:
    """Adding "facebook" used to rename Facebook and reset its colour and cadence."""
    before = cli.ok("channel", "list", "--json").json()
    line = cli.refused("channel", "add", "facebook", "--kind", "instagram", "--colour", "#000000")
    assert "'Facebook' exists already" in line and "channel edit Facebook" in line
    assert cli.ok("channel", "list", "--json").json() == before
    cli.ok("channel", "edit", "FACEBOOK", "--colour", "#000000", "--cadence", "5")
    after = {c["name"]: c for c in cli.ok("channel", "list", "--json").json()}
    assert (after["Facebook"]["colour"], after["Facebook"]["weekly_target"]) == ("#000000", 5)
    assert after["Facebook"]["kind"] == "facebook"
    old = next(c for c in before if c["name"] == "Facebook")
    assert after["Facebook"]["char_limit"] == old["char_limit"] == 63206
    cli.ok("channel", "edit", "Facebook", "--name", "Page Facebook", "--limit", "0")
    renamed = {c["name"]: c for c in cli.ok("channel", "list", "--json").json()}
    assert "Facebook" not in renamed and renamed["Page Facebook"]["char_limit"] is None
    line = cli.refused("channel", "edit", "Page Facebook", "--name", "instagram")
    assert "'Instagram' exists already" in line


def test_campaign_add_with_an_existing_name_refuses_and_edit_changes_it(empty_cli: Cli) -> None:
    empty_cli.ok("campaign", "add", "Noël", "--from", "2026-11-15", "--to", "2026-12-31")
    line = empty_cli.refused("campaign", "add", "noël", "--colour", "#000000")
    assert "'Noël' exists already" in line and "campaign edit Noël" in line
    empty_cli.ok("campaign", "edit", "NOËL", "--name", "Noël solidaire", "--to", "")
    assert empty_cli.ok("campaign", "list").out.splitlines() == ["Noël solidaire"]
    line = empty_cli.refused("campaign", "edit", "Pâques", "--colour", "#000000")
    assert line.startswith("ngo-calendar: error: campaign: Pâques") and "Noël solidaire" in line


def test_channel_add_refuses_an_unknown_kind(empty_cli: Cli) -> None:
    line = empty_cli.refused("channel", "add", "Myspace", "--kind", "myspace")
    assert "kind" in line and "myspace" in line and "facebook" in line
    assert empty_cli.ok("channel", "list", "--json").json() == []


def test_channel_add_refuses_a_bad_colour(empty_cli: Cli) -> None:
    line = empty_cli.refused("channel", "add", "Facebook", "--kind", "facebook", "--colour", "red")
    assert "colour" in line and "red" in line and "#" in line
    assert empty_cli.ok("channel", "list", "--json").json() == []


def test_campaign_add_and_list(empty_cli: Cli) -> None:
    empty_cli.ok("campaign", "add", "Noël", "--from", "2026-11-15", "--to", "2026-12-31")
    empty_cli.ok("campaign", "add", "Assemblée générale", "--objective", "Créer du lien")
    assert empty_cli.ok("campaign", "list").out.splitlines() == ["Assemblée générale", "Noël"]
    assert empty_cli.ok("campaign", "list", "--json").json() == ["Assemblée générale", "Noël"]


def test_campaign_add_refuses_bad_input(empty_cli: Cli) -> None:
    line = empty_cli.refused("campaign", "add", "Noël", "--from", "2026-02-30")
    assert "--from" in line and "2026-02-30" in line
    line = empty_cli.refused("campaign", "add", "Noël", "--objective", "Devenir célèbre")
    assert "objective" in line and "Devenir célèbre" in line
    line = empty_cli.refused(
        "campaign", "add", "Noël", "--from", "2026-12-31", "--to", "2026-12-01"
    )
    assert "2026-12-01" in line
    assert empty_cli.ok("campaign", "list", "--json").json() == []


def test_usage_errors_are_one_line_with_status_2(empty_cli: Cli) -> None:
    line = empty_cli.refused("item", "add", "--channel", "Facebook")
    assert "--title" in line
    line = empty_cli.refused("item", "show", "abc")
    assert "abc" in line and "id" in line
    line = empty_cli.refused("item", "frobnicate")
    assert "frobnicate" in line
