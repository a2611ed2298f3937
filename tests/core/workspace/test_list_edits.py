"""Editing the workspace lists: one at a time, and a whole settings result in one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import InputError, ItemDraft, NotFoundError
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.core.settings.apply import (
    CampaignEntry,
    ChannelEntry,
    NamedEntry,
    PersonEntry,
    Removals,
)
from ngo_calendar.core.workspace import entries as workspace
from ngo_calendar.core.workspace import list_edits as workspace_lists
from ngo_calendar.core.write import history
from ngo_calendar.store import Database
from ngo_calendar.store.models import Audience, Campaign, Item


def _new_item(db: Database, **fields: object) -> int:
    changes = items.create_item(db, ItemDraft(title=str(fields.pop("title", "Post")), **fields))
    (item_id,) = changes.created_ids
    return item_id


def _item(db: Database, item_id: int) -> ItemDraft:
    return items.item_draft(db, item_id)


def _revision(db: Database, item_id: int) -> int:
    with db.reading() as s:
        return s.get(Item, item_id).revision


def _channel_id(db: Database, name: str) -> int:
    return next(c.id for c in workspace.channels(db) if c.name == name)


@pytest.fixture
def planned(cdb: Database) -> Database:
    """Channels, a campaign with an objective, and two items using them."""
    workspace.save_campaign(
        cdb, "Winter appeal", "#8e24aa", "Collecter des dons", date(2026, 12, 1), date(2026, 12, 31)
    )
    _new_item(
        cdb,
        title="Appeal launch",
        channels=["Facebook", "Instagram"],
        variants={"Facebook": "Long text for Facebook"},
        campaign="Winter appeal",
        objective="Collecter des dons",
        audiences=["Donateurs", "Grand public"],
    )
    _new_item(cdb, title="Newsletter", channels=["Newsletter"], audiences=["Donateurs"])
    return cdb


# --- one at a time ---------------------------------------------------------------------------


def test_campaigns_list_their_details(planned: Database) -> None:
    (info,) = workspace_lists.campaigns(planned)
    assert (info.name, info.colour, info.objective) == (
        "Winter appeal",
        "#8e24aa",
        "Collecter des dons",
    )
    assert (info.starts_on, info.ends_on) == (date(2026, 12, 1), date(2026, 12, 31))


def test_rename_channel_keeps_its_items(planned: Database) -> None:
    fb = _channel_id(planned, "Facebook")
    changes = workspace_lists.rename_channel(planned, fb, "  Facebook page ")
    assert changes.workspace and changes.label
    assert [c.name for c in workspace.channels(planned)][0] == "Facebook page"
    assert _item(planned, 1).channels == ["Facebook page", "Instagram"]


def test_rename_channel_refuses_a_name_taken_in_another_case(cdb: Database) -> None:
    with pytest.raises(InputError) as err:
        workspace_lists.rename_channel(cdb, _channel_id(cdb, "Facebook"), "instagram")
    assert err.value.field == "name"
    with pytest.raises(InputError):
        workspace_lists.rename_channel(cdb, _channel_id(cdb, "Facebook"), "   ")
    assert [c.name for c in workspace.channels(cdb)] == ["Facebook", "Instagram", "Newsletter"]


def test_delete_channel_used_by_items_is_refused_with_the_count(planned: Database) -> None:
    fb = _channel_id(planned, "Facebook")
    with pytest.raises(InputError) as err:
        workspace_lists.delete_channel(planned, fb)
    assert "1 item uses this channel" in str(err.value)
    assert "Facebook" in [c.name for c in workspace.channels(planned)]
    assert _item(planned, 1).channels == ["Facebook", "Instagram"]


def test_delete_channel_with_force_keeps_the_items(planned: Database) -> None:
    before = _revision(planned, 1)
    changes = workspace_lists.delete_channel(planned, _channel_id(planned, "Facebook"), force=True)
    assert changes.updated_ids == {1} and changes.workspace
    assert [c.name for c in workspace.channels(planned)] == ["Instagram", "Newsletter"]
    assert [c.id for c in workspace.channels(planned)] == [
        _channel_id(planned, "Instagram"),
        _channel_id(planned, "Newsletter"),
    ]
    draft = _item(planned, 1)
    assert draft.title == "Appeal launch" and draft.channels == ["Instagram"]
    assert _revision(planned, 1) == before + 1
    last = [
        c for c in history.item_history(planned, _uid(planned, 1)) if c.action == "delete channel"
    ]
    assert {(c.field, c.old, c.new) for c in last} >= {
        ("channels", "Facebook, Instagram", "Instagram"),
        ("variants", "Facebook: Long text for Facebook", None),
    }


def _uid(db: Database, item_id: int) -> str:
    with db.reading() as s:
        return s.get(Item, item_id).uid


def test_delete_unused_channel_and_reorder(cdb: Database) -> None:
    ids = {c.name: c.id for c in workspace.channels(cdb)}
    workspace_lists.reorder_channels(cdb, [ids["Newsletter"], ids["Facebook"], ids["Instagram"]])
    assert [c.name for c in workspace.channels(cdb)] == ["Newsletter", "Facebook", "Instagram"]
    workspace_lists.delete_channel(cdb, ids["Newsletter"])
    assert [c.name for c in workspace.channels(cdb)] == ["Facebook", "Instagram"]
    with pytest.raises(InputError):
        workspace_lists.reorder_channels(cdb, [ids["Facebook"]])
    with pytest.raises(NotFoundError):
        workspace_lists.delete_channel(cdb, 999)


def test_rename_and_delete_campaign_keeps_items(planned: Database) -> None:
    workspace_lists.rename_campaign(planned, "Winter appeal", "Winter appeal 2026")
    assert _item(planned, 1).campaign == "Winter appeal 2026"
    with pytest.raises(InputError):
        workspace_lists.rename_campaign(planned, "Winter appeal 2026", "")
    changes = workspace_lists.delete_campaign(planned, "Winter appeal 2026")
    assert changes.updated_ids == {1}
    assert workspace_lists.campaigns(planned) == []
    assert _item(planned, 1).campaign is None
    assert _item(planned, 1).title == "Appeal launch"
    entries = history.item_history(planned, _uid(planned, 1))
    assert ("campaign", "Winter appeal 2026", None) in [(c.field, c.old, c.new) for c in entries]


def test_objectives_rename_delete_reorder(planned: Database) -> None:
    workspace_lists.rename_named(planned, "objectives", "Collecter des dons", "Dons")
    assert _item(planned, 1).objective == "Dons"
    assert workspace_lists.campaigns(planned)[0].objective == "Dons"
    with pytest.raises(InputError):
        workspace_lists.rename_named(planned, "objectives", "Dons", "sensibiliser")

    changes = workspace_lists.delete_named(planned, "objectives", "Dons")
    assert changes.updated_ids == {1}
    assert _item(planned, 1).objective is None
    assert workspace_lists.campaigns(planned)[0].objective is None  # the campaign stays
    names = workspace.names(planned, "objectives")
    assert "Dons" not in names and len(names) == 7

    workspace_lists.reorder_named(planned, "objectives", list(reversed(names)))
    assert workspace.names(planned, "objectives") == list(reversed(names))
    with pytest.raises(InputError):
        workspace_lists.reorder_named(planned, "objectives", names[:-1])


def test_audience_delete_leaves_items_their_other_audiences(planned: Database) -> None:
    changes = workspace_lists.delete_named(planned, "audiences", "Donateurs")
    assert changes.updated_ids == {1, 2}
    assert _item(planned, 1).audiences == ["Grand public"]
    assert _item(planned, 2).audiences == []
    with pytest.raises(NotFoundError):
        workspace_lists.delete_named(planned, "audiences", "Donateurs")


def test_delete_person(db: Database) -> None:
    workspace.save_person(db, "Amina", "reviewer")
    workspace.save_person(db, "Louis")
    workspace_lists.delete_person(db, "Amina")
    assert workspace.people(db) == [("Louis", "editor")]
    with pytest.raises(NotFoundError):
        workspace_lists.delete_person(db, "Amina")


# --- a whole settings result -----------------------------------------------------------------


def test_snapshot_applied_as_is_changes_nothing(planned: Database) -> None:
    snap = settings_apply.workspace_snapshot(planned)
    assert snap.association == "Test" and snap.timezone == "Europe/Paris"
    assert [c.name for c in snap.channels] == ["Facebook", "Instagram", "Newsletter"]
    assert snap.uses.channels[_channel_id(planned, "Facebook")] == 1
    revisions = (_revision(planned, 1), _revision(planned, 2))
    changes = settings_apply.apply_settings(planned, snap)
    assert not changes  # nothing changed: no refresh needed, no undo step
    assert settings_apply.workspace_snapshot(planned) == snap
    assert (_revision(planned, 1), _revision(planned, 2)) == revisions


def test_apply_settings_writes_everything(planned: Database) -> None:
    snap = settings_apply.workspace_snapshot(planned)
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
    changes = settings_apply.apply_settings(planned, result)
    assert changes.workspace and changes.label == "settings"

    got = workspace.settings(planned)
    assert (got.association, got.timezone, got.language) == (
        "Les Amis du Quartier",
        "America/Montreal",
        "en",
    )
    chans = workspace.channels(planned)
    assert [(c.name, c.colour, c.char_limit, c.weekly_target) for c in chans] == [
        ("Newsletter", "#2e7d32", 2000, 1),
        ("Instagram", "#abcdef", 63206, 3),
        ("Facebook", "#c13584", 2200, 2),
        ("Mastodon", "#6364ff", 500, 2),
    ]
    assert chans[1].id == fb.id  # the Facebook row, now called Instagram
    assert _item(planned, 1).channels == ["Instagram", "Facebook"]
    camps = {c.name: c for c in workspace_lists.campaigns(planned)}
    assert camps["Appel d'hiver"].objective == "Trouver des mécènes"
    assert camps["Printemps"].starts_on == date(2027, 3, 1)
    assert _item(planned, 1).campaign == "Appel d'hiver"
    assert workspace.people(planned) == [("Amina", "reviewer")]
    assert workspace.names(planned, "objectives")[0] == "Trouver des mécènes"
    assert "Sensibiliser" not in workspace.names(planned, "objectives")
    assert workspace.names(planned, "audiences") == [a.name for a in reversed(audiences)]


def test_apply_settings_removals_clear_items_but_keep_them(planned: Database) -> None:
    snap = settings_apply.workspace_snapshot(planned)
    (campaign,) = snap.campaigns
    donors = next(a for a in snap.audiences if a.name == "Donateurs")
    result = replace(
        snap,
        campaigns=(),
        audiences=tuple(a for a in snap.audiences if a is not donors),
        removed=Removals(campaigns=frozenset({campaign.id}), audiences=frozenset({donors.id})),
    )
    changes = settings_apply.apply_settings(planned, result)
    assert changes.updated_ids == {1, 2}
    assert workspace_lists.campaigns(planned) == []
    assert _item(planned, 1).campaign is None
    assert _item(planned, 1).audiences == ["Grand public"]
    assert workspace.names(planned, "audiences") == [a.name for a in result.audiences]


def _state(db: Database) -> tuple[object, ...]:
    with db.reading() as s:
        rows = s.execute(select(Item.id, Item.revision, Item.campaign_id, Item.objective_id))
        return (
            settings_apply.workspace_snapshot(db),
            workspace.settings(db),
            tuple(rows.all()),
            tuple(len(history.item_history(db, _uid(db, i))) for i in (1, 2)),
        )


def test_refused_apply_changes_nothing(planned: Database) -> None:
    before = _state(planned)
    snap = settings_apply.workspace_snapshot(planned)
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
        settings_apply.apply_settings(planned, result)
    assert err.value.field == "channel" and "1 item uses" in err.value.accepted
    assert _state(planned) == before


def test_refused_late_in_the_transaction_changes_nothing(planned: Database) -> None:
    """A campaign naming an objective that does not exist is only found after earlier writes."""
    before = _state(planned)
    snap = settings_apply.workspace_snapshot(planned)
    result = replace(
        snap,
        association="Changed",
        channels=(replace(snap.channels[0], name="Renamed"), *snap.channels[1:]),
        campaigns=(replace(snap.campaigns[0], objective="No such objective"),),
    )
    with pytest.raises(InputError) as err:
        settings_apply.apply_settings(planned, result)
    assert err.value.field == "objective"
    assert _state(planned) == before


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
    workspace_lists.delete_channel(cdb, snap.channels[2].id)
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


def _state_light(db: Database) -> object:
    return settings_apply.workspace_snapshot(db), workspace.settings(db)


def test_snapshot_and_usage_count_items(planned: Database) -> None:
    uses = workspace_lists.usage(planned)
    with planned.reading() as s:
        donors = s.scalar(select(Audience.id).where(Audience.name == "Donateurs"))
        campaign = s.scalar(select(Campaign.id))
    assert uses.audiences[donors] == 2
    assert uses.campaigns[campaign] == 1
    assert sum(uses.channels.values()) == 3
