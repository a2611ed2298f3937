"""The light validation queue: submit, approve, request changes, a thread per item, and the
workspace's rules (off, everything, or only chosen channels, campaigns and crisis
sensitivities; optional silent approval N hours before publication).

Every decision is one operation of the unit of work: the status change and the remark in the
item's thread are in its history with who and when, and one undo takes them back. A date of a
series is reviewed on its own through its occurrence key (its own status).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal, overload

from ..items.edit import get
from ..items.occurrences import edit_occurrence
from ..model import checks
from ..model.domain import InputError, Sensitivity, Status
from ..model.reasons import reason
from ..workspace import Database, channels, names, put_setting
from ..write import unit_of_work
from ..write.changes import Changes
from ..write.history import current_user, now_utc
from . import queue as review_queue
from .rules import KEYS, MODES, REVIEWING_ROLES, rules

# A decision is about something waiting for it; what else can be sent to review.
SUBMITTABLE = (Status.IDEA, Status.DRAFT, Status.APPROVED)
COMMENT_MAX = 4000


def update_rules(
    db: Database,
    mode: str | None = None,
    channel_names: Sequence[str] | None = None,
    campaign_names: Sequence[str] | None = None,
    sensitivities: Sequence[str] | None = None,
    silent_after_hours: int | None | bool = False,
    reopen_on_change: bool | None = None,
    who: str | None = None,
) -> Changes:
    """Change the options given (None, or False for the hours, leaves one as it is); names
    are checked against the workspace's channels, campaigns and sensitivities."""
    values: dict[str, str] = {}
    if mode is not None:
        if mode not in MODES:
            raise InputError("mode", mode, reason("text.one_of", choices=", ".join(MODES)))
        values["mode"] = mode
    if channel_names is not None:
        known = {c.name.casefold(): c.name for c in channels(db)}
        values["channels"] = json.dumps(_known("channel", channel_names, known))
    if campaign_names is not None:
        known = {n.casefold(): n for n in names(db, "campaigns")}
        values["campaigns"] = json.dumps(_known("campaign", campaign_names, known))
    if sensitivities is not None:
        known = {s.value: s.value for s in Sensitivity}
        values["sensitivities"] = json.dumps(_known("sensitivity", sensitivities, known))
    if silent_after_hours is not False:
        if silent_after_hours is None:
            values["silent_after_hours"] = ""
        else:
            hours = checks.whole_number(silent_after_hours, "silent-after", 1, 24 * 60)
            values["silent_after_hours"] = str(hours)
    if reopen_on_change is not None:
        values["reopen_on_change"] = "1" if reopen_on_change else "0"
    with unit_of_work.write(db, "review settings", who) as uow:
        for name, value in values.items():
            put_setting(uow.session, KEYS[name], value)
    return uow.changes


def _known(field: str, given: Sequence[str], known: dict[str, str]) -> list[str]:
    chosen = []
    for name in given:
        found = known.get(name.strip().casefold())
        if found is None:
            listed = ", ".join(sorted(known.values())) or reason("list.none_yet")
            raise InputError(field, name, reason("list.known", known=listed))
        chosen.append(found)
    return sorted(set(chosen))


def check_person(db: Database, name: str | None) -> str:
    """Who acts: one of the workspace's people (by name, regardless of case), or, with no
    name given, the person this computer acts as (NGO_CALENDAR_USER, else the login)."""
    if name is None:
        return current_user()
    from ..workspace import people

    known = {person.casefold(): person for person, _role in people(db)}
    found = known.get(name.strip().casefold())
    if found is None:
        listed = ", ".join(sorted(known.values())) or reason("list.none_yet_add")
        raise InputError("as", name, reason("review.not_a_person", known=listed))
    return found


def may_decide(db: Database, who: str | None) -> None:
    """Approving or asking for changes is a reviewer's decision: refused (InputError) to one
    of the workspace's people whose role is editor. A name that is not one of the people (this
    computer's own, with no people chosen) decides, as a small team's volunteer does."""
    from ..workspace import people

    name = who if who is not None else current_user()
    roles = {person.casefold(): (person, role) for person, role in people(db)}
    found = roles.get(name.strip().casefold())
    if found is not None and found[1] not in REVIEWING_ROLES:
        why = reason("review.may_not_review", name=repr(found[0]), role=found[1])
        raise InputError("as", name, why)


# -- decisions -------------------------------------------------------------------------------
def submit(
    db: Database, item_ids: Sequence[int], occurrence: str | None = None, who: str | None = None
) -> Changes:
    """Send items (or one date of a series) to review, in one operation."""
    if occurrence is not None:
        return _one_date(db, item_ids, occurrence, who, Status.IN_REVIEW, SUBMITTABLE)
    with unit_of_work.write(db, "submit for review", who) as uow:
        for item_id in _unique(item_ids):
            item = get(uow.session, item_id)
            _require(item_id, item.status, SUBMITTABLE)
            item.status = Status.IN_REVIEW.value
    return uow.changes


def approve(
    db: Database,
    item_ids: Sequence[int],
    who: str | None = None,
    comment: str | None = None,
    occurrence: str | None = None,
) -> Changes:
    """Approve items in review (a selection at once), with an optional comment."""
    text = _comment(comment, required=False)
    may_decide(db, who)
    if occurrence is not None:
        return _one_date(db, item_ids, occurrence, who, Status.APPROVED, (Status.IN_REVIEW,), text)
    with unit_of_work.write(db, "approve", who) as uow:
        for item_id in _unique(item_ids):
            item = get(uow.session, item_id)
            _require(item_id, item.status, (Status.IN_REVIEW,))
            item.status = Status.APPROVED.value
            if text:
                remark(item, uow.who, "approval", text)
    return uow.changes


def approve_all(
    db: Database,
    targets: Sequence[tuple[int, str | None]],
    who: str | None = None,
    comment: str | None = None,
) -> Changes:
    """Approve a selection of items and dates of series (item id, occurrence key or None)
    in one operation: one undo step takes the whole decision back."""
    text = _comment(comment, required=False)
    if not targets:
        raise InputError("id", "", reason("review.no_item"))
    may_decide(db, who)
    from ..items.occurrences import occurrence_status

    with unit_of_work.write(db, "approve", who) as uow:
        for item_id, occurrence in dict.fromkeys(targets):
            item = get(uow.session, item_id)
            if occurrence is None:
                _require(item_id, item.status, (Status.IN_REVIEW,))
                item.status = Status.APPROVED.value
            else:
                current = occurrence_status(uow.session, item_id, occurrence)
                _require(item_id, current, (Status.IN_REVIEW,), occurrence)
                edit_occurrence(db, item_id, occurrence, status=Status.APPROVED)
            if text:
                remark(get(uow.session, item_id), uow.who, "approval", text, occurrence)
    return uow.changes


def request_changes(
    db: Database,
    item_id: int,
    comment: str,
    who: str | None = None,
    occurrence: str | None = None,
) -> Changes:
    """Send an item in review back to draft, saying what to change (kept in its thread)."""
    text = _comment(comment, required=True)
    may_decide(db, who)
    if occurrence is not None:
        return _one_date(db, [item_id], occurrence, who, Status.DRAFT, (Status.IN_REVIEW,), text)
    with unit_of_work.write(db, "request changes", who) as uow:
        item = get(uow.session, item_id)
        _require(item_id, item.status, (Status.IN_REVIEW,))
        item.status = Status.DRAFT.value
        remark(item, uow.who, "changes", text)
    return uow.changes


def add_comment(
    db: Database, item_id: int, comment: str, who: str | None = None, occurrence: str | None = None
) -> Changes:
    """A remark in the item's thread, without a decision."""
    text = _comment(comment, required=True)
    with unit_of_work.write(db, "comment", who) as uow:
        remark(get(uow.session, item_id), uow.who, "comment", text, occurrence)
    return uow.changes


def _one_date(
    db: Database,
    item_ids: Sequence[int],
    occurrence: str,
    who: str | None,
    status: Status,
    allowed: Sequence[Status],
    text: str | None = None,
) -> Changes:
    """A decision about one date of one series: its own status, and the remark."""
    if len(_unique(item_ids)) != 1:
        raise InputError("occurrence", occurrence, reason("review.one_series"))
    item_id = item_ids[0]
    from ..items.occurrences import occurrence_status

    with unit_of_work.write(db, "review", who) as uow:
        current = occurrence_status(uow.session, item_id, occurrence)
        _require(item_id, current, allowed, occurrence)
        edit_occurrence(db, item_id, occurrence, status=status)
        if text:
            kind = "changes" if status is Status.DRAFT else "approval"
            remark(get(uow.session, item_id), uow.who, kind, text, occurrence)
    return uow.changes


def _unique(item_ids: Sequence[int]) -> list[int]:
    wanted = list(dict.fromkeys(item_ids))
    if not wanted:
        raise InputError("id", "", reason("review.name_item"))
    for item_id in wanted:
        checks.item_id(item_id)
    return wanted


def _require(
    item_id: int, status: str, allowed: Sequence[Status], occurrence: str | None = None
) -> None:
    if status not in {s.value for s in allowed}:
        what = (
            reason("review.item_on", item=item_id, occurrence=occurrence)
            if occurrence
            else reason("review.item", item=item_id)
        )
        wanted = " or ".join(s.value for s in allowed)
        why = reason("review.status", what=what, status=status, wanted=wanted)
        raise InputError("status", status, why)


@overload
def _comment(text: str | None, required: Literal[True]) -> str: ...
@overload
def _comment(text: str | None, required: bool) -> str | None: ...
def _comment(text: str | None, required: bool) -> str | None:
    if text is None or not text.strip():
        if required:
            raise InputError("comment", text or "", reason("review.comment"))
        return None
    return checks.text_block(text, "comment")[:COMMENT_MAX].strip()


def remark(item: Any, who: str, kind: str, text: str, occurrence: str | None = None) -> None:
    from ngo_calendar.store.models import ItemComment

    item.comments.append(
        ItemComment(at=now_utc(), who=who, kind=kind, occurrence=occurrence, text=text)
    )


# -- silent approval ---------------------------------------------------------------------------
SILENT = "silent approval"  # who a silent approval is attributed to


def approve_silently(db: Database, now: datetime) -> Changes | None:
    """Approve what waited for review until its silent-approval time, if the workspace asks
    for it; each gets a remark in its thread saying so. None when nothing was due (nothing is
    written then)."""
    review_rules = rules(db)
    if review_rules.silent_after_hours is None:
        return None
    due = [
        e for e in review_queue.waiting(db, now) if e.silent_at is not None and e.silent_at <= now
    ]
    if not due:
        return None
    hours = review_rules.silent_after_hours
    text = f"approved silently: nobody decided {hours} h before publication"
    with unit_of_work.write(db, "silent approval", SILENT) as uow:
        for entry in due:
            if entry.occurrence is not None:
                edit_occurrence(db, entry.item_id, entry.occurrence, status=Status.APPROVED)
            else:
                get(uow.session, entry.item_id).status = Status.APPROVED.value
            remark(get(uow.session, entry.item_id), SILENT, "approval", text, entry.occurrence)
    return uow.changes


def would_reopen(db: Database, item_id: int, draft: Any) -> bool:
    """Whether saving `draft` over an approved item sends it back to review (the window asks
    before saving): the same rule the unit of work applies (review_rules.reopens)."""
    from ..items.edit import item_draft

    current = item_draft(db, item_id)
    if current.status != Status.APPROVED or draft.status != Status.APPROVED:
        return False
    fields = ("title", "body", "channels", "variants", "start", "rrule")
    if all(getattr(current, f) == getattr(draft, f) for f in fields):
        return False
    workspace_rules = rules(db)
    if workspace_rules.mode == "off" or not workspace_rules.reopen_on_change:
        return False
    return workspace_rules.needs_review(draft.channels, draft.campaign, draft.sensitivity.value)
