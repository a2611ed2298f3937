"""The workspace's own settings: the association's name, its time zone and language, and the
defaults a new workspace is given (objectives, audiences)."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ngo_calendar.store import Database, columns

from ..model import checks
from ..model.domain import (
    DEFAULT_AUDIENCES,
    DEFAULT_OBJECTIVES,
    DEFAULT_TIMEZONE,
    LANGUAGES,
    InputError,
)
from ..model.reasons import reason
from ..model.timing import zone
from ..write.changes import Changes
from ..write.reading import plain_reading
from .lists import write

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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
        raise InputError("language", language, reason("text.one_of", choices=", ".join(LANGUAGES)))
    with write(db, "settings", who) as uow:
        for key, value in (
            ("association", association),
            ("timezone", timezone),
            ("language", language),
        ):
            if value is not None:
                put_setting(uow.session, key, value.strip())
    return uow.changes


def put_setting(session: Session, key: str, value: str) -> None:
    from ngo_calendar.store.models import Setting

    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
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
    from ngo_calendar.store.models import Audience, Objective

    with write(db, "new workspace", "ngo-calendar", undoable=False) as uow:
        s = uow.session
        if _get(s, "seeded", "") == "1":
            return False
        language = _get(s, "language", "") or system_language()
        put_setting(s, "language", language)
        put_setting(s, "timezone", _get(s, "timezone", DEFAULT_TIMEZONE))
        for pos, name in enumerate(DEFAULT_OBJECTIVES[language]):
            s.add(Objective(name=name, position=pos))
        for pos, name in enumerate(DEFAULT_AUDIENCES[language]):
            s.add(Audience(name=name, position=pos))
        put_setting(s, "seeded", "1")
    return True
