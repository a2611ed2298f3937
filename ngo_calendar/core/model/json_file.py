"""Reading a JSON file a person hands to a command (a reviewer's decisions, an edited crisis
plan): at most so many bytes, UTF-8 (a byte-order mark allowed), at most MAX_DEPTH levels of
brackets, numbers JSON allows and of a sensible size, and a refusal that says where it went
wrong (the byte, the line and column) and why. Nothing is written."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from .checks import MAX_ID
from .domain import UnreadableFile, shown
from .files import read_limited
from .reasons import Reason, reason

# Our own files nest 4 levels deep (a crisis plan: the plan, its rows, a row, a row's reason's
# values); a person's edit never needs more. Deeper is refused before it is parsed: Python's
# parser recurses once per level and would stop with a RecursionError.
MAX_DEPTH = 20
MAX_INTEGER = MAX_ID  # the largest integer SQLite holds; larger names or counts nothing
# A string (skipped whole, brackets inside it included) or a bracket.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)


class _Unfit(Exception):
    """A value JSON's parser read that the file may not hold: NaN, Infinity, a huge number."""

    def __init__(self, token: str, why: Reason) -> None:
        super().__init__(token)
        self.token, self.why = token, why


def read_json(path: Path, max_bytes: int, what: Reason) -> Any:
    """The file's JSON value; `what` names the file in refusals (crisis_input.plan: "a crisis
    plan")."""
    raw = read_limited(path, max_bytes)
    if len(raw) > max_bytes:
        raise UnreadableFile(path, "file", reason("file.too_large", what=what))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(path, f"byte {exc.start + 1}", reason("file.not_utf8")) from None
    deep = _too_deep(text)
    if deep is not None:
        why = reason("file.too_deep", most=MAX_DEPTH)
        raise UnreadableFile(path, _where(text, deep), why)
    try:
        return json.loads(text, parse_constant=_constant, parse_int=_integer, parse_float=_real)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise UnreadableFile(path, where, reason("file.not_json", error=exc.msg)) from None
    except _Unfit as exc:
        raise UnreadableFile(path, _where(text, _find(text, exc.token)), exc.why) from None


def _too_deep(text: str) -> int | None:
    """Where the brackets first nest deeper than MAX_DEPTH (outside strings), or None."""
    depth = 0
    for found in _TOKENS.finditer(text):
        bracket = found.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return found.start()
        elif bracket in "]}":
            depth -= 1
    return None


def _constant(token: str) -> Any:
    """NaN, Infinity, -Infinity: Python's parser reads them, JSON has no such numbers."""
    raise _Unfit(token, reason("file.not_a_number", value=token))


def _integer(token: str) -> int:
    # The digits are counted before Python converts them (it refuses over 4,300 digits).
    if len(token.lstrip("-")) > len(str(MAX_INTEGER)) or abs(int(token)) > MAX_INTEGER:
        raise _Unfit(token, reason("file.huge_number", value=shown(token, 40)))
    return int(token)


def _real(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):  # 1e400 reads as infinity
        raise _Unfit(token, reason("file.huge_number", value=shown(token, 40)))
    return value


def _find(text: str, token: str) -> int:
    """Where `token` first stands as a value (not inside a string) in the text."""
    value = rf"(?<![\w.+-]){re.escape(token)}(?![\w.])"
    for found in re.finditer(rf'"[^"\\]*(?:\\.[^"\\]*)*"|{value}', text, re.DOTALL):
        if not found.group().startswith('"'):
            return found.start()
    return 0  # the parser read it, so it is there; the start of the file otherwise


def _where(text: str, at: int) -> str:
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    return f"line {line}, column {column}"
