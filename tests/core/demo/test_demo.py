"""The demo association: three months of plan around today, loaded once, never doubled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ngo_calendar.app import open_workspace
from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.demo.build import load_demo
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import DEFAULT_AUDIENCES, DEFAULT_OBJECTIVES, ItemDraft, Status
from ngo_calendar.core.model.timing import parse_start_key
from ngo_calendar.core.write import history, undo
from ngo_calendar.store import Database
from ngo_calendar.store.models import Objective
from tests.helpers import REPO

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 11, 22)  # a Sunday; the national collection weekend is 27-29 November
FIRST, LAST = TODAY - timedelta(days=45), TODAY + timedelta(days=45)
WEEKLY_TUESDAY = "FREQ=WEEKLY;BYDAY=TU"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One French workspace with the demo loaded at TODAY, shared by the read-only tests."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LANG", "fr_FR.UTF-8")
        mp.setenv("NGO_CALENDAR_USER", "test-user")
        database = open_workspace(tmp_path_factory.mktemp("demo") / "ws")
        load_demo(database, TODAY)
        yield database
        database.close()


def _window(db: Database) -> list[query.Occurrence]:
    return query.occurrences(db, FIRST, LAST)


def _local_day(occ: query.Occurrence) -> date:
    if occ.start_date is not None:
        return occ.start_date
    assert occ.start_utc is not None
    return occ.start_utc.astimezone(PARIS).date()


def test_at_least_120_dated_items_in_the_three_months_and_a_backlog(demo_db: Database) -> None:
    occs = _window(demo_db)
    dated = {o.item_id for o in occs}
    assert len(dated) >= 120
    assert all(FIRST <= _local_day(o) <= LAST for o in occs)
    ideas = query.backlog(demo_db)
    assert len(ideas) >= 8
    assert {o.status for o in ideas} == {"idea"}
    assert query.count_items(demo_db) == len(dated) + len(ideas)
    kinds = Counter(o.kind for o in occs if o.rrule is None)
    assert kinds["post"] >= 100 and kinds["event"] >= 5 and kinds["milestone"] >= 1


def test_titles_are_varied_and_real_french(demo_db: Database) -> None:
    posts = [o for o in _window(demo_db) if o.kind == "post"]
    titles = Counter(o.title for o in posts)
    assert len(titles) == len(posts), titles.most_common(3)
    assert not any(t.lower().startswith("post") for t in titles)
    assert all(o.body and "{" not in o.body and "{" not in o.title for o in posts)
    assert any("é" in t for t in titles)


def test_statuses_follow_time(demo_db: Database) -> None:
    single = [o for o in _window(demo_db) if o.rrule is None]
    past = Counter(o.status for o in single if _local_day(o) < TODAY)
    assert set(past) <= {"published", "cancelled"}
    assert past["published"] > 10 * past["cancelled"] >= 10
    coming_week = {o.status for o in single if TODAY <= _local_day(o) <= TODAY + timedelta(7)}
    assert coming_week <= {"approved", "in_review"}
    in_review = [o for o in single if o.status == "in_review"]
    assert len(in_review) >= 3
    assert all(_local_day(o) >= TODAY for o in in_review)
    later = {o.status for o in single if _local_day(o) > TODAY + timedelta(days=21)}
    assert later == {"draft"}


def test_items_carry_objectives_audiences_tags_campaigns_and_variants(demo_db: Database) -> None:
    occs = [o for o in _window(demo_db) if o.rrule is None]
    assert all(o.objective in DEFAULT_OBJECTIVES["fr"] for o in occs)
    assert all(o.audiences for o in occs if o.kind != "milestone")
    assert sum(1 for o in occs if o.tags) >= len(occs) // 2
    uids = {o.uid for o in occs + query.backlog(demo_db)}
    assert all(u.startswith("demo-") and u.endswith("@ngo-calendar") for u in uids)
    assert not any(t.startswith("demo") for o in occs for t in o.tags)  # no marker shown to users
    campaigns = Counter(o.campaign for o in occs)
    assert campaigns["Collecte nationale"] >= 5
    assert campaigns["Appel d'hiver : dons et bénévoles"] >= 5
    with_variant = [o for o in occs if o.variants]
    assert len(with_variant) >= 10
    assert all(len(v) <= 280 for o in with_variant for v in o.variants.values())


def test_sensitivity_fits_the_kind_of_item(demo_db: Database) -> None:
    occs = _window(demo_db)
    assert {o.sensitivity for o in occs if o.kind in ("event", "milestone") and not o.rrule} == {
        "time_bound"
    }
    practical = [o for o in occs if "infos-pratiques" in o.tags]
    assert practical and {o.sensitivity for o in practical} == {"essential"}
    assert Counter(o.sensitivity for o in occs if o.kind == "post")["movable"] >= 60


def test_times_are_plain_wall_clock_times(demo_db: Database) -> None:
    timed = [o for o in _window(demo_db) if o.start_utc is not None]
    local = [o.start_utc.astimezone(PARIS) for o in timed if o.start_utc]
    assert all(7 <= t.hour <= 21 and t.minute % 15 == 0 for t in local)
    events = [o for o in timed if o.kind == "event"]
    assert all(o.duration_minutes and o.duration_minutes >= 60 for o in events)


def test_workspace_settings_channels_campaigns_and_people(demo_db: Database) -> None:
    settings = workspace.settings(demo_db)
    assert "banque alimentaire" in settings.association
    assert settings.timezone == "Europe/Paris"
    channels = workspace.channels(demo_db)
    assert 4 <= len(channels) <= 6
    kinds = {c.kind for c in channels}
    assert {"facebook", "instagram", "newsletter", "event"} <= kinds
    assert sum(c.weekly_target for c in channels) >= 5
    assert len({c.colour for c in channels}) == len(channels)
    assert workspace.names(demo_db, "campaigns") == [
        "Appel d'hiver : dons et bénévoles",
        "Collecte nationale",
    ]
    assert dict(workspace.people(demo_db)) == {
        "Bernard Morel": "reviewer",
        "Camille Leroux": "editor",
    }


def test_recurring_tuesday_has_one_exception_and_one_moved_occurrence(demo_db: Database) -> None:
    series = [o for o in _window(demo_db) if o.rrule == WEEKLY_TUESDAY]
    assert {o.item_id for o in series} and len({o.item_id for o in series}) == 1
    moved = [o for o in series if o.moved]
    assert len(moved) == 1
    assert moved[0].occurrence_key is not None and moved[0].start_utc is not None
    original = parse_start_key(moved[0].occurrence_key)
    assert isinstance(original, datetime)
    assert original.astimezone(PARIS).weekday() == 1
    assert moved[0].start_utc - original == timedelta(days=1)  # Tuesday 09:00 -> Wednesday
    in_place = [o.start_utc.astimezone(PARIS) for o in series if not o.moved and o.start_utc]
    assert all(t.weekday() == 1 and t.time() == time(9, 0) for t in in_place)
    first = min(in_place).date()
    tuesdays = {first + timedelta(weeks=n) for n in range((LAST - first).days // 7 + 1)}
    covered = {t.date() for t in in_place} | {original.astimezone(PARIS).date()}
    skipped = tuesdays - covered
    assert len(skipped) == 1 and TODAY < skipped.pop() <= LAST
    assert len(series) == len(tuesdays) - 1


def test_loading_twice_adds_nothing(db: Database, demo_db: Database) -> None:
    first = load_demo(db, TODAY)
    count = query.count_items(db)
    assert first.added == count == 163 and first.kept == 0
    before = [(o.item_id, o.occurrence_key, o.start_utc, o.start_date) for o in _window(db)]
    same = [(o.title, o.start_utc, o.start_date, o.status) for o in _window(db)]
    assert same == [(o.title, o.start_utc, o.start_date, o.status) for o in _window(demo_db)]
    series = next(o for o in _window(db) if o.rrule == WEEKLY_TUESDAY)
    changes_before = len(history.item_history(db, series.uid))
    assert changes_before > 0
    second = load_demo(db, TODAY)
    assert (second.added, second.kept) == (0, first.added)
    assert second.as_dict() == {"added": 0, "kept": count, "from": "2026-10-08", "to": "2027-01-06"}
    assert query.count_items(db) == count
    after = [(o.item_id, o.occurrence_key, o.start_utc, o.start_date) for o in _window(db)]
    assert after == before
    assert len(history.item_history(db, series.uid)) == changes_before  # exception not redone
    # On another day the plan is computed afresh but its keys are the same ones.
    later = load_demo(db, TODAY + timedelta(days=40))
    assert (later.added, later.kept) == (0, count)
    assert query.count_items(db) == count
    assert len(workspace.channels(db)) == 6 and len(workspace.names(db, "campaigns")) == 2


def test_the_demo_stays_off_the_undo_stack_and_a_deleted_item_comes_back(db: Database) -> None:
    own = items.create_item(db, ItemDraft(title="Mon idée", status=Status.IDEA))
    load_demo(db, TODAY)
    count = query.count_items(db)
    assert undo.state(db).undo_label == "create"
    undo.undo(db)  # takes back the user's own item, not a demo one
    assert query.count_items(db) == count - 1
    assert query.get_item(db, own.new_id) is None
    with pytest.raises(undo.NothingToUndo):
        undo.undo(db)
    demo_item = next(o for o in query.backlog(db) if o.uid.startswith("demo-"))
    items.delete_item(db, demo_item.item_id)
    report = load_demo(db, TODAY)
    assert (report.added, report.kept) == (1, count - 2)  # all demo items but the deleted one


def test_english_workspace_keeps_its_own_objective_and_audience_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    db = open_workspace(tmp_path / "en")
    try:
        assert workspace.settings(db).language == "en"
        assert load_demo(db, TODAY).added >= 130
        assert workspace.names(db, "objectives") == DEFAULT_OBJECTIVES["en"]
        assert workspace.names(db, "audiences") == DEFAULT_AUDIENCES["en"]
        objectives = {o.objective for o in query.occurrences(db, FIRST, LAST)}
        assert objectives <= set(DEFAULT_OBJECTIVES["en"]) and len(objectives) >= 6
    finally:
        db.close()


def test_a_workspace_missing_some_objectives_gets_them_added(db: Database) -> None:
    """A workspace whose lists were never seeded (or were emptied) still takes the demo."""
    from sqlalchemy import delete

    with db.transaction() as s:
        s.execute(delete(Objective).where(Objective.name == "Créer du lien"))
    load_demo(db, TODAY)
    assert "Créer du lien" in workspace.names(db, "objectives")
    assert any(o.objective == "Créer du lien" for o in _window(db))


@pytest.mark.parametrize(
    "today",
    [date(2027, 3, 20), date(2027, 7, 1)],
    ids=["spring-forward-ahead", "summer"],  # TODAY's window already spans a fall-back day
)
def test_any_day_of_the_year_works(db: Database, today: date) -> None:
    load_demo(db, today)
    first, last = today - timedelta(days=45), today + timedelta(days=45)
    occs = query.occurrences(db, first, last)
    assert len({o.item_id for o in occs}) >= 120
    series = [o for o in occs if o.rrule == WEEKLY_TUESDAY and not o.moved]
    assert series and all(o.local_start(PARIS).time() == time(9, 0) for o in series)  # type: ignore[union-attr]
    collecte = [o for o in occs if o.campaign == "Collecte nationale"]
    assert any(o.kind == "event" and o.days == 3 for o in collecte)


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NGO_CALENDAR_", "LC_"))}
    env.update(LANG="fr_FR.UTF-8", NGO_CALENDAR_USER="cli-tester", PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return subprocess.run(
        [sys.executable, "-m", "ngo_calendar", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=data_dir.parent,
        timeout=120,
        check=False,
    )


def test_demo_command_twice_then_list_as_json(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    first = _cli(folder, "demo")
    assert first.returncode == 0, first.stderr
    added = int(first.stdout.split()[1])  # "demo: N items added, 0 kept"
    assert added >= 130 and first.stdout.strip().endswith("0 kept")
    second = _cli(folder, "--json", "demo")
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert (report["added"], report["kept"]) == (0, added)
    today = date.today()
    listed = _cli(
        folder,
        "item",
        "list",
        "--json",
        "--from",
        (today - timedelta(days=45)).isoformat(),
        "--to",
        (today + timedelta(days=45)).isoformat(),
    )
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len({r["id"] for r in rows}) >= 120
    assert any(r.get("moved") for r in rows)
    assert {"Facebook", "Instagram"} <= {c for r in rows for c in r["channels"]}
