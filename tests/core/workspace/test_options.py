"""The workspace's options: association, time zone and language, and a new workspace's defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from ngo_calendar.app import open_workspace
from ngo_calendar.core import Changes, workspace
from ngo_calendar.core.model.domain import (
    DEFAULT_AUDIENCES,
    DEFAULT_OBJECTIVES,
    InputError,
)
from ngo_calendar.store import Database
from ngo_calendar.store.models import Audience, Objective
from tests.helpers import row_count


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


def test_ensure_seeded_runs_once(db: Database, ws_dir: Path) -> None:
    assert workspace.names(db, "objectives") == DEFAULT_OBJECTIVES["fr"]
    assert workspace.names(db, "audiences") == DEFAULT_AUDIENCES["fr"]
    assert workspace.ensure_seeded(db) is False
    db.close()
    reopened = open_workspace(ws_dir)
    try:
        assert row_count(reopened, Objective) == len(DEFAULT_OBJECTIVES["fr"])
        assert row_count(reopened, Audience) == len(DEFAULT_AUDIENCES["fr"])
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
