"""Every released schema, as users' disks hold it, upgrades to the head with its data intact;
and a backup is taken with SQLite's backup API exactly when a migration is due."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from ngo_calendar.app import open_workspace
from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.filters import EVERY_STATUS
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft, Timed
from ngo_calendar.core.write import history, undo
from ngo_calendar.store import Database, database

FIXTURES = Path(__file__).with_name("fixtures")
SCHEMAS = sorted(FIXTURES.glob("schema_*.sqlite"))
USER = "Camille (fixture)"  # scripts/make_schema_fixture.py wrote everything as this person


def _workspace_from(fixture: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copyfile(fixture, folder / database.DB_FILENAME)
    return folder


def _revision_in_file(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_every_released_revision_has_a_stored_database() -> None:
    scripts = ScriptDirectory.from_config(
        database.alembic_config(database.make_engine("sqlite://"))
    )
    revisions = {r.revision for r in scripts.walk_revisions()}
    stored = {p.stem.removeprefix("schema_") for p in SCHEMAS}
    assert stored, "no stored database: run scripts/make_schema_fixture.py"
    assert stored <= revisions
    # Only the head may still be unreleased; every older revision shipped, so it has its file.
    assert revisions - {database.head_revision()} <= stored
    for path in SCHEMAS:
        assert _revision_in_file(path) == path.stem.removeprefix("schema_")
        # Self-contained: rollback-journal mode in the header, nothing left in a -wal beside it.
        assert path.read_bytes()[18:20] == b"\x01\x01"
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


@pytest.fixture(params=SCHEMAS, ids=[p.stem for p in SCHEMAS])
def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    db = open_workspace(_workspace_from(request.param, tmp_path))
    yield db
    db.close()


def test_opens_at_the_head_revision(upgraded: Database) -> None:
    assert database.current_revision(upgraded.engine) == database.head_revision()


def test_settings_and_lists_survive(upgraded: Database) -> None:
    s = workspace.settings(upgraded)
    assert (s.association, s.timezone, s.language) == ("Les Amis du Canal", "Europe/Paris", "fr")
    channels = {c.name: c for c in workspace.channels(upgraded)}
    assert list(channels) == ["Facebook", "Instagram", "Lettre d'info"]
    assert channels["Facebook"].colour == "#1877f2"
    assert channels["Facebook"].weekly_target == 3
    assert channels["Lettre d'info"].char_limit is None
    # Each with the name its file had (since 0008, stored: kept when it is renamed).
    assert [c.file_name for c in channels.values()] == ["facebook", "instagram", "lettre-d-info"]
    assert "Collecter des dons" in workspace.names(upgraded, "objectives")
    assert "Bénévoles" in workspace.names(upgraded, "audiences")
    assert workspace.names(upgraded, "campaigns") == ["Noël solidaire"]
    assert workspace.people(upgraded) == [(USER, "editor"), ("Dominique", "reviewer")]


def _by_title(db: Database) -> dict[str, list[query.Occurrence]]:
    """Every date of 2026 by title, held ones too."""
    found: dict[str, list[query.Occurrence]] = {}
    every = query.Filter(statuses=EVERY_STATUS)
    for occ in query.occurrences(db, date(2026, 1, 1), date(2026, 12, 31), every):
        found.setdefault(occ.title, []).append(occ)
    return found


def test_single_items_survive_with_variants_tags_and_attachments(upgraded: Database) -> None:
    tz = workspace.settings(upgraded).tz
    found = _by_title(upgraded)
    (appeal,) = found["Appel aux dons de Noël"]
    assert appeal.local_start(tz).replace(tzinfo=None) == datetime(2026, 12, 1, 18, 0)
    assert appeal.status == "approved" and appeal.revision == 1
    assert appeal.channels == ("Facebook", "Instagram")
    assert appeal.variants == {"Instagram": "Chaque don compte ✨ #solidarité"}
    assert (appeal.campaign, appeal.objective) == ("Noël solidaire", "Collecter des dons")
    assert appeal.audiences == ("Donateurs", "Grand public")
    assert appeal.tags == ("dons", "noël")
    draft = items.item_draft(upgraded, appeal.item_id)
    assert draft.attachments == ["images/affiche-noel.png"]
    assert draft.duration_minutes == 30
    (doors,) = found["Journée portes ouvertes"]
    assert (doors.start_date, doors.days, doors.kind) == (date(2026, 6, 13), 2, "event")
    assert doors.sensitivity == "time_bound"
    assert [b.title for b in query.backlog(upgraded)] == ["Idée : portrait d'une bénévole"]


def test_recurring_items_keep_their_exception_dates_and_moved_occurrences(
    upgraded: Database,
) -> None:
    tz = workspace.settings(upgraded).tz
    found = _by_title(upgraded)
    # Since 0002 one date has a title of its own; it is still one of the series' dates.
    weekly = sorted(
        (o for title, occs in found.items() if title.startswith("Conseil du mardi") for o in occs),
        key=lambda o: o.start_utc,
    )
    local = [o.local_start(tz).replace(tzinfo=None) for o in weekly]
    assert local == [
        datetime(2026, 3, 17, 9, 0),  # 24 March was removed
        datetime(2026, 4, 1, 10, 0),  # 31 March moved to Wednesday 10:00
        datetime(2026, 4, 7, 9, 0),
        datetime(2026, 4, 14, 9, 0),
        datetime(2026, 4, 21, 9, 0),
        datetime(2026, 4, 28, 9, 0),
        datetime(2026, 5, 5, 9, 0),
    ]
    assert [o.moved for o in weekly] == [False, True, False, False, False, False, False]
    assert weekly[1].occurrence_key == "20260331T070000Z"
    monthly = found["Lettre mensuelle"]
    assert [o.start_date for o in monthly] == [
        date(2026, 1, 5),
        date(2026, 3, 3),  # 2 March moved to the 3rd; 2 February was removed
        date(2026, 4, 6),
        date(2026, 5, 4),
        date(2026, 6, 1),
    ]


def test_history_survives(upgraded: Database) -> None:
    appeal = _by_title(upgraded)["Appel aux dons de Noël"][0]
    changes = history.item_history(upgraded, appeal.uid)
    assert changes[0].action == "created" and changes[0].who == USER
    status = [c for c in changes if c.field == "status" and c.action == "status"]
    assert [(c.who, c.old, c.new) for c in status] == [("Dominique", "in_review", "approved")]
    assert all(c.at.tzinfo is not None for c in changes)


def test_undo_entries_survive_in_both_states(upgraded: Database) -> None:
    state = undo.state(upgraded)
    assert (state.undo_label, state.redo_label) == ("move", "create")
    redone = undo.redo(upgraded)
    (back,) = redone.created_ids
    assert query.get_item(upgraded, back).title == "Brouillon abandonné"
    undo.undo(upgraded)  # that redo
    undo.undo(upgraded)  # the monthly letter's move of 2 March
    monthly = _by_title(upgraded)["Lettre mensuelle"]
    assert date(2026, 3, 2) in [o.start_date for o in monthly]


def test_services_still_write_on_the_upgraded_database(upgraded: Database) -> None:
    before = query.count_items(upgraded)
    changes = items.create_item(
        upgraded,
        ItemDraft(
            title="Après la mise à jour",
            channels=["Facebook"],
            start=Timed(datetime(2026, 12, 2, 12, 0)),
        ),  # fmt: skip
    )
    assert query.count_items(upgraded) == before + 1
    found = _by_title(upgraded)["Après la mise à jour"]
    assert [o.item_id for o in found] == list(changes.created_ids)
    assert undo.state(upgraded).undo_label == "create"


def _newest_at_head(tmp_path: Path) -> Path:
    """The newest stored database, brought to the head (the head may be unreleased, with no
    stored database yet), without the backup that took."""
    folder = _workspace_from(SCHEMAS[-1], tmp_path)
    open_workspace(folder).close()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    return folder


def test_opening_a_database_already_at_the_head_makes_no_backup(tmp_path: Path) -> None:
    folder = _newest_at_head(tmp_path)
    db = open_workspace(folder)
    db.close()
    assert db.last_backup is None
    assert not (folder / "backups").exists()


def test_a_new_workspace_gets_no_backup(tmp_path: Path) -> None:
    db = open_workspace(tmp_path / "new")
    db.close()
    assert db.last_backup is None
    assert not (tmp_path / "new" / "backups").exists()
    reopened = open_workspace(tmp_path / "new")
    reopened.close()
    assert reopened.last_backup is None


# A test-only revision after the real head, in a copy of the migrations folder: the stored
# database really is one revision behind, so migrate() has a real upgrade to make.
NEXT_REVISION = '''"""test only: a column added after {head}"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("test_only_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("test_only_note")
'''


def _columns(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    finally:
        conn.close()


def test_a_due_migration_backs_up_first_with_the_data_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = database.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test_only.py").write_text(NEXT_REVISION.format(head=head))
    folder = _newest_at_head(tmp_path)
    monkeypatch.setattr(database, "MIGRATIONS", scripts)
    assert database.head_revision() == "9999"

    db = open_workspace(folder)
    try:
        assert database.current_revision(db.engine) == "9999"
        titles = {o.title for o in query.occurrences(db, date(2026, 1, 1), date(2026, 12, 31))}
    finally:
        db.close()
    assert "Appel aux dons de Noël" in titles
    assert "test_only_note" in _columns(folder / database.DB_FILENAME, "items")

    backup = db.last_backup
    assert backup is not None and backup.parent == folder / "backups"
    assert f"from-{head}" in backup.name and "before-9999" in backup.name
    # The backup is the database before any change: old revision, old columns, all rows.
    assert _revision_in_file(backup) == head
    assert "test_only_note" not in _columns(backup, "items")
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = sqlite3.connect(SCHEMAS[-1])
        for table in ("items", "item_overrides"):
            count = f"SELECT count(*) FROM {table}"
            assert conn.execute(count).fetchone()[0] == stored.execute(count).fetchone()[0] > 0
        stored.close()
    finally:
        conn.close()


def test_the_head_constant_names_the_newest_migration() -> None:
    # database.HEAD lets commands skip loading Alembic when no migration is due.
    assert database.head_revision() == database.HEAD


def test_opening_an_up_to_date_workspace_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "ws"
    code = (
        "import sys; from pathlib import Path; from ngo_calendar.store import Database; "
        f"Database.open_folder(Path({str(folder)!r})).close(); "
        f"Database.open_folder(Path({str(folder)!r})); "
        "print('alembic' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"  # the first open of a new folder migrated it
    code_second = code.replace(f"Database.open_folder(Path({str(folder)!r})).close(); ", "", 1)
    second = subprocess.run(
        [sys.executable, "-c", code_second], capture_output=True, text=True, check=True
    )
    assert second.stdout.strip() == "False"


def _revision_of(fixture: Path) -> str:
    return fixture.stem.removeprefix("schema_")


@pytest.mark.parametrize(
    "fixture", [p for p in SCHEMAS if _revision_of(p) >= "0002"], ids=lambda p: p.stem
)
def test_a_date_of_a_series_keeps_what_it_has_of_its_own(fixture: Path, tmp_path: Path) -> None:
    db = open_workspace(_workspace_from(fixture, tmp_path))
    try:
        weekly = {o.start_utc.date(): o for o in _by_title_all(db)["Conseil du mardi"]}
        easter = next(o for o in _by_title_all(db).values() for o in o if "Pâques" in o.title)
        assert easter.title == "Conseil du mardi : spécial Pâques"
        assert (easter.status, easter.channels) == ("approved", ("Facebook", "Instagram"))
        assert easter.variants == {"Instagram": "Pâques 🐣"}
        assert easter.own == ("title", "status", "channels") and not easter.moved
        assert all(o.status == "draft" for o in weekly.values())  # the others: the series'
    finally:
        db.close()


def _by_title_all(db: Database) -> dict[str, list[query.Occurrence]]:
    found: dict[str, list[query.Occurrence]] = {}
    for occ in query.occurrences(db, date(2026, 1, 1), date(2026, 12, 31)):
        found.setdefault(occ.title, []).append(occ)
    return found


# A settings change as 0001 stored it: the whole workspace before and after. Here: the
# association was renamed and a channel (id 9) added.
OLD_SETTINGS_ENTRY = {
    "before": {
        "items": {},
        "workspace": {
            "settings": {"association": "Ancien nom", "timezone": "Europe/Paris"},
            "channels": [],
        },
    },
    "after": {
        "items": {},
        "workspace": {
            "settings": {"association": "Les Amis du Canal", "timezone": "Europe/Paris"},
            "channels": [
                {
                    "id": 9,
                    "kind": "mastodon",
                    "name": "Mastodon",
                    "colour": "#6364ff",
                    "char_limit": 500,
                    "weekly_target": 1,
                    "position": 3,
                }
            ],
        },
    },
}


def test_a_0001_settings_entry_is_undone_row_by_row(tmp_path: Path) -> None:
    import json

    folder = _workspace_from(FIXTURES / "schema_0001.sqlite", tmp_path)
    conn = sqlite3.connect(folder / database.DB_FILENAME)
    with conn:
        conn.execute("DELETE FROM undo_stack")
        conn.execute(
            "INSERT INTO channels (id, kind, name, colour, char_limit, weekly_target, position) "
            "VALUES (9, 'mastodon', 'Mastodon', '#6364ff', 500, 1, 3)"
        )
        conn.execute(
            "INSERT INTO undo_stack (label, at, who, state, before_json, after_json) "
            "VALUES ('settings', '2026-11-30 10:00:00', 'Camille', 'done', ?, ?)",
            (
                json.dumps(OLD_SETTINGS_ENTRY["before"]),
                json.dumps(OLD_SETTINGS_ENTRY["after"]),
            ),
        )
    conn.close()
    db = open_workspace(folder)
    try:
        undo.undo(db)
        assert workspace.settings(db).association == "Ancien nom"
        assert [c.name for c in workspace.channels(db)] == [
            "Facebook",
            "Instagram",
            "Lettre d'info",
        ]  # only the added channel went; the others were in neither snapshot and stay
        undo.redo(db)
        assert workspace.settings(db).association == "Les Amis du Canal"
        assert "Mastodon" in [c.name for c in workspace.channels(db)]
    finally:
        db.close()


@pytest.mark.parametrize(
    "fixture", [p for p in SCHEMAS if _revision_of(p) >= "0004"], ids=lambda p: p.stem
)
def test_review_threads_survive(fixture: Path, tmp_path: Path) -> None:
    from ngo_calendar.core.review.rules import thread

    db = open_workspace(_workspace_from(fixture, tmp_path))
    try:
        doors = _by_title(db)["Journée portes ouvertes"][0]
        remarks = thread(db, doors.item_id)
    finally:
        db.close()
    assert [(r.who, r.kind, r.text) for r in remarks] == [
        ("Dominique", "comment", "Prévoir des bénévoles pour l'accueil"),
        (USER, "comment", "C'est noté, merci"),
    ]


@pytest.mark.parametrize(
    "fixture", [p for p in SCHEMAS if _revision_of(p) < "0006"], ids=lambda p: p.stem
)
def test_an_older_workspace_has_no_crisis_and_can_declare_one(
    fixture: Path, tmp_path: Path
) -> None:
    from ngo_calendar.core.crisis import apply as crisis_apply
    from ngo_calendar.core.crisis import propose as crisis
    from ngo_calendar.core.crisis import record as crisis_record
    from ngo_calendar.core.crisis.plan import Crisis

    db = open_workspace(_workspace_from(fixture, tmp_path))
    try:
        assert crisis_record.all_crises(db) == [] and crisis_record.active(db) is None
        declared = Crisis("Tempête", datetime(2026, 11, 30, 7, 0, tzinfo=UTC))
        crisis_apply.start(db, crisis.propose(db, declared))
        active = crisis_record.active(db)
        assert active is not None and active.name == "Tempête"
        # The appeal of 1 December is movable and inside the open crisis: held.
        appeal = _by_title(db)["Appel aux dons de Noël"][0]
        assert appeal.status == "held"
        crisis_apply.undo_last(db)
        appeal = _by_title(db)["Appel aux dons de Noël"][0]
        assert appeal.status == "approved" and crisis_record.active(db) is None
    finally:
        db.close()


@pytest.mark.parametrize(
    "fixture", [p for p in SCHEMAS if _revision_of(p) >= "0006"], ids=lambda p: p.stem
)
def test_a_crisis_and_its_record_survive(fixture: Path, tmp_path: Path) -> None:
    from ngo_calendar.core.crisis import record as crisis_record

    db = open_workspace(_workspace_from(fixture, tmp_path))
    try:
        (heatwave,) = crisis_record.all_crises(db)
        quiz = _by_title(db)["Soirée quiz"][0]
    finally:
        db.close()
    assert (heatwave.name, heatwave.declared_by, heatwave.ended_by) == ("Canicule", USER, USER)
    assert heatwave.start == datetime(2026, 9, 1, 6, 0, tzinfo=UTC)
    assert heatwave.ended_at == datetime(2026, 9, 4, 6, 0, tzinfo=UTC)
    held, replanned = heatwave.moves
    assert (held["phase"], held["action"], held["status"]) == ("start", "hold", "draft")
    assert (replanned["phase"], replanned["action"]) == ("end", "shift")
    # Held while the crisis lasted, then back as a draft after its end, at the same time of day.
    assert quiz.status == "draft" and quiz.start_utc is not None
    assert quiz.start_utc > heatwave.ended_at and quiz.start_utc.astimezone().minute == 0


@pytest.mark.parametrize("fixture", SCHEMAS, ids=lambda p: p.stem)
def test_recorded_review_sheets_survive_and_their_decisions_apply(
    fixture: Path, tmp_path: Path
) -> None:
    import json

    from sqlalchemy import select

    from ngo_calendar.core.review import decisions as review_decisions
    from ngo_calendar.core.review import sheet as review_sheet
    from ngo_calendar.store import columns

    db = open_workspace(_workspace_from(fixture, tmp_path))
    try:
        sheet = columns.ReviewSheet
        with db.plain_reading() as read:
            rows = read.execute(select(sheet.id, sheet.made_by, sheet.entries)).all()
        if _revision_of(fixture) < "0007":
            # No sheet was recorded before 0007: their decisions are refused; a new one works.
            assert rows == []
            assert review_sheet.make(db, datetime(2026, 12, 2, tzinfo=UTC)).people == ("Dominique",)
            return
        doors = _by_title(db)["Journée portes ouvertes"][0]
        ((sheet_id, made_by, entries),) = rows
        assert made_by == "Dominique"
        assert json.loads(entries) == [[doors.item_id, doors.uid, None, doors.revision]]
        decision = [doors.item_id, doors.uid, None, doors.revision, "approve", ""]
        workspace_id, secret = review_decisions.identity(db)
        keys = ("item", "uid", "occurrence", "revision", "decision", "comment")
        file = {
            "format": review_decisions.FORMAT,
            "version": review_decisions.VERSION,
            "workspace": workspace_id,
            "sheet": sheet_id,
            "reviewer": "Dominique",
            "decisions": [dict(zip(keys, decision, strict=True))],
        }
        text = review_decisions.canonical(workspace_id, sheet_id, "Dominique", file["decisions"])
        file["seal"] = review_decisions.seal(review_decisions.sheet_key(secret, sheet_id), text)
        path = tmp_path / "decisions.json"
        path.write_text(json.dumps(file), "utf-8")
        outcome = review_decisions.apply(db, review_decisions.read(db, path))
        assert [d.item_id for d in outcome.applied] == [doors.item_id]
    finally:
        db.close()


def test_every_channel_gets_its_own_file_name_and_its_undo_records_too(tmp_path: Path) -> None:
    """Before 0008, channels whose names slug alike shared one file: each gets its own, in id
    order (a free slug as its file had it), and a channel deleted since, known only by its undo
    record, gets one of its own too, so that undo brings it back."""
    import json

    folder = _workspace_from(FIXTURES / "schema_0006.sqlite", tmp_path)
    conn = sqlite3.connect(folder / database.DB_FILENAME)
    add = (
        "INSERT INTO channels (id, kind, name, colour, weekly_target, position) "
        "VALUES (?, ?, ?, ?, 0, ?)"
    )
    gone = {"id": 20, "kind": "event", "name": "FACE_BOOK", "colour": "#000000",
            "char_limit": None, "weekly_target": 0, "position": 9}  # fmt: skip
    with conn:
        for n, name in enumerate(["Face book", "face-book", "日本語", "📅", "CON"]):
            conn.execute(add, (10 + n, "event", name, "#000000", 3 + n))
        conn.execute("DELETE FROM undo_stack WHERE state = 'undone'")
        conn.execute(
            "INSERT INTO undo_stack (label, at, who, state, operation, records_json) "
            "VALUES ('delete channel', '2026-12-03 10:00:00', ?, 'done', 99, ?)",
            (USER, json.dumps([{"kind": "channel", "key": 20, "before": gone, "after": None}])),
        )
    conn.close()
    db = open_workspace(folder)
    try:
        named = {c.name: c.file_name for c in workspace.channels(db)}
        assert named == {
            "Facebook": "facebook",
            "Instagram": "instagram",
            "Lettre d'info": "lettre-d-info",
            "Face book": "face-book",
            "face-book": "face-book-2",
            "日本語": "canal",
            "📅": "canal-2",
            "CON": "con-2",
        }
        undo.undo(db)  # the deleted channel comes back, with a name no other channel has
        assert {c.name: c.file_name for c in workspace.channels(db)}["FACE_BOOK"] == "face-book-3"
        while undo.state(db).undo_label is not None:  # every older entry still undoes
            undo.undo(db)
        # Back to the channels that no entry created (those planted here).
        left = {c.name: c.file_name for c in workspace.channels(db)}
        assert set(left) == set(named) - {"Facebook", "Instagram", "Lettre d'info"} | {"FACE_BOOK"}
    finally:
        db.close()
