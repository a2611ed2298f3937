"""Objectives and audiences: added, renamed, deleted (items just lose them) and ordered."""

from __future__ import annotations

import pytest

from ngo_calendar.core import workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import (
    InputError,
    NotFoundError,
)
from ngo_calendar.store import Database


def test_add_named(db: Database) -> None:
    workspace.add_named(db, "objectives", "  Plaidoyer ")
    workspace.add_named(db, "objectives", "Plaidoyer")
    workspace.add_named(db, "audiences", "Élus locaux")
    assert workspace.names(db, "objectives")[-1] == "Plaidoyer"
    assert workspace.names(db, "objectives").count("Plaidoyer") == 1
    assert workspace.names(db, "audiences")[-1] == "Élus locaux"
    with pytest.raises(InputError):
        workspace.add_named(db, "audiences", "")


def test_objectives_rename_delete_reorder(lists_in_use: Database) -> None:
    workspace.rename_named(lists_in_use, "objectives", "Collecter des dons", "Dons")
    assert items.item_draft(lists_in_use, 1).objective == "Dons"
    assert workspace.campaigns(lists_in_use)[0].objective == "Dons"
    with pytest.raises(InputError):
        workspace.rename_named(lists_in_use, "objectives", "Dons", "sensibiliser")

    changes = workspace.delete_named(lists_in_use, "objectives", "Dons")
    assert changes.updated_ids == {1}
    assert items.item_draft(lists_in_use, 1).objective is None
    assert workspace.campaigns(lists_in_use)[0].objective is None  # the campaign stays
    names = workspace.names(lists_in_use, "objectives")
    assert "Dons" not in names and len(names) == 7

    workspace.reorder_named(lists_in_use, "objectives", list(reversed(names)))
    assert workspace.names(lists_in_use, "objectives") == list(reversed(names))
    with pytest.raises(InputError):
        workspace.reorder_named(lists_in_use, "objectives", names[:-1])


def test_audience_delete_leaves_items_their_other_audiences(lists_in_use: Database) -> None:
    changes = workspace.delete_named(lists_in_use, "audiences", "Donateurs")
    assert changes.updated_ids == {1, 2}
    assert items.item_draft(lists_in_use, 1).audiences == ["Grand public"]
    assert items.item_draft(lists_in_use, 2).audiences == []
    with pytest.raises(NotFoundError):
        workspace.delete_named(lists_in_use, "audiences", "Donateurs")
