"""Write the stored workspace of the current schema: tests/store/fixtures/schema_<rev>.sqlite.

One fixture per RELEASED schema version, from now on. When a release ships a new Alembic
revision, run this script once (on the release's code) to add `schema_<revision>.sqlite`, commit
it, and never regenerate it afterwards: the old files are what users' disks hold, and
tests/store/test_migrations.py upgrades every one of them to the head and checks the data. The
script refuses to overwrite an existing fixture for that reason.

Everything is written through the real services (open_workspace, core.workspace, core.items,
core.undo), so the file holds what the application really stores: settings, channels (since
0008 each with its file name, given by the service that creates it), objectives, audiences, a
campaign, a person, timed / all-day / backlog / recurring items (with an exception date and a
moved occurrence), channel variants, tags, attachments, a crisis that held an item and ended, a
review sheet made, history, and undo entries in both states. Then the WAL is checkpointed and
the journal mode set back to DELETE so the single .sqlite file is complete on its own (no -wal
or -shm beside it).

Usage: python scripts/make_schema_fixture.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "store" / "fixtures"

# The values the migration test checks; keep them in step with tests/store/test_migrations.py.
ASSOCIATION = "Les Amis du Canal"
USER = "Camille (fixture)"


def _fill(folder: Path) -> None:
    from ngo_calendar.app import open_workspace
    from ngo_calendar.core import workspace
    from ngo_calendar.core.crisis import apply as crisis_apply
    from ngo_calendar.core.crisis import propose as crisis
    from ngo_calendar.core.crisis.end import propose_end
    from ngo_calendar.core.crisis.plan import Crisis
    from ngo_calendar.core.items import edit as items
    from ngo_calendar.core.items import occurrences
    from ngo_calendar.core.model.domain import (
        AllDay,
        ItemDraft,
        ItemKind,
        Sensitivity,
        Status,
        Timed,
    )
    from ngo_calendar.core.model.timing import local_to_utc, start_key
    from ngo_calendar.core.review import decide as review
    from ngo_calendar.core.review import sheet as review_sheet
    from ngo_calendar.core.write import undo

    db = open_workspace(folder)
    try:
        workspace.update_settings(
            db, association=ASSOCIATION, timezone="Europe/Paris", language="fr"
        )
        workspace.save_channel(db, "Facebook", "facebook", "#1877f2", weekly_target=3)
        workspace.save_channel(db, "Instagram", "instagram", "#c13584", weekly_target=2)
        workspace.save_channel(db, "Lettre d'info", "newsletter", "#2e7d32", char_limit=None)
        workspace.save_campaign(
            db,
            "Noël solidaire",
            "#c62828",
            "Collecter des dons",
            date(2026, 11, 15),
            date(2026, 12, 31),
        )
        workspace.save_person(db, "Dominique", "reviewer")
        workspace.save_person(db, USER, "editor")

        timed = items.create_item(
            db,
            ItemDraft(
                title="Appel aux dons de Noël",
                body="Chaque don compte.",
                channels=["Facebook", "Instagram"],
                variants={"Instagram": "Chaque don compte ✨ #solidarité"},
                status=Status.IN_REVIEW,
                start=Timed(datetime(2026, 12, 1, 18, 0)),
                duration_minutes=30,
                campaign="Noël solidaire",
                objective="Collecter des dons",
                audiences=["Donateurs", "Grand public"],
                tags=["noël", "dons"],
                attachments=["images/affiche-noel.png"],
            ),
            who=USER,
        )
        timed_id = timed.new_id
        items.set_status(db, timed_id, Status.APPROVED, who="Dominique")

        created = items.create_item(
            db,
            ItemDraft(
                title="Journée portes ouvertes",
                kind=ItemKind.EVENT,
                channels=["Lettre d'info"],
                start=AllDay(date(2026, 6, 13)),
                days=2,
                sensitivity=Sensitivity.TIME_BOUND,
                audiences=["Bénévoles"],
            ),
            who=USER,
        )
        # A review thread (schema 0004): two remarks on the open day.
        doors = items.find_by_uid(db, next(iter(created.items)))
        assert doors is not None
        review.add_comment(db, doors, "Prévoir des bénévoles pour l'accueil", who="Dominique")
        review.add_comment(db, doors, "C'est noté, merci", who=USER)
        # Since 0007: the open day sent to review, and a review sheet made of it (the
        # workspace records what the sheet held).
        review.submit(db, [doors], who=USER)
        review_sheet.make(db, datetime(2026, 6, 1, 8, 0, tzinfo=UTC), "Dominique")
        items.create_item(
            db,
            ItemDraft(
                title="Idée : portrait d'une bénévole", status=Status.IDEA, tags=["portrait"]
            ),
            who=USER,
        )

        weekly = items.create_item(
            db,
            ItemDraft(
                title="Conseil du mardi",
                channels=["Facebook"],
                start=Timed(datetime(2026, 3, 17, 9, 0)),
                duration_minutes=15,
                rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=8",
                sensitivity=Sensitivity.ESSENTIAL,
            ),
            who=USER,
        )
        weekly_id = weekly.new_id
        tz = workspace.settings(db).tz
        # 24 March is skipped; 31 March (first Tuesday of summer time) moves to Wednesday 10:00.
        occurrences.delete_occurrence(
            db, weekly_id, start_key(local_to_utc(datetime(2026, 3, 24, 9, 0), tz)), who=USER
        )
        occurrences.move_item(
            db,
            weekly_id,
            Timed(datetime(2026, 4, 1, 10, 0)),
            start_key(local_to_utc(datetime(2026, 3, 31, 9, 0), tz)),
            who=USER,
        )
        # Since 0002: 14 April has its own title, status and channels (a RECURRENCE-ID).
        occurrences.edit_occurrence(
            db,
            weekly_id,
            start_key(local_to_utc(datetime(2026, 4, 14, 9, 0), tz)),
            who="Dominique",
            title="Conseil du mardi : spécial Pâques",
            status=Status.APPROVED,
            channels={"Facebook": None, "Instagram": "Pâques 🐣"},
        )

        # Since 0006: a crisis declared (open-ended), which held a quiz night, then ended.
        items.create_item(
            db,
            ItemDraft(
                title="Soirée quiz",
                channels=["Facebook"],
                start=Timed(datetime(2026, 9, 2, 19, 0)),
            ),
            who=USER,
        )
        declared = Crisis("Canicule", local_to_utc(datetime(2026, 9, 1, 8, 0), tz))
        crisis_apply.start(db, crisis.propose(db, declared), who=USER)
        ended_at = local_to_utc(datetime(2026, 9, 4, 8, 0), tz)
        replan, current = propose_end(db, ended_at)
        crisis_apply.end(db, replan, ended_at, current.id, who=USER)

        monthly = items.create_item(
            db,
            ItemDraft(
                title="Lettre mensuelle",
                channels=["Lettre d'info"],
                start=AllDay(date(2026, 1, 5)),
                rrule="FREQ=MONTHLY;BYDAY=1MO;COUNT=6",
            ),
            who=USER,
        )
        monthly_id = monthly.new_id
        occurrences.delete_occurrence(db, monthly_id, "20260202", who=USER)
        occurrences.move_item(db, monthly_id, AllDay(date(2026, 3, 3)), "20260302", who=USER)

        # The last entry of the stack is undone, so the file holds both states.
        items.create_item(
            db, ItemDraft(title="Brouillon abandonné", channels=["Facebook"]), who=USER
        )
        undo.undo(db, who=USER)
    finally:
        db.close()


def _self_contained(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        assert mode == "delete", mode
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FIXTURES, help="folder of the fixtures")
    args = parser.parse_args(argv)
    # Deterministic language and author, whatever the machine running the script.
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        os.environ.pop(var, None)
    os.environ["LANG"] = "fr_FR.UTF-8"
    os.environ["NGO_CALENDAR_USER"] = USER
    sys.path.insert(0, str(REPO))
    from ngo_calendar.store import database

    revision = database.head_revision()
    target = args.out / f"schema_{revision}.sqlite"
    if target.exists():
        print(f"{target} exists: a released fixture is never regenerated", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "workspace"
        _fill(folder)
        db_file = folder / database.DB_FILENAME
        _self_contained(db_file)
        args.out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db_file, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
