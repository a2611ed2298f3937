"""What every list shares: one way to delete an entry (whether from the command line's service
or from the settings dialog, the items end the same), one name check, and usage counts."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from ngo_calendar.app import open_workspace
from ngo_calendar.core import InputError, workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.core.settings.apply import Removals
from ngo_calendar.store import Database
from tests.helpers import channel_id

# Each list: its field in the settings dialog's result, and its own delete service.
DELETES: dict[str, Callable[[Database], object]] = {
    "channels": lambda db: workspace.delete_channel(db, channel_id(db, "Instagram"), force=True),
    "campaigns": lambda db: workspace.delete_campaign(db, "Winter appeal"),
    "objectives": lambda db: workspace.delete_named(db, "objectives", "Collecter des dons"),
    "audiences": lambda db: workspace.delete_named(db, "audiences", "Donateurs"),
    "people": lambda db: workspace.delete_person(db, "Awa"),
}
NAMES = {
    "channels": "Instagram",
    "campaigns": "Winter appeal",
    "objectives": "Collecter des dons",
    "audiences": "Donateurs",
    "people": "Awa",
}


def _items(db: Database) -> list[object]:
    return [items.item_draft(db, i) for i in (1, 2)]


def _through_settings(db: Database, kind: str) -> None:
    snap = settings_apply.workspace_snapshot(db)
    gone = next(e for e in getattr(snap, kind) if e.name == NAMES[kind])
    kept = tuple(e for e in getattr(snap, kind) if e is not gone)
    result = replace(snap, **{kind: kept}, removed=Removals(**{kind: frozenset({gone.id})}))
    if kind == "objectives":  # the dialog clears it from the campaigns that name it
        campaigns = tuple(
            replace(c, objective=None) if c.objective == gone.name else c for c in snap.campaigns
        )
        result = replace(result, campaigns=campaigns)
    settings_apply.apply_settings(db, result)


@pytest.mark.parametrize("kind", sorted(DELETES))
def test_a_deletion_ends_the_same_from_its_service_and_from_the_settings(
    lists_in_use: Database, ws_dir: Path, tmp_path: Path, kind: str
) -> None:
    workspace.save_person(lists_in_use, "Awa", "reviewer")
    if kind == "channels":
        # The settings dialog never forces: a channel items use is refused there.
        with pytest.raises(InputError, match="2 items use this channel|1 item uses"):
            _through_settings(lists_in_use, kind)
        # Once no item uses it, both paths delete it alike.
        for item_id in (1,):
            draft = items.item_draft(lists_in_use, item_id)
            kept = [c for c in draft.channels if c != "Instagram"]
            variants = {k: v for k, v in draft.variants.items() if k != "Instagram"}
            items.update_item(
                lists_in_use, item_id, replace(draft, channels=kept, variants=variants)
            )
    lists_in_use.close()
    twin = tmp_path / "twin"
    shutil.copytree(ws_dir, twin)
    one, other = open_workspace(ws_dir), open_workspace(twin)
    try:
        DELETES[kind](one)
        _through_settings(other, kind)
        assert _items(one) == _items(other)
        listed = settings_apply.workspace_snapshot(one)
        assert NAMES[kind] not in [e.name for e in getattr(listed, kind)]
        assert [e.name for e in getattr(listed, kind)] == [
            e.name for e in getattr(settings_apply.workspace_snapshot(other), kind)
        ]
        # Ordered lists are numbered 0, 1, 2... again, on both paths.
        for db in (one, other):
            entries = getattr(settings_apply.workspace_snapshot(db), kind)
            assert len({e.name for e in entries}) == len(entries)
    finally:
        one.close()
        other.close()


RENAMES: dict[str, Callable[[Database], object]] = {
    "channel": lambda db: workspace.rename_channel(db, channel_id(db, "Facebook"), "instagram"),
    "campaign": lambda db: workspace.rename_campaign(db, "Winter appeal", "SPRING"),
    "objective": lambda db: workspace.rename_named(db, "objectives", "Collecter des dons", "AUTRE"),
}


@pytest.mark.parametrize("kind", sorted(RENAMES))
def test_one_name_check_for_every_list(lists_in_use: Database, kind: str) -> None:
    workspace.save_campaign(lists_in_use, "Spring")
    workspace.add_named(lists_in_use, "objectives", "Autre")
    refused = "exists already \\(names are compared regardless of case\\)"
    with pytest.raises(InputError, match=refused):
        RENAMES[kind](lists_in_use)


def test_usage_counts_items_by_entry(lists_in_use: Database) -> None:
    used = workspace.usage(lists_in_use)
    assert used.channels[channel_id(lists_in_use, "Facebook")] == 1
    assert sum(used.audiences.values()) == 3
    assert list(used.campaigns.values()) == [1] and list(used.objectives.values()) == [1]
