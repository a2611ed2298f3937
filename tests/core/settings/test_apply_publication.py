"""The published folder set in the settings dialog (issue 28, point 11): stored with the rest
of the dialog in one operation (one undo step), checked first (a folder that is not there
refuses the whole dialog, nothing written), and the files written after the commit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import icalendar
import pytest

from ngo_calendar.core.ics import publish_state
from ngo_calendar.core.ics.publish_state import Publication
from ngo_calendar.core.model.domain import AllDay, InputError
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.core.write import undo
from ngo_calendar.store import Database
from tests.helpers import add_item, dump


def test_the_dialog_sets_the_published_folder_in_one_undo_step(
    cdb: Database, tmp_path: Path, ws_dir: Path
) -> None:
    from datetime import date

    add_item(cdb, "Collecte", AllDay(date(2026, 12, 19)))
    shared = tmp_path / "partage"
    shared.mkdir()
    snapshot = settings_apply.workspace_snapshot(cdb)
    assert snapshot.publication == Publication("", False, "full")
    wanted = Publication(str(shared), True, "title")
    settings_apply.apply_settings(cdb, replace(snapshot, association="Banque", publication=wanted))
    assert publish_state.publication(cdb) == Publication(str(shared.resolve()), True, "title")
    files = sorted(p.name for p in shared.glob("*.ics"))
    assert len(files) >= 2  # the plan, and a file per channel
    events = [
        e
        for f in files
        for e in icalendar.Calendar.from_ical((shared / f).read_bytes()).walk("VEVENT")
    ]
    assert events and all(str(e.get("summary")) == "Collecte" for e in events)
    assert all("DESCRIPTION" not in e for e in events)  # the titles only
    undo.undo(cdb)  # the whole dialog, the folder with it
    assert publish_state.publication(cdb).folder == ""
    assert settings_apply.workspace_snapshot(cdb).association != "Banque"


def test_a_folder_that_is_not_there_refuses_the_whole_dialog(
    cdb: Database, tmp_path: Path, ws_dir: Path
) -> None:
    snapshot = settings_apply.workspace_snapshot(cdb)
    before = dump(ws_dir)
    missing = Publication(str(tmp_path / "nowhere"), False, "full")
    with pytest.raises(InputError, match="folder"):
        settings_apply.apply_settings(
            cdb, replace(snapshot, association="Autre", publication=missing)
        )
    assert dump(ws_dir) == before


def test_an_unchanged_publication_writes_nothing(cdb: Database, ws_dir: Path) -> None:
    snapshot = settings_apply.workspace_snapshot(cdb)
    before = dump(ws_dir)
    settings_apply.apply_settings(cdb, snapshot)
    assert dump(ws_dir) == before
