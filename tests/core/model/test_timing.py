"""Wall-clock time versus UTC instants, with the two 2026 daylight-saving days in Europe/Paris."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ngo_calendar.core import InputError
from ngo_calendar.core.model.domain import AllDay, Timed
from ngo_calendar.core.model.timing import (
    iso_instant,
    local_to_utc,
    parse_day,
    parse_local_datetime,
    parse_start,
    parse_start_key,
    shift_local,
    start_key,
    utc_to_local,
    zone,
)

PARIS = ZoneInfo("Europe/Paris")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_winter_and_summer_offsets() -> None:
    assert local_to_utc(datetime(2026, 1, 15, 9, 0), PARIS) == utc(2026, 1, 15, 8, 0)
    assert local_to_utc(datetime(2026, 7, 15, 9, 0), PARIS) == utc(2026, 7, 15, 7, 0)


def test_spring_forward_gap_is_refused_with_the_first_valid_time() -> None:
    with pytest.raises(InputError) as caught:
        local_to_utc(datetime(2026, 3, 29, 2, 30), PARIS)
    error = caught.value
    assert error.field == "start"
    assert error.value == "2026-03-29T02:30"
    assert "2026-03-29T03:00" in str(error)
    assert "Europe/Paris" in str(error)


@pytest.mark.parametrize("minute", [0, 1, 15, 59])
def test_every_minute_of_the_gap_is_refused(minute: int) -> None:
    with pytest.raises(InputError, match="03:00"):
        local_to_utc(datetime(2026, 3, 29, 2, minute), PARIS, "--at")


def test_edges_of_the_spring_gap_are_accepted() -> None:
    assert local_to_utc(datetime(2026, 3, 29, 1, 59), PARIS) == utc(2026, 3, 29, 0, 59)
    assert local_to_utc(datetime(2026, 3, 29, 3, 0), PARIS) == utc(2026, 3, 29, 1, 0)


def test_field_name_is_carried_into_the_error() -> None:
    with pytest.raises(InputError) as caught:
        local_to_utc(datetime(2026, 3, 29, 2, 30), PARIS, "--at")
    assert caught.value.field == "--at"


def test_fall_back_ambiguous_time_takes_the_first_occurrence() -> None:
    instant = local_to_utc(datetime(2026, 10, 25, 2, 30), PARIS)
    assert instant == utc(2026, 10, 25, 0, 30)  # +02:00, summer time, fold=0
    assert iso_instant(instant, PARIS) == "2026-10-25T02:30+02:00"
    # the same wall time an hour later in UTC is the second pass, in winter time
    assert iso_instant(instant + timedelta(hours=1), PARIS) == "2026-10-25T02:30+01:00"


def test_local_to_utc_ignores_a_tzinfo_on_the_input() -> None:
    aware = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert local_to_utc(aware, PARIS) == utc(2026, 6, 1, 10, 0)


@pytest.mark.parametrize(
    "local",
    [
        datetime(2026, 1, 1, 0, 0),
        datetime(2026, 3, 29, 1, 59),
        datetime(2026, 3, 29, 3, 0),
        datetime(2026, 6, 21, 23, 30),
        datetime(2026, 10, 25, 1, 59),
        datetime(2026, 10, 25, 3, 0),
        datetime(2026, 12, 31, 23, 59),
    ],
)
def test_round_trip_local_utc_local(local: datetime) -> None:
    instant = local_to_utc(local, PARIS)
    assert instant.tzinfo is UTC
    assert utc_to_local(instant, PARIS) == local


def test_utc_to_local_reads_naive_values_as_utc() -> None:
    assert utc_to_local(datetime(2026, 7, 1, 7, 0), PARIS) == datetime(2026, 7, 1, 9, 0)
    assert utc_to_local(utc(2026, 7, 1, 7, 0), PARIS).tzinfo is None


def test_shift_local_moves_gap_times_forward_like_rfc_5545() -> None:
    assert shift_local(datetime(2026, 3, 29, 2, 30), PARIS) == utc(2026, 3, 29, 1, 30)
    assert iso_instant(utc(2026, 3, 29, 1, 30), PARIS) == "2026-03-29T03:30+02:00"


def test_zone_refuses_unknown_names() -> None:
    assert zone("America/Montreal").key == "America/Montreal"
    with pytest.raises(InputError, match="IANA") as caught:
        zone("Mars/Olympus_Mons")
    assert caught.value.field == "timezone"


def test_parse_start_with_at_gives_a_timed_start() -> None:
    assert parse_start("2026-12-01T18:00", None, PARIS) == Timed(datetime(2026, 12, 1, 18, 0))


def test_parse_start_with_on_gives_an_all_day_start() -> None:
    assert parse_start(None, "2026-12-01", PARIS) == AllDay(date(2026, 12, 1))


def test_parse_start_with_neither_is_the_backlog() -> None:
    assert parse_start(None, None, PARIS) is None
    # Given but empty is not "neither": it is refused rather than read as no date (an idea).
    with pytest.raises(InputError) as caught:
        parse_start("", None, PARIS)
    assert caught.value.field == "--at"
    with pytest.raises(InputError) as caught:
        parse_start(None, " ", PARIS)
    assert caught.value.field == "--on"


def test_parse_start_refuses_both() -> None:
    with pytest.raises(InputError, match="either --at or --on") as caught:
        parse_start("2026-12-01T18:00", "2026-12-01", PARIS)
    assert caught.value.field == "--at/--on"


def test_parse_start_refuses_the_spring_gap() -> None:
    with pytest.raises(InputError, match="03:00") as caught:
        parse_start("2026-03-29T02:30", None, PARIS)
    assert caught.value.field == "--at"


def test_parse_start_refuses_garbage() -> None:
    with pytest.raises(InputError, match="2026-12-01T18:00"):
        parse_start("tomorrow at six", None, PARIS)
    with pytest.raises(InputError, match="2026-12-01") as caught:
        parse_start(None, "01/12/2026", PARIS)
    assert caught.value.field == "--on"


def test_explicit_offset_is_honoured_and_shown_in_workspace_time() -> None:
    # 18:00 in Montreal (-05:00 in December) is midnight in Paris
    start = parse_start("2026-12-01T18:00-05:00", None, PARIS)
    assert start == Timed(datetime(2026, 12, 2, 0, 0))
    assert parse_local_datetime("2026-07-01T09:00+00:00", PARIS, "x") == utc(2026, 7, 1, 9, 0)
    assert parse_local_datetime("2026-07-01T09:00Z", PARIS, "x") == utc(2026, 7, 1, 9, 0)


def test_explicit_offset_may_name_an_instant_inside_the_local_gap() -> None:
    # 01:30 UTC is 03:30 CEST: a real instant, even though it is written differently
    assert parse_local_datetime("2026-03-29T01:30+00:00", PARIS, "x") == utc(2026, 3, 29, 1, 30)


def test_parse_local_datetime_uses_the_workspace_zone_for_naive_text() -> None:
    assert parse_local_datetime(" 2026-07-01T09:00 ", PARIS, "x") == utc(2026, 7, 1, 7, 0)
    montreal = ZoneInfo("America/Montreal")
    assert parse_local_datetime("2026-07-01T09:00", montreal, "x") == utc(2026, 7, 1, 13, 0)


def test_parse_day() -> None:
    assert parse_day(" 2026-02-28 ", "on") == date(2026, 2, 28)
    with pytest.raises(InputError) as caught:
        parse_day("2026-02-30", "on")
    assert caught.value.field == "on"


def test_iso_instant_shows_the_offset_of_the_day() -> None:
    assert iso_instant(utc(2026, 3, 28, 8, 0), PARIS) == "2026-03-28T09:00+01:00"
    assert iso_instant(utc(2026, 3, 30, 7, 0), PARIS) == "2026-03-30T09:00+02:00"


def test_start_key_for_instants_is_utc() -> None:
    assert start_key(utc(2026, 4, 7, 7, 0)) == "20260407T070000Z"
    paris_nine = datetime(2026, 4, 7, 9, 0, tzinfo=PARIS)
    assert start_key(paris_nine) == "20260407T070000Z"


def test_start_key_for_days() -> None:
    assert start_key(date(2026, 4, 7)) == "20260407"


def test_parse_start_key_round_trips() -> None:
    instant = utc(2026, 10, 25, 0, 30)
    assert parse_start_key(start_key(instant)) == instant
    assert parse_start_key("20260407T070000Z").tzinfo is UTC
    assert parse_start_key(start_key(date(2026, 4, 7))) == date(2026, 4, 7)
    parsed = parse_start_key("20260407")
    assert type(parsed) is date


def test_parse_start_key_refuses_garbage() -> None:
    with pytest.raises(ValueError):
        parse_start_key("not-a-key")
