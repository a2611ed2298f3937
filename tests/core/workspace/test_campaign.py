"""Campaigns: saved with their dates and objective, renamed and deleted; their items stay."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ngo_calendar.core import Changes, workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import (
    InputError,
)
from ngo_calendar.core.write import history
from ngo_calendar.store import Database
from ngo_calendar.store.models import Campaign
from tests.helpers import item_uid


def test_save_campaign(db: Database) -> None:
    changes = workspace.save_campaign(
        db, "Noël", objective="Collecter des dons", starts_on=date(2026, 12, 1)
    )
    assert changes == Changes(label="campaign", workspace=frozenset({"campaigns"}))
    with pytest.raises(InputError, match="campaign edit Noël"):
        workspace.save_campaign(db, "NOËL", colour="#123456")
    workspace.save_campaign(
        db, "Noël", colour="#123456", ends_on=date(2026, 12, 24), existing="Noël"
    )
    assert workspace.names(db, "campaigns") == ["Noël"]
    with db.reading() as s:
        row = s.scalar(select(Campaign))
        assert (row.colour, row.objective_id, row.starts_on, row.ends_on) == (
            "#123456",
            None,
            None,
            date(2026, 12, 24),
        )


def test_save_campaign_refusals(db: Database) -> None:
    with pytest.raises(InputError) as caught:
        workspace.save_campaign(db, "Été", starts_on=date(2026, 7, 1), ends_on=date(2026, 6, 30))
    assert caught.value.field == "ends_on"
    with pytest.raises(InputError, match="objective"):
        workspace.save_campaign(db, "Été", objective="Conquérir")
    with pytest.raises(InputError):
        workspace.save_campaign(db, "  ")
    with pytest.raises(InputError):
        workspace.save_campaign(db, "Été", colour="rouge")
    assert workspace.names(db, "campaigns") == []
    workspace.save_campaign(db, "Jour J", starts_on=date(2026, 7, 1), ends_on=date(2026, 7, 1))
    assert workspace.names(db, "campaigns") == ["Jour J"]


def test_campaigns_list_their_details(lists_in_use: Database) -> None:
    (info,) = workspace.campaigns(lists_in_use)
    assert (info.name, info.colour, info.objective) == (
        "Winter appeal",
        "#8e24aa",
        "Collecter des dons",
    )
    assert (info.starts_on, info.ends_on) == (date(2026, 12, 1), date(2026, 12, 31))


def test_rename_and_delete_campaign_keeps_items(lists_in_use: Database) -> None:
    workspace.rename_campaign(lists_in_use, "Winter appeal", "Winter appeal 2026")
    assert items.item_draft(lists_in_use, 1).campaign == "Winter appeal 2026"
    with pytest.raises(InputError):
        workspace.rename_campaign(lists_in_use, "Winter appeal 2026", "")
    changes = workspace.delete_campaign(lists_in_use, "Winter appeal 2026")
    assert changes.updated_ids == {1}
    assert workspace.campaigns(lists_in_use) == []
    assert items.item_draft(lists_in_use, 1).campaign is None
    assert items.item_draft(lists_in_use, 1).title == "Appeal launch"
    entries = history.item_history(lists_in_use, item_uid(lists_in_use, 1))
    assert ("campaign", "Winter appeal 2026", None) in [(c.field, c.old, c.new) for c in entries]
