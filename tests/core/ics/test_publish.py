"""The published folder: written when set, again after every committed change whichever
program made it (a service, the command line, an undo), one file per channel when asked; a
missing folder never undoes a change and is reported; one edit serialises one item again."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import icalendar
import pytest

from ngo_calendar.core import workspace
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.ics import publish
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import InputError, ItemDraft, Timed
from ngo_calendar.core.write import undo
from ngo_calendar.store import Database
from tests.helpers import base_env


def titles(path: Path) -> list[str]:
    return sorted(
        str(e["summary"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    )


def add(db: Database, title: str, channel: str = "Facebook") -> int:
    draft = ItemDraft(title, channels=[channel], start=Timed(datetime(2026, 12, 9, 18)))
    return items.create_item(db, draft).new_id


def test_written_when_set_and_after_every_change(
    cdb: Database, ws_dir: Path, tmp_path: Path
) -> None:
    share = tmp_path / "Nextcloud"
    share.mkdir()
    add(cdb, "Appel aux dons")
    add(cdb, "Lettre de décembre", "Newsletter")
    publish.configure(cdb, share, per_channel=True)
    main = share / "test.ics"
    assert titles(main) == ["Appel aux dons", "Lettre de décembre"]
    assert titles(share / "test-facebook.ics") == ["Appel aux dons"]
    assert titles(share / "test-newsletter.ics") == ["Lettre de décembre"]
    # A change made by a service (the window's path)…
    add(cdb, "Atelier couture")
    assert "Atelier couture" in titles(main)
    # …by the command line, another program…
    subprocess.run(
        [sys.executable, "-m", "ngo_calendar", "--data-dir", str(ws_dir), "item", "add",
         "--title", "Collecte", "--channel", "Instagram", "--at", "2026-12-10T09:00"],
        check=True, env=base_env(), capture_output=True,
    )  # fmt: skip
    assert "Collecte" in titles(main) and titles(share / "test-instagram.ics") == ["Collecte"]
    # …and an undo.
    undo.undo(cdb)
    assert "Collecte" not in titles(main)
    assert sorted(p.name for p in share.iterdir()) == [
        "test-facebook.ics", "test-instagram.ics", "test-newsletter.ics", "test.ics"]  # fmt: skip
    found = publish.state(cdb)
    assert found.folder == str(share.resolve()) and found.error is None and found.last


def test_a_missing_folder_never_undoes_a_change(cdb: Database, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    publish.configure(cdb, share)
    shutil.rmtree(share)  # the sync app stopped, the key was pulled out
    item = add(cdb, "Appel aux dons")
    assert items.item_draft(cdb, item).title == "Appel aux dons"  # saved all the same
    assert "the folder is not there" in (publish.state(cdb).error or "")
    with pytest.raises(InputError, match="the folder is not there"):
        publish.publish_now(cdb)
    share.mkdir()
    add(cdb, "Atelier")
    assert publish.state(cdb).error is None
    assert titles(share / "test.ics") == ["Appel aux dons", "Atelier"]
    with pytest.raises(InputError, match="an existing folder"):
        publish.configure(cdb, tmp_path / "nowhere")


def test_one_edit_serialises_one_item_again(
    cdb: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    ids = [add(cdb, f"Publication {n}") for n in range(30)]
    publish.configure(cdb, share, per_channel=True)
    made: list[str] = []
    real = ics_export._Context.events

    def counted(self, item):  # noqa: ANN001, ANN202
        made.append(item.title)
        return real(self, item)

    monkeypatch.setattr(ics_export._Context, "events", counted)
    draft = items.item_draft(cdb, ids[7])
    draft.title = "Publication sept"
    items.update_item(cdb, ids[7], draft)
    assert made == ["Publication sept"]  # once, for the main file and Facebook's
    assert "Publication sept" in titles(share / "test.ics")
    assert "Publication sept" in titles(share / "test-facebook.ics")


def test_a_deleted_channels_file_goes_and_no_file_of_anyone_else(
    cdb: Database, ws_dir: Path, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    add(cdb, "Appel aux dons")
    add(cdb, "Photos de la collecte", "Instagram")
    theirs = [share / "notes.ics", share / "Agenda.ICS", share / "test-instagram.txt"]
    for path in theirs:
        path.write_bytes(b"not ours")
    outside = tmp_path / "test-x.ics"
    outside.write_bytes(b"not ours")
    publish.configure(cdb, share, per_channel=True)
    assert titles(share / "test-instagram.ics") == ["Photos de la collecte"]
    # A state file edited to name files that are not ours removes none of them.
    state = ws_dir / publish.STATE_FILE
    planted = json.loads(state.read_text("utf-8"))
    planted["files"] += [str(outside), *(str(p) for p in theirs[1:])]
    state.write_text(json.dumps(planted), "utf-8")
    (instagram,) = [c.id for c in workspace.channels(cdb) if c.name == "Instagram"]
    workspace.delete_channel(cdb, instagram, force=True)
    assert sorted(p.name for p in share.glob("*.ics")) == [
        "notes.ics", "test-facebook.ics", "test-newsletter.ics", "test.ics"]  # fmt: skip
    assert all(p.read_bytes() == b"not ours" for p in [*theirs, outside])
    # Undone, the channel comes back with its file, under the same name.
    undo.undo(cdb)
    assert titles(share / "test-instagram.ics") == ["Photos de la collecte"]
    # No file per channel wanted any more: theirs go too, the plan's stays.
    publish.configure(cdb, share, per_channel=False)
    assert sorted(p.name for p in share.glob("*.ics")) == ["notes.ics", "test.ics"]


def without_dtstamp(data: bytes) -> list[bytes]:
    return [line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP")]


def test_the_published_file_is_always_what_a_full_export_gives(
    cdb: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder reads again only the items whose revision changed: every kind of change
    that alters what an event says must reach the file all the same."""
    from ngo_calendar.core import workspace
    from ngo_calendar.core.calendar.rows import load

    share = tmp_path / "share"
    share.mkdir()
    workspace.save_campaign(cdb, "Noël solidaire", "#c62828", None, None, None)
    ids = [add(cdb, f"Publication {n}", ("Facebook", "Newsletter")[n % 2]) for n in range(12)]
    publish.configure(cdb, share)
    read: list[int] = []

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        found = load(*args, **kwargs)
        read.append(len(found))
        return found

    monkeypatch.setattr(ics_export.rows, "load", counted)

    def published_is_fresh() -> None:
        published = (share / "test.ics").read_bytes()
        monkeypatch.setattr(ics_export.rows, "load", load)
        fresh = ics_export.calendar(cdb, ics_export.ExportOptions())
        monkeypatch.setattr(ics_export.rows, "load", counted)
        assert without_dtstamp(published) == without_dtstamp(fresh)

    draft = items.item_draft(cdb, ids[3])
    draft.title, draft.campaign = "Publication trois", "Noël solidaire"
    items.update_item(cdb, ids[3], draft)
    assert read == [1]  # one edit reads one item again
    published_is_fresh()
    facebook = next(c for c in workspace.channels(cdb) if c.name == "Facebook")
    workspace.rename_channel(cdb, facebook.id, "Facebook asso")  # no item's revision
    published_is_fresh()
    workspace.rename_campaign(cdb, "Noël solidaire", "Noël ensemble")
    published_is_fresh()
    assert "Noël ensemble".encode() in (share / "test.ics").read_bytes()
    workspace.delete_channel(cdb, facebook.id, force=True)  # its items lose it
    published_is_fresh()
    items.delete_item(cdb, ids[1])
    published_is_fresh()
    undo.undo(cdb)
    undo.undo(cdb)
    published_is_fresh()
    workspace.update_settings(cdb, timezone="America/Montreal")
    published_is_fresh()
