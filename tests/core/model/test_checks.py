"""What a workspace accepts (core/model/checks.py) and the bounds put on recurrence rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.model.recurrence import CALENDAR_END, _build_rule, check_rule, validate_rrule
from ngo_calendar.core.model.timing import parse_day, parse_local_datetime

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("a\nb", "one line"),
        ("a\tb", "one line"),
        ("a\x00b", "control"),
        ("a\u2028b", "one line"),
        ("caf\udce9", "UTF-8"),
        ("x" * 301, "at most 300"),
        ("   ", "cannot be empty"),
    ],
)
def test_one_line_refuses(value: str, accepted: str) -> None:
    with pytest.raises(InputError) as caught:
        checks.one_line(value, "title", checks.TITLE_MAX)
    assert caught.value.field == "title" and accepted in caught.value.accepted


def test_one_line_keeps_what_people_write() -> None:
    text = "  Fête des voisins ‏עברית 🎉 «ok»  "
    assert checks.one_line(text, "title", 300) == text.strip()
    assert checks.one_line("x" * 300, "title", 300) == "x" * 300


def test_text_block_keeps_lines_and_tabs_and_normalises_windows_endings() -> None:
    assert checks.text_block("un\r\ndeux\rtrois\tquatre", "body") == "un\ndeux\ntrois\tquatre"
    with pytest.raises(InputError):
        checks.text_block("bip\x07", "body")
    with pytest.raises(InputError):
        checks.text_block("x" * (checks.TEXT_MAX + 1), "body")


def test_shown_is_one_printable_line_cut_short() -> None:
    assert checks.shown("a\nb") == "a\\nb"
    assert checks.shown("caf\udce9") == "caf\\xe9"
    assert checks.shown("") == '""'
    assert checks.shown("\x85") == '"\\x85"'  # blank for str.strip, and a line break
    long = checks.shown("y" * 5000)
    assert long.endswith("(5,000 characters)") and len(long) < 280
    assert str(InputError("title", "a\nb", reason("text.one_line", character="x"))).count("\n") == 0


@pytest.mark.parametrize("text", ["1899-12-31", "2201-01-01", "0001-01-01", "9999-12-31"])
def test_days_outside_the_calendar_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="1900-01-01 to 2200-12-31"):
        parse_day(text, "--on")


def test_the_calendar_ends_are_accepted() -> None:
    assert parse_day("1900-01-01", "--on") == date(1900, 1, 1)
    assert parse_day("2200-12-31", "--on") == date(2200, 12, 31)
    assert parse_local_datetime("2200-12-31T23:59", PARIS, "--at").year == 2200
    with pytest.raises(InputError):
        parse_local_datetime("9999-12-31T23:59-12:00", PARIS, "--at")


def test_whole_numbers_and_colours() -> None:
    assert checks.whole_number(5, "n", 0, 10) == 5
    for bad in (-1, 11, 10**20, True, "5", 5.0):
        with pytest.raises(InputError):
            checks.whole_number(bad, "n", 0, 10)
    assert checks.colour("#ABCDEF") == "#abcdef"
    for bad in ("#abc", "#abcdefg", "red", "#123456\n", "#12345g"):
        with pytest.raises(InputError):
            checks.colour(bad)


@pytest.mark.parametrize(
    ("rule", "accepted"),
    [
        ("FREQ=HOURLY;BYMINUTE=0,30", "hourly at most"),
        ("FREQ=DAILY;BYHOUR=9;BYSECOND=0,1", "hourly at most"),
        ("FREQ=MONTHLY;BYDAY=6MO", "1 to 5"),
        ("FREQ=YEARLY;BYDAY=54MO", "1 to 53"),
        ("FREQ=DAILY;COUNT=10001", "10,000"),
        ("FREQ=DAILY;UNTIL=22010101T000000Z", "1900-01-01 to 2200-12-31"),
        ("FREQ=DAILY\t;COUNT=2", "one line"),
        ("FREQ=HOURLY;BYSECOND=61", "0 to 59"),
        ("FREQ=HOURLY;BYMINUTE=60", "0 to 59"),
        ("FREQ=HOURLY;BYHOUR=24", "0 to 23"),
    ],
)
def test_rules_refused_whatever_their_start(rule: str, accepted: str) -> None:
    with pytest.raises(InputError) as caught:
        validate_rrule(rule)
    assert accepted in caught.value.accepted


@pytest.mark.parametrize(
    ("rule", "accepted"),
    [
        ("FREQ=DAILY;UNTIL=20261130T000000Z", "on or after the start"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "gives no date"),
        ("FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6,9,11", "gives no date"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=3", "gives no date"),
    ],
)
def test_rules_refused_from_their_start(rule: str, accepted: str) -> None:
    with pytest.raises(InputError) as caught:
        check_rule(validate_rrule(rule), datetime(2026, 12, 1, 9, 0, tzinfo=PARIS), PARIS)
    assert accepted in caught.value.accepted


def test_an_hour_the_interval_never_reaches_is_refused() -> None:
    with pytest.raises(InputError):
        check_rule("FREQ=HOURLY;INTERVAL=3;BYHOUR=9,18", datetime(2026, 1, 1, 1, 0), PARIS)


@pytest.mark.parametrize("rule", ["FREQ=HOURLY", "FREQ=DAILY;BYHOUR=9,10", "FREQ=DAILY;BYMINUTE=5"])
def test_an_all_day_series_repeats_daily_at_most(rule: str) -> None:
    """Its dates are named by their day: 24 a day would all share one key."""
    with pytest.raises(InputError, match="all-day"):
        check_rule(validate_rrule(rule), date(2026, 12, 1), PARIS)


def test_a_key_past_the_calendar_names_no_date() -> None:
    from ngo_calendar.core.model.recurrence import is_slot

    assert not is_slot(
        "FREQ=DAILY", datetime(2026, 12, 1, 8, 0, tzinfo=UTC), "99991231T235959Z", PARIS
    )
    assert not is_slot("FREQ=DAILY", date(2026, 12, 1), "00010101", PARIS)


def test_a_rare_rule_is_accepted() -> None:
    """29 February on a Monday: every 28 years or so, still a date before 2200."""
    check_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", date(2026, 12, 1), PARIS)


RULES = st.builds(
    lambda freq, interval, extra: f"FREQ={freq};INTERVAL={interval}{extra}",
    st.sampled_from(["HOURLY", "DAILY", "WEEKLY"]),
    st.integers(1, 5),
    st.sampled_from(
        ["", ";BYDAY=MO,WE", ";BYHOUR=9,18", ";BYMONTH=2,3", ";BYDAY=SU;BYHOUR=23", ";WKST=SU"]
    ),
)


@settings(max_examples=60, deadline=None)
@given(
    rule=RULES,
    start=st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    ahead=st.timedeltas(timedelta(0), timedelta(days=365 * 150)),
)
def test_starting_near_the_window_gives_the_same_dates(
    rule: str, start: datetime, ahead: timedelta
) -> None:
    """_build_rule moves the start of hourly, daily and weekly rules close to the window, so a
    view does not walk every date since the first; the dates in the window must not change."""
    lo = start + ahead
    hi = min(lo + timedelta(days=10), CALENDAR_END)
    try:
        plain = rrulestr(rule, dtstart=start).between(lo, hi, inc=True)
    except ValueError:
        assume(False)  # a BYHOUR the interval never reaches: check_rule refuses it
    assert _build_rule(rule, start, None, lo).between(lo, hi, inc=True) == plain


@pytest.mark.parametrize(
    "rule, starts",
    [
        # Parsed once for every start: what dateutil takes from the start (the weekday of a
        # weekly rule, the day of a monthly one) must come from each start, not the first.
        ("FREQ=WEEKLY", [datetime(2026, 12, 1, 9), datetime(2026, 12, 3, 18)]),
        ("FREQ=MONTHLY;COUNT=3", [datetime(2026, 1, 31, 8), datetime(2026, 2, 14, 8)]),
        ("FREQ=YEARLY", [datetime(2024, 2, 29, 12), datetime(2026, 7, 14, 10)]),
        # Hourly rules have their BYHOUR fitted to the start: odd hours reach 9, even ones 18.
        ("FREQ=HOURLY;INTERVAL=2;BYHOUR=9,18", [datetime(2000, 1, 1, 1), datetime(2000, 1, 1)]),
    ],
)
def test_a_rule_parsed_once_gives_each_start_its_own_dates(
    rule: str, starts: list[datetime]
) -> None:
    for start in starts:
        hi = start + timedelta(days=800)
        plain = rrulestr(rule, dtstart=start).between(start, hi, inc=True)
        assert plain and _build_rule(rule, start, None).between(start, hi, inc=True) == plain
