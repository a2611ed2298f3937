"""The settings dialog's whole result stored in one transaction: lists written, removals
cleared from items, refusals writing nothing, rows others added meanwhile kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from ngo_calendar.core import workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import (
    InputError,
)
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.core.settings.apply import (
    CampaignEntry,
    ChannelEntry,
    NamedEntry,
    PersonEntry,
    Removals,
)
from ngo_calendar.core.write import history
from ngo_calendar.store import Database
from ngo_calendar.store.models import Audience, Campaign, Item
from tests.helpers import channel_id, item_revision, item_uid


def _state(db: Database) -> tuple[object, ...]:
    with db.reading() as s:
        rows = s.execute(select(Item.id, Item.revision, Item.campaign_id, Item.objective_id))
        return (
            settings_apply.workspace_snapshot(db),
            workspace.settings(db),
            tuple(rows.all()),
            tuple(len(history.item_history(db, item_uid(db, i))) for i in (1, 2)),
        )


def _state_light(db: Database) -> object:
    return settings_apply.workspace_snapshot(db), workspace.settings(db)


def test_snapshot_applied_as_is_changes_nothing(lists_in_use: Database) -> None:
    snap = settings_apply.workspace_snapshot(lists_in_use)
    assert snap.association == "Test" and snap.timezone == "Europe/Paris"
    assert [c.name for c in snap.channels] == ["Facebook", "Instagram", "Newsletter"]
    assert snap.uses.channels[channel_id(lists_in_use, "Facebook")] == 1
    revisions = (item_revision(lists_in_use, 1), item_revision(lists_in_use, 2))
    changes = settings_apply.apply_settings(lists_in_use, snap)
    assert not changes  # nothing changed: no refresh needed, no undo step
    assert settings_apply.workspace_snapshot(lists_in_use) == snap
    assert (item_revision(lists_in_use, 1), item_revision(lists_in_use, 2)) == revisions


def test_apply_settings_writes_everything(lists_in_use: Database) -> None:
    snap = settings_apply.workspace_snapshot(lists_in_use)
    fb, insta, news = snap.channels
    objectives = list(snap.objectives)
    audiences = list(snap.audiences)
    (campaign,) = snap.campaigns
    result = settings_apply.SettingsResult(
        association="Les Amis du Quartier",
        timezone="America/Montreal",
        language="en",
        # Facebook and Instagram swap names (unique names must not get in the way), order changes
        channels=(
            replace(news, char_limit=2000, weekly_target=1),
            replace(fb, name="Instagram", colour="#ABCDEF"),
            replace(insta, name="Facebook"),
            ChannelEntry(None, "Mastodon", "mastodon", "#6364ff", 500, 2),
        ),
        campaigns=(
            replace(campaign, name="Appel d'hiver", objective="Trouver des mécènes"),
            CampaignEntry(None, "Printemps", "#00897b", None, date(2027, 3, 1), None),
        ),
        people=(PersonEntry(None, "Amina", "reviewer"),),
        objectives=(
            NamedEntry(None, "Trouver des mécènes"),
            *[o for o in objectives if o.name != "Sensibiliser"],
        ),
        audiences=(*reversed(audiences),),
        removed=Removals(objectives=frozenset({objectives[0].id})),
    )
    changes = settings_apply.apply_settings(lists_in_use, result)
    assert changes.workspace and changes.label == "settings"

    got = workspace.settings(lists_in_use)
    assert (got.association, got.timezone, got.language) == (
        "Les Amis du Quartier",
        "America/Montreal",
        "en",
    )
    chans = workspace.channels(lists_in_use)
    assert [(c.name, c.colour, c.char_limit, c.weekly_target) for c in chans] == [
        ("Newsletter", "#2e7d32", 2000, 1),
        ("Instagram", "#abcdef", 63206, 3),
        ("Facebook", "#c13584", 2200, 2),
        ("Mastodon", "#6364ff", 500, 2),
    ]
    assert chans[1].id == fb.id  # the Facebook row, now called Instagram
    assert items.item_draft(lists_in_use, 1).channels == ["Instagram", "Facebook"]
    camps = {c.name: c for c in workspace.campaigns(lists_in_use)}
    assert camps["Appel d'hiver"].objective == "Trouver des mécènes"
    assert camps["Printemps"].starts_on == date(2027, 3, 1)
    assert items.item_draft(lists_in_use, 1).campaign == "Appel d'hiver"
    assert workspace.people(lists_in_use) == [("Amina", "reviewer")]
    assert workspace.names(lists_in_use, "objectives")[0] == "Trouver des mécènes"
    assert "Sensibiliser" not in workspace.names(lists_in_use, "objectives")
    assert workspace.names(lists_in_use, "audiences") == [a.name for a in reversed(audiences)]


def test_apply_settings_removals_clear_items_but_keep_them(lists_in_use: Database) -> None:
    snap = settings_apply.workspace_snapshot(lists_in_use)
    (campaign,) = snap.campaigns
    donors = next(a for a in snap.audiences if a.name == "Donateurs")
    result = replace(
        snap,
        campaigns=(),
        audiences=tuple(a for a in snap.audiences if a is not donors),
        removed=Removals(campaigns=frozenset({campaign.id}), audiences=frozenset({donors.id})),
    )
    changes = settings_apply.apply_settings(lists_in_use, result)
    assert changes.updated_ids == {1, 2}
    assert workspace.campaigns(lists_in_use) == []
    assert items.item_draft(lists_in_use, 1).campaign is None
    assert items.item_draft(lists_in_use, 1).audiences == ["Grand public"]
    assert workspace.names(lists_in_use, "audiences") == [a.name for a in result.audiences]


def test_refused_apply_changes_nothing(lists_in_use: Database) -> None:
    before = _state(lists_in_use)
    snap = settings_apply.workspace_snapshot(lists_in_use)
    fb = snap.channels[0]
    (campaign,) = snap.campaigns
    # Everything else is valid and would be written first; removing a used channel refuses all.
    result = replace(
        snap,
        association="Changed",
        channels=snap.channels[1:] + (ChannelEntry(None, "X", "x", "#000000", 280, 5),),
        campaigns=(),
        objectives=snap.objectives[1:],
        removed=Removals(
            channels=frozenset({fb.id}),
            campaigns=frozenset({campaign.id}),
            objectives=frozenset({snap.objectives[0].id}),
        ),
    )
    with pytest.raises(InputError) as err:
        settings_apply.apply_settings(lists_in_use, result)
    assert err.value.field == "channel" and "1 item uses" in err.value.accepted
    assert _state(lists_in_use) == before


def test_refused_late_in_the_transaction_changes_nothing(lists_in_use: Database) -> None:
    """A campaign naming an objective that does not exist is only found after earlier writes."""
    before = _state(lists_in_use)
    snap = settings_apply.workspace_snapshot(lists_in_use)
    result = replace(
        snap,
        association="Changed",
        channels=(replace(snap.channels[0], name="Renamed"), *snap.channels[1:]),
        campaigns=(replace(snap.campaigns[0], objective="No such objective"),),
    )
    with pytest.raises(InputError) as err:
        settings_apply.apply_settings(lists_in_use, result)
    assert err.value.field == "objective"
    assert _state(lists_in_use) == before


def test_apply_keeps_rows_added_elsewhere_meanwhile(cdb: Database) -> None:
    snap = settings_apply.workspace_snapshot(cdb)
    workspace.save_channel(cdb, "YouTube", "youtube")  # from the command line, say
    settings_apply.apply_settings(cdb, replace(snap, channels=tuple(reversed(snap.channels))))
    assert [c.name for c in workspace.channels(cdb)] == [
        "Newsletter",
        "Instagram",
        "Facebook",
        "YouTube",
    ]


def test_apply_refuses_a_row_deleted_meanwhile(cdb: Database) -> None:
    snap = settings_apply.workspace_snapshot(cdb)
    workspace.delete_channel(cdb, snap.channels[2].id)
    with pytest.raises(InputError) as err:
        settings_apply.apply_settings(cdb, replace(snap, association="Changed"))
    assert "deleted meanwhile" in err.value.accepted
    assert workspace.settings(cdb).association == "Test"


def test_apply_refuses_a_name_taken_by_a_row_added_meanwhile(cdb: Database) -> None:
    snap = settings_apply.workspace_snapshot(cdb)
    workspace.save_channel(cdb, "Mastodon", "mastodon")
    new = ChannelEntry(None, "mastodon", "mastodon", "#6364ff", 500, 1)
    with pytest.raises(InputError):
        settings_apply.apply_settings(cdb, replace(snap, channels=(*snap.channels, new)))
    assert [c.name for c in workspace.channels(cdb)][-1] == "Mastodon"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"timezone": "Paris"}, "timezone"),
        ({"language": "de"}, "language"),
        ({"channels": (ChannelEntry(None, " ", "x", "#000000", None, 0),)}, "name"),
        ({"channels": (ChannelEntry(None, "A", "myspace", "#000000", None, 0),)}, "kind"),
        ({"channels": (ChannelEntry(None, "A", "x", "red", None, 0),)}, "colour"),
        ({"channels": (ChannelEntry(None, "A", "x", "#000000", 0, 0),)}, "char_limit"),
        ({"channels": (ChannelEntry(None, "A", "x", "#000000", None, -1),)}, "weekly_target"),
        ({"objectives": (NamedEntry(None, "Dons"), NamedEntry(None, " dons "))}, "name"),
        ({"people": (PersonEntry(None, "Amina", "boss"),)}, "role"),
        (
            {
                "campaigns": (
                    CampaignEntry(None, "C", "#000000", None, date(2026, 5, 2), date(2026, 5, 1)),
                )
            },
            "ends_on",
        ),
    ],
)
def test_check_settings_refusals(cdb: Database, change: dict[str, object], field: str) -> None:
    before = _state_light(cdb)
    result = replace(settings_apply.workspace_snapshot(cdb), **change)
    with pytest.raises(InputError) as err:
        settings_apply.apply_settings(cdb, result)
    assert err.value.field == field
    assert _state_light(cdb) == before


def test_snapshot_and_usage_count_items(lists_in_use: Database) -> None:
    uses = workspace.usage(lists_in_use)
    with lists_in_use.reading() as s:
        donors = s.scalar(select(Audience.id).where(Audience.name == "Donateurs"))
        campaign = s.scalar(select(Campaign.id))
    assert uses.audiences[donors] == 2
    assert uses.campaigns[campaign] == 1
    assert sum(uses.channels.values()) == 3


def test_channels_made_in_the_dialog_each_get_their_own_file_name(lists_in_use: Database) -> None:
    """Names that slug alike, added in one dialog, and a rename there: each channel its own
    file, the renamed one keeping its (the subscribers' address)."""
    snap = settings_apply.workspace_snapshot(lists_in_use)
    fb, *others = snap.channels
    added = ("Face book", "face-book", "日本語", "📅", "NUL")
    result = replace(
        snap,
        channels=(
            replace(fb, name="Page Facebook"),
            *others,
            *(ChannelEntry(None, name, "event", "#000000", None, 0) for name in added),
        ),
    )
    settings_apply.apply_settings(lists_in_use, result)
    named = {c.name: c.file_name for c in workspace.channels(lists_in_use)}
    assert named == {
        "Page Facebook": "facebook",
        "Instagram": "instagram",
        "Newsletter": "newsletter",
        "Face book": "face-book",
        "face-book": "face-book-2",
        "日本語": "canal",
        "📅": "canal-2",
        "NUL": "nul-2",
    }
