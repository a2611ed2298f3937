"""Reading a JSON file a person hands to a command (a reviewer's decisions, an edited crisis
plan): at most so many bytes, UTF-8 (a byte-order mark allowed), and a refusal that says where
it went wrong (the byte, the line and column) and why. Nothing is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .domain import UnreadableFile
from .files import read_limited
from .reasons import Reason, reason


def read_json(path: Path, max_bytes: int, what: Reason) -> Any:
    """The file's JSON value; `what` names the file in refusals (crisis_input.plan: "a crisis
    plan")."""
    raw = read_limited(path, max_bytes)
    if len(raw) > max_bytes:
        raise UnreadableFile(path, "file", reason("file.too_large", what=what))
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UnreadableFile(path, f"byte {exc.start + 1}", reason("file.not_utf8")) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise UnreadableFile(path, where, reason("file.not_json", error=exc.msg)) from None
