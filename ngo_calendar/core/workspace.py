"""Workspace settings and the editable lists: channels, campaigns, objectives, audiences, people."""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

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
    Setting,
)

from . import history, snapshot
from .changes import Changes
from .domain import (
    DEFAULT_AUDIENCES,
    DEFAULT_CHAR_LIMITS,
    DEFAULT_OBJECTIVES,
    DEFAULT_TIMEZONE,
    LANGUAGES,
    ChannelKind,
    InputError,
    NotFoundError,
    Role,
    parse_enum,
)
from .timing import zone

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Settings:
    association: str
    timezone: str
    language: str

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def system_language() -> str:
    """en when the system speaks English, else fr: most of our users speak French."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    try:
        code = (locale.getlocale()[0] or "").lower()
    except ValueError:
        code = ""
    return "en" if code.startswith("en") else "fr"


def _get(session: Session, key: str, default: str) -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def settings(db: Database) -> Settings:
    with db.reading() as s:
        return Settings(
            association=_get(s, "association", ""),
            timezone=_get(s, "timezone", DEFAULT_TIMEZONE),
            language=_get(s, "language", "") or system_language(),
        )


def update_settings(
    db: Database,
    association: str | None = None,
    timezone: str | None = None,
    language: str | None = None,
) -> Changes:
    if timezone is not None:
        zone(timezone)
    if language is not None and language not in LANGUAGES:
        raise InputError("language", language, f"use one of: {', '.join(LANGUAGES)}")
    with db.transaction() as s:
        for key, value in (
            ("association", association),
            ("timezone", timezone),
            ("language", language),
        ):
            if value is not None:
                s.merge(Setting(key=key, value=value.strip()))
    return Changes(label="settings", workspace=True)


def ensure_seeded(db: Database) -> bool:
    """Give a new workspace its default objectives and audiences; returns whether it did."""
    with db.transaction() as s:
        if _get(s, "seeded", "") == "1":
            return False
        language = _get(s, "language", "") or system_language()
        s.merge(Setting(key="language", value=language))
        s.merge(Setting(key="timezone", value=_get(s, "timezone", DEFAULT_TIMEZONE)))
        for pos, name in enumerate(DEFAULT_OBJECTIVES[language]):
            s.add(Objective(name=name, position=pos))
        for pos, name in enumerate(DEFAULT_AUDIENCES[language]):
            s.add(Audience(name=name, position=pos))
        s.add(Setting(key="seeded", value="1"))
    return True


@dataclass(frozen=True)
class ChannelInfo:
    id: int
    kind: str
    name: str
    colour: str
    char_limit: int | None
    weekly_target: int


def channels(db: Database) -> list[ChannelInfo]:
    with db.reading() as s:
        rows = s.scalars(select(Channel).order_by(Channel.position, Channel.id))
        return [
            ChannelInfo(c.id, c.kind, c.name, c.colour, c.char_limit, c.weekly_target) for c in rows
        ]


def _check_colour(colour: str) -> str:
    if not COLOUR.match(colour):
        raise InputError("colour", colour, "use a colour such as #1877f2")
    return colour.lower()


def save_channel(
    db: Database,
    name: str,
    kind: str,
    colour: str = "#607d8b",
    char_limit: int | None = -1,
    weekly_target: int = 0,
    channel_id: int | None = None,
) -> Changes:
    """Create a channel, or update the one with `channel_id`. A limit of -1 means the default."""
    name = name.strip()
    if not name:
        raise InputError("name", name, "give the channel a name")
    channel_kind = parse_enum(ChannelKind, "kind", kind)
    limit = DEFAULT_CHAR_LIMITS[channel_kind] if char_limit == -1 else char_limit
    if weekly_target < 0:
        raise InputError("weekly_target", weekly_target, "use 0 or more posts a week")
    with db.transaction() as s:
        clash = s.scalar(select(Channel).where(func.lower(Channel.name) == name.lower()))
        if clash is not None and clash.id != channel_id:
            raise InputError("name", name, "a channel of that name exists already")
        row = s.get(Channel, channel_id) if channel_id else None
        if row is None:
            position = s.scalar(select(func.count()).select_from(Channel)) or 0
            row = Channel(position=position)
            s.add(row)
        row.name, row.kind, row.colour = name, channel_kind.value, _check_colour(colour)
        row.char_limit, row.weekly_target = limit, weekly_target
    return Changes(label="channel", workspace=True)


def names(db: Database, model: type[Objective] | type[Audience] | type[Campaign]) -> list[str]:
    with db.reading() as s:
        order = (model.position, model.id) if hasattr(model, "position") else (model.name,)
        return list(s.scalars(select(model.name).order_by(*order)))


def add_named(db: Database, model: type[Objective] | type[Audience], name: str) -> Changes:
    name = name.strip()
    if not name:
        raise InputError("name", name, "give a name")
    with db.transaction() as s:
        if s.scalar(select(model).where(model.name == name)) is None:
            count = s.scalar(select(func.count()).select_from(model)) or 0
            s.add(model(name=name, position=count))
    return Changes(label="list", workspace=True)


def save_campaign(
    db: Database,
    name: str,
    colour: str = "#8e24aa",
    objective: str | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> Changes:
    name = name.strip()
    if not name:
        raise InputError("name", name, "give the campaign a name")
    if starts_on and ends_on and ends_on < starts_on:
        raise InputError("ends_on", ends_on.isoformat(), "end on or after the start")
    with db.transaction() as s:
        objective_id = None
        if objective:
            objective_id = s.scalar(select(Objective.id).where(Objective.name == objective))
            if objective_id is None:
                raise InputError("objective", objective, "use an objective of the workspace")
        row = s.scalar(select(Campaign).where(Campaign.name == name)) or Campaign(name=name)
        row.colour, row.objective_id = _check_colour(colour), objective_id
        row.starts_on, row.ends_on = starts_on, ends_on
        s.add(row)
    return Changes(label="campaign", workspace=True)


def save_person(db: Database, name: str, role: str = "editor") -> Changes:
    name = name.strip()
    if not name:
        raise InputError("name", name, "give the person a name")
    checked = parse_enum(Role, "role", role)
    with db.transaction() as s:
        row = s.scalar(select(Person).where(Person.name == name)) or Person(name=name)
        row.role = checked.value
        s.add(row)
    return Changes(label="person", workspace=True)


def people(db: Database) -> list[tuple[str, str]]:
    with db.reading() as s:
        return list(s.execute(select(Person.name, Person.role).order_by(Person.name)).all())


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
    for item in items:
        before = snapshot.take(item)
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


# --- The settings dialog's values: what it starts from and what it gives back ---------------


@dataclass(frozen=True)
class ChannelEntry:
    id: int | None  # None: a channel to create
    name: str
    kind: str
    colour: str
    char_limit: int | None  # None: no limit
    weekly_target: int


@dataclass(frozen=True)
class CampaignEntry:
    id: int | None
    name: str
    colour: str
    objective: str | None  # an objective's name, as it is in the same result
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class PersonEntry:
    id: int | None
    name: str
    role: str


@dataclass(frozen=True)
class NamedEntry:
    """An objective or an audience."""

    id: int | None
    name: str


@dataclass(frozen=True)
class Removals:
    """Ids the person removed. Deleting is explicit: a row someone else added while the dialog
    was open is in neither the result nor here, and is left alone."""

    channels: frozenset[int] = frozenset()
    campaigns: frozenset[int] = frozenset()
    people: frozenset[int] = frozenset()
    objectives: frozenset[int] = frozenset()
    audiences: frozenset[int] = frozenset()


@dataclass(frozen=True)
class SettingsResult:
    """The whole settings dialog: lists in display order (campaigns and people have none)."""

    association: str
    timezone: str
    language: str
    channels: tuple[ChannelEntry, ...]
    campaigns: tuple[CampaignEntry, ...]
    people: tuple[PersonEntry, ...]
    objectives: tuple[NamedEntry, ...]
    audiences: tuple[NamedEntry, ...]
    removed: Removals = Removals()


@dataclass(frozen=True)
class WorkspaceSnapshot(SettingsResult):
    """The workspace as the settings dialog opens it; `uses` lets it warn before removals."""

    uses: Usage = field(default_factory=Usage)


def workspace_snapshot(db: Database) -> WorkspaceSnapshot:
    current = settings(db)
    with db.reading() as s:
        objective_names = dict(s.execute(select(Objective.id, Objective.name)).all())

        def named(model: NamedModel) -> tuple[NamedEntry, ...]:
            rows = s.scalars(select(model).order_by(model.position, model.id))
            return tuple(NamedEntry(r.id, r.name) for r in rows)

        return WorkspaceSnapshot(
            association=current.association,
            timezone=current.timezone,
            language=current.language,
            channels=tuple(
                ChannelEntry(c.id, c.name, c.kind, c.colour, c.char_limit, c.weekly_target)
                for c in s.scalars(select(Channel).order_by(Channel.position, Channel.id))
            ),
            campaigns=tuple(
                CampaignEntry(
                    c.id,
                    c.name,
                    c.colour,
                    objective_names.get(c.objective_id) if c.objective_id else None,
                    c.starts_on,
                    c.ends_on,
                )
                for c in s.scalars(select(Campaign).order_by(Campaign.name))
            ),
            people=tuple(
                PersonEntry(p.id, p.name, p.role)
                for p in s.scalars(select(Person).order_by(Person.name))
            ),
            objectives=named(Objective),
            audiences=named(Audience),
            uses=_usage(s),
        )


def check_settings(result: SettingsResult) -> None:
    """Refuse a result that cannot be stored, before anything is written.

    The checks that need no database: names, kinds, colours, limits, roles, dates.
    """
    zone(result.timezone)
    if result.language not in LANGUAGES:
        raise InputError("language", result.language, f"use one of: {', '.join(LANGUAGES)}")
    groups: list[tuple[str, Sequence[Any]]] = [
        ("channel", result.channels),
        ("campaign", result.campaigns),
        ("person", result.people),
        ("objective", result.objectives),
        ("audience", result.audiences),
    ]
    for what, entries in groups:
        seen: set[str] = set()
        ids = [e.id for e in entries if e.id is not None]
        if len(ids) != len(set(ids)):
            raise InputError(f"{what} id", ids, f"give each {what} once")
        for entry in entries:
            key = _clean_name(entry.name, what).casefold()
            if key in seen:
                raise InputError("name", entry.name.strip(), f"give each {what} its own name")
            seen.add(key)
    for channel in result.channels:
        parse_enum(ChannelKind, "kind", channel.kind)
        _check_colour(channel.colour)
        if channel.char_limit is not None and channel.char_limit <= 0:
            raise InputError("char_limit", channel.char_limit, "use 1 or more, or no limit")
        if channel.weekly_target < 0:
            raise InputError("weekly_target", channel.weekly_target, "use 0 or more posts a week")
    for campaign in result.campaigns:
        _check_colour(campaign.colour)
        if campaign.starts_on and campaign.ends_on and campaign.ends_on < campaign.starts_on:
            raise InputError("ends_on", campaign.ends_on.isoformat(), "end on or after the start")
    for person in result.people:
        parse_enum(Role, "role", person.role)


def apply_settings(db: Database, result: SettingsResult, who: str | None = None) -> Changes:
    """Store a whole settings-dialog result in one transaction: all of it, or nothing.

    Items are never deleted here: see the rule above the list services. A removed channel that
    items still use refuses the whole result.
    """
    check_settings(result)
    who = who or history.current_user()
    touched: set[int] = set()
    with db.transaction() as s:
        for key, value in (
            ("association", result.association.strip()),
            ("timezone", result.timezone.strip()),
            ("language", result.language),
        ):
            s.merge(Setting(key=key, value=value))
        # Objectives before campaigns, so a campaign can name an objective added alongside it.
        gone = result.removed
        for model, what, entries, removed in (
            (Channel, "channel", result.channels, gone.channels),
            (Objective, "objective", result.objectives, gone.objectives),
            (Audience, "audience", result.audiences, gone.audiences),
            (Campaign, "campaign", result.campaigns, gone.campaigns),
            (Person, "person", result.people, gone.people),
        ):
            touched |= _sync(s, model, what, entries, removed, who)
    return Changes(label="settings", updated=frozenset(touched), workspace=True)


def _sync(
    s: Session, model: Any, what: str, entries: Sequence[Any], removed: frozenset[int], who: str
) -> set[int]:
    """Make one table match the dialog: delete the removed rows, then update, create, order."""
    touched: set[int] = set()
    for row_id in sorted(removed):
        row = s.get(model, row_id)
        if row is None:
            continue  # someone else deleted it meanwhile: the wish is granted
        if model is Channel:
            _refuse_used_channel(s, row)
        elif model is Campaign:
            touched |= _detach_campaign(s, row, who)
        elif model in (Objective, Audience):
            touched |= _detach_named(s, row, who)
        s.delete(row)
    s.flush()

    rows: dict[int, Any] = {}
    for entry in entries:
        if entry.id is None:
            continue
        row = s.get(model, entry.id)
        if row is None or entry.id in removed:
            raise InputError(
                what, entry.name, f"this {what} was deleted meanwhile; reopen the settings"
            )
        rows[entry.id] = row
    wanted = {entry.name.strip().casefold() for entry in entries}
    for other in s.scalars(select(model).where(model.id.not_in(list(rows)))):
        if other.name.casefold() in wanted:
            raise InputError("name", other.name, f"a {what} of that name exists already")

    # Unique names: park renamed rows under a placeholder first so that two rows can swap names.
    renamed = [r for e in entries if e.id is not None and (r := rows[e.id]).name != e.name.strip()]
    for row in renamed:
        row.name = f"~{row.id}~"
    s.flush()

    placed: list[Any] = []
    for entry in entries:
        row = rows[entry.id] if entry.id is not None else model()
        _fill(s, row, entry)
        if entry.id is None:
            s.add(row)
        placed.append(row)
    if hasattr(model, "position"):
        # Rows added elsewhere while the dialog was open keep their order, after the others.
        others = s.scalars(
            select(model).where(model.id.not_in(list(rows))).order_by(model.position, model.id)
        ).all()
        for pos, row in enumerate(placed + [r for r in others if r not in placed]):
            row.position = pos
    s.flush()
    return touched


def _fill(s: Session, row: Any, entry: Any) -> None:
    row.name = entry.name.strip()
    if isinstance(entry, ChannelEntry):
        row.kind = parse_enum(ChannelKind, "kind", entry.kind).value
        row.colour = _check_colour(entry.colour)
        row.char_limit, row.weekly_target = entry.char_limit, entry.weekly_target
    elif isinstance(entry, CampaignEntry):
        row.colour = _check_colour(entry.colour)
        row.starts_on, row.ends_on = entry.starts_on, entry.ends_on
        row.objective_id = None
        objective = (entry.objective or "").strip()
        if objective:
            row.objective_id = s.scalar(select(Objective.id).where(Objective.name == objective))
            if row.objective_id is None:
                raise InputError("objective", entry.objective, "use an objective of the workspace")
    elif isinstance(entry, PersonEntry):
        row.role = parse_enum(Role, "role", entry.role).value
