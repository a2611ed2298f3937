"""Channels: saved, found, renamed, deleted (refused while items use them) and ordered."""

from __future__ import annotations

import pytest

from ngo_calendar.core import Changes, workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import (
    InputError,
    NotFoundError,
)
from ngo_calendar.core.write import history
from ngo_calendar.store import Database
from tests.helpers import channel_id, item_revision, item_uid


@pytest.mark.parametrize(
    ("kind", "limit"),
    [
        ("facebook", 63206),
        ("instagram", 2200),
        ("X", 280),
        ("linkedin", 3000),
        ("Mastodon", 500),
        ("bluesky", 300),
        ("newsletter", None),
        ("press", None),
        ("event", None),
    ],
)
def test_save_channel_default_limits(db: Database, kind: str, limit: int | None) -> None:
    changes = workspace.save_channel(db, f"Canal {kind}", kind)
    assert changes == Changes(label="channel", workspace=frozenset({"channels"}))
    (channel,) = workspace.channels(db)
    assert (channel.kind, channel.char_limit) == (kind.lower(), limit)


def test_save_channel_explicit_values_and_update(db: Database) -> None:
    workspace.save_channel(db, " X asso ", "x", "#ABCDEF", char_limit=250, weekly_target=5)
    workspace.save_channel(db, "Blog", "website", char_limit=None)
    first, second = workspace.channels(db)
    assert (first.name, first.kind, first.colour, first.char_limit, first.weekly_target) == (
        "X asso",
        "x",
        "#abcdef",
        250,
        5,
    )
    assert (second.name, second.char_limit) == ("Blog", None)
    workspace.save_channel(db, "x ASSO", "mastodon", channel_id=first.id)  # same row, renamed
    renamed = workspace.channels(db)[0]
    assert (renamed.id, renamed.name, renamed.kind, renamed.char_limit) == (
        first.id,
        "x ASSO",
        "mastodon",
        500,
    )


def test_save_channel_refuses_a_duplicate_name(cdb: Database) -> None:
    for name in ("Facebook", "facebook", "  FACEBOOK "):
        with pytest.raises(InputError, match="exists already"):
            workspace.save_channel(cdb, name, "facebook")
    instagram = workspace.channels(cdb)[1]
    with pytest.raises(InputError):
        workspace.save_channel(cdb, "Facebook", "instagram", channel_id=instagram.id)
    assert [c.name for c in workspace.channels(cdb)] == ["Facebook", "Instagram", "Newsletter"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", "facebook"), "name"),
        (("Canal", "myspace"), "kind"),
        (("Canal", "facebook", "blue"), "colour"),
        (("Canal", "facebook", "#1877f2", -1, -2), "weekly_target"),
    ],
)
def test_save_channel_refusals_write_nothing(db: Database, args: tuple, field: str) -> None:
    with pytest.raises(InputError) as caught:
        workspace.save_channel(db, *args)
    assert caught.value.field == field
    assert workspace.channels(db) == []


def test_rename_channel_keeps_its_items(lists_in_use: Database) -> None:
    fb = channel_id(lists_in_use, "Facebook")
    changes = workspace.rename_channel(lists_in_use, fb, "  Facebook page ")
    assert changes.workspace and changes.label
    assert [c.name for c in workspace.channels(lists_in_use)][0] == "Facebook page"
    assert items.item_draft(lists_in_use, 1).channels == ["Facebook page", "Instagram"]


def test_rename_channel_refuses_a_name_taken_in_another_case(cdb: Database) -> None:
    with pytest.raises(InputError) as err:
        workspace.rename_channel(cdb, channel_id(cdb, "Facebook"), "instagram")
    assert err.value.field == "name"
    with pytest.raises(InputError):
        workspace.rename_channel(cdb, channel_id(cdb, "Facebook"), "   ")
    assert [c.name for c in workspace.channels(cdb)] == ["Facebook", "Instagram", "Newsletter"]


def test_delete_channel_used_by_items_is_refused_with_the_count(lists_in_use: Database) -> None:
    fb = channel_id(lists_in_use, "Facebook")
    with pytest.raises(InputError) as err:
        workspace.delete_channel(lists_in_use, fb)
    assert "1 item uses this channel" in str(err.value)
    assert "Facebook" in [c.name for c in workspace.channels(lists_in_use)]
    assert items.item_draft(lists_in_use, 1).channels == ["Facebook", "Instagram"]


def test_delete_channel_with_force_keeps_the_items(lists_in_use: Database) -> None:
    before = item_revision(lists_in_use, 1)
    changes = workspace.delete_channel(
        lists_in_use, channel_id(lists_in_use, "Facebook"), force=True
    )
    assert changes.updated_ids == {1} and changes.workspace
    assert [c.name for c in workspace.channels(lists_in_use)] == ["Instagram", "Newsletter"]
    assert [c.id for c in workspace.channels(lists_in_use)] == [
        channel_id(lists_in_use, "Instagram"),
        channel_id(lists_in_use, "Newsletter"),
    ]
    draft = items.item_draft(lists_in_use, 1)
    assert draft.title == "Appeal launch" and draft.channels == ["Instagram"]
    assert item_revision(lists_in_use, 1) == before + 1
    last = [
        c
        for c in history.item_history(lists_in_use, item_uid(lists_in_use, 1))
        if c.action == "delete channel"
    ]
    assert {(c.field, c.old, c.new) for c in last} >= {
        ("channels", "Facebook, Instagram", "Instagram"),
        ("variants", "Facebook: Long text for Facebook", None),
    }


def test_delete_unused_channel_and_reorder(cdb: Database) -> None:
    ids = {c.name: c.id for c in workspace.channels(cdb)}
    workspace.reorder_channels(cdb, [ids["Newsletter"], ids["Facebook"], ids["Instagram"]])
    assert [c.name for c in workspace.channels(cdb)] == ["Newsletter", "Facebook", "Instagram"]
    workspace.delete_channel(cdb, ids["Newsletter"])
    assert [c.name for c in workspace.channels(cdb)] == ["Facebook", "Instagram"]
    with pytest.raises(InputError):
        workspace.reorder_channels(cdb, [ids["Facebook"]])
    with pytest.raises(NotFoundError):
        workspace.delete_channel(cdb, 999)
