"""Channels: saved, found, renamed, deleted (refused while items use them) and ordered."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_calendar.core import Changes, workspace
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.ics.export import ExportOptions
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


CHANNEL_NAMES = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=80)


WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}
ONE_DATABASE = [HealthCheck.function_scoped_fixture]  # each example deletes what it made


@settings(max_examples=25, deadline=None, suppress_health_check=ONE_DATABASE)
@given(names=st.lists(CHANNEL_NAMES, max_size=12))
def test_any_channels_get_distinct_portable_file_names(db: Database, names: list[str]) -> None:
    """Whatever the names, each channel created gets a file of its own (case-insensitively:
    Windows and macOS fold case), portable to every file system, never one Windows reserves."""
    for name in names:
        with contextlib.suppress(InputError):  # a name refused (taken, spaces only…)
            workspace.save_channel(db, name, "event")
    found = workspace.channels(db)
    try:
        beside = ics_export.per_channel_paths(db, Path("plan.ics"), ExportOptions())
        paths = [path.name for path, _ in beside]
        assert len({p.casefold() for p in paths}) == len(paths) == len(found)
        for name in paths:
            assert re.fullmatch(r"plan-[a-z0-9][a-z0-9-]*\.ics", name), name
            assert len(name) <= len("plan-.ics") + 60
            assert name.removeprefix("plan-").removesuffix(".ics") not in WINDOWS_RESERVED
    finally:
        for channel in found:
            workspace.delete_channel(db, channel.id)


def test_a_renamed_channel_keeps_its_file_name(db: Database) -> None:
    workspace.save_channel(db, "Face book", "facebook")
    (channel,) = workspace.channels(db)
    workspace.rename_channel(db, channel.id, "Page de l'antenne")
    workspace.save_channel(db, "Page de l'antenne 2", "facebook", channel_id=channel.id)
    assert [c.file_name for c in workspace.channels(db)] == ["face-book"]
    workspace.save_channel(db, "FACE_BOOK", "facebook")
    assert [c.file_name for c in workspace.channels(db)] == ["face-book", "face-book-2"]
