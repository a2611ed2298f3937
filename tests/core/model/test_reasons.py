"""Reasons are codes with values (core/model/reasons.py): one English text per code, read back
from a stored text by the same table, and every code the package emits is in the table."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest

from ngo_calendar.core.model.reasons import (
    ENGLISH,
    RECORDED,
    from_text,
    given,
    of_record,
    os_reason,
    reason,
)
from tests.helpers import reason_sample as sample

PACKAGE = Path(__file__).resolve().parents[3] / "ngo_calendar"
# The words codes are built from (`reason(f"{what}.twice")`): each list's word for one entry,
# and the ways a crisis moves an item.
LIST_WORDS = ("channel", "campaign", "person", "objective", "audience")


def _ways() -> tuple[str, ...]:
    from ngo_calendar.core.crisis.plan import WAYS

    return tuple(WAYS)


@pytest.mark.parametrize("code", sorted(c for c in ENGLISH if c.startswith(RECORDED)))
def test_each_recorded_text_reads_back_as_its_code(code: str) -> None:
    why = sample(code)
    if code == "crisis.given":
        assert from_text(str(why)) is None and given(str(why)) == why
    else:
        assert from_text(str(why)) == why
    assert of_record({"why": why.as_json(), "reason": "anything"}) == why
    assert of_record({"reason": str(why)}) == (None if code == "crisis.given" else why)


def test_a_refusal_is_never_read_back_from_its_text() -> None:
    """Refusals are not stored: a crisis record's text is read back only as a row's reason,
    whatever a refusal's text would match ("{error}" matches anything)."""
    assert from_text(str(reason("file.error", error="new"))) == reason("import.new")
    assert from_text("use a whole number") is None
    assert given("use a whole number") == reason("crisis.given", text="use a whole number")


def test_numbers_keep_their_grouping_and_reasons_nest() -> None:
    why = reason("text.too_long", most=300, given=12345)
    assert str(why) == "use at most 300 characters (not 12,345)"
    assert why.as_json() == {"code": "text.too_long", "most": "300", "given": "12345"}
    nested = reason("import.rule", rule=reason("rule.count", most=10000, help=reason("rule.help")))
    assert str(nested).startswith("a repeat rule this calendar cannot keep: use COUNT=10,000")
    record = {"why": nested.as_json()}
    assert record["why"]["rule"]["code"] == "rule.count"
    read = of_record(record)
    assert read is not None and str(read) == str(nested)


@pytest.mark.parametrize(
    ("number", "said", "code"),
    [
        (errno.ENOENT, "No such file or directory", "file.missing"),
        (errno.EACCES, "Permission denied", "file.denied"),
        (errno.ENOENT, "Le fichier spécifié est introuvable", "file.error"),  # worded otherwise
        (errno.EIO, "Input/output error", "file.error"),
    ],
)
def test_a_system_error_keeps_the_systems_words(number: int, said: str, code: str) -> None:
    why = os_reason(OSError(number, said))
    assert why.code == code and str(why) == said


def _code_calls() -> list[ast.expr]:
    """The first argument of every reason(...) and Reason(...) call in the package."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in ("reason", "Reason", "_rule"):
                    found.append(node.args[0])
    return found


def _expand(template: ast.JoinedStr) -> set[str]:
    """The codes an f-string builds: its one placeholder stands for a list's word or a way."""
    parts = [ast.unparse(v.value) if isinstance(v, ast.FormattedValue) else v.value
             for v in template.values]  # fmt: skip
    held = [
        p for v, p in zip(template.values, parts, strict=True) if isinstance(v, ast.FormattedValue)
    ]
    assert len(held) == 1 and held[0] in ("what", "ways[0]"), ast.unparse(template)
    words = LIST_WORDS if held[0] == "what" else _ways()
    text = "".join(str(p) if not isinstance(v, ast.FormattedValue) else "{}"
                   for v, p in zip(template.values, parts, strict=True))  # fmt: skip
    return {text.format(word) for word in words}


def test_every_code_the_package_emits_is_in_the_table() -> None:
    written, built = set(), set()
    for first in _code_calls():
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            written.add(first.value)
        elif isinstance(first, ast.JoinedStr):
            built |= _expand(first)
    assert written <= set(ENGLISH), sorted(written - set(ENGLISH))
    assert built <= set(ENGLISH), sorted(built - set(ENGLISH))
    assert len(written) >= 150  # the codes written out in the package today


def test_every_code_of_the_table_is_used() -> None:
    """No code is left in the table once nothing says it: each is written somewhere in the
    package (in a call, or in a table of codes such as checks.RANGES), or built."""
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "gui" / "common" / "reasons.py":
            continue  # the window's table: every code, as the test of the window checks
        tree = ast.parse(path.read_text(encoding="utf-8"))
        table = {  # the keys of core's table itself
            id(key)
            for node in ast.walk(tree)
            if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "ENGLISH"
            for key in getattr(node.value, "keys", [])
        }
        used |= {
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and n.value in ENGLISH and id(n) not in table
        }
    for first in _code_calls():
        if isinstance(first, ast.JoinedStr):
            used |= _expand(first)
    assert set(ENGLISH) - used == set()


def test_an_unknown_code_is_refused_at_once() -> None:
    with pytest.raises(KeyError, match="no reason with the code"):
        reason("crisis.nonsense")
