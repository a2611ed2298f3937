"""Export, then import into an empty workspace: the same items, field by field (what iCalendar
carries: everything but the channels, which are the one chosen at import, and the campaign).
The export of a fixed plan is compared with a golden file (tests/data/ics/), line by line
except DTSTAMP, as novelWriter compares its project files; `UPDATE_GOLDEN=1 pytest …` writes it
anew after a deliberate change of the format."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from ngo_calendar.app import open_workspace
from ngo_calendar.core import workspace
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.ics import importer as ics_import
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import AllDay, ItemDraft, ItemKind, Sensitivity, Status, Timed
from ngo_calendar.core.model.timing import local_to_utc, start_key, zone
from ngo_calendar.store import Database
from tests.helpers import records

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "ics" / "roundtrip.ics"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def fixed_plan(db: Database) -> None:
    workspace.save_campaign(db, "Noël solidaire", "#c62828", None, None, None)
    add = items.create_item
    add(db, ItemDraft("Appel aux dons", body="Chaque don compte, même petit.\nMerci !",
                      channels=["Facebook", "Instagram"], variants={"Instagram": "Un don ✨"},
                      status=Status.APPROVED, start=Timed(datetime(2026, 12, 9, 18)),
                      duration_minutes=30, campaign="Noël solidaire", tags=["dons", "noël"],
                      notes="Photo : la chambre froide", sensitivity=Sensitivity.TIME_BOUND),
        uid="appel-2026@test")  # fmt: skip
    add(db, ItemDraft("Marché de Noël; stand, vin chaud", kind=ItemKind.EVENT,
                      channels=["Newsletter"], start=AllDay(date(2026, 12, 12)), days=2,
                      status=Status.IN_REVIEW), uid="marche-2026@test")  # fmt: skip
    weekly = add(db, ItemDraft("Conseil du mardi", body="Astuce anti-gaspi",
                               channels=["Facebook"], start=Timed(datetime(2026, 3, 17, 10)),
                               duration_minutes=15, rrule="FREQ=WEEKLY;COUNT=5",
                               sensitivity=Sensitivity.ESSENTIAL),
                 uid="conseil-2026@test").new_id  # fmt: skip
    tz = zone("Europe/Paris")
    key = start_key(local_to_utc(datetime(2026, 3, 24, 10), tz))
    occurrences.delete_occurrence(db, weekly, key)
    moved = start_key(local_to_utc(datetime(2026, 3, 31, 10), tz))
    occurrences.move_item(db, weekly, Timed(datetime(2026, 4, 1, 11)), moved)
    occurrences.edit_occurrence(db, weekly, moved, title="Conseil spécial", status=Status.APPROVED)
    add(db, ItemDraft("Annulé", channels=["Facebook"], status=Status.CANCELLED,
                      start=Timed(datetime(2026, 12, 20, 9))), uid="annule-2026@test")  # fmt: skip


def test_export_matches_the_golden_file_but_for_dtstamp(cdb: Database) -> None:
    fixed_plan(cdb)
    made = ics_export.calendar(cdb, ics_export.ExportOptions(), NOW)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_bytes(made)
    golden = GOLDEN.read_bytes().split(b"\r\n")
    lines = made.split(b"\r\n")
    assert len(lines) == len(golden)
    for ours, theirs in zip(lines, golden, strict=True):
        if ours.startswith(b"DTSTAMP:") and theirs.startswith(b"DTSTAMP:"):
            continue
        assert ours == theirs


def test_export_then_import_gives_the_same_items(cdb: Database, tmp_path: Path) -> None:
    fixed_plan(cdb)
    out = tmp_path / "plan.ics"
    ics_export.write(cdb, out, ics_export.ExportOptions(), NOW)
    empty = open_workspace(tmp_path / "empty")
    try:
        workspace.update_settings(empty, timezone="Europe/Paris", language="fr")
        planned = ics_import.plan(empty, out)
        assert planned.counts() == {"imported": 4, "updated": 0, "skipped": 0}
        ics_import.apply(empty, planned)
        assert records(empty) == records(cdb)
        assert [c.name for c in workspace.channels(empty)] == ["Événements"]
    finally:
        empty.close()
