"""What every list of the workspace shares (channels, campaigns, objectives, audiences,
people): one name check, what uses an entry, one way to delete an entry, and their order.

Deleting follows one rule for every list: items are never deleted with a list entry. A
campaign, objective or audience that goes away is cleared from the items that used it (each
gets a history entry and a new revision, so calendars see the change). A channel is different:
taking it off an item can lose the item's text for that channel, so a channel still used by
items is refused unless the caller passes force=True (the settings dialog never does).

Every write here runs inside an operation of the unit of work (history, one undo step, a
change set). The ORM is imported by the writes when first called: reading the lists, as the
window does at start, needs neither it nor the unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ngo_calendar.store import Database, columns, tables

from ..model import checks
from ..model.domain import InputError, NotFoundError
from ..model.reasons import reason
from ..write.reading import plain_reading

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from ngo_calendar.store.models import Item

    from ..write.unit_of_work import Operation


def write(
    db: Database, label: str, who: str | None, **options: Any
) -> AbstractContextManager[Operation]:
    """One operation of the unit of work (imported at the first write)."""
    from ..write import unit_of_work

    return unit_of_work.write(db, label, who, **options)


# The lists a person names things from, by the word a change set uses for them, and the name
# of each one's model (store.models) and columns (store.columns).
LISTS = {"campaigns": "Campaign", "objectives": "Objective", "audiences": "Audience"}


def names(db: Database, kind: str) -> list[str]:
    """The names in one list ("campaigns", "objectives" or "audiences"), in display order."""
    table: Any = getattr(columns, LISTS[kind])
    with plain_reading(db) as s:
        order = (table.position, table.id) if "position" in table else (table.name,)
        return list(s.scalars(select(table.name).order_by(*order)))


# --- The one name check ----------------------------------------------------------------------


def clean_name(name: str, what: str) -> str:
    """A list entry's name: given, one line, not too long (`what`: channel, campaign...)."""
    if isinstance(name, str) and not name.strip():
        raise InputError("name", name, reason(f"{what}.no_name"))
    longest = checks.CHANNEL_NAME_MAX if what == "channel" else checks.NAME_MAX
    return checks.one_line(name, "name", longest)


def refuse_taken(s: Session, model: Any, what: str, name: str, own_id: int | None = None) -> None:
    """Names are unique regardless of case: « Presse » and « presse » would only confuse.

    The refusal points to where the existing one is changed instead.
    """
    existing = checks.name_taken(s, model, name, own_id)
    if existing is not None:
        # A channel and a campaign are changed from the command line too: their text names the
        # command (`channel edit NAME`).
        named = {"existing": existing} if what in ("channel", "campaign") else {}
        raise InputError("name", name, reason(f"{what}.taken", quoted=repr(existing), **named))


# What a name that names nothing is refused with, by the word for one entry of its list.
FOUND = {
    "campaign": "found.campaign",
    "objective": "found.objective",
    "audience": "found.audience",
    "person": "found.person",
}


def by_name(s: Session, model: Any, name: str, what: str) -> Any:
    """The row of that exact name; NotFoundError when none."""
    row = s.scalar(select(model).where(model.name == name))
    if row is None:
        raise NotFoundError(reason(FOUND[what], quoted=repr(name)))
    return row


# --- What uses an entry ----------------------------------------------------------------------


@dataclass(frozen=True)
class Usage:
    """How many items use each channel, campaign, objective and audience, by id."""

    channels: dict[int, int] = field(default_factory=dict)
    campaigns: dict[int, int] = field(default_factory=dict)
    objectives: dict[int, int] = field(default_factory=dict)
    audiences: dict[int, int] = field(default_factory=dict)


def usage(db: Database) -> Usage:
    with plain_reading(db) as s:
        return usage_in(s)


def usage_in(s: Session) -> Usage:
    def counts(column: Any, table: Any) -> dict[int, int]:
        query = select(column, func.count()).select_from(table).where(column.is_not(None))
        return {key: n for key, n in s.execute(query.group_by(column)).all()}

    item, item_channel, item_audience = tables.items, tables.item_channels, tables.item_audiences
    return Usage(
        channels=counts(item_channel.c.channel_id, item_channel),
        campaigns=counts(item.c.campaign_id, item),
        objectives=counts(item.c.objective_id, item),
        audiences=counts(item_audience.c.audience_id, item_audience),
    )


def refuse_used_channel(s: Session, channel: Any) -> None:
    from ngo_calendar.store.models import ItemChannel

    query = select(func.count()).select_from(ItemChannel)
    count = s.scalar(query.where(ItemChannel.channel_id == channel.id)) or 0
    if count:
        code = "channel.in_use" if count == 1 else "channel.in_use.many"
        raise InputError("channel", channel.name, reason(code, count=count))


def _items_where(s: Session, condition: Any) -> list[Item]:
    from ngo_calendar.store.models import Item

    return list(s.scalars(select(Item).where(condition).order_by(Item.id)))


def _clear_from_items(s: Session, row: Any) -> None:
    """Take a list entry off everything that uses it (the items stay)."""
    from ngo_calendar.store.models import (
        Audience,
        Campaign,
        Channel,
        Item,
        ItemAudience,
        ItemChannel,
        Objective,
        OverrideChannel,
    )

    if isinstance(row, Channel):
        users = select(ItemChannel.item_id).where(ItemChannel.channel_id == row.id)
        for item in _items_where(s, Item.id.in_(users)):
            kept = [link for link in item.channels if link.channel_id != row.id]
            for pos, link in enumerate(kept):
                link.position = pos
            item.channels = kept
        # A date of a series with its own channels keeps the others.
        own = select(OverrideChannel.item_id).where(OverrideChannel.channel_id == row.id)
        for item in _items_where(s, Item.id.in_(own)):
            for override in item.overrides:
                if any(c.channel_id == row.id for c in override.channels):
                    override.channels = [c for c in override.channels if c.channel_id != row.id]
    elif isinstance(row, Campaign):
        for item in _items_where(s, Item.campaign_id == row.id):
            item.campaign_id = None
    elif isinstance(row, Objective):
        # Campaigns point at objectives without ON DELETE: clear them first.
        for campaign in s.scalars(select(Campaign).where(Campaign.objective_id == row.id)):
            campaign.objective_id = None
        for item in _items_where(s, Item.objective_id == row.id):
            item.objective_id = None
    elif isinstance(row, Audience):
        users = select(ItemAudience.item_id).where(ItemAudience.audience_id == row.id)
        for item in _items_where(s, Item.id.in_(users)):
            item.audiences = [link for link in item.audiences if link.audience_id != row.id]


# --- The one way to delete an entry ----------------------------------------------------------


def delete_entry(s: Session, row: Any, force: bool = False) -> None:
    """Delete a channel, campaign, objective, audience or person inside an operation: refused
    for a channel items use (unless `force`), cleared from the items that use it, followed by
    the features that name it (write.hooks), and the list's order closed up."""
    from ngo_calendar.store.models import Campaign, Channel

    from ..write import hooks

    if isinstance(row, Channel) and not force:
        refuse_used_channel(s, row)
    _clear_from_items(s, row)
    if isinstance(row, Channel | Campaign):
        hooks.entries_renamed(
            s, "channel" if isinstance(row, Channel) else "campaign", {row.name: None}
        )
    s.flush()  # the links go first: the database would otherwise remove them under us
    s.delete(row)
    s.flush()
    if hasattr(type(row), "position"):
        renumber(s, type(row))


# --- Order -----------------------------------------------------------------------------------


def renumber(s: Session, model: Any) -> None:
    """Positions 0, 1, 2... in the current order (after a deletion)."""
    for pos, row in enumerate(s.scalars(select(model).order_by(model.position, model.id))):
        if row.position != pos:
            row.position = pos


def reorder(
    s: Session, model: Any, ordered: list[Any], by: str, field_name: str, what: str
) -> None:
    """Put every row of `model` in the order of `ordered` (their `by`: "id" or "name"), each
    exactly once, or refused."""
    rows = {getattr(row, by): row for row in s.scalars(select(model))}
    if len(ordered) != len(rows) or set(ordered) != set(rows):
        raise InputError(field_name, list(ordered), reason(f"{what}.order"))
    for pos, wanted in enumerate(ordered):
        rows[wanted].position = pos
