"""The workspace's record of each review sheet (issue 27, point 4): making a sheet records what
it holds, without an undo step; decisions are applied only about what the recorded sheet held,
by people who may review, whatever the seal says (the page holds its key: anybody holding it
seals what they like); and every field of a decisions file is checked before anything else
(point 10), each refusal whole with nothing written.

The forged files are sealed as an attacker would: with the key read from the page's HTML."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ngo_calendar.core import ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import Refused, UnreadableFile
from ngo_calendar.core.review import decide as review
from ngo_calendar.core.review import decisions as review_decisions
from ngo_calendar.core.review import sheet as review_sheet
from ngo_calendar.core.review import sheet_html as review_sheet_html
from ngo_calendar.core.write import undo
from ngo_calendar.store import Database
from tests.helpers import page_data, row, sealed, status

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def add(db: Database, title: str, hours: int) -> int:
    draft = ItemDraft(title=title, channels=["Facebook"], start=Timed(NOW + timedelta(hours=hours)))
    return items.create_item(db, draft).new_id


def rows_of(db: Database) -> dict[str, int]:
    conn = sqlite3.connect(str(db.engine.url.database))
    try:
        names = ("items", "item_comments", "history", "undo_stack", "review_sheets")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names}
    finally:
        conn.close()


def save(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def sent(cdb: Database) -> tuple[Database, dict[str, Any], list[int]]:
    """Two items sent to review and a sheet of them; a third in review after the sheet, and a
    fourth never sent. The page's data, as its holder reads it."""
    workspace.save_person(cdb, "Claire Martin", "reviewer")
    workspace.save_person(cdb, "Camille", "editor")
    ids = [add(cdb, f"Post {n}", 24 * n) for n in range(1, 5)]
    review.submit(cdb, ids[:2])
    data = page_data(review_sheet_html.page(review_sheet.make(cdb, NOW, "Camille")))
    review.submit(cdb, [ids[2]])
    return cdb, data, ids


def entry(db: Database, item_id: int, kind: str = "approve") -> dict[str, Any]:
    """A decision about the item as it is now."""
    found = query.get_item(db, item_id)
    assert found is not None
    return row(item_id, found.uid, found.revision, kind)


def test_making_a_sheet_records_it_without_an_undo_step(cdb: Database) -> None:
    workspace.save_person(cdb, "Claire Martin", "reviewer")
    workspace.save_person(cdb, "Camille", "editor")
    item_id = add(cdb, "Appel", 30)
    review.submit(cdb, [item_id])
    before = rows_of(cdb)
    sheet = review_sheet.make(cdb, NOW, "Camille")
    assert sheet.people == ("Claire Martin",)  # an editor may not review: not offered
    after = rows_of(cdb)
    assert after == {**before, "review_sheets": before["review_sheets"] + 1}
    conn = sqlite3.connect(str(cdb.engine.url.database))
    try:
        (made_by, entries, reviewers) = conn.execute(
            "SELECT made_by, entries, reviewers FROM review_sheets WHERE id = ?",
            (sheet.sheet_id,),
        ).fetchone()
    finally:
        conn.close()
    (waiting,) = sheet.entries
    assert made_by == "Camille" and json.loads(reviewers) == ["Claire Martin"]
    assert json.loads(entries) == [[item_id, waiting.uid, None, waiting.revision]]
    # Ctrl+Z after making a sheet takes back the last edit (the submission), not the sheet.
    assert undo.state(cdb).undo_label == "submit for review"
    undo.undo(cdb)
    assert status(cdb, item_id) == "draft"


def test_a_sheet_is_refused_when_people_are_named_but_none_may_review(cdb: Database) -> None:
    workspace.save_person(cdb, "Camille", "editor")
    before = rows_of(cdb)
    with pytest.raises(Refused, match="nobody may review"):
        review_sheet.make(cdb, NOW)
    assert rows_of(cdb) == before


def test_the_normal_flow_still_applies(sent: tuple, tmp_path: Path) -> None:
    db, data, ids = sent
    decisions = sealed(data, "Claire Martin", [entry(db, ids[0]), entry(db, ids[1], "changes")])
    decisions["decisions"][1]["comment"] = "Ajouter le lieu"
    decisions = sealed(data, "Claire Martin", decisions["decisions"])
    outcome = review_decisions.apply(db, review_decisions.read(db, save(tmp_path, decisions)))
    assert [d.item_id for d in outcome.applied] == ids[:2] and outcome.skipped == []
    assert [status(db, i) for i in ids] == ["approved", "draft", "in_review", "draft"]


def test_a_decision_about_what_the_sheet_did_not_hold_is_not_applied(
    sent: tuple, tmp_path: Path
) -> None:
    db, data, ids = sent
    on_sheet = entry(db, ids[0])
    forged = [
        on_sheet,
        entry(db, ids[2]),  # in review, but sent after the sheet was made
        entry(db, ids[3]),  # never sent to review
        {**entry(db, ids[1]), "revision": entry(db, ids[1])["revision"] + 1},
        {**entry(db, ids[1]), "occurrence": "20261203"},
    ]
    path = save(tmp_path, sealed(data, "Claire Martin", forged))
    outcome = review_decisions.apply(db, review_decisions.read(db, path))
    assert [d.item_id for d in outcome.applied] == [ids[0]]
    skipped = [(x.decision.item_id, x.why, x.reason) for x in outcome.skipped]
    assert skipped == [
        (item_id, "not_on_sheet", "not on the sheet these decisions answer")
        for item_id in (ids[2], ids[3], ids[1], ids[1])
    ]
    assert [status(db, i) for i in ids] == ["approved", "in_review", "in_review", "draft"]


@pytest.mark.parametrize(
    ("reviewer", "says"),
    [
        ("Présidente", "'Présidente' is not one of the workspace's people"),
        ("camille", "'Camille' may not review (role: editor)"),
    ],
)
def test_a_reviewer_who_may_not_review_is_refused_whole(
    sent: tuple, tmp_path: Path, reviewer: str, says: str
) -> None:
    db, data, ids = sent
    path = save(tmp_path, sealed(data, reviewer, [entry(db, ids[0])]))
    before, bytes_before = rows_of(db), path.read_bytes()
    with pytest.raises(UnreadableFile) as refused:
        review_decisions.read(db, path)
    assert refused.value.where == "reviewer" and says in str(refused.value)
    assert rows_of(db) == before and path.read_bytes() == bytes_before
    assert status(db, ids[0]) == "in_review"


def test_decisions_answering_a_sheet_never_recorded_are_refused_whole(
    sent: tuple, tmp_path: Path
) -> None:
    db, data, ids = sent
    secret = review_decisions.identity(db)[1]  # even with the workspace's own secret
    other = {**data, "sheet": "ab" * 16, "key": review_decisions.sheet_key(secret, "ab" * 16)}
    path = save(tmp_path, sealed(other, "Claire Martin", [entry(db, ids[0])]))
    before = rows_of(db)
    with pytest.raises(UnreadableFile, match="a sheet this workspace never made") as refused:
        review_decisions.read(db, path)
    assert refused.value.where == "sheet" and rows_of(db) == before


# Values of the wrong type or range under a VALID seal (point 10): each refused whole.
WRONG_ROWS = [
    ("item", "abc"),
    ("item", 1.9),
    ("item", None),
    ("item", True),
    ("item", [1]),
    ("item", {"id": 1}),
    ("item", 10**30),
    ("item", float("inf")),  # 1e400 in the file
    ("item", 0),
    ("revision", -1),
    ("revision", "3"),
    ("revision", 2.0),
    ("uid", 5),
    ("uid", "x" * 65),
    ("uid", "a\nb"),
    ("occurrence", 20261203),
    ("occurrence", "demain"),
    ("occurrence", "２０２６１２０３"),  # digits, but not ASCII ones
    ("decision", None),
    ("decision", ["approve"]),
    ("comment", 12),
    ("comment", {"text": "x"}),
    ("comment", "\udce9"),
]


@pytest.mark.parametrize(("field", "value"), WRONG_ROWS, ids=lambda v: repr(v)[:20])
def test_a_decision_of_the_wrong_type_under_a_valid_seal_is_refused(
    sent: tuple, tmp_path: Path, field: str, value: object
) -> None:
    db, data, ids = sent
    rows = [{**entry(db, ids[0]), field: value}]
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(sealed(data, "Claire Martin", rows)), encoding="utf-8")
    before = rows_of(db)
    with pytest.raises(UnreadableFile) as refused:
        review_decisions.read(db, path)
    # Numbers no workspace can hold are refused as the file is read (read_json), at their place.
    beyond = isinstance(value, (int, float)) and abs(value) >= 2**63
    expected = "line 1, column" if beyond else "decision 1"
    assert refused.value.where.startswith(expected) and "\n" not in str(refused.value)
    assert rows_of(db) == before and status(db, ids[0]) == "in_review"


def _missing_key(d: dict) -> dict:
    return {**d, "decisions": [{k: v for k, v in d["decisions"][0].items() if k != "uid"}]}


def _extra_key(d: dict) -> dict:
    return {**d, "decisions": [{**d["decisions"][0], "also": {"item": 2}}]}


@pytest.mark.parametrize(
    ("spoil", "where"),
    [
        (lambda d: {**d, "version": True}, "version"),
        (lambda d: {**d, "version": 1.0}, "version"),
        (lambda d: {**d, "seal": "é" * 64}, "seal"),  # compare_digest would raise TypeError
        (lambda d: {**d, "seal": d["seal"].upper()}, "seal"),
        (lambda d: {**d, "seal": 12}, "seal"),
        (lambda d: {**d, "sheet": ["x"]}, "sheet"),
        (lambda d: {**d, "workspace": None}, "workspace"),
        (lambda d: {**d, "reviewer": {"name": "Claire Martin"}}, "reviewer"),
        (lambda d: {**d, "decisions": {"0": d["decisions"][0]}}, "decisions"),
        (lambda d: {**d, "decisions": [d["decisions"]]}, "decision 1"),
        (lambda d: {**d, "saved": 10**30}, "line 1, column"),  # refused as it is read
        (lambda d: {**d, "more": [[[]]]}, "file"),
        (lambda d: {k: v for k, v in d.items() if k != "reviewer"}, "reviewer"),
        (_missing_key, "decision 1"),
        (_extra_key, "decision 1"),
    ],
)
def test_a_file_not_as_the_page_writes_it_is_refused(
    sent: tuple, tmp_path: Path, spoil: Any, where: str
) -> None:
    db, data, ids = sent
    path = save(tmp_path, spoil(sealed(data, "Claire Martin", [entry(db, ids[0])])))
    before = rows_of(db)
    with pytest.raises(UnreadableFile) as refused:
        review_decisions.read(db, path)
    assert refused.value.where.startswith(where), refused.value
    assert rows_of(db) == before
