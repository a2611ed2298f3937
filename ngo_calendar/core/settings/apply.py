"""The settings dialog's values: what it starts from, and applying it in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import (
    Audience,
    Campaign,
    Channel,
    Objective,
    Person,
)

from ..ics import publish
from ..ics.publish_state import Publication
from ..ics.publish_state import publication as publication_of
from ..model import checks
from ..model.domain import (
    LANGUAGES,
    ChannelKind,
    InputError,
    Role,
    parse_enum,
)
from ..model.reasons import reason
from ..model.timing import zone
from ..review.rules import ReviewRules, rules_from
from ..workspace import (
    Usage,
    check_char_limit,
    check_colour,
    check_weekly_target,
    clean_name,
    delete_entry,
    new_file_name,
    put_setting,
    settings,
    usage_in,
)
from ..write import hooks, unit_of_work
from ..write.changes import Changes
from ..write.unit_of_work import reading

_Listed = TypeVar("_Listed", bound=Objective | Audience)

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
    # The validation rules (channels and campaigns by the names this result gives them);
    # None leaves them as they are.
    review: ReviewRules | None = None
    # The published folder (core/ics/publish.py); None leaves it as it is.
    publication: Publication | None = None


@dataclass(frozen=True)
class WorkspaceSnapshot(SettingsResult):
    """The workspace as the settings dialog opens it; `uses` lets it warn before removals."""

    uses: Usage = field(default_factory=Usage)


def workspace_snapshot(db: Database) -> WorkspaceSnapshot:
    current = settings(db)
    with reading(db) as s:
        objective_names = dict(s.execute(select(Objective.id, Objective.name)).all())

        def named(model: type[_Listed]) -> tuple[NamedEntry, ...]:
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
            uses=usage_in(s),
            review=rules_from(s),
            publication=publication_of(db),
        )


def check_settings(result: SettingsResult) -> None:
    """Refuse a result that cannot be stored, before anything is written.

    The checks that need no database: names, kinds, colours, limits, roles, dates.
    """
    zone(result.timezone)
    checks.one_line(result.association, "association", checks.ASSOCIATION_MAX, required=False)
    if result.language not in LANGUAGES:
        choices = ", ".join(LANGUAGES)
        raise InputError("language", result.language, reason("text.one_of", choices=choices))
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
            raise InputError(f"{what} id", ids, reason(f"{what}.twice"))
        for entry in entries:
            key = clean_name(entry.name, what).casefold()
            if key in seen:
                raise InputError("name", entry.name.strip(), reason(f"{what}.same_name"))
            seen.add(key)
    for channel in result.channels:
        parse_enum(ChannelKind, "kind", channel.kind)
        check_colour(channel.colour)
        check_char_limit(channel.char_limit)
        check_weekly_target(channel.weekly_target)
    for campaign in result.campaigns:
        check_colour(campaign.colour)
        for day in (campaign.starts_on, campaign.ends_on):
            if day is not None:
                checks.calendar_date(day, "campaign dates")
        if campaign.starts_on and campaign.ends_on and campaign.ends_on < campaign.starts_on:
            raise InputError("ends_on", campaign.ends_on.isoformat(), reason("campaign.ends"))
    for person in result.people:
        parse_enum(Role, "role", person.role)


def apply_settings(db: Database, result: SettingsResult, who: str | None = None) -> Changes:
    """Store a whole settings-dialog result as one operation: all of it, or nothing; one undo
    step brings back the lists and the items a removal was cleared from.

    Items are never deleted here: see the rule above the list services. A removed channel that
    items still use refuses the whole result.
    """
    check_settings(result)
    published = publication_of(db)
    wanted = None
    if result.publication is not None and result.publication != published:
        wanted = publish.checked(result.publication)  # the folder must be there
    with unit_of_work.write(db, "settings", who) as uow:
        s = uow.session
        rules_before = rules_from(s)
        put_setting(s, "association", result.association.strip())
        put_setting(s, "timezone", result.timezone.strip())
        put_setting(s, "language", result.language)
        # Objectives before campaigns, so a campaign can name an objective added alongside it.
        gone = result.removed
        for model, what, entries, removed in (
            (Channel, "channel", result.channels, gone.channels),
            (Objective, "objective", result.objectives, gone.objectives),
            (Audience, "audience", result.audiences, gone.audiences),
            (Campaign, "campaign", result.campaigns, gone.campaigns),
            (Person, "person", result.people, gone.people),
        ):
            _sync(s, model, what, entries, removed)
        # Rules the dialog left as they were are not written again (a channel renamed in the
        # same dialog has already been followed by them, see _sync).
        if result.review is not None and result.review != rules_before:
            _store_rules(db, result.review, uow.who)
        if wanted is not None:
            publish.store(s, wanted)
    return uow.changes


def _store_rules(db: Database, wanted: ReviewRules, who: str) -> None:
    """The validation rules, checked by core.review against the lists just stored (this
    joins the settings' operation: one undo step for the whole dialog)."""
    from ..review import decide as review

    review.update_rules(
        db,
        mode=wanted.mode,
        channel_names=wanted.channels,
        campaign_names=wanted.campaigns,
        sensitivities=wanted.sensitivities,
        silent_after_hours=wanted.silent_after_hours,
        reopen_on_change=wanted.reopen_on_change,
        who=who,
    )


def _sync(
    s: Session, model: Any, what: str, entries: Sequence[Any], removed: frozenset[int]
) -> None:
    """Make one table match the dialog: delete the removed rows, then update, create, order."""
    for row_id in sorted(removed):
        row = s.get(model, row_id)
        if row is None:
            continue  # someone else deleted it meanwhile: the wish is granted
        delete_entry(s, row)
    s.flush()

    rows: dict[int, Any] = {}
    for entry in entries:
        if entry.id is None:
            continue
        row = s.get(model, entry.id)
        if row is None or entry.id in removed:
            raise InputError(what, entry.name, reason(f"{what}.deleted"))
        rows[entry.id] = row
    wanted = {entry.name.strip().casefold() for entry in entries}
    for other in s.scalars(select(model).where(model.id.not_in(list(rows)))):
        if other.name.casefold() in wanted:
            raise InputError("name", other.name, reason(f"{what}.exists"))

    # Unique names: park renamed rows under a placeholder first so that two rows can swap names.
    renamed = [r for e in entries if e.id is not None and (r := rows[e.id]).name != e.name.strip()]
    if model in (Channel, Campaign):
        kind = "channel" if model is Channel else "campaign"
        new_names = {e.id: e.name.strip() for e in entries}
        hooks.entries_renamed(s, kind, {row.name: new_names[row.id] for row in renamed})
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
            if row.position != pos:
                row.position = pos
    s.flush()


def _fill(s: Session, row: Any, entry: Any) -> None:
    row.name = entry.name.strip()
    if isinstance(entry, ChannelEntry):
        row.kind = parse_enum(ChannelKind, "kind", entry.kind).value
        row.colour = check_colour(entry.colour)
        row.char_limit, row.weekly_target = entry.char_limit, entry.weekly_target
        if row.file_name is None:  # a new channel: its file's name, kept from now on
            row.file_name = new_file_name(s, row.name)
    elif isinstance(entry, CampaignEntry):
        row.colour = check_colour(entry.colour)
        row.starts_on, row.ends_on = entry.starts_on, entry.ends_on
        row.objective_id = None
        objective = (entry.objective or "").strip()
        if objective:
            row.objective_id = s.scalar(select(Objective.id).where(Objective.name == objective))
            if row.objective_id is None:
                raise InputError("objective", entry.objective, reason("campaign.objective"))
    elif isinstance(entry, PersonEntry):
        row.role = parse_enum(Role, "role", entry.role).value
