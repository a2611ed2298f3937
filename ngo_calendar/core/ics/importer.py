"""Importing an iCalendar file as items: a preview and a report (imported, updated, skipped,
each with its reason), then one operation of the unit of work, so one undo takes it all back.

An event becomes an item on the channel chosen (by default the workspace's event channel, made
when there is none), as an event; its UID is the item's uid, so importing the same file again
makes no duplicate: a higher SEQUENCE updates the item, the same or a lower one leaves it. A
changed date of a series (RECURRENCE-ID) becomes that date's override, wherever it stands in
the file and whatever its own SEQUENCE. A file that cannot be read is refused whole and the
workspace is left exactly as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ngo_calendar.store import Database, columns
from ngo_calendar.store.models import (
    Channel,
    Item,
    ItemExdate,
    ItemOverride,
    ItemTag,
)

from .. import workspace
from ..model.domain import ChannelKind, Progress
from ..model.reasons import Reason, reason
from ..write import unit_of_work
from ..write.changes import Changes
from ..write.history import now_utc
from ..write.insert import NewItem
from ..write.reading import plain_reading
from .read import Incoming, read

IMPORTED, UPDATED, SKIPPED = "imported", "updated", "skipped"
EVENT_CHANNEL = {"fr": "Événements", "en": "Events"}


@dataclass(frozen=True)
class Outcome:
    """One line of the report."""

    line: int
    uid: str
    title: str
    outcome: str  # imported | updated | skipped
    why: tuple[Reason, ...]  # core/model/reasons.py: codes the window words in its language

    @property
    def reason(self) -> str:
        """The reasons in English, one after the other (the command line's report)."""
        return "; ".join(str(why) for why in self.why)


@dataclass
class ImportPlan:
    path: Path
    channel: str  # its name (made at import when the workspace has none)
    outcomes: list[Outcome]
    groups: dict[str, tuple[Incoming | None, list[Incoming]]]  # by uid: the series, its dates

    def counts(self) -> dict[str, int]:
        found = {IMPORTED: 0, UPDATED: 0, SKIPPED: 0}
        for o in self.outcomes:
            found[o.outcome] += 1
        return found


def plan(
    db: Database, path: Path, channel: str | None = None, progress: Progress | None = None
) -> ImportPlan:
    """What importing the file would do, item by item; writes nothing. `progress` is told
    how many events were read (ics_read.read)."""
    settings = workspace.settings(db)
    tz = settings.tz
    named = _channel(db, channel, settings.language)
    found = read(path, tz, progress)
    outcomes = [Outcome(line, "", title, SKIPPED, (why,)) for line, title, why in found.skipped]
    groups: dict[str, tuple[Incoming | None, list[Incoming]]] = {}
    masters: dict[str, Incoming] = {}
    dates: dict[str, list[Incoming]] = defaultdict(list)
    for event in found.events:
        if event.recurrence is None:
            if event.uid in masters:
                outcomes.append(_skip(event, reason("import.twice")))
                continue
            masters[event.uid] = event
        else:
            dates[event.uid].append(event)
    stored = _stored_sequences(db, set(masters) | set(dates))
    for uid in sorted(
        set(masters) | set(dates), key=lambda u: (masters.get(u) or dates[u][0]).line
    ):
        master = masters.get(uid)
        own_dates = sorted(dates.get(uid, []), key=lambda e: e.recurrence or "")
        if master is None:
            if uid not in stored:
                for event in own_dates:
                    outcomes.append(_skip(event, reason("import.no_series")))
                continue
            head = own_dates[0]
        else:
            head = master  # its rule checked as it was read (ics_keep)
        sequence = max(e.sequence for e in ([master] if master else []) + own_dates)
        notes = tuple(
            sorted({n for e in ([master] if master else []) + own_dates for n in e.notes}, key=str)
        )
        if uid in stored:
            known = stored[uid]
            if known is None or sequence <= known:
                if known is not None:
                    why = reason("import.not_newer", sequence=sequence, known=known)
                else:
                    why = reason("import.ours")
                outcomes.append(_skip(head, why))
                continue
            outcomes.append(
                Outcome(head.line, uid, head.title, UPDATED, notes or (reason("import.newer"),))
            )
        else:
            outcomes.append(
                Outcome(head.line, uid, head.title, IMPORTED, notes or (reason("import.new"),))
            )
        if master is not None and master.start_date is not None:  # an all-day series
            master.exdates = master.exdays
            for event in own_dates:
                event.recurrence = event.recurrence_day
        groups[uid] = (master, _once(own_dates, outcomes))
    outcomes.sort(key=lambda o: o.line)
    return ImportPlan(path, named, outcomes, groups)


def _once(dates: list[Incoming], outcomes: list[Outcome]) -> list[Incoming]:
    """The changed dates of a series, each date once: the first in the file is kept, the
    others are skipped (a series has one change per date)."""
    kept: dict[str | None, Incoming] = {}
    for event in sorted(dates, key=lambda e: e.line):
        if event.recurrence in kept:
            outcomes.append(_skip(event, reason("import.date_twice")))
        else:
            kept[event.recurrence] = event
    return sorted(kept.values(), key=lambda e: e.recurrence or "")


def _skip(event: Incoming, why: Reason) -> Outcome:
    return Outcome(event.line, event.uid, event.title, SKIPPED, (why,))


def _channel(db: Database, name: str | None, language: str) -> str:
    if name is not None:
        return workspace.find_channel(db, name, "--channel").name
    for channel in workspace.channels(db):
        if channel.kind == ChannelKind.EVENT.value:
            return channel.name
    return EVENT_CHANNEL["fr" if language == "fr" else "en"]


def _stored_sequences(db: Database, uids: set[str]) -> dict[str, int | None]:
    found: dict[str, int | None] = {}
    with plain_reading(db) as s:
        listed = sorted(uids)
        for first in range(0, len(listed), 500):
            chunk = listed[first : first + 500]
            item = columns.Item
            query = select(item.uid, item.source_sequence).where(item.uid.in_(chunk))
            found.update(dict(s.execute(query).all()))
    return found


def apply(
    db: Database, planned: ImportPlan, who: str | None = None, progress: Progress | None = None
) -> Changes:
    """Import what the plan says, in one operation (refused whole if anything is refused).
    `progress` is told its steps (0 to 3); raising there stops the import, nothing written."""
    told = progress or (lambda _done, _total: None)
    with unit_of_work.write(db, "import", who) as uow:
        told(0, 3)
        s = uow.session
        channel = s.scalar(select(Channel).where(Channel.name == planned.channel))
        if channel is None:
            channel = Channel(kind=ChannelKind.EVENT.value, name=planned.channel, colour="#6d4c41",
                              char_limit=None, weekly_target=0, position=99,
                              file_name=workspace.new_file_name(s, planned.channel))  # fmt: skip
            s.add(channel)
            s.flush()
        uids = list(planned.groups)
        existing = {i.uid: i for i in s.scalars(select(Item).where(Item.uid.in_(uids)))}
        now = now_utc()
        new: list[NewItem] = []
        for uid, (master, dates) in planned.groups.items():
            sequence = max(e.sequence for e in ([master] if master else []) + dates)
            item = existing.get(uid)
            if item is None:
                # New items as plain rows: ten thousand of them in a second, not in ten.
                assert master is not None
                values = {"uid": uid, "revision": 0, "created_at": now, "updated_at": now,
                          "kind": "event", "sensitivity": "movable", "notes": "",
                          **_columns(master), "source_sequence": sequence}  # fmt: skip
                new.append(
                    NewItem(
                        values,
                        channels=[(channel.id, None)],
                        tags=sorted(set(master.tags)),
                        exdates=sorted(set(master.exdates)),
                        overrides=[_override(d, master) for d in dates],
                    )
                )
                continue
            if master is not None:
                for name, value in _columns(master).items():
                    setattr(item, name, value)
                item.tags = [ItemTag(tag=t) for t in sorted(set(master.tags))]
                item.exdates = [ItemExdate(key=k) for k in sorted(set(master.exdates))]
            item.source_sequence = sequence
            mine = {o.key: o for o in item.overrides if o.key not in {d.recurrence for d in dates}}
            theirs = [ItemOverride(**_override(d, master)) for d in dates]
            item.overrides = [*mine.values(), *theirs]
        told(1, 3)
        uow.insert_items(new)
        told(2, 3)
    return uow.changes


def _columns(event: Incoming) -> dict[str, object]:
    """The item's columns the event gives (kind, sensitivity and notes only when it says)."""
    found: dict[str, object] = {
        "title": event.title,
        "body": event.body,
        "status": event.status,
        "start_utc": event.start_utc,
        "start_date": event.start_date,
        "duration_minutes": event.minutes if event.start_utc is not None else None,
        "days": event.days if event.start_date is not None else 1,
        "rrule": event.rrule,
    }
    if event.kind is not None:
        found["kind"] = event.kind
    if event.sensitivity is not None:
        found["sensitivity"] = event.sensitivity
    if event.remarks is not None:
        found["notes"] = event.remarks
    return found


def _override(event: Incoming, master: Incoming | None) -> dict[str, object]:
    """One date of a series: what it has of its own (what equals the series' is left as the
    series', so a later change of the series reaches it)."""
    assert event.recurrence is not None

    def own(value: str, series: str | None) -> str | None:
        return None if master is not None and value == series else value

    return {
        "key": event.recurrence,
        "start_utc": event.start_utc,
        "start_date": event.start_date,
        "duration_minutes": event.minutes if event.start_utc is not None else None,
        "title": own(event.title, master.title if master else None),
        "body": own(event.body, master.body if master else None) or None,
        "status": own(event.status, master.status if master else None),
    }
