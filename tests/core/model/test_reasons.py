"""Reasons are codes with values (core/model/reasons.py): one English text per code, read back
from a stored text by the same table, and every code core emits is in the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ngo_calendar.core.model.reasons import ENGLISH, from_text, given, of_record, reason
from tests.helpers import reason_sample as sample

CORE = Path(__file__).resolve().parents[3] / "ngo_calendar" / "core"


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_each_text_reads_back_as_its_code(code: str) -> None:
    why = sample(code)
    if code == "crisis.given":
        assert from_text(str(why)) is None and given(str(why)) == why
    else:
        assert from_text(str(why)) == why
    assert of_record({"why": why.as_json(), "reason": "anything"}) == why
    assert of_record({"reason": str(why)}) == (None if code == "crisis.given" else why)


def test_every_code_core_emits_is_in_the_table() -> None:
    emitted = set()
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        emitted |= set(re.findall(r"""\breason\(\s*f?["']([a-z_.{}\[\]0-9]+)["']""", text))
        emitted |= set(re.findall(r"""\bReason\(\s*["']([a-z_.]+)["']""", text))
    shift = {c for c in emitted if "{" in c}
    assert shift == {"crisis.moved.{ways[0]}"}  # the one built code: every way is in the table
    from ngo_calendar.core.crisis.plan import WAYS

    assert {f"crisis.moved.{way}" for way in WAYS} <= set(ENGLISH)
    assert emitted - shift <= set(ENGLISH)
    assert len(emitted - shift) >= 25  # the codes written out in core today


def test_an_unknown_code_is_refused_at_once() -> None:
    with pytest.raises(KeyError, match="no reason with the code"):
        reason("crisis.nonsense")
