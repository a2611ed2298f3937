"""One function per user write on items, each one operation of the unit of work (one
transaction, history, one undo step) returning the change set it made."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import (
    Attachment,
    Audience,
    Campaign,
    Channel,
    Item,
    ItemAudience,
    ItemChannel,
    ItemExdate,
    ItemTag,
    Objective,
)

from ..model import checks
from ..model.domain import (
    AllDay,
    InputError,
    ItemDraft,
    ItemKind,
    NotFoundError,
    Sensitivity,
    Start,
    Status,
    Timed,
)
from ..model.reasons import reason
from ..model.recurrence import check_rule, validate_rrule
from ..model.timing import utc_to_local
from ..workspace import settings, zone_of
from ..write import unit_of_work
from ..write.changes import Changes
from ..write.history import now_utc
from ..write.names import Names
from ..write.unit_of_work import reading
from .row import get, set_start
from .series import copy_override, follow_new_start

# The workspace lists an item names its entries from.
_Entry = TypeVar("_Entry", bound=Channel | Campaign | Objective | Audience)

UID_DOMAIN = "ngo-calendar"


def new_uid() -> str:
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


# The reason that lists a workspace list's names, by the field an item names its entry in.
UNKNOWN = {
    "channel": "channel.unknown",
    "campaign": "campaign.unknown",
    "objective": "objective.unknown",
    "audience": "audience.unknown",
}


def _lookup(session: Session, model: type[_Entry], field: str, name: str) -> int:
    name = checks.one_line(name, field, checks.NAME_MAX)
    row_id = session.scalar(select(model.id).where(model.name == name))
    if row_id is None:
        names = ", ".join(session.scalars(select(model.name).order_by(model.name)))
        known = names or reason("list.none_yet")
        raise InputError(field, name, reason(UNKNOWN[field], known=known))
    return row_id


def apply_draft(session: Session, item: Item, draft: ItemDraft) -> None:
    """Validate a draft against the workspace and write it onto `item` (nothing is committed)."""
    if isinstance(draft.title, str) and not draft.title.strip():
        raise InputError("title", draft.title, reason("item.no_title"))
    title = checks.one_line(draft.title, "title", checks.TITLE_MAX)
    body = checks.text_block(draft.body, "body")
    notes = checks.text_block(draft.notes, "notes")
    duration = draft.duration_minutes
    if duration is not None:
        checks.whole_number(duration, "duration", 0, checks.MAX_DURATION_MINUTES, "minutes")
    checks.whole_number(draft.days, "days", 1, checks.MAX_DAYS, "days")
    rule = validate_rrule(draft.rrule) if draft.rrule else None
    if rule and draft.start is None:
        raise InputError("rrule", draft.rrule, reason("item.series_needs_date"))
    if draft.start is not None and not draft.channels:
        raise InputError("channel", "", reason("item.no_channel"))
    channel_ids = [_lookup(session, Channel, "channel", n) for n in dict.fromkeys(draft.channels)]
    for name in draft.variants:
        if name not in draft.channels:
            raise InputError("variant", name, reason("item.variant"))
    tz = zone_of(session)
    item.kind, item.title, item.body = draft.kind.value, title, body
    item.status, item.notes, item.sensitivity = (
        draft.status.value,
        notes,
        draft.sensitivity.value,
    )
    item.rrule, item.duration_minutes, item.days = rule, duration, draft.days
    set_start(item, draft.start, tz)
    first = item.start_utc or item.start_date
    if rule and first is not None:
        check_rule(rule, first, tz)
    item.campaign_id = (
        _lookup(session, Campaign, "campaign", draft.campaign) if draft.campaign else None
    )
    item.objective_id = (
        _lookup(session, Objective, "objective", draft.objective) if draft.objective else None
    )
    audience_ids = [
        _lookup(session, Audience, "audience", n) for n in dict.fromkeys(draft.audiences)
    ]
    variants = {
        _lookup(session, Channel, "channel", n): checks.text_block(t, f"text for {n}")
        for n, t in draft.variants.items()
    }
    item.channels = [
        ItemChannel(channel_id=cid, position=pos, variant=variants.get(cid) or None)
        for pos, cid in enumerate(channel_ids)
    ]
    item.audiences = [ItemAudience(audience_id=a) for a in audience_ids]
    item.tags = [ItemTag(tag=t) for t in checks.tag_list(draft.tags)]
    paths = [checks.one_line(p, "attachment", checks.PATH_MAX) for p in draft.attachments]
    item.attachments = [Attachment(path=p, position=i) for i, p in enumerate(paths)]


def create_item(
    db: Database,
    draft: ItemDraft,
    who: str | None = None,
    uid: str | None = None,
    undoable: bool = True,
) -> Changes:
    """Create an item; `uid` keeps an identity given from outside (an import, the demo).

    `undoable=False` keeps bulk loads (the demo) off the undo stack; history is still written.
    """

    with unit_of_work.write(db, "create", who, undoable) as uow:
        s = uow.session
        if uid is not None and s.scalar(select(Item.id).where(Item.uid == uid)) is not None:
            raise InputError("uid", uid, reason("item.uid_taken"))
        s.add(new_item(s, draft, uid))
    return uow.changes


def new_item(session: Session, draft: ItemDraft, uid: str | None = None) -> Item:
    """A new item made from a draft (validated), not yet added to the session."""
    now = now_utc()
    item = Item(uid=uid or new_uid(), revision=0, created_at=now, updated_at=now, title="")
    apply_draft(session, item, draft)
    return item


def update_item(db: Database, item_id: int, draft: ItemDraft, who: str | None = None) -> Changes:
    """Replace an item's fields with a draft; refused when the item changed since it was read."""

    with unit_of_work.write(db, "edit", who) as uow:
        s = uow.session
        item = get(s, item_id)
        if draft.revision is not None and draft.revision != item.revision:
            raise InputError(
                "revision",
                draft.revision,
                reason("item.stale", revision=item.revision),
            )
        old_start, old_rule = item.start_utc or item.start_date, item.rrule
        apply_draft(s, item, draft)
        if item.rrule and (item.exdates or item.overrides):
            follow_new_start(item, old_start, old_rule, zone_of(s))
    return uow.changes


def set_status(
    db: Database,
    item_id: int,
    status: Status,
    who: str | None = None,
    occurrence: str | None = None,
) -> Changes:
    """Set an item's status; with `occurrence`, only that date of a series."""
    if occurrence is not None:
        from .occurrences import edit_occurrence

        return edit_occurrence(db, item_id, occurrence, who=who, status=status)
    with unit_of_work.write(db, "status", who) as uow:
        get(uow.session, item_id).status = status.value
    return uow.changes


def set_status_many(
    db: Database, item_ids: Sequence[int], status: Status, who: str | None = None
) -> Changes:
    """One status for a whole selection, in one operation (one undo step)."""
    with unit_of_work.write(db, "status", who) as uow:
        wanted = list(dict.fromkeys(item_ids))
        for item_id in wanted:
            checks.item_id(item_id)
        found: dict[int, Item] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                {i.id: i for i in uow.session.scalars(select(Item).where(Item.id.in_(chunk)))}
            )
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFoundError(reason("found.item", id=missing[0]))
        for item in found.values():
            item.status = status.value
    return uow.changes


def duplicate_item(
    db: Database, item_id: int, start: Start | Literal[False] = False, who: str | None = None
) -> Changes:
    """Copy an item under a new uid. The copy is new work: it starts as a draft whatever the
    original's status (in review, approved, published, held...), an undated idea stays an idea;
    nobody reviewed the copy, so nothing of the original's review carries over.

    A series copied where it stands keeps its removed and moved dates (each date's own status
    back to the series'); copied elsewhere (`start` given) it starts clean, as those dates
    would no longer match its slots.
    """
    original = item_draft(db, item_id)
    if start is not False:
        original = replace(original, start=start)
    idea = original.status == Status.IDEA and original.start is None
    status = Status.IDEA if idea else Status.DRAFT
    original = replace(original, status=status, revision=None)

    with unit_of_work.write(db, "create", who) as uow:
        s = uow.session
        item = new_item(s, original)
        source = s.get(Item, item_id)
        if start is False and source is not None and source.rrule:
            item.exdates = [ItemExdate(key=e.key) for e in source.exdates]
            item.overrides = [copy_override(o, status=None) for o in source.overrides]
        s.add(item)
    return uow.changes


def delete_item(db: Database, item_id: int, who: str | None = None) -> Changes:
    with unit_of_work.write(db, "delete", who) as uow:
        uow.session.delete(get(uow.session, item_id))
    return uow.changes


def find_by_uid(db: Database, uid: str) -> int | None:
    with reading(db) as s:
        return s.scalar(select(Item.id).where(Item.uid == uid))


def item_draft(db: Database, item_id: int) -> ItemDraft:
    """An item as the editor shows it: names, wall-clock start, variants by channel name."""
    tz = settings(db).tz
    with reading(db) as s:
        item = s.get(Item, item_id) if 1 <= item_id <= checks.MAX_ID else None
        if item is None:
            raise NotFoundError(reason("found.item", id=item_id))
        names = Names(s)
        start: Start = None
        if item.start_utc is not None:
            start = Timed(utc_to_local(item.start_utc, tz))
        elif item.start_date is not None:
            start = AllDay(item.start_date)
        return ItemDraft(
            title=item.title,
            kind=ItemKind(item.kind),
            body=item.body,
            channels=[link.channel.name for link in item.channels],
            variants={link.channel.name: link.variant for link in item.channels if link.variant},
            status=Status(item.status),
            start=start,
            duration_minutes=item.duration_minutes,
            days=item.days,
            campaign=names.campaigns.get(item.campaign_id) if item.campaign_id else None,
            objective=names.objectives.get(item.objective_id) if item.objective_id else None,
            audiences=[link.audience.name for link in item.audiences],
            tags=sorted(t.tag for t in item.tags),
            attachments=[a.path for a in item.attachments],
            notes=item.notes,
            sensitivity=Sensitivity(item.sensitivity),
            rrule=item.rrule,
            revision=item.revision,
        )


__all__ = [
    "apply_draft",
    "create_item",
    "delete_item",
    "duplicate_item",
    "item_draft",
    "set_status",
    "set_status_many",
    "update_item",
]
