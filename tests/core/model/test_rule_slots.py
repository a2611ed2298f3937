"""The direct weekly walk gives exactly dateutil's dates: generated weekly rules (days, times,
UNTIL, a start shifted near the window as _build_rule does), over windows across the changes of
time, and every other rule still goes through dateutil."""

from __future__ import annotations

from datetime import datetime, timedelta

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from ngo_calendar.core.model.rule_slots import _plain_weekly, slots_between

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

RULES = st.builds(
    lambda days, hours, minutes, until: (
        "FREQ=WEEKLY"
        + (f";BYDAY={','.join(days)}" if days else "")
        + (f";BYHOUR={','.join(map(str, hours))}" if hours else "")
        + (f";BYMINUTE={','.join(map(str, minutes))}" if minutes else "")
        + (f";UNTIL={until:%Y%m%dT%H%M%S}" if until else "")
    ),
    st.lists(st.sampled_from(DAYS), unique=True, max_size=4),
    st.lists(st.integers(0, 23), unique=True, max_size=3),
    st.lists(st.sampled_from([0, 15, 30, 45]), unique=True, max_size=2),
    st.none() | st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
)


@settings(max_examples=300, deadline=None)
@given(
    rule=RULES,
    start=st.datetimes(datetime(2025, 1, 1), datetime(2027, 6, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    ahead=st.integers(-30, 400),
    length=st.integers(0, 60),
)
def test_a_weekly_rule_walked_directly_gives_dateutils_dates(
    rule: str, start: datetime, ahead: int, length: int
) -> None:
    built = rrulestr(rule, dtstart=start)
    assert _plain_weekly(built)
    lo = start + timedelta(days=ahead, hours=ahead % 24)
    hi = lo + timedelta(days=length, minutes=length * 7)
    assert slots_between(built, lo, hi) == list(built.between(lo, hi, inc=True))


def test_other_rules_go_through_dateutil() -> None:
    start = datetime(2026, 3, 1, 9, 0)
    for rule in (
        "FREQ=WEEKLY;COUNT=5",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        "FREQ=MONTHLY;BYDAY=1SA",
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYMONTH=3,4",
    ):
        built = rrulestr(rule, dtstart=start)
        assert not _plain_weekly(built), rule
        lo, hi = start, start + timedelta(days=90)
        assert slots_between(built, lo, hi) == list(built.between(lo, hi, inc=True))
