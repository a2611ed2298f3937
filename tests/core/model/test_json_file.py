"""A JSON file a person hands to a command (decisions, a crisis plan): whatever it holds, a
value or one refusal naming the line and column and why; never Python's own errors (a
RecursionError for deep brackets, a ValueError for a number of 5,000 digits)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ngo_calendar.core.crisis.plan import Crisis, Planned, PlanRules, plan
from ngo_calendar.core.crisis.propose import Proposal, as_json
from ngo_calendar.core.model.domain import UnreadableFile
from ngo_calendar.core.model.json_file import MAX_DEPTH, read_json
from ngo_calendar.core.model.reasons import reason
from tests.helpers import PARIS

WHAT = reason("crisis_input.plan")


def _read(tmp_path: Path, text: str) -> object:
    path = tmp_path / "file.json"
    path.write_text(text, encoding="utf-8")
    return read_json(path, 20_000_000, WHAT)


def _refused(tmp_path: Path, text: str) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as caught:
        _read(tmp_path, text)
    return caught.value


@pytest.mark.parametrize("brackets", ["[", '{"a":'])
def test_deep_brackets_are_refused_where_they_go_too_deep(tmp_path: Path, brackets: str) -> None:
    refused = _refused(tmp_path, brackets * 100_000)
    assert refused.why.code == "file.too_deep"
    assert refused.where == f"line 1, column {MAX_DEPTH * len(brackets) + 1}"
    assert "nested more than 20 levels deep" in str(refused)


def test_as_deep_as_allowed_is_read_and_brackets_in_strings_do_not_count(tmp_path: Path) -> None:
    deepest = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert _read(tmp_path, deepest) is not None
    assert _read(tmp_path, json.dumps({"title": "[[[[" * 1000, "x": [['\\"[[']]})) == {
        "title": "[[[[" * 1000,
        "x": [['\\"[[']],
    }
    too_deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    assert _refused(tmp_path, too_deep).why.code == "file.too_deep"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(tmp_path: Path, constant: str) -> None:
    refused = _refused(tmp_path, '{"rows": [\n  {"id": ' + constant + "}]}")
    assert (refused.why.code, refused.where) == ("file.not_a_number", "line 2, column 10")
    assert str(refused.why).startswith(constant)


@pytest.mark.parametrize(
    "number", ["1" + "0" * 5000, str(2**63), str(-(2**63)), "1e400", "-1e400", "1" * 400 + ".5"]
)
def test_numbers_too_large_are_refused_with_their_place(tmp_path: Path, number: str) -> None:
    refused = _refused(tmp_path, '{"name": "1e400 ' + number + '",\n "id": ' + number + "}")
    assert (refused.why.code, refused.where) == ("file.huge_number", "line 2, column 8")
    assert len(str(refused)) < 200  # a number of 5,000 digits is cut short


def test_sensible_numbers_are_read(tmp_path: Path) -> None:
    largest = 2**63 - 1
    text = json.dumps({"id": largest, "low": -largest, "x": 1.5, "y": 1e-400})
    assert _read(tmp_path, text) == {"id": largest, "low": -largest, "x": 1.5, "y": 0.0}


def test_a_plan_the_command_line_prints_is_well_within_the_depth(tmp_path: Path) -> None:
    """What MAX_DEPTH is measured against: `crisis plan --json` nests 4 levels deep (the plan,
    its rows, a row, its reason); a reviewer's decisions, 3."""
    start = datetime(2026, 12, 8, 7, tzinfo=UTC)
    item = Planned(1, None, "Fête", "", ("Facebook",), start + timedelta(days=1))
    crisis = Crisis("Tempête", start, start + timedelta(days=3))
    rows = plan(crisis, [item], PlanRules(tz=PARIS))
    printed = json.dumps(as_json(Proposal(crisis, rows), PARIS))
    assert _depth(_read(tmp_path, printed)) == 4 <= MAX_DEPTH // 4


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0
