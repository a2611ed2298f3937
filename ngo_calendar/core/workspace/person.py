"""The people of the workspace and their role (editor, reviewer...): who may decide in the
review queue. History keeps names as text, so forgetting a person changes nothing else."""

from __future__ import annotations

from sqlalchemy import select

from ngo_calendar.store import Database, tables

from ..model import checks
from ..model.domain import Role, parse_enum
from ..write.changes import Changes
from ..write.reading import plain_reading
from .lists import by_name, delete_entry, write


def people(db: Database) -> list[tuple[str, str]]:
    """(name, role) of everyone, by name."""
    person = tables.people.c
    with plain_reading(db) as s:
        return [
            (name, role)
            for name, role in s.execute(select(person.name, person.role).order_by(person.name))
        ]


def save_person(db: Database, name: str, role: str = "editor", who: str | None = None) -> Changes:
    """Add a person, or give the one of that name (regardless of case) this role."""
    name = checks.one_line(name, "name", checks.NAME_MAX)
    checked = parse_enum(Role, "role", role)
    from ngo_calendar.store.models import Person

    with write(db, "person", who) as uow:
        s = uow.session
        existing = checks.name_taken(s, Person, name)
        row = s.scalar(select(Person).where(Person.name == existing)) if existing else None
        if row is None:
            row = Person(name=name)
            s.add(row)
        row.role = checked.value
    return uow.changes


def delete_person(db: Database, name: str, who: str | None = None) -> Changes:
    """Forget a person."""
    from ngo_calendar.store.models import Person

    with write(db, "delete person", who) as uow:
        delete_entry(uow.session, by_name(uow.session, Person, name, "person"))
    return uow.changes
