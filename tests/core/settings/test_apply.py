"""A settings change is one undo step: lists, settings and the items it cleared come back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ngo_calendar.core import workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.core.settings.apply import ChannelEntry, Removals
from ngo_calendar.core.write import undo
from ngo_calendar.store import Database


@pytest.fixture
def planned(cdb: Database) -> Database:
    workspace.save_campaign(cdb, "Hiver", "#8e24aa", "Collecter des dons")
    draft = ItemDraft(
        title="Appel", channels=["Facebook"], campaign="Hiver", audiences=["Donateurs"]
    )
    items.create_item(cdb, draft)
    return cdb


def _everything(db: Database) -> tuple[object, ...]:
    return (settings_apply.workspace_snapshot(db), workspace.settings(db), items.item_draft(db, 1))


def test_undo_and_redo_a_whole_settings_dialog(planned: Database) -> None:
    before = _everything(planned)
    snap = settings_apply.workspace_snapshot(planned)
    (campaign,) = snap.campaigns
    donors = next(a for a in snap.audiences if a.name == "Donateurs")
    result = replace(
        snap,
        association="Les Paniers",
        channels=(
            *snap.channels,
            ChannelEntry(None, "Mastodon", "mastodon", "#6364ff", 500, 1),
        ),
        campaigns=(),
        audiences=tuple(a for a in snap.audiences if a is not donors),
        removed=Removals(campaigns=frozenset({campaign.id}), audiences=frozenset({donors.id})),
    )
    settings_apply.apply_settings(planned, result)
    after = _everything(planned)
    assert items.item_draft(planned, 1).campaign is None
    assert undo.state(planned).undo_label == "settings"

    changes = undo.undo(planned)
    assert changes.workspace and 1 in changes.updated_ids
    assert _everything(planned) == before
    assert workspace.campaigns(planned)[0].id == campaign.id  # the same row, same id
    assert items.item_draft(planned, 1).campaign == "Hiver"
    assert "Donateurs" in workspace.names(planned, "audiences")

    undo.redo(planned)
    assert _everything(planned) == after
    assert [c.name for c in workspace.channels(planned)][-1] == "Mastodon"


def test_renames_that_swap_names_undo_cleanly(planned: Database) -> None:
    snap = settings_apply.workspace_snapshot(planned)
    a, b = snap.channels[0], snap.channels[1]
    swapped = (replace(a, name=b.name), replace(b, name=a.name), *snap.channels[2:])
    settings_apply.apply_settings(planned, replace(snap, channels=swapped))
    assert [c.name for c in workspace.channels(planned)][:2] == [b.name, a.name]
    undo.undo(planned)
    assert [c.name for c in workspace.channels(planned)][:2] == [a.name, b.name]
    assert items.item_draft(planned, 1).channels == ["Facebook"]


def test_an_unchanged_dialog_adds_no_undo_step(planned: Database) -> None:
    label = undo.state(planned).undo_label
    changes = settings_apply.apply_settings(planned, settings_apply.workspace_snapshot(planned))
    assert not changes
    assert undo.state(planned).undo_label == label == "create"
