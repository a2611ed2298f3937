"""Editing the workspace lists one entry at a time: rename, delete, reorder, and what uses them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

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
    OverrideChannel,
    Person,
)

from ..model import checks
from ..model.domain import (
    InputError,
    NotFoundError,
)
from ..write import hooks, unit_of_work
from ..write.changes import Changes
from ..write.unit_of_work import reading
from .entries import refuse_taken

# --- Editing the lists one at a time, and a whole settings dialog at once -------------------
#
# Every function here is one operation of the unit of work: history, one undo step, a change
# set. Deleting follows one rule: items are never deleted with a list entry. A campaign,
# objective or audience that goes away is simply cleared from the items that used it (each gets
# a history entry and a new revision, so calendars see the change). A channel is different:
# taking it off an item can lose the item's text for that channel, so a channel still used by
# items is refused unless the caller passes force=True, and the settings dialog never asks that.

Named = Objective | Audience
NamedModel = type[Objective] | type[Audience]
NAMED: dict[str, NamedModel] = {"objectives": Objective, "audiences": Audience}
# The rows the helpers below look up by name, and those kept in an order of their own.
_ByName = TypeVar("_ByName", bound=Campaign | Objective | Audience | Person)
_Ordered = TypeVar("_Ordered", bound=Channel | Objective | Audience)


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
    with reading(db) as s:
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


def find_campaign(db: Database, name: str) -> CampaignInfo:
    """The campaign of that name, regardless of case; refused with the known names."""
    name = checks.one_line(name, "campaign", checks.NAME_MAX)
    found = campaigns(db)
    for campaign in found:
        if campaign.name.casefold() == name.casefold():
            return campaign
    known = ", ".join(c.name for c in found) or "none yet"
    raise InputError("campaign", name, f"known campaign names: {known}")


@dataclass(frozen=True)
class Usage:
    """How many items use each channel, campaign, objective and audience, by id."""

    channels: dict[int, int] = field(default_factory=dict)
    campaigns: dict[int, int] = field(default_factory=dict)
    objectives: dict[int, int] = field(default_factory=dict)
    audiences: dict[int, int] = field(default_factory=dict)


def usage(db: Database) -> Usage:
    with reading(db) as s:
        return usage_in(s)


def usage_in(s: Session) -> Usage:
    def counts(column: Any, table: Any) -> dict[int, int]:
        query = select(column, func.count()).select_from(table).where(column.is_not(None))
        return {key: n for key, n in s.execute(query.group_by(column)).all()}

    return Usage(
        channels=counts(ItemChannel.channel_id, ItemChannel),
        campaigns=counts(Item.campaign_id, Item),
        objectives=counts(Item.objective_id, Item),
        audiences=counts(ItemAudience.audience_id, ItemAudience),
    )


def clean_name(name: str, what: str) -> str:
    if isinstance(name, str) and not name.strip():
        raise InputError("name", name, f"give the {what} a name")
    longest = checks.CHANNEL_NAME_MAX if what == "channel" else checks.NAME_MAX
    return checks.one_line(name, "name", longest)


def _check_free(s: Session, model: type, name: str, own_id: int | None, what: str) -> None:
    refuse_taken(s, model, what, name, own_id)


def _items_where(s: Session, condition: Any) -> list[Item]:
    return list(s.scalars(select(Item).where(condition).order_by(Item.id)))


def _detach_channel(s: Session, channel: Channel) -> None:
    users = _items_where(
        s, Item.id.in_(select(ItemChannel.item_id).where(ItemChannel.channel_id == channel.id))
    )
    for item in users:
        kept = [link for link in item.channels if link.channel_id != channel.id]
        for pos, link in enumerate(kept):
            link.position = pos
        item.channels = kept
    # A date of a series with its own channels keeps the others.
    own = select(OverrideChannel.item_id).where(OverrideChannel.channel_id == channel.id)
    for item in _items_where(s, Item.id.in_(own)):
        for override in item.overrides:
            if any(c.channel_id == channel.id for c in override.channels):
                override.channels = [c for c in override.channels if c.channel_id != channel.id]


def detach_campaign(s: Session, campaign: Campaign) -> None:
    for item in _items_where(s, Item.campaign_id == campaign.id):
        item.campaign_id = None


def detach_named(s: Session, row: Named) -> None:
    if isinstance(row, Objective):
        # Campaigns point at objectives without ON DELETE: clear them first.
        for campaign in s.scalars(select(Campaign).where(Campaign.objective_id == row.id)):
            campaign.objective_id = None
        for item in _items_where(s, Item.objective_id == row.id):
            item.objective_id = None
        return
    users = _items_where(
        s, Item.id.in_(select(ItemAudience.item_id).where(ItemAudience.audience_id == row.id))
    )
    for item in users:
        item.audiences = [link for link in item.audiences if link.audience_id != row.id]


def _channel_users(s: Session, channel_id: int) -> int:
    query = select(func.count()).select_from(ItemChannel)
    return s.scalar(query.where(ItemChannel.channel_id == channel_id)) or 0


def refuse_used_channel(s: Session, channel: Channel) -> None:
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


def _by_name(s: Session, model: type[_ByName], name: str, what: str) -> _ByName:
    row = s.scalar(select(model).where(model.name == name))
    if row is None:
        raise NotFoundError(f"no {what} named {name!r}")
    return row


def rename_channel(db: Database, channel_id: int, name: str, who: str | None = None) -> Changes:
    name = clean_name(name, "channel")
    with unit_of_work.write(db, "rename channel", who) as uow:
        row = _channel(uow.session, channel_id)
        _check_free(uow.session, Channel, name, row.id, "channel")
        hooks.entries_renamed(uow.session, "channel", {row.name: name})
        row.name = name
    return uow.changes


def delete_channel(
    db: Database, channel_id: int, force: bool = False, who: str | None = None
) -> Changes:
    """Delete a channel. Refused while items use it, unless `force`: then those items lose the
    channel (and their text for it, which their history keeps) but stay in the calendar."""
    with unit_of_work.write(db, "delete channel", who) as uow:
        s = uow.session
        row = _channel(s, channel_id)
        if not force:
            refuse_used_channel(s, row)
        _detach_channel(s, row)
        hooks.entries_renamed(s, "channel", {row.name: None})
        s.flush()  # the links go first: the database would otherwise remove them under us
        s.delete(row)
        s.flush()
        _renumber(s, Channel)
    return uow.changes


def reorder_channels(db: Database, channel_ids: Sequence[int], who: str | None = None) -> Changes:
    """Put the channels in this order; the ids must be exactly the workspace's channels."""
    with unit_of_work.write(db, "reorder channels", who) as uow:
        s = uow.session
        known = set(s.scalars(select(Channel.id)))
        if len(channel_ids) != len(known) or set(channel_ids) != known:
            raise InputError("channels", list(channel_ids), "give every channel id exactly once")
        for pos, channel_id in enumerate(channel_ids):
            _channel(s, channel_id).position = pos
    return uow.changes


def _renumber(s: Session, model: type[_Ordered]) -> None:
    for pos, row in enumerate(s.scalars(select(model).order_by(model.position, model.id))):
        row.position = pos


def rename_campaign(db: Database, name: str, new_name: str, who: str | None = None) -> Changes:
    new_name = clean_name(new_name, "campaign")
    with unit_of_work.write(db, "rename campaign", who) as uow:
        row = _by_name(uow.session, Campaign, name, "campaign")
        _check_free(uow.session, Campaign, new_name, row.id, "campaign")
        hooks.entries_renamed(uow.session, "campaign", {row.name: new_name})
        row.name = new_name
    return uow.changes


def delete_campaign(db: Database, name: str, who: str | None = None) -> Changes:
    """Delete a campaign; its items stay, with no campaign."""
    with unit_of_work.write(db, "delete campaign", who) as uow:
        row = _by_name(uow.session, Campaign, name, "campaign")
        detach_campaign(uow.session, row)
        hooks.entries_renamed(uow.session, "campaign", {row.name: None})
        uow.session.flush()
        uow.session.delete(row)
    return uow.changes


def _by_names(s: Session, model: type[_Ordered]) -> dict[str, _Ordered]:
    return {row.name: row for row in s.scalars(select(model))}


def _named(kind: str) -> tuple[NamedModel, str]:
    """The model of "objectives" or "audiences", and the word for one of them."""
    if kind not in NAMED:
        raise InputError("list", kind, "use objectives or audiences")
    return NAMED[kind], kind.removesuffix("s")


def rename_named(
    db: Database, kind: str, name: str, new_name: str, who: str | None = None
) -> Changes:
    model, what = _named(kind)
    new_name = clean_name(new_name, what)
    with unit_of_work.write(db, f"rename {what}", who) as uow:
        row = _by_name(uow.session, model, name, what)
        _check_free(uow.session, model, new_name, row.id, what)
        row.name = new_name
    return uow.changes


def delete_named(db: Database, kind: str, name: str, who: str | None = None) -> Changes:
    """Delete an objective or an audience; items (and campaigns) using it just lose it."""
    model, what = _named(kind)
    with unit_of_work.write(db, f"delete {what}", who) as uow:
        s = uow.session
        row = _by_name(s, model, name, what)
        detach_named(s, row)
        s.flush()
        s.delete(row)
        s.flush()
        _renumber(s, model)
    return uow.changes


def reorder_named(
    db: Database, kind: str, ordered: Sequence[str], who: str | None = None
) -> Changes:
    """Put objectives or audiences in this order; every name exactly once."""
    model, what = _named(kind)
    with unit_of_work.write(db, f"reorder {what}s", who) as uow:
        rows = _by_names(uow.session, model)
        if len(ordered) != len(rows) or set(ordered) != set(rows):
            raise InputError(f"{what}s", list(ordered), f"give every {what} name exactly once")
        for pos, name in enumerate(ordered):
            rows[name].position = pos
    return uow.changes


def delete_person(db: Database, name: str, who: str | None = None) -> Changes:
    """Forget a person. History keeps their name as text, so nothing else changes."""
    with unit_of_work.write(db, "delete person", who) as uow:
        uow.session.delete(_by_name(uow.session, Person, name, "person"))
    return uow.changes
