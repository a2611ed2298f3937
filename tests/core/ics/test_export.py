"""The iCalendar export, read back by independent readers: icalendar, vobject (validate()) and
recurring-ical-events for a series' dates across a daylight-saving change; and checked byte by
byte (CRLF, lines of at most 75 octets, folded between characters)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject

from ngo_calendar.core import workspace
from ngo_calendar.core.crisis import apply as crisis_apply
from ngo_calendar.core.crisis import propose as crisis
from ngo_calendar.core.crisis.plan import Crisis
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import AllDay, ItemDraft, ItemKind, Status, Timed
from ngo_calendar.core.model.timing import local_to_utc, start_key
from ngo_calendar.store import Database

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
EVERYTHING = ics_export.ExportOptions()


def plan(db: Database) -> dict[str, int]:
    workspace.save_campaign(db, "Noël solidaire", "#c62828", None, None, None)
    add = items.create_item
    made = {
        "appeal": add(
            db,
            ItemDraft(
                "Appel aux dons",
                body="Chaque don compte, même petit.",
                channels=["Facebook", "Instagram"],
                variants={"Instagram": "Chaque don compte ✨"},
                status=Status.APPROVED,
                start=Timed(datetime(2026, 12, 9, 18)),
                duration_minutes=30,
                campaign="Noël solidaire",
                tags=["dons"],
            ),
        ).new_id,  # fmt: skip
        "draft": add(
            db,
            ItemDraft(
                "Brouillon privé",
                body="Texte pas encore relu",
                channels=["Facebook"],
                start=Timed(datetime(2026, 12, 10, 9)),
            ),
        ).new_id,  # fmt: skip
        "fair": add(
            db,
            ItemDraft(
                "Marché de Noël",
                kind=ItemKind.EVENT,
                channels=["Newsletter"],
                start=AllDay(date(2026, 12, 12)),
                days=2,
                status=Status.APPROVED,
            ),
        ).new_id,  # fmt: skip
        # Weekly on Tuesdays at 10:00 from 17 March: the change to summer time is on 29 March.
        "weekly": add(
            db,
            ItemDraft(
                "Conseil du mardi",
                channels=["Facebook"],
                start=Timed(datetime(2026, 3, 17, 10)),
                duration_minutes=15,
                rrule="FREQ=WEEKLY;COUNT=4",
                status=Status.IN_REVIEW,
            ),
        ).new_id,  # fmt: skip
        "idea": add(db, ItemDraft("Idée sans date", status=Status.IDEA)).new_id,
    }
    tz = PARIS
    key = start_key(local_to_utc(datetime(2026, 3, 24, 10), tz))
    occurrences.delete_occurrence(db, made["weekly"], key)
    moved = start_key(local_to_utc(datetime(2026, 3, 31, 10), tz))
    occurrences.move_item(db, made["weekly"], Timed(datetime(2026, 4, 1, 11)), moved)
    return made


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def events(cal: icalendar.Calendar) -> dict[str, list[icalendar.Event]]:
    found: dict[str, list[icalendar.Event]] = {}
    for event in cal.walk("VEVENT"):
        found.setdefault(str(event["summary"]), []).append(event)
    return found


def test_the_plan_read_back_by_icalendar(cdb: Database) -> None:
    plan(cdb)
    cal = parse(ics_export.calendar(cdb, EVERYTHING, NOW))
    assert str(cal["x-wr-calname"]) == "Test" and str(cal["name"]) == "Test"
    found = events(cal)
    assert "Idée sans date" not in found  # no date, nothing to show in a calendar
    (appeal,) = found["Appel aux dons"]
    assert appeal["dtstart"].dt == datetime(2026, 12, 9, 18, tzinfo=PARIS)
    assert appeal["dtstart"].params["TZID"] == "Europe/Paris"
    assert appeal["dtend"].dt - appeal["dtstart"].dt == timedelta(minutes=30)
    assert appeal["dtstamp"].dt == NOW and str(appeal["status"]) == "CONFIRMED"
    assert appeal["categories"].cats == ["Facebook", "Instagram", "Noël solidaire"]
    assert "Chaque don compte, même petit." in str(appeal["description"])
    assert "Instagram: Chaque don compte ✨" in str(appeal["description"])
    (fair,) = found["Marché de Noël"]
    assert fair["dtstart"].dt == date(2026, 12, 12) and fair["dtend"].dt == date(2026, 12, 14)
    assert fair["dtstart"].params.get("VALUE") == "DATE"
    (draft,) = found["Brouillon privé"]
    assert str(draft["status"]) == "TENTATIVE"
    # Every TZID used has its VTIMEZONE.
    zones = {str(z["tzid"]) for z in cal.walk("VTIMEZONE")}
    used = {
        p.params["TZID"]
        for e in cal.walk("VEVENT")
        for name in ("dtstart", "dtend", "recurrence-id")
        if (p := e.get(name)) is not None and "TZID" in p.params
    }
    assert used == zones == {"Europe/Paris"}


def test_a_series_with_a_removed_and_a_moved_date_across_the_change_of_time(
    cdb: Database,
) -> None:
    plan(cdb)
    cal = parse(ics_export.calendar(cdb, EVERYTHING, NOW))
    series = events(cal)["Conseil du mardi"]
    assert len(series) == 2  # the series and its moved date (RECURRENCE-ID)
    main = next(e for e in series if "rrule" in e)
    moved = next(e for e in series if "recurrence-id" in e)
    assert moved["uid"] == main["uid"]
    assert moved["recurrence-id"].dt == datetime(2026, 3, 31, 10, tzinfo=PARIS)
    # recurring-ical-events expands it as another calendar does.
    dates = recurring_ical_events.of(cal).between(date(2026, 3, 1), date(2026, 5, 1))
    starts = sorted(e["dtstart"].dt for e in dates if str(e["summary"]) == "Conseil du mardi")
    assert [s.astimezone(PARIS).replace(tzinfo=None) for s in starts] == [
        datetime(2026, 3, 17, 10),  # winter time (+01:00)
        datetime(2026, 4, 1, 11),  # 31 March moved to Wednesday 11:00
        datetime(2026, 4, 7, 10),  # summer time (+02:00): still 10:00 on the wall clock
    ]  # 24 March removed (EXDATE)
    assert [s.utcoffset() for s in starts] == [timedelta(hours=1), *[timedelta(hours=2)] * 2]


def test_vobject_validates_every_event(cdb: Database) -> None:
    plan(cdb)
    data = ics_export.calendar(cdb, EVERYTHING, NOW).decode("utf-8")
    (cal,) = list(vobject.readComponents(io.StringIO(data)))
    assert cal.validate(raiseException=True)
    assert len(cal.vevent_list) == 5
    assert all(e.validate(raiseException=True) for e in cal.vevent_list)


def test_bytes_crlf_and_folding_between_characters(cdb: Database) -> None:
    # A title of two-byte characters: the fold must fall between two of them.
    title = "Fête " + "é" * 60 + " ça continue"
    items.create_item(cdb, ItemDraft(title, channels=["Facebook"],
                                     start=Timed(datetime(2026, 12, 9, 18))))  # fmt: skip
    data = ics_export.calendar(cdb, EVERYTHING, NOW)
    assert data.count(b"\n") == data.count(b"\r\n") and data.endswith(b"\r\n")
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # each physical line is whole characters: no split sequence
    summary = [i for i, line in enumerate(lines) if line.startswith(b"SUMMARY:")][0]
    assert lines[summary + 1].startswith(b" ")  # it was folded
    unfolded = lines[summary] + b"".join(
        line[1:] for line in lines[summary + 1 :] if line.startswith(b" ")
    )
    assert unfolded.decode("utf-8") == f"SUMMARY:{title}"


def test_two_exports_differ_only_in_dtstamp_and_an_edit_raises_sequence(cdb: Database) -> None:
    made = plan(cdb)
    first = ics_export.calendar(cdb, EVERYTHING, NOW)
    second = ics_export.calendar(cdb, EVERYTHING, NOW + timedelta(hours=5))
    differ = [
        (a, b) for a, b in zip(first.split(b"\r\n"), second.split(b"\r\n"), strict=True) if a != b
    ]
    assert differ and all(
        a.startswith(b"DTSTAMP:") and b.startswith(b"DTSTAMP:") for a, b in differ
    )
    before = events(parse(first))["Appel aux dons"][0]
    draft = items.item_draft(cdb, made["appeal"])
    draft.title = "Appel aux dons de Noël"
    items.update_item(cdb, made["appeal"], draft)
    after = events(parse(ics_export.calendar(cdb, EVERYTHING, NOW)))["Appel aux dons de Noël"][0]
    assert after["uid"] == before["uid"]
    assert int(after["sequence"]) == int(before["sequence"]) + 1


def test_filters_titles_only_and_held_items_left_out(cdb: Database, tmp_path: Path) -> None:
    plan(cdb)
    only = ics_export.ExportOptions(channels=("Facebook",), description="title")
    found = events(parse(ics_export.calendar(cdb, only, NOW)))
    assert set(found) == {"Appel aux dons", "Brouillon privé", "Conseil du mardi"}
    assert all("description" not in e for e in found["Brouillon privé"])
    assert b"pas encore relu" not in ics_export.calendar(cdb, only, NOW)
    december = ics_export.ExportOptions(first=date(2026, 12, 1), last=date(2026, 12, 10))
    assert set(events(parse(ics_export.calendar(cdb, december, NOW)))) == {
        "Appel aux dons", "Brouillon privé"}  # fmt: skip
    approved = ics_export.ExportOptions(statuses=("approved",))
    assert set(events(parse(ics_export.calendar(cdb, approved, NOW)))) == {
        "Appel aux dons", "Marché de Noël"}  # fmt: skip
    # An open crisis from 9 December holds the appeal and the draft: left out.
    start = datetime.combine(date(2026, 12, 9), time(8), PARIS)
    crisis_apply.start(cdb, crisis.propose(cdb, Crisis("Tempête", start)))
    found = events(parse(ics_export.calendar(cdb, EVERYTHING, NOW)))
    assert "Appel aux dons" not in found and "Brouillon privé" not in found
    out = tmp_path / "plan.ics"
    assert ics_export.write(cdb, out, EVERYTHING, NOW) == 3 and out.read_bytes().startswith(
        b"BEGIN:VCALENDAR\r\n"
    )


def test_progress_is_told_and_a_stop_leaves_no_file(cdb: Database, tmp_path: Path) -> None:
    plan(cdb)
    told: list[tuple[int, int]] = []
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "plan.ics"
    written = ics_export.write(cdb, out, EVERYTHING, NOW, lambda d, t: told.append((d, t)))
    assert told[0] == (0, 4) and told[-1] == (4, 4) and written == 5  # a date of its own

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done:
            raise Stop

    with pytest.raises(Stop):
        ics_export.write(cdb, tmp_path / "out" / "stopped.ics", EVERYTHING, NOW, stop)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["plan.ics"]
