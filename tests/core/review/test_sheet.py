"""The review sheet and the decisions saved from it, in core: what the sheet holds, that it is
self-contained and escapes what it shows, and that decisions are recorded in one undoable
operation, with changed items reported and foreign or hand-edited files refused whole.

The page's own script is driven in a real browser in tests/test_review_sheet_browser.py; here
the decisions file is written as the page writes it (the same canonical text and seal)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ngo_calendar.app import open_workspace
from ngo_calendar.core import ItemDraft, Timed, workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import UnreadableFile
from ngo_calendar.core.review import decide as review
from ngo_calendar.core.review import decisions as review_decisions
from ngo_calendar.core.review import sheet as review_sheet
from ngo_calendar.core.review import sheet_html as review_sheet_html
from ngo_calendar.core.write import undo
from ngo_calendar.core.write.records import read_items
from ngo_calendar.store import Database, database
from tests.helpers import decide, status

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parents[2] / "store" / "fixtures"


def add(db: Database, title: str, hours: int, text: str = "Texte") -> int:
    start = Timed(NOW + timedelta(hours=hours))
    draft = ItemDraft(title=title, body=text, channels=["Facebook", "Instagram"], start=start)
    return items.create_item(db, draft).new_id


def save(tmp_path: Path, data: dict, name: str = "decisions.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.fixture
def waiting(cdb: Database) -> tuple[Database, list[int]]:
    workspace.save_person(cdb, "Claire Martin", "reviewer")
    ids = [add(cdb, f"Post {n}", 24 * n + 5) for n in range(1, 5)]
    review.submit(cdb, ids)
    return cdb, ids


def test_every_workspace_has_its_own_identity(cdb: Database, tmp_path: Path) -> None:
    first = review_decisions.identity(cdb)
    other = open_workspace(tmp_path / "other")
    try:
        second = review_decisions.identity(other)
    finally:
        other.close()
    assert all(len(part) >= 32 for part in first + second)
    assert first[0] != second[0] and first[1] != second[1]


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_000[1-4].sqlite")))
def test_a_workspace_made_before_sheets_gains_an_identity(fixture: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copyfile(fixture, folder / database.DB_FILENAME)
    db = open_workspace(folder)
    try:
        workspace_id, secret = review_decisions.identity(db)
    finally:
        db.close()
    assert len(workspace_id) == 32 and len(secret) == 64


def test_the_sheet_lists_what_waits_most_urgent_first(waiting: tuple) -> None:
    db, ids = waiting
    sheet = review_sheet.make(db, NOW, "Camille")
    assert [e.item_id for e in sheet.entries] == ids
    assert sheet.people == ("Claire Martin",) and sheet.made_by == "Camille"
    assert sheet.file_name.startswith("review-decisions-2026-12-02-")
    other = review_sheet.make(db, NOW)
    assert other.sheet_id != sheet.sheet_id and other.key != sheet.key


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_the_page_is_self_contained_and_escapes_what_it_shows(cdb: Database) -> None:
    hostile = 'Fête </script><script>alert("x")</script> & <b>gras</b>'
    item_id = add(cdb, hostile, 30, text="<img src=https://example.org/x.png>")
    review.submit(cdb, [item_id])
    page = review_sheet_html.page(review_sheet.make(cdb, NOW))
    elements = Elements()
    elements.feed(page)
    tags = [tag for tag, _ in elements.tags]
    assert tags.count("script") == 2 and "img" not in tags and "b" not in tags
    assert "link" not in tags and "iframe" not in tags
    # Nothing fetched: no source or stylesheet address, a policy that forbids any request.
    assert not any(attrs.get("src") or attrs.get("href") for _, attrs in elements.tags)
    policy = next(a for t, a in elements.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in str(policy["content"])
    assert "Fête &lt;/script&gt;" in page
    data = page.split('id="sheet-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data)["items"][0]["item"] == item_id


def test_the_printable_sheet_holds_every_item_and_its_reference(waiting: tuple) -> None:
    db, ids = waiting
    text = review_sheet_html.printable(review_sheet.make(db, NOW))
    for item_id in ids:
        assert f"Réf. n° {item_id} · version" in text
    assert text.count("Post ") == 4 and "mercredi 2 décembre 2026" in text


def test_decisions_are_recorded_in_one_step_in_the_reviewers_name(
    waiting: tuple, tmp_path: Path
) -> None:
    db, ids = waiting
    sheet = review_sheet.make(db, NOW)
    choices = {
        ids[0]: ("approve", ""),
        ids[1]: ("approve", "Parfait"),
        ids[2]: ("changes", "Ajouter le lieu"),
    }
    decisions = review_decisions.read(db, save(tmp_path, decide(sheet, "claire martin", choices)))
    assert decisions.reviewer == "Claire Martin"
    outcome = review_decisions.apply(db, decisions)
    assert [d.item_id for d in outcome.applied] == ids[:3] and outcome.skipped == []
    assert [status(db, i) for i in ids] == ["approved", "approved", "draft", "in_review"]
    with db.reading() as s:
        threads = read_items(s.connection(), ids[1:3])
    assert [c[1:5] for c in threads[ids[2]]["comments"]] == [
        ["Claire Martin", "changes", None, "Ajouter le lieu"]
    ]
    assert threads[ids[1]]["comments"][0][4] == "Parfait"
    assert outcome.changes is not None and len(outcome.changes.updated) == 3
    undo.undo(db)
    assert [status(db, i) for i in ids] == ["in_review"] * 4


def test_a_decision_about_an_item_changed_since_is_reported_not_applied(
    waiting: tuple, tmp_path: Path
) -> None:
    db, ids = waiting
    sheet = review_sheet.make(db, NOW)
    review.add_comment(db, ids[0], "Une remarque en passant")  # a change after the sheet
    review.approve(db, [ids[1]])  # decided in the window meanwhile
    items.delete_item(db, ids[3])
    choices = {i: ("approve", "") for i in ids}
    outcome = review_decisions.apply(
        db, review_decisions.read(db, save(tmp_path, decide(sheet, "Claire Martin", choices)))
    )
    assert [d.item_id for d in outcome.applied] == [ids[2]]
    reasons = {x.decision.item_id: x.reason for x in outcome.skipped}
    assert reasons == {
        ids[0]: "changed after the sheet was made (now in_review)",
        ids[1]: "changed after the sheet was made (now approved)",
        ids[3]: "no longer in the workspace",
    }
    assert status(db, ids[0]) == "in_review" and status(db, ids[2]) == "approved"


def counts(db: Database) -> dict[str, int]:
    conn = sqlite3.connect(str(db.engine.url.database))
    try:
        names = ("items", "item_comments", "history", "undo_stack", "settings")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names}
    finally:
        conn.close()


def _edited(data: dict) -> dict:
    data["decisions"][0]["decision"] = "changes"
    data["decisions"][0]["comment"] = "Changé à la main"
    return data


def _reviewer_changed(data: dict) -> dict:
    return {**data, "reviewer": "Quelqu'un d'autre"}


@pytest.mark.parametrize(
    ("spoil", "where"),
    [
        (_edited, "seal"),
        (_reviewer_changed, "seal"),
        (lambda d: {**d, "workspace": "0" * 32}, "workspace"),
        (lambda d: {**d, "format": "something else"}, "format"),
        (lambda d: {**d, "version": 9}, "version"),
        (lambda d: {k: v for k, v in d.items() if k != "seal"}, "seal"),
        (lambda d: {**d, "decisions": "none"}, "decisions"),
    ],
)
def test_a_foreign_or_hand_edited_file_is_refused_whole(
    waiting: tuple, tmp_path: Path, spoil: object, where: str
) -> None:
    db, ids = waiting
    data = decide(review_sheet.make(db, NOW), "Claire Martin", {ids[0]: ("approve", "")})
    path = save(tmp_path, spoil(data))  # type: ignore[operator]
    before = counts(db)
    with pytest.raises(UnreadableFile) as refused:
        review_decisions.apply(db, review_decisions.read(db, path))
    assert refused.value.where == where and str(path) in str(refused.value)
    assert counts(db) == before and status(db, ids[0]) == "in_review"


def test_a_file_from_another_workspace_is_refused(waiting: tuple, tmp_path: Path) -> None:
    db, ids = waiting
    other = open_workspace(tmp_path / "other")
    try:
        workspace.save_person(other, "Claire Martin", "reviewer")
        data = decide(review_sheet.make(other, NOW), "Claire Martin", {})
    finally:
        other.close()
    with pytest.raises(UnreadableFile, match="another workspace"):
        review_decisions.read(db, save(tmp_path, data))


def test_an_unreadable_file_says_where(waiting: tuple, tmp_path: Path) -> None:
    db, _ids = waiting
    broken = tmp_path / "broken.json"
    broken.write_text('{\n "format": "ngo-calendar review decisions",\n "version" 1\n}')
    with pytest.raises(UnreadableFile, match=r"line 3, column 12: not JSON"):
        review_decisions.read(db, broken)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(UnreadableFile, match="byte 8: not UTF-8"):
        review_decisions.read(db, binary)
    with pytest.raises(UnreadableFile, match="file: No such file"):
        review_decisions.read(db, tmp_path / "missing.json")


def test_a_reviewer_who_is_not_one_of_the_people_is_refused(waiting: tuple, tmp_path: Path) -> None:
    db, ids = waiting
    data = decide(review_sheet.make(db, NOW), "Inconnu", {ids[0]: ("approve", "")})
    with pytest.raises(UnreadableFile, match="not one of the workspace's people"):
        review_decisions.read(db, save(tmp_path, data))


def test_the_sheet_says_when_silent_approval_would_come(cdb: Database) -> None:
    review.update_rules(cdb, mode="all", silent_after_hours=24)
    later, soon = add(cdb, "Dans 30 heures", 30), add(cdb, "Dans 5 heures", 5)
    review.submit(cdb, [later, soon])
    page = review_sheet_html.page(review_sheet.make(cdb, NOW))
    assert "validé tacitement le mercredi 2 décembre 2026 18:00 sans décision" in page
    # Its time has passed (it came back to review late): at the next opening, not in the past.
    assert "validé tacitement à la prochaine ouverture, sans décision" in page
