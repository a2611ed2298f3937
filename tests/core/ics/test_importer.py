"""Importing real calendars (tests/data/interop/, written by Google, Exchange, Nextcloud,
DAVx5, khal…): each with the expected events and times, a second import changing nothing, one
undo taking it all back; SEQUENCE deciding updates; a changed date of a series before its
series; DURATION; floating times; refused files changing nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.filters import EVERY_STATUS, Filter
from ngo_calendar.core.ics import importer as ics_import
from ngo_calendar.core.model.domain import UnreadableFile
from ngo_calendar.core.write import history, undo
from ngo_calendar.store import Database
from tests.helpers import dump

DATA = Path(__file__).resolve().parents[2] / "data" / "interop"
ALL = Filter(statuses=EVERY_STATUS)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# file: (imported, skipped, dates from 2010 to 2030, the first one's title and start)
CORPUS = {
    "icalendar__bom_calendar.ics": (0, 0, 0, None),
    "icalendar__issue_127_categories_with_commas.ics": (
        1, 0, 1, ("Test Event with Categories Containing Commas", utc(2014, 2, 4, 14))),
    # Exchange: a rule written with escaped separators; its own zone (+02:00 in July).
    "icalendar__issue_165_missing_event.ics": (
        1, 0, 14, ("Sprint 25 Daily Standup", utc(2015, 7, 3, 8))),
    # A TZID with no VTIMEZONE (an IANA name), and two events with no start: skipped.
    "icalendar__issue_722_missing_timezones.ics": (
        1, 2, 1, ("an event with a custom tz name", utc(2014, 8, 29, 12))),
    # Exchange 2010: "Eastern Standard Time", defined by the file's VTIMEZONE.
    "icalendar__issue_836_do_not_quote_tzid.ics": (
        1, 0, 1, ("Anonymous Test Event for TZID", utc(2024, 10, 28, 21))),
    "icalendar__x_location.ics": (1, 0, 3698, ("Daily Sync", utc(2016, 10, 28, 12))),
    # Floating times (no zone), read in the workspace's zone (Paris, +02:00 in April).
    "khal__event_dt_floating.ics": (1, 0, 1, ("An Event", utc(2014, 4, 9, 7, 30))),
    "khal__event_dt_local_missing_tz.ics": (1, 0, 1, ("An Event", utc(2014, 4, 9, 7, 30))),
    # A Windows zone name, New Zealand in daylight time (+13:00).
    "khal__tz_windows_format.ics": (1, 0, 1, ("Event with Windows TZ name", utc(2019, 11, 20))),
    # Google: 64 VEVENTs, 58 items (the others are changed dates of series).
    "rie__daylight_saving_time.ics": (58, 0, 4016, ("Open Lab", utc(2017, 6, 29, 17))),
    "rie__each_week_but_one_deleted.ics": (1, 0, 7, ("test6", utc(2019, 3, 3, 23, 30))),
    "rie__issue_201_mixed_datetime_and_date.ics": (1, 0, 1, ("Congés", date(2023, 7, 24))),
    "rie__issue_20_exdate_ignored.ics": (1, 0, 7, ("Test", utc(2019, 10, 29, 15, 15))),
    # Exchange, all-day series whose UNTIL is local midnight in UTC: the last Thursday counts
    # (recurring-ical-events leaves it out, 24); changed dates named by their midnight.
    "rie__issue_28_rrule_with_UTC_endinginZ.ics": (
        2, 0, 26, ("Refuse black bin", date(2020, 4, 2))),
    "rie__issue_48_dst.ics": (13, 0, 7438, ("Event#1", utc(2020, 9, 15, 13, 15))),
    "rie__issue_62_moved_event.ics": (1, 0, 110, ("Karaoke", utc(2021, 11, 26, 20, 30))),
    # Floating time with X-WR-TIMEZONE: read in Brussels (+02:00), not as UTC.
    "rie__issue_86_x_wr_timezone_without_time_zone_in_dt.ics": (
        1, 0, 1, ("Summary", utc(2021, 9, 16, 19))),
    "rie__x_wr_timezone_simple_events_issue_59.ics": (
        2, 0, 2, ("Google Calendar says this is noon to 1PM on 12/22/2021", utc(2021, 12, 22, 17))),
}  # fmt: skip


def test_the_corpus_is_all_here() -> None:
    assert sorted(p.name for p in DATA.glob("*.ics")) == sorted(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_real_calendar_imports_once(db: Database, ws_dir: Path, name: str) -> None:
    imported, skipped, dates, first = CORPUS[name]
    before = dump(ws_dir)
    planned = ics_import.plan(db, DATA / name)
    assert dump(ws_dir) == before  # the preview writes nothing
    assert planned.counts() == {"imported": imported, "updated": 0, "skipped": skipped}
    assert all(o.reason for o in planned.outcomes)
    ics_import.apply(db, planned)
    found = query.occurrences(db, date(2010, 1, 1), date(2030, 12, 31), ALL)
    assert len(found) == dates
    if first is not None:
        assert (found[0].title, found[0].start_utc or found[0].start_date) == first
        assert all(o.channels == ("Événements",) for o in found)  # made: there was none
    # A second import changes nothing.
    after = dump(ws_dir)
    again = ics_import.plan(db, DATA / name)
    assert again.counts()["imported"] == again.counts()["updated"] == 0
    ics_import.apply(db, again)
    assert dump(ws_dir) == after
    # One undo takes the import back whole (the second one changed nothing).
    if imported:
        undo.undo(db)
        assert dump(ws_dir) == before  # the event channel it made goes too
        assert query.count_items(db) == 0
        undo.redo(db)  # and redo brings back the same rows, stored the same way
        assert dump(ws_dir) == after


def test_an_imported_item_has_its_history_field_by_field(db: Database, tmp_path: Path) -> None:
    path = ics(tmp_path / "one.ics", "UID:h1\r\nDTSTART:20261210T090000Z\r\n"
               "DTEND:20261210T100000Z\r\nSUMMARY:Forum\r\nCATEGORIES:asso")  # fmt: skip
    ics_import.apply(db, ics_import.plan(db, path))
    log = history.item_history(db, "h1")
    assert {c.action for c in log} == {"created"}
    assert {(c.field, c.new) for c in log} >= {
        ("title", "Forum"),
        ("start", "2026-12-10T10:00+01:00"),
        ("duration_minutes", "60"),
        ("channels", "Événements"),
        ("tags", "asso"),
    }


def ics(path: Path, *events: str, head: str = "") -> Path:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{head}{body}END:VCALENDAR\r\n", "utf-8")
    return path


def test_sequence_decides_and_a_changed_date_may_come_first(db: Database, tmp_path: Path) -> None:
    workspace.save_channel(db, "Agenda", "event", "#6d4c41")
    series = "UID:atelier@asso\r\nSEQUENCE:{seq}\r\nSUMMARY:{title}\r\n" \
        "DTSTART;TZID=Europe/Paris:20261201T180000\r\nDURATION:PT1H30M\r\n" \
        "RRULE:FREQ=WEEKLY;COUNT=4"  # fmt: skip
    # The moved date stands before its series and has a lower SEQUENCE: it still applies.
    moved = "UID:atelier@asso\r\nSEQUENCE:0\r\nSUMMARY:Atelier (salle B)\r\n" \
        "RECURRENCE-ID;TZID=Europe/Paris:20261208T180000\r\n" \
        "DTSTART;TZID=Europe/Paris:20261209T180000\r\nDURATION:PT1H30M"  # fmt: skip
    first = ics(tmp_path / "a.ics", moved, series.format(seq=2, title="Atelier"))
    planned = ics_import.plan(db, first, "agenda")
    assert planned.counts()["imported"] == 1 and planned.channel == "Agenda"
    ics_import.apply(db, planned)
    found = query.occurrences(db, date(2026, 12, 1), date(2026, 12, 31), ALL)
    assert [(o.title, o.start_utc, o.duration_minutes) for o in found] == [
        ("Atelier", utc(2026, 12, 1, 17), 90),
        ("Atelier (salle B)", utc(2026, 12, 9, 17), 90),
        ("Atelier", utc(2026, 12, 15, 17), 90),
        ("Atelier", utc(2026, 12, 22, 17), 90),
    ]
    older = ics(tmp_path / "b.ics", series.format(seq=1, title="Atelier (ancien)"))
    (outcome,) = ics_import.plan(db, older).outcomes
    assert outcome.outcome == "skipped" and "not newer than 2" in outcome.reason
    newer = ics(tmp_path / "c.ics", series.format(seq=3, title="Atelier couture"), moved)
    planned = ics_import.plan(db, newer)
    assert planned.counts()["updated"] == 1
    ics_import.apply(db, planned)
    titles = [o.title for o in query.occurrences(db, date(2026, 12, 1), date(2026, 12, 31), ALL)]
    assert titles == ["Atelier couture", "Atelier (salle B)", "Atelier couture", "Atelier couture"]


def test_a_folded_line_whose_colon_comes_after_the_fold_is_read(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "folded.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:f1\r\nDTSTART;VALUE=DATE\r\n"
        b" :20261210\r\nSUMMARY;LANGUAGE=fr\r\n\t:Journ\xc3\xa9e\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    planned = ics_import.plan(db, path)
    assert [(o.line, o.title, o.outcome) for o in planned.outcomes] == [(3, "Journée", "imported")]


@pytest.mark.parametrize(
    ("content", "where", "why"),
    [
        (b"", "line 1", "empty"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", "line 3", "cut short"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 1", "not UTF-8"),
        (b"BEGIN:VCALENDAR\r\nthis is not a line\r\nEND:VCALENDAR\r\n", "line 2", "not an iCal"),
        (b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", "line 2", "where VCALENDAR should end"),
        (b"BEGIN:VCALENDAR\r\n:no name\r\nEND:VCALENDAR\r\n", "line 2", "not an iCal"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n\r\nX:after\r\n", "line 4", "outside"),
        (b"X:before\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "line 1", "outside"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nEND:VCALENDAR\r\n", "line 3", "VTODO should"),
        # The first fault wins, whichever check finds it.
        (b"BEGIN:VCALENDAR\r\nEND:VTODO\r\nbad\r\n", "line 2", "should end"),
        (b"BEGIN:VCALENDAR\r\nbad\r\nEND:VTODO\r\n", "line 2", "not an iCal"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_and_nothing_changes(
    db: Database, ws_dir: Path, tmp_path: Path, content: bytes, where: str, why: str
) -> None:
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    before = dump(ws_dir)
    with pytest.raises(UnreadableFile) as refused:
        ics_import.plan(db, path)
    assert refused.value.where == where and why in refused.value.reason
    assert dump(ws_dir) == before


def test_an_import_stopped_midway_writes_nothing(db: Database, ws_dir: Path) -> None:
    class Stop(Exception):
        pass

    told: list[int] = []

    def stop_at_two(done: int, total: int) -> None:
        told.append(done)
        if done == 2:
            raise Stop  # the items are inserted by then, history not yet written

    planned = ics_import.plan(db, DATA / "rie__issue_62_moved_event.ics")
    before = dump(ws_dir)
    with pytest.raises(Stop):
        ics_import.apply(db, planned, progress=stop_at_two)
    assert told == [0, 1, 2] and dump(ws_dir) == before
    assert query.count_items(db) == 0


def test_an_import_inside_another_operation_joins_it(db: Database, ws_dir: Path) -> None:
    from ngo_calendar.core.write import unit_of_work

    before = dump(ws_dir)
    planned = ics_import.plan(db, DATA / "rie__issue_62_moved_event.ics")
    with unit_of_work.write(db, "demo") as outer:
        joined = ics_import.apply(db, planned)
        assert joined.created and joined.created <= set(joined.ids)
    assert outer.changes.created == joined.created  # one operation: one undo takes it back
    undo.undo(db)
    assert dump(ws_dir) == before
