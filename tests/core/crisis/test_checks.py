"""What a crisis takes from a person (the command line's options, the window's dialog, a plan
file): its name goes through the same checks as every name (one line, no control characters,
a length the column holds, not blank), its moments and the dates set by hand lie in the
calendar, its horizon is a number of days; the rules' words and days likewise. Each refusal
is an InputError naming the option, with a reason code."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ngo_calendar.core.crisis.plan import SHIFT, Crisis, Planned, PlanRules, plan
from ngo_calendar.core.crisis.plan_file import edited
from ngo_calendar.core.crisis.propose import check_crisis
from ngo_calendar.core.crisis.rules import parse_days, parse_quiet, parse_words
from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import InputError
from tests.helpers import PARIS

START = datetime(2026, 12, 8, 8, tzinfo=PARIS)
END = datetime(2026, 12, 11, 8, tzinfo=PARIS)


def _refusal(crisis: Crisis) -> tuple[str, str]:
    with pytest.raises(InputError) as caught:
        check_crisis(crisis)
    return caught.value.field, caught.value.why.code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Tem\x1bpête", "text.one_line"),
        ("Tempête\nsuite", "text.one_line"),
        ("Tem\u2028pête", "text.one_line"),
        ("caf\udce9", "text.utf8"),
        ("x" * 10_000, "text.too_long"),
        ("x" * (checks.CRISIS_NAME_MAX + 1), "text.too_long"),
        ("   ", "crisis_input.no_name"),
        ("\t", "crisis_input.no_name"),
        ("", "crisis_input.no_name"),
    ],
)
def test_a_name_is_checked_as_every_name(name: str, code: str) -> None:
    assert _refusal(Crisis(name, START, END)) == ("--name", code)


@pytest.mark.parametrize("name", ["  Tempête  ", "\u202eTempête", "x" * checks.CRISIS_NAME_MAX])
def test_a_name_is_kept_as_titles_are(name: str) -> None:
    """Spaces around it dropped; a bidi override kept, as an item title keeps it."""
    assert check_crisis(Crisis(name, START, END)).name == checks.one_line(name, "title", 10**6)


@pytest.mark.parametrize("horizon", [0, 366, -1, True, 2**63])
def test_the_horizon_is_a_number_of_days(horizon: int) -> None:
    assert _refusal(Crisis("T", START, END, horizon_days=horizon)) == (
        "--horizon",
        "crisis_input.horizon",
    )


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (datetime(1899, 12, 31, 8, tzinfo=PARIS), None, "--from"),
        (START, datetime(2201, 1, 1, 8, tzinfo=PARIS), "--until"),
        (START, datetime(9999, 12, 31, 23, 59, tzinfo=PARIS), "--until"),
    ],
)
def test_its_moments_lie_in_the_calendar(start: datetime, end: datetime | None, field: str) -> None:
    assert _refusal(Crisis("T", start, end)) == (field, "text.calendar")


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("kermesse, tom\x1bbola", "text.one_line"),
        ("caf\udce9", "text.utf8"),
        ("kerm\x7fesse", "text.one_line"),
        ("x" * 81, "crisis_input.word"),
    ],
)
def test_sensitive_words_are_one_line_each(words: str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_words([words])
    assert (caught.value.field, caught.value.why.code) == ("--words", code)


def test_words_and_phrases_are_kept_in_order_once_each() -> None:
    assert parse_words(["kermesse, Tombola\nvente  de gâteaux,tombola"]) == (
        "kermesse",
        "Tombola",
        "vente de gâteaux",
    )


@pytest.mark.parametrize(
    ("days", "code"),
    [
        ("0001-01-01", "text.calendar"),
        ("2026-12-25,9999-12-31", "text.calendar"),
        ("1899-12-31", "text.calendar"),
        ("Noël", "crisis_input.day"),
        ("2026-12-2\udce9", "text.utf8"),
    ],
)
def test_blackout_days_lie_in_the_calendar(days: str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_days([days])
    assert caught.value.why.code == code
    assert parse_days(["2026-12-25; 2200-12-31"]) == {date(2026, 12, 25), date(2200, 12, 31)}


def test_quiet_hours_are_ascii_digits() -> None:
    with pytest.raises(InputError):
        parse_quiet("٢١:٠٠-٠٨:٠٠")
    assert parse_quiet(" 21:00 - 08:00 ") is not None


@pytest.mark.parametrize(
    "after",
    [
        datetime(9999, 12, 31, 23, 59, tzinfo=PARIS),
        datetime(2201, 1, 1, 10, tzinfo=PARIS),
        datetime(1899, 12, 31, 10, tzinfo=PARIS),
    ],
)
def test_a_shift_set_by_hand_lies_in_the_calendar(after: datetime) -> None:
    """The window's plan table and a plan file both change a row with `edited`."""
    item = Planned(1, None, "Fête", "", ("Facebook",), datetime(2026, 12, 9, 18, tzinfo=PARIS))
    (row,) = plan(Crisis("T", START, END), [item], PlanRules(PARIS))
    with pytest.raises(InputError) as caught:
        edited(row, SHIFT, after)
    assert (caught.value.field, caught.value.why.code) == ("after", "text.calendar")
    assert edited(row, SHIFT, datetime(2200, 12, 30, 10, tzinfo=PARIS)).action == SHIFT
