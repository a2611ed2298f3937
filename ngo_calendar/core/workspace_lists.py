"""Editing the workspace lists one entry at a time: rename, delete, reorder, and what uses them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import (
    Audience,
    Campaign,
    Channel,
    Item,
    ItemAudience,
    ItemChannel,
    Objective,
    Person,
)

from . import history, snapshot
from .changes import Changes
from .domain import (
    InputError,
    NotFoundError,
)

# --- Editing the lists one at a time, and a whole settings dialog at once -------------------
#
# Deleting follows one rule: items are never deleted with a list entry. A campaign, objective or
# audience that goes away is simply cleared from the items that used it (with a history entry and
# a new revision on each, so calendars see the change). A channel is different: taking it off an
# item can lose the item's text for that channel, so a channel still used by items is refused
# unless the caller passes force=True, and the settings dialog never asks for that.

Named = Objective | Audience
NamedModel = type[Objective] | type[Audience]


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    colour: str
    objective: str | None
    starts_on: date | None
    ends_on: date | None


def campaigns(db: Database) -> list[CampaignInfo]:
    """Every campaign with its details, by name (campaigns have no manual order)."""
    with db.reading() as s:
        objective_names = dict(s.execute(select(Objective.id, Objective.name)).all())
        rows = s.scalars(select(Campaign).order_by(Campaign.name))
        return [
            CampaignInfo(
                c.id,
                c.name,
                c.colour,
                objective_names.get(c.objective_id) if c.objective_id else None,
                c.starts_on,
                c.ends_on,
            )
            for c in rows
        ]


@dataclass(frozen=True)
class Usage:
    """How many items use each channel, campaign, objective and audience, by id."""

    channels: dict[int, int] = field(default_factory=dict)
    campaigns: dict[int, int] = field(default_factory=dict)
    objectives: dict[int, int] = field(default_factory=dict)
    audiences: dict[int, int] = field(default_factory=dict)


def usage(db: Database) -> Usage:
    with db.reading() as s:
        return _usage(s)


def _usage(s: Session) -> Usage:
    def counts(column: Any, table: Any) -> dict[int, int]:
        query = select(column, func.count()).select_from(table).where(column.is_not(None))
        return {key: n for key, n in s.execute(query.group_by(column)).all()}

    return Usage(
        channels=counts(ItemChannel.channel_id, ItemChannel),
        campaigns=counts(Item.campaign_id, Item),
        objectives=counts(Item.objective_id, Item),
        audiences=counts(ItemAudience.audience_id, ItemAudience),
    )


def _clean_name(name: str, what: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise InputError("name", name, f"give the {what} a name")
    return cleaned


def _check_free(s: Session, model: type, name: str, own_id: int | None, what: str) -> None:
    """Names are unique regardless of case: « Presse » and « presse » would only confuse."""
    clash = s.scalar(select(model).where(func.lower(model.name) == name.lower()))
    if clash is not None and clash.id != own_id:
        raise InputError("name", name, f"a {what} of that name exists already")


def _items_where(s: Session, condition: Any) -> list[Item]:
    return list(s.scalars(select(Item).where(condition).order_by(Item.id)))


def _touch_items(s: Session, items: list[Item], edit: Callable[[Item], None], who: str) -> set[int]:
    """Apply `edit` to each item, with a history entry and a new revision (for SEQUENCE).

    History is recorded before the list entry goes away, while its name can still be read.
    """
    now = history.now_utc()
    befores = s.info.setdefault("item_befores", {})  # read by apply_settings for its undo step
    for item in items:
        before = snapshot.take(item)
        befores.setdefault(item.id, before)
        edit(item)
        s.flush()
        history.record(s, before, snapshot.take(item), "settings", who, now)
        item.revision += 1
        item.updated_at = now
    return {item.id for item in items}


def _detach_channel(s: Session, channel: Channel, who: str) -> set[int]:
    def edit(item: Item) -> None:
        kept = [link for link in item.channels if link.channel_id != channel.id]
        for pos, link in enumerate(kept):
            link.position = pos
        item.channels = kept

    users = _items_where(
        s, Item.id.in_(select(ItemChannel.item_id).where(ItemChannel.channel_id == channel.id))
    )
    return _touch_items(s, users, edit, who)


def _detach_campaign(s: Session, campaign: Campaign, who: str) -> set[int]:
    def edit(item: Item) -> None:
        item.campaign_id = None

    return _touch_items(s, _items_where(s, Item.campaign_id == campaign.id), edit, who)


def _detach_named(s: Session, row: Named, who: str) -> set[int]:
    if isinstance(row, Objective):
        # Campaigns point at objectives without ON DELETE: clear them first.
        for campaign in s.scalars(select(Campaign).where(Campaign.objective_id == row.id)):
            campaign.objective_id = None

        def edit(item: Item) -> None:
            item.objective_id = None

        return _touch_items(s, _items_where(s, Item.objective_id == row.id), edit, who)

    def edit_audiences(item: Item) -> None:
        item.audiences = [link for link in item.audiences if link.audience_id != row.id]

    users = _items_where(
        s, Item.id.in_(select(ItemAudience.item_id).where(ItemAudience.audience_id == row.id))
    )
    return _touch_items(s, users, edit_audiences, who)


def _channel_users(s: Session, channel_id: int) -> int:
    query = select(func.count()).select_from(ItemChannel)
    return s.scalar(query.where(ItemChannel.channel_id == channel_id)) or 0


def _refuse_used_channel(s: Session, channel: Channel) -> None:
    count = _channel_users(s, channel.id)
    if count:
        plural = "item uses" if count == 1 else "items use"
        raise InputError(
            "channel",
            channel.name,
            f"{count} {plural} this channel; move them to another channel before deleting it",
        )


def _channel(s: Session, channel_id: int) -> Channel:
    row = s.get(Channel, channel_id)
    if row is None:
        raise NotFoundError(f"no channel with id {channel_id}")
    return row


def _by_name(s: Session, model: type, name: str, what: str) -> Any:
    row = s.scalar(select(model).where(model.name == name))
    if row is None:
        raise NotFoundError(f"no {what} named {name!r}")
    return row


def rename_channel(db: Database, channel_id: int, name: str) -> Changes:
    name = _clean_name(name, "channel")
    with db.transaction() as s:
        row = _channel(s, channel_id)
        _check_free(s, Channel, name, row.id, "channel")
        row.name = name
    return Changes(label="rename channel", workspace=True)


def delete_channel(
    db: Database, channel_id: int, force: bool = False, who: str | None = None
) -> Changes:
    """Delete a channel. Refused while items use it, unless `force`: then those items lose the
    channel (and their text for it, which their history keeps) but stay in the calendar."""
    who = who or history.current_user()
    with db.transaction() as s:
        row = _channel(s, channel_id)
        if not force:
            _refuse_used_channel(s, row)
        touched = _detach_channel(s, row, who)
        s.delete(row)
        s.flush()
        _renumber(s, Channel)
    return Changes(label="delete channel", updated=frozenset(touched), workspace=True)


def reorder_channels(db: Database, channel_ids: Sequence[int]) -> Changes:
    """Put the channels in this order; the ids must be exactly the workspace's channels."""
    with db.transaction() as s:
        known = set(s.scalars(select(Channel.id)))
        if len(channel_ids) != len(known) or set(channel_ids) != known:
            raise InputError("channels", list(channel_ids), "give every channel id exactly once")
        for pos, channel_id in enumerate(channel_ids):
            _channel(s, channel_id).position = pos
    return Changes(label="reorder channels", workspace=True)


def _renumber(s: Session, model: type[Channel] | NamedModel) -> None:
    for pos, row in enumerate(s.scalars(select(model).order_by(model.position, model.id))):
        row.position = pos


def rename_campaign(db: Database, name: str, new_name: str) -> Changes:
    new_name = _clean_name(new_name, "campaign")
    with db.transaction() as s:
        row = _by_name(s, Campaign, name, "campaign")
        _check_free(s, Campaign, new_name, row.id, "campaign")
        row.name = new_name
    return Changes(label="rename campaign", workspace=True)


def delete_campaign(db: Database, name: str, who: str | None = None) -> Changes:
    """Delete a campaign; its items stay, with no campaign."""
    who = who or history.current_user()
    with db.transaction() as s:
        row = _by_name(s, Campaign, name, "campaign")
        touched = _detach_campaign(s, row, who)
        s.delete(row)
    return Changes(label="delete campaign", updated=frozenset(touched), workspace=True)


def _what(model: NamedModel) -> str:
    return "objective" if model is Objective else "audience"


def rename_named(db: Database, model: NamedModel, name: str, new_name: str) -> Changes:
    what = _what(model)
    new_name = _clean_name(new_name, what)
    with db.transaction() as s:
        row = _by_name(s, model, name, what)
        _check_free(s, model, new_name, row.id, what)
        row.name = new_name
    return Changes(label=f"rename {what}", workspace=True)


def delete_named(db: Database, model: NamedModel, name: str, who: str | None = None) -> Changes:
    """Delete an objective or an audience; items (and campaigns) using it just lose it."""
    who = who or history.current_user()
    what = _what(model)
    with db.transaction() as s:
        row = _by_name(s, model, name, what)
        touched = _detach_named(s, row, who)
        s.delete(row)
        s.flush()
        _renumber(s, model)
    return Changes(label=f"delete {what}", updated=frozenset(touched), workspace=True)


def reorder_named(db: Database, model: NamedModel, ordered: Sequence[str]) -> Changes:
    """Put objectives or audiences in this order; every name exactly once."""
    what = _what(model)
    with db.transaction() as s:
        rows = {row.name: row for row in s.scalars(select(model))}
        if len(ordered) != len(rows) or set(ordered) != set(rows):
            raise InputError(f"{what}s", list(ordered), f"give every {what} name exactly once")
        for pos, name in enumerate(ordered):
            rows[name].position = pos
    return Changes(label=f"reorder {what}s", workspace=True)


def delete_person(db: Database, name: str) -> Changes:
    """Forget a person. History keeps their name as text, so nothing else changes."""
    with db.transaction() as s:
        s.delete(_by_name(s, Person, name, "person"))
    return Changes(label="delete person", workspace=True)
