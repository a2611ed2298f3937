"""Who may decide (issue 27, point 4, beyond the sheet): approving or asking for changes is a
reviewer's decision, refused to a person whose role is editor, in the queue as on the sheet."""

from __future__ import annotations

import pytest

from ngo_calendar.core import workspace
from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.review import decide as review
from ngo_calendar.store import Database
from tests.helpers import add_item, in_hours, status


def test_an_editor_may_not_approve_or_ask_for_changes(cdb: Database) -> None:
    workspace.save_person(cdb, "Camille", "editor")
    workspace.save_person(cdb, "Mme la présidente", "reviewer")
    post = add_item(cdb, "Appel", in_hours(48))
    review.submit(cdb, [post], who="Camille")  # an editor sends to review
    for decide in (
        lambda: review.approve(cdb, [post], who="camille"),
        lambda: review.approve_all(cdb, [(post, None)], who="Camille"),
        lambda: review.request_changes(cdb, post, "Plus court", who="Camille"),
    ):
        with pytest.raises(InputError, match="may not review"):
            decide()
        assert status(cdb, post) == "in_review"
    review.approve(cdb, [post], who="Mme la présidente")
    assert status(cdb, post) == "approved"
    # This computer's own name (no person chosen) decides, as a small team's volunteer does.
    other = add_item(cdb, "Autre", in_hours(72))
    review.submit(cdb, [other])
    review.approve(cdb, [other])
    assert status(cdb, other) == "approved"
