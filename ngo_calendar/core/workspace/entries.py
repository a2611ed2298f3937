"""Workspace settings and the editable lists: channels, campaigns, objectives, audiences, people."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

# Re-exported: the window and the command line name the workspace without importing store/.
from ngo_calendar.store import Database, columns, tables

from ..model import checks
from ..model.domain import (
    DEFAULT_AUDIENCES,
    DEFAULT_CHAR_LIMITS,
    DEFAULT_OBJECTIVES,
    DEFAULT_TIMEZONE,
    LANGUAGES,
    ChannelKind,
    InputError,
    Role,
    parse_enum,
)
from ..model.timing import zone
from ..write.changes import Changes
from ..write.reading import plain_reading

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from ..write.unit_of_work import Operation


# The writes below load the ORM (the models, the unit of work) when first called: reading the
# settings and the lists, as the window does at start, needs neither.
def _models() -> Any:
    from ngo_calendar.store import models

    return models


def _write(
    db: Database, label: str, who: str | None, **options: Any
) -> AbstractContextManager[Operation]:
    from ..write import unit_of_work

    return unit_of_work.write(db, label, who, **options)


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
    setting = columns.Setting
    value = session.scalar(select(setting.value).where(setting.key == key))
    return default if value is None else value


def zone_of(session: Session) -> ZoneInfo:
    """The workspace's time zone, read inside an operation's own transaction."""
    return ZoneInfo(_get(session, "timezone", DEFAULT_TIMEZONE))


def settings(db: Database) -> Settings:
    # One plain select, not an ORM object per key: every command and every view reads this.
    with plain_reading(db) as s:
        setting = columns.Setting
        stored = {key: value for key, value in s.execute(select(setting.key, setting.value))}
    return Settings(
        association=stored.get("association", ""),
        timezone=stored.get("timezone", DEFAULT_TIMEZONE),
        language=stored.get("language", "") or system_language(),
    )


def update_settings(
    db: Database,
    association: str | None = None,
    timezone: str | None = None,
    language: str | None = None,
    who: str | None = None,
) -> Changes:
    if association is not None:
        association = checks.one_line(
            association, "association", checks.ASSOCIATION_MAX, required=False
        )
    if timezone is not None:
        timezone = checks.one_line(timezone, "timezone", 64, required=False)
    if language is not None:
        language = checks.one_line(language, "language", 8, required=False)
    if timezone is not None:
        zone(timezone)
    if language is not None and language not in LANGUAGES:
        raise InputError("language", language, f"use one of: {', '.join(LANGUAGES)}")
    with _write(db, "settings", who) as uow:
        for key, value in (
            ("association", association),
            ("timezone", timezone),
            ("language", language),
        ):
            if value is not None:
                put_setting(uow.session, key, value.strip())
    return uow.changes


def put_setting(session: Session, key: str, value: str) -> None:
    setting = _models().Setting
    row = session.get(setting, key)
    if row is None:
        session.add(setting(key=key, value=value))
    elif row.value != value:
        row.value = value


def ensure_seeded(db: Database) -> bool:
    """Give a new workspace its default objectives and audiences; returns whether it did.

    Safe when several programs open a new folder at once: the write lock is taken before the
    check, so only the first one seeds. Not on the undo stack: there is nothing before it.
    """
    with plain_reading(db) as s:
        if _get(s, "seeded", "") == "1":
            return False  # the usual case, decided without taking the write lock
    with _write(db, "new workspace", "ngo-calendar", undoable=False) as uow:
        s = uow.session
        if _get(s, "seeded", "") == "1":
            return False
        language = _get(s, "language", "") or system_language()
        put_setting(s, "language", language)
        put_setting(s, "timezone", _get(s, "timezone", DEFAULT_TIMEZONE))
        models = _models()
        for pos, name in enumerate(DEFAULT_OBJECTIVES[language]):
            s.add(models.Objective(name=name, position=pos))
        for pos, name in enumerate(DEFAULT_AUDIENCES[language]):
            s.add(models.Audience(name=name, position=pos))
        put_setting(s, "seeded", "1")
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
    with plain_reading(db) as s:
        c = columns.Channel
        rows = s.execute(
            select(c.id, c.kind, c.name, c.colour, c.char_limit, c.weekly_target).order_by(
                c.position, c.id
            )
        )
        return [ChannelInfo(*row) for row in rows]


def check_colour(colour: str) -> str:
    return checks.colour(colour)


def check_char_limit(char_limit: int | None) -> int | None:
    """A channel's character limit: None for no limit, else 1 to a million."""
    if char_limit is None:
        return None
    return checks.whole_number(char_limit, "char_limit", 1, checks.MAX_CHAR_LIMIT, "characters")


def check_weekly_target(weekly_target: int) -> int:
    return checks.whole_number(
        weekly_target, "weekly_target", 0, checks.MAX_WEEKLY_TARGET, "posts a week"
    )


def refuse_taken(s: Session, model: Any, what: str, name: str, own_id: int | None = None) -> None:
    """Names are unique regardless of case: « Presse » and « presse » would only confuse.

    The refusal points to where the existing one is changed instead.
    """
    existing = checks.name_taken(s, model, name, own_id)
    if existing is not None:
        edit = f"`{what} edit {existing}` or " if what in ("channel", "campaign") else ""
        raise InputError(
            "name",
            name,
            f"a {what} named {existing!r} exists already (names are compared regardless of "
            f"case); change that one with {edit}the settings, or choose another name",
        )


def save_channel(
    db: Database,
    name: str,
    kind: str,
    colour: str = "#607d8b",
    char_limit: int | None = -1,
    weekly_target: int = 0,
    channel_id: int | None = None,
    who: str | None = None,
) -> Changes:
    """Create a channel, or update the one with `channel_id`. A limit of -1 means the
    platform's own (see DEFAULT_CHAR_LIMITS), None no limit."""
    name = checks.one_line(name, "name", checks.CHANNEL_NAME_MAX)
    channel_kind = parse_enum(ChannelKind, "kind", checks.one_line(kind, "kind", 20))
    limit = DEFAULT_CHAR_LIMITS[channel_kind] if char_limit == -1 else check_char_limit(char_limit)
    check_weekly_target(weekly_target)
    colour = check_colour(colour)
    if channel_id is not None:
        checks.whole_number(channel_id, "channel id", 1, checks.MAX_ID)
    with _write(db, "channel", who) as uow:
        s = uow.session
        Channel = _models().Channel  # noqa: N806 - the model class
        refuse_taken(s, Channel, "channel", name, channel_id)
        row = s.get(Channel, channel_id) if channel_id else None
        if channel_id is not None and row is None:
            raise InputError("channel id", channel_id, "no channel has this id")
        if row is None:
            position = s.scalar(select(func.count()).select_from(Channel)) or 0
            row = Channel(position=position)
            s.add(row)
        row.name, row.kind, row.colour = name, channel_kind.value, colour
        row.char_limit, row.weekly_target = limit, weekly_target
    return uow.changes


def find_channel(db: Database, name: str, field: str = "channel") -> ChannelInfo:
    """The channel of that name, regardless of case; refused with the known names."""
    name = checks.one_line(name, field, checks.CHANNEL_NAME_MAX)
    found = channels(db)
    for channel in found:
        if channel.name.casefold() == name.casefold():
            return channel
    known = ", ".join(c.name for c in found) or "none yet"
    raise InputError(field, name, f"known channel names: {known}")


# The lists a person names things from, by the word a change set uses for them, and the
# name of each one's model (store.models) and columns (store.columns).
LISTS = {"campaigns": "Campaign", "objectives": "Objective", "audiences": "Audience"}


def names(db: Database, kind: str) -> list[str]:
    """The names in one list ("campaigns", "objectives" or "audiences"), in display order."""
    table: Any = getattr(columns, LISTS[kind])
    with plain_reading(db) as s:
        order = (table.position, table.id) if "position" in table else (table.name,)
        return list(s.scalars(select(table.name).order_by(*order)))


def add_named(db: Database, kind: str, name: str, who: str | None = None) -> Changes:
    """Add an objective or an audience (kind "objectives" or "audiences") at the end."""
    model: Any = getattr(_models(), LISTS[kind])
    name = checks.one_line(name, "name", checks.NAME_MAX)
    with _write(db, "list", who) as uow:
        s = uow.session
        # Already there, in any case: nothing to add (the list stays free of near-twins).
        if checks.name_taken(s, model, name) is None:
            count = s.scalar(select(func.count()).select_from(model)) or 0
            s.add(model(name=name, position=count))
    return uow.changes


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
        raise InputError("ends_on", ends_on.isoformat(), "end on or after the start")
    colour = check_colour(colour)
    with _write(db, "campaign", who) as uow:
        s = uow.session
        Campaign, Objective = _models().Campaign, _models().Objective  # noqa: N806
        objective_id = None
        if objective:
            objective = checks.one_line(objective, "objective", checks.NAME_MAX)
            objective_id = s.scalar(select(Objective.id).where(Objective.name == objective))
            if objective_id is None:
                known = ", ".join(s.scalars(select(Objective.name).order_by(Objective.position)))
                raise InputError("objective", objective, f"use one of: {known}")
        row = None
        if existing is not None:
            row = s.scalar(select(Campaign).where(Campaign.name == existing))
            if row is None:
                raise InputError("campaign", existing, "no campaign has this name")
        refuse_taken(s, Campaign, "campaign", name, row.id if row else None)
        if row is None:
            row = Campaign(name=name)
            s.add(row)
        row.name = name
        row.colour, row.objective_id = colour, objective_id
        row.starts_on, row.ends_on = starts_on, ends_on
    return uow.changes


def save_person(db: Database, name: str, role: str = "editor", who: str | None = None) -> Changes:
    name = checks.one_line(name, "name", checks.NAME_MAX)
    checked = parse_enum(Role, "role", role)
    with _write(db, "person", who) as uow:
        s = uow.session
        Person = _models().Person  # noqa: N806 - the model class
        existing = checks.name_taken(s, Person, name)
        row = s.scalar(select(Person).where(Person.name == existing)) if existing else None
        if row is None:
            row = Person(name=name)
            s.add(row)
        row.role = checked.value
    return uow.changes


def people(db: Database) -> list[tuple[str, str]]:
    person = tables.people.c
    with plain_reading(db) as s:
        return [
            tuple(row) for row in s.execute(select(person.name, person.role).order_by(person.name))
        ]
