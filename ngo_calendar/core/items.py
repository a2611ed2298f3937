"""One function per user write on items. Each runs in one transaction, records history and an
undo step, and returns the Changes it made."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

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
    ItemOverride,
    ItemTag,
    Objective,
)

from . import history, snapshot, undo
from .changes import Changes
from .domain import (
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
from .recurrence import is_slot, validate_rrule
from .series import current_start, follow_new_start, move_one, shift_series
from .timing import local_to_utc, start_key, utc_to_local
from .workspace import settings

UID_DOMAIN = "ngo-calendar"


def new_uid() -> str:
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


def _lookup(session: Session, model: type, field: str, name: str) -> int:
    row_id = session.scalar(select(model.id).where(model.name == name))
    if row_id is None:
        known = ", ".join(session.scalars(select(model.name).order_by(model.name))) or "none yet"
        raise InputError(field, name, f"known {field} names: {known}")
    return row_id


def _apply_draft(session: Session, item: Item, draft: ItemDraft, db: Database) -> None:
    """Validate a draft against the workspace and write it onto `item` (nothing is committed)."""
    title = draft.title.strip()
    if not title:
        raise InputError("title", draft.title, "give the item a title")
    if draft.duration_minutes is not None and draft.duration_minutes < 0:
        raise InputError("duration", draft.duration_minutes, "use 0 minutes or more")
    if draft.days < 1:
        raise InputError("days", draft.days, "use 1 day or more")
    rule = validate_rrule(draft.rrule) if draft.rrule else None
    if rule and draft.start is None:
        raise InputError("rrule", draft.rrule, "a recurring item needs a start date")
    channel_ids = [_lookup(session, Channel, "channel", n) for n in dict.fromkeys(draft.channels)]
    for name in draft.variants:
        if name not in draft.channels:
            raise InputError("variant", name, "give variants only for the item's channels")
    item.kind, item.title, item.body = draft.kind.value, title, draft.body
    item.status, item.notes, item.sensitivity = (
        draft.status.value,
        draft.notes,
        draft.sensitivity.value,
    )
    item.rrule, item.duration_minutes, item.days = rule, draft.duration_minutes, draft.days
    _set_start(item, draft.start, db)
    item.campaign_id = (
        _lookup(session, Campaign, "campaign", draft.campaign) if draft.campaign else None
    )
    item.objective_id = (
        _lookup(session, Objective, "objective", draft.objective) if draft.objective else None
    )
    audience_ids = [
        _lookup(session, Audience, "audience", n) for n in dict.fromkeys(draft.audiences)
    ]
    variants = {_lookup(session, Channel, "channel", n): t for n, t in draft.variants.items()}
    item.channels = [
        ItemChannel(channel_id=cid, position=pos, variant=variants.get(cid) or None)
        for pos, cid in enumerate(channel_ids)
    ]
    item.audiences = [ItemAudience(audience_id=a) for a in audience_ids]
    tags = dict.fromkeys(t.strip() for t in draft.tags if t.strip())
    item.tags = [ItemTag(tag=t) for t in tags]
    item.attachments = [Attachment(path=p, position=i) for i, p in enumerate(draft.attachments)]


def _set_start(item: Item, start: Start, db: Database) -> None:
    if isinstance(start, Timed):
        item.start_utc = local_to_utc(start.local, settings(db).tz)
        item.start_date = None
    elif isinstance(start, AllDay):
        item.start_utc, item.start_date = None, start.day
    else:
        item.start_utc = item.start_date = None


def _write(
    db: Database,
    label: str,
    who: str | None,
    work: Callable[[Session], list[Item]],
    undoable: bool = True,
) -> Changes:
    """Run `work` in one transaction; record history and one undo step for the items it touched.

    `work` returns the items it touched; ids missing afterwards were deleted.
    """
    who = who or history.current_user()
    with db.transaction() as s:
        seen_before: dict[int, snapshot.Snapshot | None] = {}

        def before(item: Item | None) -> None:
            if item is not None and item.id not in seen_before:
                seen_before[item.id] = snapshot.take(item)

        s.info["before"] = before
        touched = work(s)
        s.flush()
        # Saving what is already there (an unchanged editor, the same status again) is no
        # change: no new revision for other calendars, no history line, no empty undo step.
        touched = [i for i in touched if i not in s or _differs(seen_before.get(i.id), i)]
        if not touched:
            return Changes(label=label)
        after: dict[int, snapshot.Snapshot | None] = {}
        now = history.now_utc()
        for item in touched:
            gone = item not in s
            if not gone:
                if item.id in seen_before:
                    item.revision += 1
                item.updated_at = now
                s.flush()
            after[item.id] = None if gone else snapshot.take(item)
            seen_before.setdefault(item.id, None)
            action = "deleted" if gone else ("created" if seen_before[item.id] is None else label)
            history.record(s, seen_before[item.id], after[item.id], action, who, now)
        if undoable:
            undo.push(s, label, who, seen_before, after)
    created = frozenset(i for i, snap in seen_before.items() if snap is None)
    deleted = frozenset(i for i, snap in after.items() if snap is None)
    return Changes(
        label=label,
        created=created,
        deleted=deleted,
        updated=frozenset(after) - created - deleted,
    )


def _differs(before: snapshot.Snapshot | None, item: Item) -> bool:
    if before is None:
        return True
    now = snapshot.take(item)
    return any(now[k] != before[k] for k in now if k not in ("revision", "updated_at"))


def _get(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(f"no item with id {item_id}")
    session.info["before"](item)
    return item


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

    def work(s: Session) -> list[Item]:
        now = history.now_utc()
        if uid is not None and s.scalar(select(Item.id).where(Item.uid == uid)) is not None:
            raise InputError("uid", uid, "an item with this uid exists already")
        item = Item(uid=uid or new_uid(), revision=0, created_at=now, updated_at=now, title="")
        _apply_draft(s, item, draft, db)
        s.add(item)
        return [item]

    return _write(db, "create", who, work, undoable)


def update_item(db: Database, item_id: int, draft: ItemDraft, who: str | None = None) -> Changes:
    """Replace an item's fields with a draft; refused when the item changed since it was read."""

    def work(s: Session) -> list[Item]:
        item = _get(s, item_id)
        if draft.revision is not None and draft.revision != item.revision:
            raise InputError(
                "revision",
                draft.revision,
                f"this item was changed elsewhere meanwhile (it is now at revision "
                f"{item.revision}); close the editor and open the item again",
            )
        old_start, old_rule = item.start_utc or item.start_date, item.rrule
        _apply_draft(s, item, draft, db)
        if item.rrule and (item.exdates or item.overrides):
            follow_new_start(item, old_start, old_rule, settings(db).tz)
        return [item]

    return _write(db, "edit", who, work)


def set_status(db: Database, item_id: int, status: Status, who: str | None = None) -> Changes:
    def work(s: Session) -> list[Item]:
        item = _get(s, item_id)
        item.status = status.value
        return [item]

    return _write(db, "status", who, work)


def move_item(
    db: Database,
    item_id: int,
    start: Start,
    occurrence: str | None = None,
    whole_series: bool = False,
    who: str | None = None,
    undoable: bool = True,
) -> Changes:
    """Move an item; for a recurring one, one occurrence (by its key) or the whole series.

    Moving to None puts a single item back in the idea backlog.
    """

    def work(s: Session) -> list[Item]:
        item = _get(s, item_id)
        tz = settings(db).tz
        if item.rrule is None or (occurrence is None and not whole_series):
            if item.rrule and start is None:
                raise InputError("start", None, "a recurring item cannot go back to the backlog")
            _set_start(item, start, db)
            return [item]
        first = item.start_utc or item.start_date
        key = occurrence
        if key is None and first is not None:
            key = start_key(first)  # the whole series, measured from its first date
        if key is None:
            raise InputError("occurrence", None, "name the occurrence to move")
        if first is None or not is_slot(item.rrule, first, key, tz):
            raise InputError("occurrence", key, "use the key of one of the series' dates")
        if start is None:
            raise InputError("start", None, "give where the occurrence goes")
        if whole_series:
            shift_series(item, current_start(item, key, tz), start, tz)
            return [item]
        move_one(item, key, start, tz)
        return [item]

    return _write(db, "move", who, work, undoable)


def delete_occurrence(
    db: Database, item_id: int, occurrence: str, who: str | None = None, undoable: bool = True
) -> Changes:
    """Remove one date of a series (an exception); the rest of the series stays."""

    def work(s: Session) -> list[Item]:
        item = _get(s, item_id)
        first = item.start_utc or item.start_date
        if item.rrule is None or first is None:
            raise InputError("occurrence", occurrence, "only recurring items have occurrences")
        if not is_slot(item.rrule, first, occurrence, settings(db).tz):
            raise InputError("occurrence", occurrence, "use the key of one of the series' dates")
        item.overrides = [o for o in item.overrides if o.key != occurrence]
        if occurrence not in {e.key for e in item.exdates}:
            item.exdates.append(ItemExdate(key=occurrence))
        return [item]

    return _write(db, "delete occurrence", who, work, undoable)


def duplicate_item(
    db: Database, item_id: int, start: Start | bool = False, who: str | None = None
) -> Changes:
    """Copy an item under a new uid; a published or cancelled original gives a draft copy.

    A series copied where it stands keeps its removed and moved dates; copied elsewhere
    (`start` given) it starts clean, as those dates would no longer match its slots.
    """
    original = item_draft(db, item_id)
    if original.status in (Status.PUBLISHED, Status.CANCELLED):
        original = replace(original, status=Status.DRAFT)
    if start is not False:
        original = replace(original, start=start)  # type: ignore[arg-type]
    original = replace(original, revision=None)

    def work(s: Session) -> list[Item]:
        now = history.now_utc()
        item = Item(uid=new_uid(), revision=0, created_at=now, updated_at=now, title="")
        _apply_draft(s, item, original, db)
        source = s.get(Item, item_id)
        if start is False and source is not None and source.rrule:
            item.exdates = [ItemExdate(key=e.key) for e in source.exdates]
            item.overrides = [
                ItemOverride(
                    key=o.key,
                    start_utc=o.start_utc,
                    start_date=o.start_date,
                    duration_minutes=o.duration_minutes,
                )
                for o in source.overrides
            ]
        s.add(item)
        return [item]

    return _write(db, "create", who, work)


def delete_item(db: Database, item_id: int, who: str | None = None) -> Changes:
    def work(s: Session) -> list[Item]:
        item = _get(s, item_id)
        s.delete(item)
        return [item]

    return _write(db, "delete", who, work)


def find_by_uid(db: Database, uid: str) -> int | None:
    with db.reading() as s:
        return s.scalar(select(Item.id).where(Item.uid == uid))


def item_draft(db: Database, item_id: int) -> ItemDraft:
    """An item as the editor shows it: names, wall-clock start, variants by channel name."""
    tz = settings(db).tz
    with db.reading() as s:
        item = s.get(Item, item_id)
        if item is None:
            raise NotFoundError(f"no item with id {item_id}")
        names = snapshot.Names(s)
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
    "create_item",
    "delete_item",
    "delete_occurrence",
    "duplicate_item",
    "item_draft",
    "move_item",
    "set_status",
    "update_item",
]
