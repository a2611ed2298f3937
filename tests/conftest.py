"""Shared fixtures: real workspace databases in tmp_path; Qt always offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Set before any Qt import so that widgets render without a screen, here and in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NGO_CALENDAR_USER", "test-user")

from sqlalchemy import delete  # noqa: E402

from ngo_calendar.app import open_workspace  # noqa: E402
from ngo_calendar.core import workspace  # noqa: E402
from ngo_calendar.store import Database  # noqa: E402
from ngo_calendar.store.models import UndoEntry  # noqa: E402


def forget_undo(db: Database) -> None:
    """A workspace whose setup is not on the undo stack, as if it had been made long ago: tests
    then start with an empty stack (the settings and channels of a fixture are not theirs)."""
    with db.transaction() as s:
        s.execute(delete(UndoEntry))


@pytest.fixture
def ws_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def db(ws_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A new French workspace in Europe/Paris with no channels."""
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    database = open_workspace(ws_dir)
    workspace.update_settings(database, association="Test", timezone="Europe/Paris", language="fr")
    forget_undo(database)
    yield database
    database.close()


@pytest.fixture
def cdb(db: Database) -> Database:
    """The workspace above with three channels: Facebook, Instagram, Newsletter."""
    workspace.save_channel(db, "Facebook", "facebook", "#1877f2", weekly_target=3)
    workspace.save_channel(db, "Instagram", "instagram", "#c13584", weekly_target=2)
    workspace.save_channel(db, "Newsletter", "newsletter", "#2e7d32", weekly_target=0)
    forget_undo(db)
    return db


@pytest.fixture(autouse=True, scope="session")
def _cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Built files (the translations' .qm) go to a temporary folder, never the user cache."""
    before = os.environ.get("NGO_CALENDAR_CACHE_DIR")
    os.environ["NGO_CALENDAR_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("NGO_CALENDAR_CACHE_DIR", None)
    else:
        os.environ["NGO_CALENDAR_CACHE_DIR"] = before


# --- The hostile-input tests of the command line and of imports (tests/test_hostile_*.py) ---
@pytest.fixture(scope="module")
def hostile_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small workspace every example starts from a copy of (hostile_values.SETUP)."""
    from tests import hostile_values as hv
    from tests.helpers import HOSTILE_USER, hostile_workspace

    folder = tmp_path_factory.mktemp("hostile") / "ws"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NGO_CALENDAR_USER", HOSTILE_USER)
        env.setenv("LANG", "fr_FR.UTF-8")
        return hostile_workspace(folder, hv.SETUP)


@pytest.fixture
def hostile_fresh(hostile_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:  # noqa: ANN401 - a factory of context managers (tests.helpers.copies_of)
    """A new copy of the template for each example."""
    from tests.helpers import HOSTILE_USER, copies_of

    monkeypatch.setenv("NGO_CALENDAR_USER", HOSTILE_USER)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    return copies_of(hostile_template, tmp_path)
