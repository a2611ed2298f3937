"""The workspace's campaigns (a fundraising drive, an event season...): reading them, finding
one by name, creating, changing, renaming and deleting them. Campaigns have no order of their
own: they are listed by name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ngo_calendar.store import Database, columns

from ..model import checks
from ..model.domain import InputError
from ..model.reasons import reason
from ..write import hooks
from ..write.changes import Changes
from ..write.reading import plain_reading
from .channel import check_colour
from .lists import by_name, clean_name, delete_entry, refuse_taken, write


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    colour: str
    objective: str | None
    starts_on: date | None
    ends_on: date | None


def campaigns(db: Database) -> list[CampaignInfo]:
    """Every campaign with its details, by name."""
    c, o = columns.Campaign, columns.Objective
    with plain_reading(db) as s:
        objective_names = dict(s.execute(select(o.id, o.name)).all())
        rows = s.execute(
            select(c.id, c.name, c.colour, c.objective_id, c.starts_on, c.ends_on).order_by(c.name)
        )
        return [
            CampaignInfo(
                row.id,
                row.name,
                row.colour,
                objective_names.get(row.objective_id) if row.objective_id else None,
                row.starts_on,
                row.ends_on,
            )
            for row in rows
        ]


def find_campaign(db: Database, name: str) -> CampaignInfo:
    """The campaign of that name, regardless of case; refused with the known names."""
    name = checks.one_line(name, "campaign", checks.NAME_MAX)
    found = campaigns(db)
    for campaign in found:
        if campaign.name.casefold() == name.casefold():
            return campaign
    known = ", ".join(c.name for c in found) or reason("list.none_yet")
    raise InputError("campaign", name, reason("campaign.unknown", known=known))


def save_campaign(
    db: Database,
    name: str,
    colour: str = "#8e24aa",
    objective: str | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    who: str | None = None,
    existing: str | None = None,
) -> Changes:
    """Create a campaign; with `existing` (its current name), change that one instead."""
    name = checks.one_line(name, "name", checks.NAME_MAX)
    for day, field in ((starts_on, "starts_on"), (ends_on, "ends_on")):
        if day is not None:
            checks.calendar_date(day, field)
    if starts_on and ends_on and ends_on < starts_on:
        raise InputError("ends_on", ends_on.isoformat(), reason("campaign.ends"))
    colour = check_colour(colour)
    from ngo_calendar.store.models import Campaign, Objective

    with write(db, "campaign", who) as uow:
        s = uow.session
        objective_id = None
        if objective:
            objective = checks.one_line(objective, "objective", checks.NAME_MAX)
            objective_id = s.scalar(select(Objective.id).where(Objective.name == objective))
            if objective_id is None:
                known = ", ".join(s.scalars(select(Objective.name).order_by(Objective.position)))
                raise InputError("objective", objective, reason("text.one_of", choices=known))
        row = None
        if existing is not None:
            row = s.scalar(select(Campaign).where(Campaign.name == existing))
            if row is None:
                raise InputError("campaign", existing, reason("campaign.unknown_name"))
        refuse_taken(s, Campaign, "campaign", name, row.id if row else None)
        if row is None:
            row = Campaign(name=name)
            s.add(row)
        row.name = name
        row.colour, row.objective_id = colour, objective_id
        row.starts_on, row.ends_on = starts_on, ends_on
    return uow.changes


def rename_campaign(db: Database, name: str, new_name: str, who: str | None = None) -> Changes:
    from ngo_calendar.store.models import Campaign

    new_name = clean_name(new_name, "campaign")
    with write(db, "rename campaign", who) as uow:
        row = by_name(uow.session, Campaign, name, "campaign")
        refuse_taken(uow.session, Campaign, "campaign", new_name, row.id)
        hooks.entries_renamed(uow.session, "campaign", {row.name: new_name})
        row.name = new_name
    return uow.changes


def delete_campaign(db: Database, name: str, who: str | None = None) -> Changes:
    """Delete a campaign; its items stay, with no campaign."""
    from ngo_calendar.store.models import Campaign

    with write(db, "delete campaign", who) as uow:
        delete_entry(uow.session, by_name(uow.session, Campaign, name, "campaign"))
    return uow.changes
