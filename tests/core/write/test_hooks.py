"""Features plug their rules into the write path through its hooks (core/write/hooks.py): a
policy's changes are part of the operation (one transaction, history, one undo step), undo and
redo put back what was without asking the policy again, and the write wing imports no
feature (import-linter's contracts; review registers its rule by name in core/__init__.py)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ngo_calendar.core import ItemDraft, Timed, workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.write import history, hooks, undo
from ngo_calendar.store import Database

WRITE = Path(__file__).resolve().parents[3] / "ngo_calendar" / "core" / "write"
NOON = datetime(2026, 12, 3, 12, 0)
calls: list[tuple[str, str]] = []


def urgent_goes_to_review(conn: Any, before: dict[str, Any], after: dict[str, Any]) -> dict:
    """A feature's rule for the test: a title that becomes urgent is reviewed again."""
    calls.append((before["title"], after["title"]))
    if "URGENT" in after["title"] and "URGENT" not in before["title"]:
        return {"status": Status.IN_REVIEW.value}
    return {}


@pytest.fixture
def policy() -> Iterator[None]:
    calls.clear()
    hooks.register_item_policy("test.urgent", urgent_goes_to_review)
    yield
    hooks.unregister_item_policy("test.urgent")


def status_of(db: Database, item_id: int) -> str:
    return items.item_draft(db, item_id).status.value


def test_a_policys_change_is_part_of_the_operation(cdb: Database, policy: None) -> None:
    draft = ItemDraft(title="Collecte", channels=["Facebook"], start=Timed(NOON))
    item_id = items.create_item(cdb, draft).new_id
    assert calls == []  # a new item has no "before": policies see changed items only
    changes = items.update_item(cdb, item_id, replace(draft, title="URGENT Collecte"))
    assert status_of(cdb, item_id) == "in_review"
    assert changes.updated and calls == [("Collecte", "URGENT Collecte")]
    uid = next(iter(changes.updated))
    entries = history.item_history(cdb, uid)
    fields = {e.field for e in entries if e.action == "edit"}
    assert {"title", "status"} <= fields  # both in the operation's history
    # One undo step takes back both: the title and the status the policy set.
    undo.undo(cdb)
    assert items.item_draft(cdb, item_id).title == "Collecte"
    assert status_of(cdb, item_id) == "draft"
    calls.clear()
    undo.redo(cdb)
    assert status_of(cdb, item_id) == "in_review"
    assert calls == []  # undo and redo put back what was; the policy is not asked


def test_a_policy_that_refuses_rolls_the_operation_back(cdb: Database) -> None:
    draft = ItemDraft(title="Collecte", channels=["Facebook"], start=Timed(NOON))
    item_id = items.create_item(cdb, draft).new_id

    def refuse(conn: Any, before: dict, after: dict) -> dict:
        raise ValueError("refused by the test's policy")

    hooks.register_item_policy("test.refuse", refuse)
    try:
        with pytest.raises(ValueError, match="refused by the test"):
            items.update_item(cdb, item_id, replace(draft, title="Autre"))
    finally:
        hooks.unregister_item_policy("test.refuse")
    assert items.item_draft(cdb, item_id).title == "Collecte"


def test_renamed_entries_reach_the_registered_policies(cdb: Database) -> None:
    seen: list[tuple[str, dict]] = []
    hooks.register_rename_policy(
        "test.names", lambda s, kind, renamed: seen.append((kind, renamed))
    )
    try:
        facebook = next(c for c in workspace.channels(cdb) if c.name == "Facebook")
        workspace.rename_channel(cdb, facebook.id, "Facebook page")
    finally:
        hooks.unregister_rename_policy("test.names")
    assert seen == [("channel", {"Facebook": "Facebook page"})]


def test_the_write_wing_names_no_feature() -> None:
    """The write path is general: no module of core/write imports review, crisis, ics, demo."""
    features = ("review", "crisis", "ics", "demo", "settings", "items", "calendar")
    for path in WRITE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                first = (node.module or "").split(".")[0]
                assert first not in features, f"{path.name}:{node.lineno} imports {first}"


def test_reviews_rule_is_registered_by_name_and_loaded_at_first_use() -> None:
    policies = hooks.item_policies()
    assert any(getattr(p, "__name__", "") == "reopen_policy" for p in policies)
