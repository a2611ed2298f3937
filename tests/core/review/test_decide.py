"""The validation queue in core: the workspace's rules, decisions as undoable operations with
their remarks in the item's thread, the queue's order and urgency, and silent approval with a
fixed clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from ngo_calendar.core import AllDay, ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import InputError, Status
from ngo_calendar.core.model.timing import start_key
from ngo_calendar.core.review import decide as review
from ngo_calendar.core.review import queue as review_queue
from ngo_calendar.core.review import rules as review_rules
from ngo_calendar.core.write import history, undo
from ngo_calendar.core.write.records import read_items
from ngo_calendar.store import Database

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # 13:00 in Paris


def add(db: Database, title: str, start: object, **more: object) -> int:
    draft = ItemDraft(title=title, channels=["Facebook"], start=start, **more)  # type: ignore[arg-type]
    return items.create_item(db, draft).new_id


def status(db: Database, item_id: int) -> str:
    found = query.get_item(db, item_id)
    assert found is not None
    return found.status


def thread(db: Database, item_id: int) -> list[list[object]]:
    with db.reading() as s:
        return read_items(s.connection(), [item_id])[item_id]["comments"]


def test_rules_are_off_until_the_workspace_asks_and_refuse_unknown_names(cdb: Database) -> None:
    assert review_rules.rules(cdb) == review_rules.ReviewRules()
    review.update_rules(cdb, mode="rules", channel_names=["instagram"], sensitivities=["essential"])
    got = review_rules.rules(cdb)
    assert (got.mode, got.channels, got.sensitivities) == ("rules", ("Instagram",), ("essential",))
    assert got.needs_review(["Instagram"], None, "movable")
    assert not got.needs_review(["Facebook"], None, "movable")
    assert got.needs_review(["Facebook"], None, "essential")
    for bad in (
        dict(mode="sometimes"),
        dict(channel_names=["TikTok"]),
        dict(silent_after_hours=0),
    ):
        with pytest.raises(InputError):
            review.update_rules(cdb, **bad)  # type: ignore[arg-type]
    assert review_rules.rules(cdb).channels == ("Instagram",)  # a refusal changed nothing
    undo.undo(cdb)
    assert review_rules.rules(cdb) == review_rules.ReviewRules()


def test_submit_approve_and_undo_with_who_in_the_history(cdb: Database) -> None:
    post = add(cdb, "Appel aux bénévoles", Timed(datetime(2026, 12, 9, 18, 0)))
    review.submit(cdb, [post], who="Camille")
    assert status(cdb, post) == Status.IN_REVIEW
    review.approve(cdb, [post], who="Mme la présidente", comment="Parfait")
    assert status(cdb, post) == Status.APPROVED
    uid = query.get_item(cdb, post).uid  # type: ignore[union-attr]
    entries = history.item_history(cdb, uid)
    decided = [e for e in entries if e.field == "status" and e.new == "approved"]
    assert decided and decided[0].who == "Mme la présidente"
    assert thread(cdb, post)[0][1:] == ["Mme la présidente", "approval", None, "Parfait"]
    undo.undo(cdb)  # one step: the status and the remark
    assert status(cdb, post) == Status.IN_REVIEW and thread(cdb, post) == []


def test_a_selection_is_approved_in_one_step(cdb: Database) -> None:
    ids = [add(cdb, f"Post {n}", Timed(datetime(2026, 12, 9 + n, 9, 0))) for n in range(3)]
    review.submit(cdb, ids)
    review.approve(cdb, ids[:2])
    assert [status(cdb, i) for i in ids] == ["approved", "approved", "in_review"]
    undo.undo(cdb)
    assert [status(cdb, i) for i in ids] == ["in_review"] * 3


def test_deciding_on_what_is_not_in_review_is_refused_and_changes_nothing(cdb: Database) -> None:
    draft = add(cdb, "Brouillon", Timed(datetime(2026, 12, 9, 9, 0)))
    waiting = add(cdb, "En relecture", Timed(datetime(2026, 12, 10, 9, 0)))
    review.submit(cdb, [waiting])
    with pytest.raises(InputError, match="is draft, not in_review"):
        review.approve(cdb, [waiting, draft])  # all or nothing
    assert status(cdb, waiting) == Status.IN_REVIEW
    with pytest.raises(InputError, match="say what should change"):
        review.request_changes(cdb, waiting, "  ")
    with pytest.raises(InputError):
        review.submit(cdb, [waiting])  # already waiting


def test_requested_changes_go_back_to_draft_with_the_comment_kept(cdb: Database) -> None:
    post = add(cdb, "Concours de Noël", Timed(datetime(2026, 12, 12, 10, 0)))
    review.submit(cdb, [post])
    review.request_changes(cdb, post, "Retirer le mot « concours », svp", who="Bureau")
    assert status(cdb, post) == Status.DRAFT
    assert thread(cdb, post)[0][1:] == [
        "Bureau",
        "changes",
        None,
        "Retirer le mot « concours », svp",
    ]
    uid = query.get_item(cdb, post).uid  # type: ignore[union-attr]
    said = [e for e in history.item_history(cdb, uid) if e.field == "comments"]
    assert said and "Retirer le mot" in said[0].new


def test_decisions_inside_another_operation_join_it_as_its_person(cdb: Database) -> None:
    from ngo_calendar.core.write import unit_of_work

    post = add(cdb, "Concours de Noël", Timed(datetime(2026, 12, 12, 10, 0)))
    review.submit(cdb, [post])
    with unit_of_work.write(cdb, "demo", who="Bureau"):
        review.request_changes(cdb, post, "Retirer le mot « concours », svp")
        review.add_comment(cdb, post, "Et la date ?")
    assert status(cdb, post) == Status.DRAFT
    assert [c[1:3] for c in thread(cdb, post)] == [["Bureau", "changes"], ["Bureau", "comment"]]
    undo.undo(cdb)  # one operation: one undo takes both back
    assert status(cdb, post) == Status.IN_REVIEW
    assert thread(cdb, post) == []


def test_one_date_of_a_series_is_reviewed_on_its_own(cdb: Database) -> None:
    series = add(cdb, "Distribution", Timed(datetime(2026, 12, 1, 9, 0)), rrule="FREQ=WEEKLY")
    tz = workspace.settings(cdb).tz
    second = start_key(datetime(2026, 12, 8, 9, 0, tzinfo=tz))
    review.submit(cdb, [series], occurrence=second)
    review.approve(cdb, [series], occurrence=second, comment="ok pour cette date")
    dates = query.occurrences(cdb, datetime(2026, 12, 1).date(), datetime(2026, 12, 15).date())
    statuses = {o.occurrence_key: o.status for o in dates if o.item_id == series}
    assert statuses[second] == "approved"
    assert [s for k, s in statuses.items() if k != second] == ["draft", "draft"]
    assert thread(cdb, series)[0][3] == second


def test_the_queue_is_in_time_order_with_its_urgency(cdb: Database) -> None:
    later = add(cdb, "Plus tard", Timed(datetime(2026, 12, 20, 9, 0)))
    overdue = add(cdb, "En retard", Timed(datetime(2026, 12, 2, 9, 0)))
    soon = add(cdb, "Ce soir", Timed(datetime(2026, 12, 2, 20, 0)))
    all_day = add(cdb, "Demain", AllDay(datetime(2026, 12, 3).date()))
    review.submit(cdb, [later, overdue, soon, all_day])
    queue = review_queue.waiting(cdb, NOW)
    assert [(e.title, e.urgency) for e in queue] == [
        ("En retard", "overdue"),
        ("Ce soir", "soon"),
        ("Demain", "soon"),
        ("Plus tard", "later"),
    ]
    assert queue[0].texts[0].channel == "Facebook"


def test_silent_approval_after_n_hours_with_a_remark_saying_so(cdb: Database) -> None:
    near = add(cdb, "Dans 20 heures", Timed(datetime(2026, 12, 3, 9, 0)))  # 08:00 UTC
    far = add(cdb, "Dans 3 jours", Timed(datetime(2026, 12, 5, 9, 0)))
    review.submit(cdb, [near, far])
    assert review.approve_silently(cdb, NOW) is None  # off by default: nothing written
    review.update_rules(cdb, silent_after_hours=24)
    queue = {e.title: e for e in review_queue.waiting(cdb, NOW)}
    assert queue["Dans 3 jours"].silent_at == datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
    changes = review.approve_silently(cdb, NOW)
    assert changes is not None
    assert status(cdb, near) == Status.APPROVED and status(cdb, far) == Status.IN_REVIEW
    remark = thread(cdb, near)[0]
    assert remark[1] == review.SILENT and "24 h before publication" in remark[4]
    assert review.approve_silently(cdb, NOW) is None  # nothing due any more
    assert review.approve_silently(cdb, NOW + timedelta(days=2)) is not None
    assert status(cdb, far) == Status.APPROVED


def test_the_acting_person_is_one_of_the_workspaces_people(cdb: Database) -> None:
    workspace.save_person(cdb, "Mme la présidente", "reviewer")
    assert review.check_person(cdb, "MME LA PRÉSIDENTE") == "Mme la présidente"
    with pytest.raises(InputError, match="not one of the workspace's people"):
        review.check_person(cdb, "Quelqu'un")


def test_an_approved_item_whose_text_or_date_changes_goes_back_to_review(cdb: Database) -> None:
    from dataclasses import replace

    from ngo_calendar.core.items import occurrences

    post = add(cdb, "Appel", Timed(datetime(2026, 12, 9, 18, 0)), status=Status.APPROVED)
    other = add(cdb, "Autre", Timed(datetime(2026, 12, 10, 18, 0)), status=Status.APPROVED)
    items.update_item(cdb, post, replace(items.item_draft(cdb, post), body="Nouveau texte"))
    assert status(cdb, post) == Status.APPROVED  # validation off: nothing to go back to
    review.update_rules(cdb, mode="all")
    items.update_item(cdb, post, replace(items.item_draft(cdb, post), body="Encore changé"))
    assert status(cdb, post) == Status.IN_REVIEW
    undo.undo(cdb)  # the text and the status, as they were
    assert status(cdb, post) == Status.APPROVED
    assert query.get_item(cdb, post).body == "Nouveau texte"  # type: ignore[union-attr]
    occurrences.move_item(cdb, other, Timed(datetime(2026, 12, 11, 18, 0)))
    assert status(cdb, other) == Status.IN_REVIEW  # a new date, too
    items.set_status(cdb, other, Status.APPROVED)
    items.update_item(cdb, other, replace(items.item_draft(cdb, other), notes="note interne"))
    assert status(cdb, other) == Status.APPROVED  # notes are neither text nor date
    review.update_rules(cdb, mode="rules", channel_names=["Instagram"])
    items.update_item(cdb, other, replace(items.item_draft(cdb, other), body="Sur Facebook"))
    assert status(cdb, other) == Status.APPROVED  # Facebook needs no review under these rules
    review.update_rules(cdb, mode="all", reopen_on_change=False)
    items.update_item(cdb, post, replace(items.item_draft(cdb, post), title="Appel (bis)"))
    assert status(cdb, post) == Status.APPROVED


def test_a_deleted_item_comes_back_with_its_thread(cdb: Database) -> None:
    post = add(cdb, "Appel", Timed(datetime(2026, 12, 9, 18, 0)))
    review.add_comment(cdb, post, "Une photo ?", who="Camille")
    items.delete_item(cdb, post)
    undo.undo(cdb)
    (back,) = [o.item_id for o in query.occurrences(cdb, NOW.date(), NOW.date() + timedelta(9))]
    assert [r[4] for r in thread(cdb, back)] == ["Une photo ?"]


def test_the_rules_follow_a_channel_or_campaign_renamed_or_deleted(cdb: Database) -> None:
    from ngo_calendar.core import workspace
    from ngo_calendar.core.settings import apply as settings_apply

    workspace.save_campaign(cdb, "Noël")
    review.update_rules(cdb, "rules", ["Facebook", "Instagram"], ["Noël"])
    facebook = next(c.id for c in workspace.channels(cdb) if c.name == "Facebook")
    workspace.rename_channel(cdb, facebook, "Page Facebook")
    workspace.rename_campaign(cdb, "Noël", "Noël solidaire")
    got = review_rules.rules(cdb)
    assert (got.channels, got.campaigns) == (("Instagram", "Page Facebook"), ("Noël solidaire",))
    undo.undo(cdb)
    assert review_rules.rules(cdb).campaigns == ("Noël",)  # one undo puts both back
    workspace.delete_campaign(cdb, "Noël")
    assert review_rules.rules(cdb).campaigns == ()
    # Two channels that swap names in the settings dialog keep their place in the rules.
    snapshot = settings_apply.workspace_snapshot(cdb)
    named = {c.name: c for c in snapshot.channels}
    swapped = (
        replace(named["Page Facebook"], name="Newsletter"),
        replace(named["Newsletter"], name="Page Facebook"),
        named["Instagram"],
    )
    settings_apply.apply_settings(cdb, replace(snapshot, channels=swapped))
    assert review_rules.rules(cdb).channels == ("Instagram", "Newsletter")
    removed = replace(
        settings_apply.workspace_snapshot(cdb),
        channels=tuple(
            c for c in settings_apply.workspace_snapshot(cdb).channels if c.name != "Instagram"
        ),
        removed=settings_apply.Removals(channels=frozenset({named["Instagram"].id})),
    )
    settings_apply.apply_settings(cdb, removed)
    assert review_rules.rules(cdb).channels == ("Newsletter",)
