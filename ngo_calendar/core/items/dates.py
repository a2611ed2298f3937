"""One date of a series as the editor opens it, and saved for that date, for the whole series, or
for that date and the following ones (Google Calendar's and Outlook's three answers).

The editor shows the date: its own start, title, text, status and channels where it has them,
the series' values elsewhere. What is saved is what the person changed (the entered draft
compared with the shown one), so that a field left alone never overwrites anything:

- this date: the date's own start and fields (its override); the series' other fields cannot
  change for one date (refused);
- the whole series: the changed fields go to the series; every other date keeps its own
  fields, and the opened date's own value of a changed field gives way to the new one;
  a new start moves the whole series by as much;
- this date and the following ones: the series is split, in one operation: it ends (UNTIL)
  before that date, and a new series starts there with the changes, carrying the later dates'
  removals and own fields (a COUNT counts on: the new series gets what was left).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ngo_calendar.store import Database
from ngo_calendar.store.models import Channel, Item, ItemExdate

from ..model import checks
from ..model.domain import AllDay, InputError, ItemDraft, Refused, Start, Status, Timed
from ..model.reasons import reason
from ..model.recurrence import check_rule, expand_all_day, expand_timed
from ..model.timing import parse_start_key, start_key, utc_to_local
from ..workspace import zone_of
from ..write import unit_of_work
from ..write.changes import Changes
from ..write.unit_of_work import reading
from .edit import apply_draft, item_draft, new_item
from .occurrences import KEEP, checked_key, set_own
from .row import get
from .series import copy_override, current_start, follow_new_start, shift_byday, shift_series

Scope = Literal["one", "series", "following"]
SCOPES: tuple[Scope, ...] = ("one", "series", "following")

# What one date of a series may have of its own (the rest belongs to the series).
DATE_FIELDS = frozenset({"start", "title", "body", "status", "channels", "variants"})
COUNT = re.compile(r";?COUNT=(\d+)", re.IGNORECASE)
END = re.compile(r";?(COUNT|UNTIL)=[^;]*", re.IGNORECASE)


@dataclass(frozen=True)
class DateView:
    """A date of a series as the editor shows it."""

    key: str
    series: ItemDraft  # the series as it is
    shown: ItemDraft  # the date: the series with the date's own start and fields
    own: tuple[str, ...]  # what the date has of its own: "title", "body", "status", "channels"
    moved: bool  # whether the date is away from its slot


def date_view(db: Database, item_id: int, occurrence: str) -> DateView:
    series = item_draft(db, item_id)
    with reading(db) as s:
        item = get(s, item_id)
        tz = zone_of(s)
        key = checked_key(item, occurrence, tz)
        start = current_start(item, key, tz)
        override = next((o for o in item.overrides if o.key == key), None)
        shown = replace(series, start=start)
        own: list[str] = []
        if override is not None:
            if override.title is not None:
                shown, own = replace(shown, title=override.title), [*own, "title"]
            if override.body is not None:
                shown, own = replace(shown, body=override.body), [*own, "body"]
            if override.status is not None:
                shown, own = replace(shown, status=Status(override.status)), [*own, "status"]
            if override.channels:
                links = sorted(override.channels, key=lambda c: c.position)
                names = _channel_names(s, [c.channel_id for c in links])
                shown = replace(
                    shown,
                    channels=[names[c.channel_id] for c in links],
                    variants={names[c.channel_id]: c.variant for c in links if c.variant},
                )
                own.append("channels")
        where = None if override is None else override.start_utc or override.start_date
        moved = where is not None and start_key(where) != key
        return DateView(key, series, shown, tuple(own), moved)


def _channel_names(s: Session, ids: list[int]) -> dict[int, str]:
    return {c.id: c.name for c in s.scalars(select(Channel).where(Channel.id.in_(ids)))}


def save_date(
    db: Database,
    item_id: int,
    occurrence: str,
    shown: ItemDraft,
    draft: ItemDraft,
    scope: Scope,
    who: str | None = None,
) -> Changes:
    """Save what was entered for one date of a series (`shown` is what the editor showed,
    date_view().shown): for this date, the whole series, or this date and the following ones.
    One operation, one undo step."""
    if scope not in SCOPES:
        raise Refused(reason("item.scope"))
    changed = {
        f.name
        for f in fields(ItemDraft)
        if f.name != "revision" and getattr(draft, f.name) != getattr(shown, f.name)
    }
    if scope == "one":
        if changed - DATE_FIELDS:
            raise Refused(reason("item.date_only"))
        return _save_one(db, item_id, occurrence, shown, draft, changed, who)
    series = item_draft(db, item_id)
    label = "split series" if scope == "following" else "edit"
    with unit_of_work.write(db, label, who) as uow:
        s = uow.session
        item = get(s, item_id)
        _check_revision(item, draft)
        tz = zone_of(s)
        key = checked_key(item, occurrence, tz)
        merged, moved = _merged(series, shown, draft, changed)
        first = item.start_utc or item.start_date
        if scope == "following" and first is not None and key != start_key(first):
            new = _split(s, item, key, merged, draft.start, tz)
            s.add(new)
            _after_merge(s, new, key, shown, draft, changed, moved, tz)
        else:
            old_start, old_rule = first, item.rrule
            apply_draft(s, item, merged)
            if item.rrule and (item.exdates or item.overrides):
                follow_new_start(item, old_start, old_rule, tz)
            _after_merge(s, item, key, shown, draft, changed, moved, tz)
    return uow.changes


def _check_revision(item: Item, draft: ItemDraft) -> None:
    if draft.revision is not None and draft.revision != item.revision:
        raise InputError("revision", draft.revision, reason("item.stale", revision=item.revision))


def _save_one(
    db: Database,
    item_id: int,
    occurrence: str,
    shown: ItemDraft,
    draft: ItemDraft,
    changed: set[str],
    who: str | None,
) -> Changes:
    from .series import move_one

    with unit_of_work.write(db, "edit occurrence", who) as uow:
        s = uow.session
        item = get(s, item_id)
        _check_revision(item, draft)
        tz = zone_of(s)
        key = checked_key(item, occurrence, tz)
        if "start" in changed:
            start = draft.start
            if start is not None:
                checks.calendar_date(_day(start), "start")
            move_one(item, key, start, tz)
        if changed & {"title", "body", "status", "channels", "variants"}:
            set_own(s, item, key, draft.title, draft.body, draft.status, _own_channels(item, draft))
    return uow.changes


def _own_channels(item: Item, draft: ItemDraft) -> dict[str, str | None] | None:
    """The date's own channels: none when they are the series' (same names, same texts)."""
    series = [link.channel.name for link in item.channels]
    variants = {link.channel.name: link.variant for link in item.channels if link.variant}
    if draft.channels == series and draft.variants == variants:
        return None
    return {name: draft.variants.get(name) for name in draft.channels}


def _merged(
    series: ItemDraft, shown: ItemDraft, draft: ItemDraft, changed: set[str]
) -> tuple[ItemDraft, bool]:
    """The series with what was changed; whether the start changed (applied after, as a move).

    A weekly preset follows the editor's date: a rule that only followed a new weekday is the
    series' own rule moved with it, not a new rule."""
    values: dict[str, Any] = {f: getattr(draft, f) for f in changed if f != "start"}
    moved = "start" in changed and draft.start is not None and shown.start is not None
    if moved and "rrule" in changed and shown.rrule and draft.rrule:
        days = (_day(draft.start) - _day(shown.start)).days
        if draft.rrule == shift_byday(shown.rrule, days):
            del values["rrule"]
    return replace(series, **values, revision=None), moved


def _day(start: Start) -> date:
    if isinstance(start, Timed):
        return start.local.date()
    assert isinstance(start, AllDay)
    return start.day


def _after_merge(
    s: Session,
    item: Item,
    key: str,
    shown: ItemDraft,
    draft: ItemDraft,
    changed: set[str],
    moved: bool,
    tz: ZoneInfo,
) -> None:
    """The opened date gives way on what was changed for every date; then the series moves."""
    if item.rrule is None:
        return
    first = item.start_utc or item.start_date
    assert first is not None
    own = next((o for o in item.overrides if o.key == key), None)
    if own is not None:
        content = changed & {"title", "body", "status", "channels", "variants"}
        set_own(
            s,
            item,
            key,
            None if "title" in content else KEEP,
            None if "body" in content else KEEP,
            None if "status" in content else KEEP,
            None if content & {"channels", "variants"} else KEEP,
        )
    if moved:
        assert shown.start is not None and draft.start is not None
        shift_series(item, current_start(item, key, tz), _moved_by(shown, draft, item, key, tz), tz)
        first = item.start_utc or item.start_date
        assert item.rrule is not None and first is not None
        checks.calendar_date(first, "start")
        check_rule(item.rrule, first, tz)


def _moved_by(shown: ItemDraft, draft: ItemDraft, item: Item, key: str, tz: ZoneInfo) -> Start:
    """Where the opened date goes: as far from where it is now as the editor moved it."""
    now = current_start(item, key, tz)
    if isinstance(now, Timed) and isinstance(shown.start, Timed) and isinstance(draft.start, Timed):
        return Timed(now.local + (draft.start.local - shown.start.local))
    if (
        isinstance(now, AllDay)
        and isinstance(shown.start, AllDay)
        and isinstance(draft.start, AllDay)
    ):
        return AllDay(now.day + (draft.start.day - shown.start.day))
    return draft.start  # a change of kind: shift_series refuses it, saying why


def _split(
    s: Session, item: Item, key: str, merged: ItemDraft, entered: Start, tz: ZoneInfo
) -> Item:
    """End `item` before the date `key` and return the new series from there (not yet added);
    with no rule left ("does not repeat"), a single item where the date was `entered`."""
    assert item.rrule is not None
    first = item.start_utc or item.start_date
    assert first is not None
    slot = parse_start_key(key)
    before = _count_before(item.rrule, first, slot, tz)
    old_rule = item.rrule
    rule = merged.rrule
    count = COUNT.search(old_rule)
    if rule and count and rule == old_rule:
        rule = COUNT.sub(f";COUNT={int(count.group(1)) - before}", rule).lstrip(";")
    start: Start = Timed(utc_to_local(slot, tz)) if isinstance(slot, datetime) else AllDay(slot)
    later = [e.key for e in item.exdates if parse_start_key(e.key) >= slot]
    carried = [o for o in item.overrides if parse_start_key(o.key) >= slot]
    if rule is None:
        new = new_item(s, replace(merged, start=entered, rrule=None))
    else:
        new = new_item(s, replace(merged, start=start, rrule=rule))
        new.exdates = [ItemExdate(key=k) for k in later]
        new.overrides = [copy_override(o) for o in carried]
    item.exdates = [e for e in item.exdates if e.key not in later]
    item.overrides = [o for o in item.overrides if o not in carried]
    if isinstance(slot, datetime):
        until = (slot - timedelta(seconds=1)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    else:
        until = (slot - timedelta(days=1)).strftime("%Y%m%d")
    item.rrule = END.sub("", old_rule).lstrip(";") + f";UNTIL={until}"
    check_rule(item.rrule, first, tz)
    return new


def _count_before(rule: str, first: datetime | date, slot: datetime | date, tz: ZoneInfo) -> int:
    """How many of the rule's dates come before `slot` (removed ones included, as COUNT counts)."""
    if isinstance(first, datetime) and isinstance(slot, datetime):
        return sum(1 for _ in expand_timed(rule, first, tz, (first, slot)))
    assert type(first) is date and type(slot) is date
    return sum(1 for _ in expand_all_day(rule, first, (first, slot), tz=tz))


__all__ = ["SCOPES", "DateView", "Scope", "date_view", "save_date"]
