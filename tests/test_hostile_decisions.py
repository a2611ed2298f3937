"""Hostile decisions files, property-based (issue 27, point 10): `review apply` fed generated
files answering a real review sheet, with valid seals computed over hostile values (as anybody
holding the page can: the key is in it) and broken ones (wrong shape, non-ASCII, upper case,
missing), values of every JSON type where each field belongs (texts, huge and tiny numbers,
1e400, booleans, null, lists, dicts), keys missing or added, other reviewers, files cut short.

What it proves, each example on a fresh copy of a small workspace with a recorded sheet:
- the command exits 0, or 2 with nothing on stdout and ONE line on stderr; never 1 (a logged
  traceback), never an exception escaping `run`;
- a refusal changes nothing: every table, the history and the undo stack are compared before
  and after, and the decisions file keeps its bytes;
- a success writes only decisions of the one person who may review ("Claire Martin": the other
  person is an editor) about what the sheet held.

The command line runs in-process, as in tests/test_hostile_input.py (whose docstring says why);
HOSTILE_EXAMPLES (default 40 here) bounds the examples so the file runs in CI in seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ngo_calendar.core.review import decisions as review_decisions
from tests.helpers import cli, dump, page_data, row

SETTINGS = settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
REFUSAL = re.compile(r"ngo-calendar( [a-z]+)*: error: ")
REVIEWER = "Claire Martin"
SETUP = [
    ["channel", "add", "Facebook", "--kind", "facebook"],
    ["person", "add", REVIEWER, "--role", "reviewer"],
    ["person", "add", "Camille", "--role", "editor"],
    ["item", "add", "--title", "Appel", "--channel", "Facebook", "--at", "2026-12-01T18:00"],
    ["item", "add", "--title", "Série", "--channel", "Facebook", "--at", "2026-12-01T09:00"]
    + ["--rrule", "FREQ=WEEKLY;BYDAY=TU"],
    ["item", "add", "--title", "Pas envoyé", "--channel", "Facebook", "--on", "2026-12-24"],
    ["review", "submit", "1"],
    ["review", "submit", "2", "--occurrence", "2026-12-15T09:00"],
]
MISSING = "<missing>"  # a key left out
RAW = "@@{}@@"  # a number written as is in the file (json.dumps cannot write 1e400)
Fresh = Callable[[], contextlib.AbstractContextManager[Path]]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The workspace every example starts from a copy of (closed, so a copy is safe), and the
    data of the recorded sheet's page, as its holder reads it."""
    root = tmp_path_factory.mktemp("hostile-decisions")
    folder, page = root / "ws", root / "page.html"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NGO_CALENDAR_USER", "hostile-tester")
        env.setenv("LANG", "fr_FR.UTF-8")
        for argv in [*SETUP, ["review", "sheet", str(page)]]:
            result = cli(folder, *argv)
            assert result.code == 0, (argv, result)
    data = page_data(page.read_text("utf-8"))
    assert [(e["item"], e["occurrence"]) for e in data["items"]] == [
        (1, None),
        (2, "20261215T080000Z"),
    ]
    return folder, data


@pytest.fixture
def fresh(template: tuple[Path, dict[str, Any]], tmp_path: Path) -> Fresh:
    """A context manager giving a new copy of the template: hypothesis examples are independent."""

    @contextlib.contextmanager
    def copy() -> Iterator[Path]:
        root = Path(tempfile.mkdtemp(dir=tmp_path))
        shutil.copytree(template[0], root / "ws")
        try:
            yield root / "ws"
        finally:
            shutil.rmtree(root, ignore_errors=True)

    return copy


# -- generated files ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Recipe:
    """How to spoil a decisions file that answers the template's sheet: per row (row i answers
    the sheet's entry i, then items it never held), the fields replaced (MISSING: left out);
    the file's fields replaced; the seal (valid: computed over whatever the file holds, with
    the page's key); the bytes kept (None: all)."""

    reviewer: object = REVIEWER
    rows: tuple[dict[str, object], ...] = ({},)
    top: dict[str, object] = field(default_factory=dict)
    seal: str = "valid"  # valid | upper | accented | short | hostile
    cut: int | None = None


SPECIAL = [
    10**30,
    2**63,
    -(2**63) - 1,
    -1,
    0,
    1.9,
    2.0,
    float("inf"),
    float("nan"),
    RAW.format("1e400"),
    RAW.format("-1e400"),
    RAW.format("1" * 400),
    RAW.format("9" * 5000),  # past Python's 4,300 digits: refused by read_json, not a traceback
    "abc",
    "",
    "é" * 64,
    "\udce9",
    "a\nb",
    "0" * 32,
    "F" * 64,
    "20261215T080000Z",
    "approve",
    "changes",
]
LEAVES = st.one_of(
    st.sampled_from(SPECIAL),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
)
HOSTILE = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
ROW_KEYS = ("item", "uid", "occurrence", "revision", "decision", "comment", "extra")
CHANGES = st.dictionaries(
    st.sampled_from(ROW_KEYS), st.one_of(st.just(MISSING), HOSTILE), max_size=2
)
FILE_KEYS = ("format", "version", "workspace", "sheet", "reviewer", "decisions", "seal", "more")
RECIPES = st.builds(
    Recipe,
    reviewer=st.one_of(
        st.sampled_from([REVIEWER, "claire  MARTIN", "Camille", "Présidente", ""]), HOSTILE
    ),
    rows=st.lists(CHANGES, max_size=4).map(tuple),
    top=st.dictionaries(
        st.sampled_from(FILE_KEYS), st.one_of(st.just(MISSING), HOSTILE), max_size=1
    ),
    seal=st.sampled_from(["valid", "valid", "valid", "upper", "accented", "short", "hostile"]),
    cut=st.one_of(st.none(), st.none(), st.integers(0, 400)),
)


def decisions_file(data: dict[str, Any], recipe: Recipe) -> bytes:
    """The file the recipe makes, for the sheet whose page data is `data`."""
    entries = data["items"]
    rows: list[Any] = []
    for i, changes in enumerate(recipe.rows):
        if i < len(entries):
            e = entries[i]
            found = row(e["item"], e["uid"], e["revision"], occurrence=e["occurrence"])
        else:
            found = row(3 + i, "x@ngo-calendar", 1)  # an item the sheet never held
        for key, value in changes.items():
            if value == MISSING:
                found.pop(key, None)
            else:
                found[key] = value
        rows.append(found)
    file: dict[str, Any] = {
        "format": review_decisions.FORMAT,
        "version": review_decisions.VERSION,
        "workspace": data["workspace"],
        "sheet": data["sheet"],
        "reviewer": recipe.reviewer,
        "decisions": rows,
    }
    for key, value in recipe.top.items():
        if value == MISSING:
            file.pop(key, None)
        else:
            file[key] = value
    try:
        args: tuple[Any, ...] = (file["workspace"], file["sheet"], file["reviewer"])
        text = review_decisions.canonical(*args, file["decisions"])
        valid = review_decisions.seal(data["key"], text)
    except (KeyError, TypeError, UnicodeEncodeError):
        valid = "0" * 64  # not a file any page could seal
    seals = {
        "valid": valid,
        "upper": valid.upper(),
        "accented": "é" + valid[1:],
        "short": valid[:63],
        "hostile": recipe.top.get("seal", valid),
    }
    file.setdefault("seal", seals[recipe.seal])
    written = json.dumps(file, ensure_ascii=True)
    for raw in re.findall(r'"@@(.*?)@@"', written):
        written = written.replace(f'"{RAW.format(raw)}"', raw)
    raw_bytes = written.encode("utf-8")
    return raw_bytes if recipe.cut is None else raw_bytes[: recipe.cut]


# -- what must hold ----------------------------------------------------------------------------
def snapshot(folder: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(folder / "workspace.sqlite")
    try:
        grown = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]
    finally:
        conn.close()
    return dump(folder), grown


TABLES = ("history", "undo_stack")


def written_since(folder: Path, last: int) -> list[tuple[str, str]]:
    """(who, subject) of the history entries after entry `last`."""
    conn = sqlite3.connect(folder / "workspace.sqlite")
    try:
        query = "SELECT who, subject_key FROM history WHERE id > ? ORDER BY id"
        return conn.execute(query, (last,)).fetchall()
    finally:
        conn.close()


def last_entry(folder: Path) -> int:
    conn = sqlite3.connect(folder / "workspace.sqlite")
    try:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0])
    finally:
        conn.close()


def check(folder: Path, data: dict[str, Any], recipe: Recipe) -> list[str]:
    path = folder.parent / "decisions.json"
    path.write_bytes(decisions_file(data, recipe))
    before, given_bytes, last = snapshot(folder), path.read_bytes(), last_entry(folder)
    result = cli(folder, "review", "apply", str(path))
    problems = [] if path.read_bytes() == given_bytes else ["the decisions file changed"]
    if result.code == 2:
        lines = result.err.splitlines()
        if result.out:
            problems.append("refused, but printed on stdout")
        if len(lines) != 1 or not REFUSAL.match(lines[0]):
            problems.append(f"refused with {len(lines)} stderr lines: {result.err[:300]!r}")
        if snapshot(folder) != before:
            problems.append(f"refused ({result.err.strip()[:200]}), but the workspace changed")
        return problems
    if result.code != 0 or result.err:
        log = folder / "logs" / "ngo-calendar.log"
        logged = log.read_text("utf-8", "replace")[-600:] if log.exists() else ""
        return [*problems, f"exit {result.code} {result.err[:300]!r} {logged}"]
    held = {e["uid"] for e in data["items"]}
    for who, subject in written_since(folder, last):
        if who != REVIEWER or subject not in held:
            problems.append(f"applied: {who} wrote about {subject}")
    return problems


@SETTINGS
@given(recipe=RECIPES)
@example(recipe=Recipe())
@example(recipe=Recipe(rows=({}, {"decision": "changes", "comment": "Préciser"})))
@example(recipe=Recipe(rows=({}, {}, {})))  # a third row: an item the sheet never held
@example(recipe=Recipe(rows=({"item": "abc"},)))
@example(recipe=Recipe(rows=({"item": 1.9},)))
@example(recipe=Recipe(rows=({"item": None},)))
@example(recipe=Recipe(rows=({"item": True},)))
@example(recipe=Recipe(rows=({"item": [1]},)))
@example(recipe=Recipe(rows=({"item": {"id": 1}},)))
@example(recipe=Recipe(rows=({"item": RAW.format("1e400")},)))
@example(recipe=Recipe(rows=({"revision": 10**30},)))
@example(recipe=Recipe(rows=({"occurrence": 20261215},)))
@example(recipe=Recipe(rows=({"comment": "\udce9"},)))
@example(recipe=Recipe(rows=({"uid": MISSING},)))
@example(recipe=Recipe(rows=({"extra": [[{"item": 2}]]},)))
@example(recipe=Recipe(seal="accented"))  # hmac.compare_digest raises TypeError on it
@example(recipe=Recipe(seal="upper"))
@example(recipe=Recipe(reviewer="Présidente"))
@example(recipe=Recipe(reviewer="Camille"))  # an editor
@example(recipe=Recipe(reviewer=["Claire Martin"]))
@example(recipe=Recipe(top={"decisions": [[]]}))
@example(recipe=Recipe(top={"version": True}))
@example(recipe=Recipe(top={"sheet": "0" * 32}))
@example(recipe=Recipe(top={"seal": MISSING}))
@example(recipe=Recipe(cut=120))
def test_hostile_decisions_files(
    fresh: Fresh,
    template: tuple[Path, dict[str, Any]],
    recipe: Recipe,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NGO_CALENDAR_USER", "hostile-tester")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    with fresh() as folder:
        problems = check(folder, template[1], recipe)
    assert not problems, f"{recipe!r}: {problems}"
