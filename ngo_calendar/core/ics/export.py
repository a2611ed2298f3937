"""The plan as an iCalendar file (RFC 5545) that Google, Outlook, Thunderbird, Apple Calendar
and Nextcloud read right: one VEVENT per item, a series with its RRULE and EXDATE and each date
that differs as its own VEVENT with a RECURRENCE-ID; the item's uid as UID (never changes),
its revision as SEQUENCE (grows with each change), DTSTAMP in UTC, a VTIMEZONE for the zone
used, all-day items as dates with an exclusive end, CATEGORIES with the channels and the
campaign, STATUS from the review cycle. Items held in a crisis are left out (they have no date
until it ends); ideas have none.

What other calendars do not know (the exact status, kind, sensitivity, tags, each channel's
text) goes in X-NGO-* properties, which they ignore and our import reads back. The file is
built here as bytes (CRLF, lines folded at 75 octets without splitting a character, by the
`icalendar` package); writing it is `write`, atomic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.parser import Parameters
from icalendar.prop import vUnknown
from sqlalchemy import or_

from ngo_calendar.store.columns import Item

from ..calendar import query, rows
from ..calendar.filters import Filter, filtered
from ..calendar.rows import ItemRow
from ..model.domain import InputError, Progress
from ..model.reasons import reason
from ..model.recurrence import Override
from ..model.timing import parse_start_key
from ..workspace import Database, settings
from ..write.names import Names
from ..write.reading import plain_reading
from .text import escaped, joined

DESCRIPTIONS = ("full", "title")
PRODID = "-//NGO Calendar//ngo-calendar//FR"
# Our statuses as other calendars know them (draft and in review are not decided yet).
STATUS = {
    "draft": "TENTATIVE",
    "in_review": "TENTATIVE",
    "approved": "CONFIRMED",
    "published": "CONFIRMED",
    "cancelled": "CANCELLED",
}
EXPORTED = tuple(STATUS)  # never ideas (no date) nor held items (no date until the crisis ends)


@dataclass(frozen=True)
class ExportOptions:
    """What to export: a filter of the plan (empty fields do not filter) and how much text."""

    channels: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    first: date | None = None
    last: date | None = None
    description: str = "full"  # the text per channel, or "title" only (drafts stay private)


# Serialised events by what makes them: (uid, revision, description, zone, channel and
# campaign names). One edit in a large plan then serialises one item again (core/ics/publish.py
# keeps one between writes); a rename of a channel changes the key of the items on it.
EventCache = dict[tuple[object, ...], bytes]
END = b"END:VCALENDAR\r\n"


def calendar(
    db: Database,
    options: ExportOptions,
    now: datetime | None = None,
    cache: EventCache | None = None,
    chosen: list[ItemRow] | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The .ics file's bytes for the items the options select (`chosen`: already read with
    `selected`, as the published folder does once for all its files). `progress` is told how
    many items were written, now and then; raising there stops the export."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    stored = settings(db)
    tz = stored.tz
    if chosen is None:
        chosen = selected(db, options)
    with plain_reading(db) as session:
        names = Names(session)
    channel_names: dict[int, str] = names.channels
    campaigns: dict[int | None, str | None] = {k: v for k, v in names.campaigns.items()}
    head = icalendar.Calendar()
    head.add("prodid", PRODID)
    head.add("version", "2.0")
    head.add("calscale", "GREGORIAN")
    title = stored.association or "NGO Calendar"
    head.add("name", title)
    head.add("x-wr-calname", title)
    head.add("x-wr-timezone", tz.key)
    # The zone's changes over the years the plan covers (and ten after: series go on), from
    # the plan alone, so that two exports of the same plan are the same.
    timed = [i.start_utc for i in chosen if i.start_utc is not None]
    timed += [o.start_utc for i in chosen for o in i.overrides if o.start_utc is not None]
    if timed:
        first, last = min(timed), max(timed)
        head.add_component(
            icalendar.Timezone.from_tzid(
                tz.key,
                first_date=date(first.year - 1, 1, 1),
                last_date=date(last.year + 10, 1, 1),
            )
        )
    context = _Context(tz, stamp, options.description, channel_names, campaigns)
    parts = [head.to_ical()[: -len(END)]]
    for n, item in enumerate(sorted(chosen, key=lambda i: i.uid)):
        if progress is not None and n % 250 == 0:
            progress(n, len(chosen))
        parts.append(context.serialised(item, cache))
    if progress is not None:
        progress(len(chosen), len(chosen))
    parts.append(END)
    return b"".join(parts)


# Items as last read, by uid and revision (the published folder keeps one between writes).
KnownRows = dict[tuple[str, int], ItemRow]


def selected(db: Database, options: ExportOptions, known: KnownRows | None = None) -> list[ItemRow]:
    """The items the options select, with what hangs off them. With `known`, only the items
    whose revision changed since are read again (in the same reading as the revisions), and
    `known` then holds what was found: one edit in 10,000 items reads one item."""
    statuses = tuple(s for s in (options.statuses or EXPORTED) if s in EXPORTED)
    flt = Filter(channels=options.channels, campaigns=options.campaigns, statuses=statuses)
    wanted: set[str] | None = None
    if options.first is not None or options.last is not None:
        first = options.first or date(1900, 1, 1)
        last = options.last or date(2200, 12, 31)
        wanted = {occ.uid for occ in query.occurrences(db, first, last, flt)}
    with plain_reading(db) as session:
        dated = or_(Item.start_utc.is_not(None), Item.start_date.is_not(None))
        select = filtered(rows.item_select().where(dated), flt, per_date=False)
        if known is None:
            found = rows.load(session, select)
        else:
            found = _changed_since(session, select, known)
    if wanted is not None:
        found = [item for item in found if item.uid in wanted]
    return found


def _changed_since(session: Any, select: Any, known: KnownRows) -> list[ItemRow]:
    versions = session.connection().execute(select.with_only_columns(Item.uid, Item.revision))
    versions = [(uid, revision) for uid, revision in versions]
    missing = [uid for uid, revision in versions if (uid, revision) not in known]
    fresh: dict[str, ItemRow] = {}
    for start in range(0, len(missing), 500):
        chunk = select.where(Item.uid.in_(missing[start : start + 500]))
        fresh.update({row.uid: row for row in rows.load(session, chunk)})
    found = [fresh.get(uid) or known[(uid, revision)] for uid, revision in versions]
    known.clear()
    known.update({(row.uid, row.revision): row for row in found})
    return found


@dataclass
class _Context:
    tz: ZoneInfo
    stamp: datetime
    description: str
    channel_names: dict[int, str]
    campaigns: dict[int | None, str | None]

    def serialised(self, item: ItemRow, cache: EventCache | None) -> bytes:
        if cache is None:
            return b"".join(e.to_ical() for e in self.events(item))
        key = (
            item.uid,
            item.revision,
            self.description,
            self.tz.key,
            tuple(self.channel_names[c] for c, _ in item.channels),
            tuple(self.channel_names[c] for o in item.overrides for c, _ in o.channels),
            self.campaigns.get(item.campaign_id),
        )
        found = cache.get(key)
        if found is None:
            found = cache[key] = b"".join(e.to_ical() for e in self.events(item))
        return found

    def events(self, item: ItemRow) -> list[icalendar.Event]:
        main = self._event(item, item.title, item.body, item.status, item.channels)
        self._when(main, item.start_utc, item.start_date, item.duration_minutes, item.days)
        if item.rrule is not None:
            main.add("rrule", icalendar.vRecur.from_ical(item.rrule))
            for key in sorted(item.exdates):
                main.add("exdate", self._moment(parse_start_key(key)))
        found = [main]
        for own in sorted(item.overrides, key=lambda o: o.key):
            found.append(self._override(item, own))
        return found

    def _override(self, item: ItemRow, own: Override) -> icalendar.Event:
        event = self._event(
            item,
            own.title if own.title is not None else item.title,
            own.body if own.body is not None else item.body,
            own.status or item.status,
            list(own.channels) or item.channels,
        )
        event.add("recurrence-id", self._moment(parse_start_key(own.key)))
        self._when(event, own.start_utc, own.start_date, own.duration_minutes, item.days)
        return event

    def _event(
        self,
        item: ItemRow,
        title: str,
        body: str,
        status: str,
        channels: Iterable[tuple[int, str | None]],
    ) -> icalendar.Event:
        channels = list(channels)
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", self.stamp)
        event.add("sequence", item.revision)
        event.add("summary", title)
        named = [self.channel_names[c] for c, _ in channels]
        campaign = self.campaigns.get(item.campaign_id)
        categories = named + ([campaign] if campaign else [])
        if categories:
            event.add("categories", categories)
        if status in STATUS:
            event.add("status", STATUS[status])
        if self.description == "full":
            text = _description(body, [(self.channel_names[c], v) for c, v in channels])
            if text:
                event.add("description", text)
            for name, variant in ((self.channel_names[c], v) for c, v in channels):
                if variant is not None:
                    event.add("x-ngo-channel-text", _channel_text(name, variant))
            if item.notes:
                event.add("x-ngo-notes", escaped(item.notes))
        event.add("x-ngo-status", status)
        event.add("x-ngo-kind", item.kind)
        event.add("x-ngo-sensitivity", item.sensitivity)
        if item.tags:
            event.add("x-ngo-tags", joined(item.tags))
        return event

    def _when(
        self,
        event: icalendar.Event,
        start_utc: datetime | None,
        start_date: date | None,
        minutes: int | None,
        days: int,
    ) -> None:
        if start_utc is not None:
            local = start_utc.astimezone(self.tz)
            event.add("dtstart", local)
            if minutes:
                event.add("dtend", (start_utc + timedelta(minutes=minutes)).astimezone(self.tz))
        elif start_date is not None:
            event.add("dtstart", start_date)
            event.add("dtend", start_date + timedelta(days=max(days, 1)))

    def _moment(self, value: datetime | date) -> Any:
        return value.astimezone(self.tz) if isinstance(value, datetime) else value


def _description(body: str, variants: list[tuple[str, str | None]]) -> str:
    """The text as a person reads it in another calendar: the body, then each channel's own.
    The body is kept exactly (spaces and line breaks at its ends too): our import takes the
    channels' texts off the end and gives it back as it was."""
    parts = [body] if body else []
    parts += [f"{name}: {text.strip()}" for name, text in variants if text and text.strip()]
    return "\n\n".join(parts)


def on_channel(found: list[ItemRow], channel_id: int) -> list[ItemRow]:
    """Those of `found` on this channel: what `selected` gives with the channel as filter."""
    return [item for item in found if any(c == channel_id for c, _ in item.channels)]


def per_channel_paths(
    db: Database, path: Path, options: ExportOptions
) -> list[tuple[Path, ExportOptions]]:
    """A file per channel beside `path` (`plan.ics`: `plan-facebook.ics`…), for the channels
    the options name, or every channel: each with the file name the channel keeps (given when
    it was created, core/model/file_names.py), so no two channels share one."""
    from ..workspace import channels

    known = {c.name: c.file_name for c in channels(db)}
    names = options.channels or tuple(known)
    return [
        (
            path.with_name(f"{path.stem}-{known[name]}{path.suffix}"),
            replace(options, channels=(name,)),
        )
        for name in names
    ]


def check(options: ExportOptions) -> None:
    """Refuse what cannot be exported, before anything is read (the command line and the
    window both show this refusal)."""
    refused = [s for s in options.statuses if s not in EXPORTED]
    if refused:
        why = reason("ics.no_date", accepted=", ".join(EXPORTED))
        raise InputError("--status", refused[0], why)
    if options.first and options.last and options.last < options.first:
        why = reason("time.after_from", first=options.first.isoformat())
        raise InputError("--to", options.last.isoformat(), why)
    if options.description not in DESCRIPTIONS:
        one, other = DESCRIPTIONS
        why = reason("ics.description", one=one, other=other)
        raise InputError("--description", options.description, why)


def targets(
    db: Database, main: Path, options: ExportOptions, chosen: list[ItemRow], per_channel: bool
) -> list[tuple[Path, ExportOptions, list[ItemRow]]]:
    """The files to write from the items `selected` gave: `main`, and with `per_channel` one
    beside it per channel, each a part of what was read (the plan is read once)."""
    from ..workspace import channels

    found = [(main, options, chosen)]
    if per_channel:
        ids = {c.name: c.id for c in channels(db)}
        for path, one in per_channel_paths(db, main, options):
            found.append((path, one, on_channel(chosen, ids[one.channels[0]])))
    return found


def write_files(
    db: Database,
    path: Path,
    options: ExportOptions,
    per_channel: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> list[tuple[Path, int]]:
    """Write the file (and one per channel beside it), each whole (a temporary file, then
    renamed); (path, events written) of each. Stopped by `progress`, it writes none."""
    from ..model.files import written_whole

    check(options)
    planned = targets(db, path, options, selected(db, options), per_channel)
    total, done = sum(len(chosen) for _, _, chosen in planned) or 1, 0
    made: list[tuple[Path, bytes]] = []
    for target, one, chosen in planned:

        def told(n: int, _total: int, before: int = done) -> None:
            assert progress is not None
            progress(before + n, total)

        data = calendar(db, one, now, chosen=chosen, progress=told if progress else None)
        made.append((target, data))
        done += len(chosen)
    for target, data in made:
        with written_whole(target) as temp:
            temp.write_bytes(data)
    return [(target, data.count(b"BEGIN:VEVENT")) for target, data in made]


def write(
    db: Database,
    path: Path,
    options: ExportOptions,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write one file whole; the events written."""
    return write_files(db, path, options, False, now, progress)[0][1]


def _channel_text(name: str, variant: str) -> vUnknown:
    """A channel's own text, the channel named in a parameter. The name is always quoted: an
    unquoted value ending in a backslash (a channel "aaa\\") reads back, in icalendar, as
    escaping the colon after it, and the channel and its text are lost; a double quote or a
    caret is written as RFC 6868 says (^' and ^^), which icalendar does by itself."""
    prop = vUnknown(escaped(variant))  # as icalendar writes an X- property: as it is
    prop.params = Parameters({"X-NGO-CHANNEL": name})
    # This one parameter's value quoted (icalendar's class lists the ones it always quotes).
    setattr(prop.params, "always_quoted", (*Parameters.always_quoted, "X-NGO-CHANNEL"))  # noqa: B010
    return prop
