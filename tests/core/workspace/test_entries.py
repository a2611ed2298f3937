"""Workspace settings and the editable lists: channels, campaigns, objectives, audiences, people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ngo_calendar.app import open_workspace
from ngo_calendar.core import Changes, InputError
from ngo_calendar.core.model.domain import DEFAULT_AUDIENCES, DEFAULT_OBJECTIVES
from ngo_calendar.core.workspace import entries as workspace
from ngo_calendar.store import Database
from ngo_calendar.store.models import Audience, Campaign, Objective


def test_settings_of_the_fixture(db: Database) -> None:
    current = workspace.settings(db)
    assert (current.association, current.timezone, current.language) == (
        "Test",
        "Europe/Paris",
        "fr",
    )
    assert current.tz.key == "Europe/Paris"


def test_defaults_of_a_fresh_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    fresh = open_workspace(tmp_path / "fresh")
    try:
        current = workspace.settings(fresh)
        assert (current.association, current.timezone, current.language) == (
            "",
            "Europe/Paris",
            "en",
        )
        assert workspace.names(fresh, "objectives") == DEFAULT_OBJECTIVES["en"]
        assert workspace.names(fresh, "audiences") == DEFAULT_AUDIENCES["en"]
    finally:
        fresh.close()


def test_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert workspace.system_language() == "en"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # first found wins; not English means French
    assert workspace.system_language() == "fr"


def test_update_settings(db: Database) -> None:
    changes = workspace.update_settings(db, association=" Les Amis ", timezone="America/Montreal")
    assert changes == Changes(label="settings", workspace=frozenset({"settings"}))
    current = workspace.settings(db)
    assert (current.association, current.timezone, current.language) == (
        "Les Amis",
        "America/Montreal",
        "fr",
    )
    workspace.update_settings(db, language="en")
    assert workspace.settings(db).language == "en"
    assert workspace.settings(db).association == "Les Amis"


@pytest.mark.parametrize("bad", ["Paris", "Europe/Atlantis", "", "../etc/passwd"])
def test_update_settings_refuses_a_bad_zone(db: Database, bad: str) -> None:
    with pytest.raises(InputError) as caught:
        workspace.update_settings(db, association="Changé", timezone=bad)
    assert caught.value.field == "timezone"
    assert workspace.settings(db).timezone == "Europe/Paris"
    assert workspace.settings(db).association == "Test"  # nothing written


@pytest.mark.parametrize("bad", ["de", "FRA", "", "english"])
def test_update_settings_refuses_a_bad_language(db: Database, bad: str) -> None:
    with pytest.raises(InputError, match="fr, en") as caught:
        workspace.update_settings(db, timezone="Europe/Brussels", language=bad)
    assert caught.value.field == "language"
    assert workspace.settings(db).timezone == "Europe/Paris"
    assert workspace.settings(db).language == "fr"


def count(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_ensure_seeded_runs_once(db: Database, ws_dir: Path) -> None:
    assert workspace.names(db, "objectives") == DEFAULT_OBJECTIVES["fr"]
    assert workspace.names(db, "audiences") == DEFAULT_AUDIENCES["fr"]
    assert workspace.ensure_seeded(db) is False
    db.close()
    reopened = open_workspace(ws_dir)
    try:
        assert count(reopened, Objective) == len(DEFAULT_OBJECTIVES["fr"])
        assert count(reopened, Audience) == len(DEFAULT_AUDIENCES["fr"])
        assert workspace.ensure_seeded(reopened) is False
        assert workspace.settings(reopened).association == "Test"
    finally:
        reopened.close()


def test_seeding_keeps_a_language_set_before(tmp_path: Path) -> None:
    raw = Database.open_folder(tmp_path / "raw")
    try:
        workspace.update_settings(raw, language="en", timezone="Europe/Brussels")
        assert workspace.ensure_seeded(raw) is True
        assert workspace.names(raw, "objectives")[0] == "Raise awareness"
        assert workspace.settings(raw).timezone == "Europe/Brussels"
    finally:
        raw.close()


@pytest.mark.parametrize(
    ("kind", "limit"),
    [
        ("facebook", 63206),
        ("instagram", 2200),
        ("X", 280),
        ("linkedin", 3000),
        ("Mastodon", 500),
        ("bluesky", 300),
        ("newsletter", None),
        ("press", None),
        ("event", None),
    ],
)
def test_save_channel_default_limits(db: Database, kind: str, limit: int | None) -> None:
    changes = workspace.save_channel(db, f"Canal {kind}", kind)
    assert changes == Changes(label="channel", workspace=frozenset({"channels"}))
    (channel,) = workspace.channels(db)
    assert (channel.kind, channel.char_limit) == (kind.lower(), limit)


def test_save_channel_explicit_values_and_update(db: Database) -> None:
    workspace.save_channel(db, " X asso ", "x", "#ABCDEF", char_limit=250, weekly_target=5)
    workspace.save_channel(db, "Blog", "website", char_limit=None)
    first, second = workspace.channels(db)
    assert (first.name, first.kind, first.colour, first.char_limit, first.weekly_target) == (
        "X asso",
        "x",
        "#abcdef",
        250,
        5,
    )
    assert (second.name, second.char_limit) == ("Blog", None)
    workspace.save_channel(db, "x ASSO", "mastodon", channel_id=first.id)  # same row, renamed
    renamed = workspace.channels(db)[0]
    assert (renamed.id, renamed.name, renamed.kind, renamed.char_limit) == (
        first.id,
        "x ASSO",
        "mastodon",
        500,
    )


def test_save_channel_refuses_a_duplicate_name(cdb: Database) -> None:
    for name in ("Facebook", "facebook", "  FACEBOOK "):
        with pytest.raises(InputError, match="exists already"):
            workspace.save_channel(cdb, name, "facebook")
    instagram = workspace.channels(cdb)[1]
    with pytest.raises(InputError):
        workspace.save_channel(cdb, "Facebook", "instagram", channel_id=instagram.id)
    assert [c.name for c in workspace.channels(cdb)] == ["Facebook", "Instagram", "Newsletter"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", "facebook"), "name"),
        (("Canal", "myspace"), "kind"),
        (("Canal", "facebook", "blue"), "colour"),
        (("Canal", "facebook", "#1877f2", -1, -2), "weekly_target"),
    ],
)
def test_save_channel_refusals_write_nothing(db: Database, args: tuple, field: str) -> None:
    with pytest.raises(InputError) as caught:
        workspace.save_channel(db, *args)
    assert caught.value.field == field
    assert workspace.channels(db) == []


def test_save_campaign(db: Database) -> None:
    changes = workspace.save_campaign(
        db, "Noël", objective="Collecter des dons", starts_on=date(2026, 12, 1)
    )
    assert changes == Changes(label="campaign", workspace=frozenset({"campaigns"}))
    with pytest.raises(InputError, match="campaign edit Noël"):
        workspace.save_campaign(db, "NOËL", colour="#123456")
    workspace.save_campaign(
        db, "Noël", colour="#123456", ends_on=date(2026, 12, 24), existing="Noël"
    )
    assert workspace.names(db, "campaigns") == ["Noël"]
    with db.reading() as s:
        row = s.scalar(select(Campaign))
        assert (row.colour, row.objective_id, row.starts_on, row.ends_on) == (
            "#123456",
            None,
            None,
            date(2026, 12, 24),
        )


def test_save_campaign_refusals(db: Database) -> None:
    with pytest.raises(InputError) as caught:
        workspace.save_campaign(db, "Été", starts_on=date(2026, 7, 1), ends_on=date(2026, 6, 30))
    assert caught.value.field == "ends_on"
    with pytest.raises(InputError, match="objective"):
        workspace.save_campaign(db, "Été", objective="Conquérir")
    with pytest.raises(InputError):
        workspace.save_campaign(db, "  ")
    with pytest.raises(InputError):
        workspace.save_campaign(db, "Été", colour="rouge")
    assert workspace.names(db, "campaigns") == []
    workspace.save_campaign(db, "Jour J", starts_on=date(2026, 7, 1), ends_on=date(2026, 7, 1))
    assert workspace.names(db, "campaigns") == ["Jour J"]


def test_save_person_and_role_check(db: Database) -> None:
    workspace.save_person(db, "Camille")
    workspace.save_person(db, "Alex", "Reviewer")
    workspace.save_person(db, "Camille", "reviewer")
    assert workspace.people(db) == [("Alex", "reviewer"), ("Camille", "reviewer")]
    with pytest.raises(InputError, match="editor, reviewer") as caught:
        workspace.save_person(db, "Dominique", "boss")
    assert caught.value.field == "role"
    with pytest.raises(InputError):
        workspace.save_person(db, " ")
    assert len(workspace.people(db)) == 2


def test_add_named(db: Database) -> None:
    workspace.add_named(db, "objectives", "  Plaidoyer ")
    workspace.add_named(db, "objectives", "Plaidoyer")
    workspace.add_named(db, "audiences", "Élus locaux")
    assert workspace.names(db, "objectives")[-1] == "Plaidoyer"
    assert workspace.names(db, "objectives").count("Plaidoyer") == 1
    assert workspace.names(db, "audiences")[-1] == "Élus locaux"
    with pytest.raises(InputError):
        workspace.add_named(db, "audiences", "")
