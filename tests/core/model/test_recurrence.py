"""Recurrence on wall-clock time: DST days, exceptions, moved occurrences, COUNT/UNTIL, edges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ngo_calendar.core import InputError
from ngo_calendar.core.model.recurrence import (
    Override,
    expand_all_day,
    expand_timed,
    is_slot,
    validate_rrule,
)
from ngo_calendar.core.model.timing import local_to_utc, start_key

PARIS = ZoneInfo("Europe/Paris")
YEAR_2026 = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(instant: datetime) -> str:
    return instant.astimezone(PARIS).isoformat(timespec="minutes")


def timed(rule: str, first_local: datetime, window=YEAR_2026, **kw) -> list:
    return list(expand_timed(rule, local_to_utc(first_local, PARIS), PARIS, window, **kw))


def test_weekly_nine_oclock_stays_at_nine_across_both_2026_changes() -> None:
    # Sundays, so both change days themselves are occurrences
    found = timed("FREQ=WEEKLY;BYDAY=SU", datetime(2026, 3, 22, 9, 0))
    shown = [local(i.start_utc) for i in found]
    assert shown[:3] == [
        "2026-03-22T09:00+01:00",
        "2026-03-29T09:00+02:00",  # spring forward that night
        "2026-04-05T09:00+02:00",
    ]
    autumn = shown.index("2026-10-25T09:00+01:00")  # fall back that night
    assert shown[autumn - 1] == "2026-10-18T09:00+02:00"
    assert shown[autumn + 1] == "2026-11-01T09:00+01:00"
    assert all(i.start_utc.astimezone(PARIS).hour == 9 for i in found)
    # the instants themselves are an hour apart in UTC
    assert found[0].start_utc == utc(2026, 3, 22, 8, 0)
    assert found[1].start_utc == utc(2026, 3, 29, 7, 0)
    assert len(found) == 41  # 22 March to 27 December
    assert all(i.duration_minutes is None and not i.moved for i in found)


def test_weekly_on_tuesdays_and_the_utc_offset_change() -> None:
    found = timed("FREQ=WEEKLY;BYDAY=TU;COUNT=3", datetime(2026, 3, 24, 9, 0))
    assert [local(i.start_utc) for i in found] == [
        "2026-03-24T09:00+01:00",
        "2026-03-31T09:00+02:00",
        "2026-04-07T09:00+02:00",
    ]
    assert [i.key for i in found] == ["20260324T080000Z", "20260331T070000Z", "20260407T070000Z"]


def test_daily_half_past_two_on_spring_forward_day_lands_at_half_past_three() -> None:
    found = timed("FREQ=DAILY;COUNT=3", datetime(2026, 3, 28, 2, 30))
    assert [local(i.start_utc) for i in found] == [
        "2026-03-28T02:30+01:00",
        "2026-03-29T03:30+02:00",
        "2026-03-30T02:30+02:00",
    ]
    assert found[1].key == "20260329T013000Z"


def test_daily_half_past_two_on_fall_back_day_takes_the_first_pass() -> None:
    found = timed("FREQ=DAILY;COUNT=3", datetime(2026, 10, 24, 2, 30))
    assert [local(i.start_utc) for i in found] == [
        "2026-10-24T02:30+02:00",
        "2026-10-25T02:30+02:00",
        "2026-10-26T02:30+01:00",
    ]


def test_exdates_are_removed() -> None:
    rule = "FREQ=WEEKLY;BYDAY=TU;COUNT=4"
    found = timed(rule, datetime(2026, 4, 7, 9, 0), exdates=["20260414T070000Z"])
    assert [i.key for i in found] == ["20260407T070000Z", "20260421T070000Z", "20260428T070000Z"]


def test_moved_occurrence_appears_at_its_new_place_only() -> None:
    moved = Override("20260414T070000Z", utc(2026, 4, 16, 14, 0), None, 45)
    found = timed(
        "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
        datetime(2026, 4, 7, 9, 0),
        overrides=[moved],
        duration_minutes=30,
    )
    starts = sorted((i.start_utc, i.key, i.moved, i.duration_minutes) for i in found)
    assert starts == [
        (utc(2026, 4, 7, 7, 0), "20260407T070000Z", False, 30),
        (utc(2026, 4, 16, 14, 0), "20260414T070000Z", True, 45),
        (utc(2026, 4, 21, 7, 0), "20260421T070000Z", False, 30),
    ]
    assert utc(2026, 4, 14, 7, 0) not in [i.start_utc for i in found]


def test_moved_occurrence_follows_its_new_place_not_its_slot_for_windows() -> None:
    moved = Override("20260414T070000Z", utc(2026, 5, 20, 7, 0), None, None)
    april = (utc(2026, 4, 13), utc(2026, 4, 20))
    may = (utc(2026, 5, 18), utc(2026, 5, 25))
    rule = "FREQ=WEEKLY;BYDAY=TU;COUNT=3"
    assert timed(rule, datetime(2026, 4, 7, 9, 0), april, overrides=[moved]) == []
    in_may = timed(rule, datetime(2026, 4, 7, 9, 0), may, overrides=[moved])
    assert [(i.key, i.moved) for i in in_may] == [("20260414T070000Z", True)]


def test_exdate_wins_over_a_move_of_the_same_slot() -> None:
    moved = Override("20260414T070000Z", utc(2026, 4, 16, 7, 0), None, None)
    found = timed(
        "FREQ=WEEKLY;COUNT=3",
        datetime(2026, 4, 7, 9, 0),
        exdates=["20260414T070000Z"],
        overrides=[moved],
    )
    assert [i.key for i in found] == ["20260407T070000Z", "20260421T070000Z"]


def test_timed_occurrence_moved_to_a_whole_day() -> None:
    moved = Override("20260414T070000Z", None, date(2026, 4, 17), None)
    found = timed("FREQ=WEEKLY;COUNT=2", datetime(2026, 4, 7, 9, 0), overrides=[moved])
    assert [(i.start_utc, i.start_date, i.moved) for i in found] == [
        (utc(2026, 4, 7, 7, 0), None, False),
        (None, date(2026, 4, 17), True),
    ]


def test_all_day_rule_with_exdate_and_move() -> None:
    found = list(
        expand_all_day(
            "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=4",
            date(2026, 1, 1),
            (date(2026, 1, 1), date(2026, 6, 1)),
            exdates=["20260201"],
            overrides=[Override("20260301", None, date(2026, 3, 3), None)],
        )
    )
    assert sorted((i.start_date, i.key, i.moved) for i in found) == [
        (date(2026, 1, 1), "20260101", False),
        (date(2026, 3, 3), "20260301", True),
        (date(2026, 4, 1), "20260401", False),
    ]
    assert all(i.start_utc is None for i in found)


def test_all_day_rule_is_not_affected_by_dst() -> None:
    found = list(
        expand_all_day("FREQ=DAILY", date(2026, 3, 28), (date(2026, 3, 28), date(2026, 4, 1)))
    )
    assert [i.start_date for i in found] == [date(2026, 3, d) for d in (28, 29, 30, 31)]
    assert [i.key for i in found][:2] == ["20260328", "20260329"]


def test_all_day_window_edges() -> None:
    rule = "FREQ=DAILY;COUNT=10"
    found = list(expand_all_day(rule, date(2026, 5, 1), (date(2026, 5, 3), date(2026, 5, 5))))
    assert [i.start_date for i in found] == [date(2026, 5, 3), date(2026, 5, 4)]


def test_all_day_occurrence_moved_to_a_timed_slot_is_shown_on_its_local_day() -> None:
    moved = Override("20260413", utc(2026, 4, 14, 22, 30), None, 60)  # 00:30 on the 15th
    found = list(
        expand_all_day(
            "FREQ=WEEKLY;COUNT=3",
            date(2026, 4, 6),
            (date(2026, 4, 15), date(2026, 4, 16)),
            overrides=[moved],
            tz=PARIS,
        )
    )
    assert [(i.key, i.start_utc, i.moved) for i in found] == [
        ("20260413", utc(2026, 4, 14, 22, 30), True)
    ]


def test_count_limits_occurrences() -> None:
    found = timed("FREQ=MONTHLY;BYDAY=1MO;COUNT=6", datetime(2026, 1, 5, 18, 0))
    assert len(found) == 6
    assert local(found[-1].start_utc) == "2026-06-01T18:00+02:00"


def test_until_local_is_inclusive() -> None:
    found = timed("FREQ=WEEKLY;UNTIL=20260421T090000", datetime(2026, 4, 7, 9, 0))
    assert [i.key for i in found] == ["20260407T070000Z", "20260414T070000Z", "20260421T070000Z"]


def test_until_as_a_date() -> None:
    found = timed("FREQ=DAILY;UNTIL=20260403", datetime(2026, 4, 1, 9, 0))
    assert len(found) == 2  # 1 and 2 April; 3 April 09:00 is after 3 April 00:00


def test_until_in_utc_is_read_as_an_instant() -> None:
    # 27 October 2026 09:00 in Paris is 08:00 UTC (winter time again): the last Tuesday
    rule = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027T080000Z"
    assert validate_rrule(rule) == rule
    found = timed(rule, datetime(2026, 10, 6, 9, 0))
    assert [local(i.start_utc) for i in found] == [
        "2026-10-06T09:00+02:00",
        "2026-10-13T09:00+02:00",
        "2026-10-20T09:00+02:00",
        "2026-10-27T09:00+01:00",
    ]
    # one minute earlier in UTC and the last one is gone
    earlier = timed("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027T075900Z", datetime(2026, 10, 6, 9, 0))
    assert len(earlier) == 3


def test_until_in_utc_for_an_all_day_rule() -> None:
    # midnight on 10 April in Paris, written in UTC
    found = list(
        expand_all_day(
            "FREQ=DAILY;UNTIL=20260409T220000Z",
            date(2026, 4, 8),
            (date(2026, 4, 1), date(2026, 5, 1)),
            tz=PARIS,
        )
    )
    assert [i.start_date for i in found] == [date(2026, 4, 8), date(2026, 4, 9), date(2026, 4, 10)]


def test_window_start_is_included_and_window_end_excluded() -> None:
    rule = "FREQ=DAILY;COUNT=5"
    first = datetime(2026, 6, 1, 9, 0)
    window = (utc(2026, 6, 2, 7, 0), utc(2026, 6, 4, 7, 0))  # exactly two slots
    found = timed(rule, first, window)
    assert [i.start_utc for i in found] == [utc(2026, 6, 2, 7, 0), utc(2026, 6, 3, 7, 0)]
    nudged = (window[0] + timedelta(seconds=1), window[1] + timedelta(seconds=1))
    assert [i.start_utc for i in timed(rule, first, nudged)] == [
        utc(2026, 6, 3, 7, 0),
        utc(2026, 6, 4, 7, 0),
    ]


def test_moved_occurrence_window_edges() -> None:
    moved = Override("20260602T070000Z", utc(2026, 6, 10, 12, 0), None, None)
    rule = "FREQ=DAILY;COUNT=2"
    first = datetime(2026, 6, 1, 9, 0)
    at_start = (utc(2026, 6, 10, 12, 0), utc(2026, 6, 11))
    at_end = (utc(2026, 6, 10), utc(2026, 6, 10, 12, 0))
    assert len(timed(rule, first, at_start, overrides=[moved])) == 1
    assert timed(rule, first, at_end, overrides=[moved]) == []


def test_nothing_before_the_first_start() -> None:
    found = timed("FREQ=WEEKLY", datetime(2026, 6, 2, 9, 0), (utc(2026, 5, 1), utc(2026, 6, 10)))
    assert [i.start_utc for i in found] == [utc(2026, 6, 2, 7, 0), utc(2026, 6, 9, 7, 0)]


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;BYDAY=TU"),
        ("RRULE:FREQ=DAILY;COUNT=3", "FREQ=DAILY;COUNT=3"),
        ("  freq=monthly;byday=1mo  ", "FREQ=MONTHLY;BYDAY=1MO"),
    ],
)
def test_validate_rrule_normalises(text: str, stored: str) -> None:
    assert validate_rrule(text) == stored


@pytest.mark.parametrize(
    "text",
    [
        "",
        "RRULE:",
        "BYDAY=TU",
        "FREQ=SOMETIMES",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;COUNT=three",
        "FREQ=WEEKLY;UNTIL=someday",
        "FREQ=DAILY;COUNT=3;UNTIL=20260110",
        "FREQ=DAILY;INTERVAL=0",  # dateutil would loop forever
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=WEEKLY;COUNT=0",
        "FREQ=YEARLY;BYMONTH=13",
        "FREQ=YEARLY;BYMONTH=0",
        "FREQ=MONTHLY;BYMONTHDAY=32",
        "FREQ=MONTHLY;BYMONTHDAY=0",
        "FREQ=MONTHLY;BYMONTHDAY=-32",
        "FREQ=YEARLY;BYYEARDAY=367",
        "FREQ=YEARLY;BYWEEKNO=54",
        "FREQ=MONTHLY;BYDAY=1MO,60TU",
        "FREQ=WEEKLY;BYDAY=TU;BYDAY=WE",
        "FREQ=DAILY;BYHOUR=24",
        "FREQ=MINUTELY",
        "FREQ=SECONDLY;COUNT=5",
    ],
)
def test_validate_rrule_refuses_malformed_rules(text: str) -> None:
    with pytest.raises(InputError) as caught:
        validate_rrule(text, "--rrule")
    assert caught.value.field == "--rrule"
    assert caught.value.value == text
    assert "FREQ=WEEKLY;BYDAY=TU" in str(caught.value)  # shows what would be accepted


def test_validate_rrule_accepts_signed_and_listed_values() -> None:
    rule = "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,+2MO;BYMONTHDAY=-31,1,31"
    assert validate_rrule(rule) == rule
    assert validate_rrule("FREQ=YEARLY;BYYEARDAY=-366;BYWEEKNO=53;BYMONTH=1,12") is not None
    assert validate_rrule("FREQ=HOURLY;COUNT=1")


def test_out_of_range_message_names_the_part() -> None:
    with pytest.raises(InputError, match="INTERVAL takes 1 or more"):
        validate_rrule("FREQ=WEEKLY;INTERVAL=0")
    with pytest.raises(InputError, match="BYMONTH takes 1 to 12"):
        validate_rrule("FREQ=YEARLY;BYMONTH=13")
    with pytest.raises(InputError, match="COUNT or UNTIL, not both"):
        validate_rrule("FREQ=DAILY;COUNT=2;UNTIL=20260110")


def test_is_slot() -> None:
    first = local_to_utc(datetime(2026, 4, 7, 9, 0), PARIS)
    rule = "FREQ=WEEKLY;COUNT=3"
    assert is_slot(rule, first, "20260414T070000Z", PARIS)
    assert not is_slot(rule, first, "20260414T080000Z", PARIS)  # wrong hour
    assert not is_slot(rule, first, "20260428T070000Z", PARIS)  # after COUNT
    assert not is_slot(rule, first, "20260414", PARIS)  # a day key on a timed series
    assert not is_slot(rule, first, "garbage", PARIS)
    assert is_slot(rule, date(2026, 4, 6), "20260413", PARIS)
    assert not is_slot(rule, date(2026, 4, 6), "20260414", PARIS)
    assert not is_slot(rule, date(2026, 4, 6), "20260413T000000Z", PARIS)


def test_keys_are_start_keys_of_the_rule_slots() -> None:
    found = timed("FREQ=DAILY;COUNT=2", datetime(2026, 3, 29, 9, 0))
    assert [i.key for i in found] == [start_key(i.start_utc) for i in found]
