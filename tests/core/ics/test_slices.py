"""A large calendar is read a slice of events at a time (core/ics/structure.py), so that the
reading says how far it got and can be stopped: read in slices, every file gives exactly what it
gives read whole (time zones defined only in the file, Windows zone names, floating times, moved
dates of a series, skipped events and their lines)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ngo_calendar.core.ics import read as ics_read
from ngo_calendar.core.ics import structure as ics_structure

DATA = Path(__file__).resolve().parents[2] / "data"
FILES = sorted((DATA / "interop").glob("*.ics")) + [DATA / "ics" / "roundtrip.ics"]
PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_read_in_slices_of_one_event_gives_what_the_whole_file_gives(path: Path) -> None:
    whole = ics_read.read(path, PARIS, slice_size=10**9)
    sliced = ics_read.read(path, PARIS, slice_size=1)
    assert sliced == whole
    began = ics_structure.check(path, path.read_text("utf-8-sig")).events
    assert [e.line for e in whole.events] + [s[0] for s in whole.skipped] == began


def test_a_large_calendar_is_cut_and_progress_is_told(tmp_path: Path) -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:e{n}\r\nDTSTART;TZID=Romance Standard Time:20261201T{n % 10:02d}00"
        f"00\r\nDURATION:PT1H\r\nSUMMARY:Permanence {n}\r\nEND:VEVENT\r\n"
        for n in range(1, 1201)
    )
    path = tmp_path / "big.ics"
    path.write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:B\r\n{events}END:VCALENDAR\r\n"
    )
    structure = ics_structure.check(path, path.read_text())
    assert len(structure.slices()) == 3  # 500, 500, 200
    told: list[tuple[int, int]] = []
    found = ics_read.read(path, PARIS, progress=lambda done, total: told.append((done, total)))
    assert told == [(500, 1200), (1000, 1200), (1200, 1200)]
    assert [e.line for e in found.events[:2]] == [4, 10] and found.events[-1].title.endswith("1200")
    assert found.events[0].start_utc.isoformat() == "2026-12-01T00:00:00+00:00"  # 01:00 Paris


def test_progress_that_raises_stops_the_reading(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        ics_read.read(DATA / "ics" / "roundtrip.ics", PARIS, progress=stop, slice_size=1)


def test_a_file_of_two_calendars_is_read_whole(tmp_path: Path) -> None:
    one = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:{0}\r\nDTSTART:20261201T100000Z" \
          "\r\nSUMMARY:{0}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"  # fmt: skip
    path = tmp_path / "two.ics"
    path.write_text(one.format("a") + one.format("b"))
    structure = ics_structure.check(path, path.read_text())
    assert structure.slices(1) == [structure.text]
