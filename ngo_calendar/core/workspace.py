"""Workspace settings and the editable lists: channels, campaigns, objectives, audiences, people."""

from __future__ import annotations

import locale
import os
import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import (
    Audience,
    Campaign,
    Channel,
    Objective,
    Person,
    Setting,
)

from .changes import Changes
from .domain import (
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
    timezone = timezone.strip() if timezone is not None else None
    language = language.strip() if language is not None else None
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
