"""Objectives and audiences: two plain lists of names in an order of their own ("objectives",
"audiences"), which items and campaigns refer to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from ngo_calendar.store import Database

from ..model import checks
from ..model.domain import InputError
from ..model.reasons import reason
from ..write.changes import Changes
from .lists import by_name, clean_name, delete_entry, refuse_taken, reorder, write

KINDS = ("objectives", "audiences")


def _model(kind: str) -> tuple[Any, str]:
    """The model of "objectives" or "audiences", and the word for one of them."""
    if kind not in KINDS:
        raise InputError("list", kind, reason("list.kind"))
    from ngo_calendar.store.models import Audience, Objective

    return (Objective if kind == "objectives" else Audience), kind.removesuffix("s")


def add_named(db: Database, kind: str, name: str, who: str | None = None) -> Changes:
    """Add an objective or an audience (kind "objectives" or "audiences") at the end."""
    model, _what = _model(kind)
    name = checks.one_line(name, "name", checks.NAME_MAX)
    with write(db, "list", who) as uow:
        s = uow.session
        # Already there, in any case: nothing to add (the list stays free of near-twins).
        if checks.name_taken(s, model, name) is None:
            count = s.scalar(select(func.count()).select_from(model)) or 0
            s.add(model(name=name, position=count))
    return uow.changes


def rename_named(
    db: Database, kind: str, name: str, new_name: str, who: str | None = None
) -> Changes:
    model, what = _model(kind)
    new_name = clean_name(new_name, what)
    with write(db, f"rename {what}", who) as uow:
        row = by_name(uow.session, model, name, what)
        refuse_taken(uow.session, model, what, new_name, row.id)
        row.name = new_name
    return uow.changes


def delete_named(db: Database, kind: str, name: str, who: str | None = None) -> Changes:
    """Delete an objective or an audience; items (and campaigns) using it just lose it."""
    model, what = _model(kind)
    with write(db, f"delete {what}", who) as uow:
        delete_entry(uow.session, by_name(uow.session, model, name, what))
    return uow.changes


def reorder_named(
    db: Database, kind: str, ordered: Sequence[str], who: str | None = None
) -> Changes:
    """Put objectives or audiences in this order; every name exactly once."""
    model, what = _model(kind)
    with write(db, f"reorder {what}s", who) as uow:
        reorder(uow.session, model, list(ordered), "name", f"{what}s", what)
    return uow.changes
