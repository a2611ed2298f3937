"""Ending a crisis early: the items it shifted whose original dates are still ahead go back
to them (the default), beside the re-plan of what it held, in one operation (one undo step);
those whose original date has passed keep their shifted date; one changed since the crisis
moved it is never overwritten."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.filters import EVERY_STATUS, Filter
from ngo_calendar.core.crisis import apply as crisis_apply
from ngo_calendar.core.crisis import propose as crisis
from ngo_calendar.core.crisis import record as crisis_record
from ngo_calendar.core.crisis.end import propose_end
from ngo_calendar.core.crisis.messages import draft as message_draft
from ngo_calendar.core.crisis.plan import KEEP, SHIFT, Crisis
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import InputError, ItemDraft, Status, Timed
from ngo_calendar.store import Database
from tests.conftest import forget_undo
from tests.helpers import dump, local

ALL = Filter(statuses=EVERY_STATUS)


def _where(db: Database) -> dict[str, datetime | None]:
    found = query.occurrences(db, date(2026, 12, 1), date(2027, 2, 1), ALL)
    return {o.title: o.start_utc for o in found}


def _moved_week(db: Database) -> dict[str, int]:
    def add(title: str, day: int, hour: int, channel: str) -> int:
        when = Timed(datetime(2026, 12, day, hour, 0))
        return items.create_item(db, ItemDraft(title, channels=[channel], start=when)).new_id

    made = {
        "passed": add("Atelier couture", 8, 12, "Facebook"),  # before the real end
        "ahead": add("Collecte du samedi", 12, 10, "Facebook"),  # after it: goes back
        "edited": add("Portrait de bénévole", 11, 15, "Instagram"),  # changed by hand since
    }
    forget_undo(db)
    return made


def test_an_early_end_puts_what_it_shifted_back_on_the_dates_still_ahead(
    cdb: Database, ws_dir: Path
) -> None:
    made = _moved_week(cdb)
    proposal = crisis.propose(cdb, Crisis("Tempête", local(date(2026, 12, 8), 8),
                                          local(date(2026, 12, 14), 8)))  # fmt: skip
    assert {r.action for r in proposal.rows} == {SHIFT}
    crisis_apply.start(cdb, proposal)
    shifted = _where(cdb)
    assert shifted["Collecte du samedi"] == local(date(2026, 12, 18), 10)
    # By hand since: its title only; the crisis never overwrites it.
    draft = items.item_draft(cdb, made["edited"])
    items.update_item(cdb, made["edited"], replace(draft, title="Portrait de Marie"))
    at = local(date(2026, 12, 10), 9)  # four days early
    replan, current = propose_end(cdb, at)
    rows = {r.item.item_id: r for r in replan.rows}
    assert (rows[made["ahead"]].action, rows[made["ahead"]].why.code) == (SHIFT, "crisis.restored")
    assert rows[made["ahead"]].after == local(date(2026, 12, 12), 10)
    assert (rows[made["passed"]].action, rows[made["passed"]].why.code) == (
        KEEP, "crisis.restore_passed"
    )  # fmt: skip
    assert (rows[made["edited"]].action, rows[made["edited"]].why.code) == (
        KEEP, "crisis.restore_changed"
    )  # fmt: skip
    before_end = dump(ws_dir)
    crisis_apply.end(cdb, replan, at, current.id)
    now = _where(cdb)
    assert now["Collecte du samedi"] == local(date(2026, 12, 12), 10)  # back
    assert now["Atelier couture"] == shifted["Atelier couture"]  # its date had passed
    assert now["Portrait de Marie"] == shifted["Portrait de bénévole"]  # changed by hand
    done = crisis_record.latest(cdb)
    assert done is not None and not done.active
    assert [m["title"] for m in done.moves if m["phase"] == "end"] == ["Collecte du samedi"]
    # One operation: one undo puts the crisis and the shifted date back.
    crisis_apply.undo_last(cdb)
    assert dump(ws_dir) == before_end


def test_without_restore_the_end_leaves_shifted_items_where_they_went(cdb: Database) -> None:
    _moved_week(cdb)
    crisis_apply.start(cdb, crisis.propose(cdb, Crisis("Tempête", local(date(2026, 12, 8), 8),
                                                       local(date(2026, 12, 14), 8))))  # fmt: skip
    at = local(date(2026, 12, 10), 9)
    replan, current = propose_end(cdb, at, restore=False)
    assert replan.rows == []
    shifted = _where(cdb)
    crisis_apply.end(cdb, replan, at, current.id)
    assert _where(cdb) == shifted


def test_a_crisis_not_yet_begun_is_cancelled_in_one_step_later_changes_kept(
    cdb: Database, ws_dir: Path
) -> None:
    """Declared for later, then called off before it began: every item it held, shifted or
    sent back to review is as it was, its messages are gone, the crisis is no more; an item
    changed since, and what was done meanwhile, stay. Ctrl+Z takes the cancel back."""
    made = _moved_week(cdb)
    fair = items.create_item(
        cdb, ItemDraft("Fête de quartier", channels=["Facebook"],
                       start=Timed(datetime(2026, 12, 9, 17, 0)), status=Status.APPROVED),
    ).new_id  # fmt: skip
    forget_undo(cdb)
    before = dump(ws_dir)
    start, end = local(date(2026, 12, 8), 8), local(date(2026, 12, 14), 8)
    holding = message_draft("holding", "Facebook", None, datetime(2026, 12, 8, 8, 0), "fr")
    crisis_apply.start(cdb, crisis.propose(cdb, Crisis("Tempête", start, end)), messages=[holding])
    assert query.get_item(cdb, fair).status == "in_review"  # type: ignore[union-attr]
    current = crisis_record.active(cdb)
    assert current is not None
    now = local(date(2026, 12, 7), 20)  # the evening before it begins
    # Refused once it has begun: it is ended then.
    with pytest.raises(InputError) as refused:
        crisis_apply.cancel(cdb, start, current.id)
    assert refused.value.why.code == "crisis_input.begun"
    crisis_apply.cancel(cdb, now, current.id)
    assert crisis_record.active(cdb) is None and crisis_record.latest(cdb) is None
    assert dump(ws_dir) == before  # as before it was declared (history and undo aside)
    crisis_apply.undo_last(cdb)
    assert crisis_record.active(cdb) is not None
    # Changed by hand in the meantime: left as it is; the others go back.
    draft = items.item_draft(cdb, made["edited"])
    items.update_item(cdb, made["edited"], replace(draft, title="Portrait de Marie"))
    moved = _where(cdb)["Portrait de Marie"]
    crisis_apply.cancel(cdb, now, current.id)
    back = _where(cdb)
    assert back["Portrait de Marie"] == moved
    assert back["Collecte du samedi"] == local(date(2026, 12, 12), 10)
    assert query.get_item(cdb, fair).status == "approved"  # type: ignore[union-attr]
