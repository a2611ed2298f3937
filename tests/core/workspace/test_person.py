"""People and their roles: saved, and forgotten without touching history."""

from __future__ import annotations

import pytest

from ngo_calendar.core import workspace
from ngo_calendar.core.model.domain import (
    InputError,
    NotFoundError,
)
from ngo_calendar.store import Database


def test_save_person_and_role_check(db: Database) -> None:
    workspace.save_person(db, "Camille")
    workspace.save_person(db, "Alex", "Reviewer")
    workspace.save_person(db, "Camille", "reviewer")
    assert workspace.people(db) == [("Alex", "reviewer"), ("Camille", "reviewer")]
    with pytest.raises(InputError, match="editor, reviewer") as caught:
        workspace.save_person(db, "Dominique", "boss")
    assert caught.value.field == "role"
    with pytest.raises(InputError):
        workspace.save_person(db, " ")
    assert len(workspace.people(db)) == 2


def test_delete_person(db: Database) -> None:
    workspace.save_person(db, "Amina", "reviewer")
    workspace.save_person(db, "Louis")
    workspace.delete_person(db, "Amina")
    assert workspace.people(db) == [("Louis", "editor")]
    with pytest.raises(NotFoundError):
        workspace.delete_person(db, "Amina")
