"""The workspace's settings and lists as one plain snapshot, so a settings change can be undone.

Rows keep their ids: items refer to channels, campaigns, objectives and audiences by id, and an
undo must bring back exactly the rows they pointed to.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_calendar.store.models import Audience, Campaign, Channel, Objective, Person, Setting

WorkspaceState = dict[str, Any]
SETTING_KEYS = ("association", "timezone", "language")
# Creation order: a campaign names an objective. Deletion runs the other way round.
TABLES: tuple[tuple[str, type, tuple[str, ...]], ...] = (
    ("objectives", Objective, ("name", "position")),
    ("audiences", Audience, ("name", "position")),
    ("channels", Channel, ("kind", "name", "colour", "char_limit", "weekly_target", "position")),
    ("campaigns", Campaign, ("name", "colour", "objective_id", "starts_on", "ends_on")),
    ("people", Person, ("name", "role")),
)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def take(session: Session) -> WorkspaceState:
    state: WorkspaceState = {
        "settings": {
            row.key: row.value
            for row in session.scalars(select(Setting).where(Setting.key.in_(SETTING_KEYS)))
        }
    }
    for name, model, fields in TABLES:
        rows = session.scalars(select(model).order_by(model.id))
        state[name] = [
            {"id": row.id, **{f: _plain(getattr(row, f)) for f in fields}} for row in rows
        ]
    return state


def restore(session: Session, state: WorkspaceState) -> None:
    """Make the settings and every list exactly as in `state`, ids included."""
    for key, value in state["settings"].items():
        session.merge(Setting(key=key, value=value))
    for name, model, _fields in reversed(TABLES):
        wanted = {row["id"] for row in state[name]}
        for row in session.scalars(select(model).where(model.id.not_in(wanted))):
            session.delete(row)
    session.flush()
    for name, model, fields in TABLES:
        existing = {row.id: row for row in session.scalars(select(model))}
        # Names are unique: park every kept row's name first so that names can swap.
        for row in existing.values():
            row.name = f"~{row.id}~"
        session.flush()
        for values in state[name]:
            row = existing.get(values["id"]) or model(id=values["id"])
            for field in fields:
                value = values[field]
                if field in ("starts_on", "ends_on") and value is not None:
                    value = date.fromisoformat(value)
                setattr(row, field, value)
            session.add(row)
        session.flush()
