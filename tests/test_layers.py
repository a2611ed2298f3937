"""The layers and wings hold: each part of the package imports only what the architecture
allows (docs/architecture.md).

The rules are import-linter contracts in pyproject.toml (layers of the package and of core's
and the window's wings, gui and cli never touching the store, core and store never loading Qt,
private modules kept in their wing, no import cycle); a test runs them, and another plants one
break of each rule in a single copy of the package and checks that each is reported. Besides,
core and store load no Qt in a fresh interpreter, and no module imports or uses a `_name` of
another module.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "ngo_calendar"
QT_ROOTS = ("PySide2", "PySide6", "PyQt5", "PyQt6", "shiboken2", "shiboken6", "sip")

# Prints the Qt modules present in sys.modules after running the given statements.
PROBE = """
import json, sys
{statements}
qt = sorted(m for m in sys.modules if m.split(".")[0] in {roots!r})
print(json.dumps(qt))
"""


def module_of(path: Path, root: Path = PACKAGE) -> str:
    """Fully qualified name of a file of the package rooted at `root` (the ngo_calendar folder)."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _qt_loaded_after(statements: str, tmp_path: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "NGO_CALENDAR_"))}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["NGO_CALENDAR_USER"] = "layers-test"
    code = PROBE.format(statements=statements, roots=QT_ROOTS)
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_core_and_store_load_no_qt_in_a_fresh_interpreter(tmp_path: Path) -> None:
    modules = sorted(
        module_of(p)
        for sub in ("core", "store")
        for p in (PACKAGE / sub).rglob("*.py")
        if "migrations" not in p.parts
    )
    statements = "\n".join(
        ["import ngo_calendar.core", "import ngo_calendar.store"] + [f"import {m}" for m in modules]
    )
    assert "ngo_calendar.core.items.edit" in modules and "ngo_calendar.store.database" in modules
    assert _qt_loaded_after(statements, tmp_path) == []


def test_the_command_line_loads_no_qt_to_import_or_to_run_a_command(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    statements = f"""
import ngo_calendar.app, ngo_calendar.cli.commands
from ngo_calendar.app import run
assert run(["--data-dir", {str(folder)!r}, "channel", "add", "Facebook", "--kind", "facebook"]) == 0
assert run(["--data-dir", {str(folder)!r}, "item", "add", "--title", "T", "--channel", "Facebook",
            "--on", "2026-12-01"]) == 0
assert run(["--data-dir", {str(folder)!r}, "item", "list", "--from", "2026-12-01"]) == 0
assert run(["--data-dir", {str(folder)!r}, "undo"]) == 0
"""
    assert _qt_loaded_after(statements, tmp_path) == []


def test_the_probe_would_see_qt(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    assert "PySide6" in _qt_loaded_after("import PySide6.QtCore", tmp_path)


# -- the contracts -----------------------------------------------------------------------------


def lint_imports(folder: Path) -> subprocess.CompletedProcess[str]:
    """import-linter over the package found first on the path from `folder`, with the
    contracts of `folder`/pyproject.toml."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = str(folder)
    env["COLUMNS"] = "400"  # one import a line in the report
    code = "import sys; from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run(
        [sys.executable, "-c", code, "--config", str(folder / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
        timeout=300,
    )


def test_the_import_contracts_hold() -> None:
    proc = lint_imports(REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    kept = re.findall(r" KEPT$", proc.stdout, re.M)
    assert len(kept) == 8, proc.stdout


PLANTED = [  # (file, code appended to it, the import as the report names it)
    (
        "core/model/domain.py",
        "from PySide6.QtCore import QDate",
        "ngo_calendar.core.model.domain -> PySide6",
    ),
    ("store/tables.py", "def f():\n    import shiboken6", "ngo_calendar.store.tables -> shiboken6"),
    (
        "core/items/edit.py",
        "def f():\n    from ...gui.common import dnd",
        "ngo_calendar.core.items.edit -> ngo_calendar.gui.common.dnd",
    ),
    (
        "store/models.py",
        "from ngo_calendar.core.write import undo",
        "ngo_calendar.store.models -> ngo_calendar.core.write.undo",
    ),
    (
        "gui/views/agenda.py",
        "from ngo_calendar.store import columns",
        "ngo_calendar.gui.views.agenda -> ngo_calendar.store.columns",
    ),
    (
        "cli/lists.py",
        "from ngo_calendar.store import database",
        "ngo_calendar.cli.lists -> ngo_calendar.store.database",
    ),
    (
        "cli/review.py",
        "from ngo_calendar.gui.common import labels",
        "ngo_calendar.cli.review -> ngo_calendar.gui.common.labels",
    ),
    (
        "core/write/records.py",
        "def f():\n    from ..review import rules",
        "ngo_calendar.core.write.records -> ngo_calendar.core.review.rules",
    ),
    (
        "core/crisis/end.py",
        "from ..ics import structure",
        "ngo_calendar.core.crisis.end -> ngo_calendar.core.ics.structure",
    ),
    (
        "gui/views/backlog.py",
        "from ..window import window_state",
        "ngo_calendar.gui.views.backlog -> ngo_calendar.gui.window.window_state",
    ),
    (
        "gui/editor/text.py",
        "from ..settings import widgets",
        "ngo_calendar.gui.editor.text -> ngo_calendar.gui.settings.widgets",
    ),
    (
        "core/calendar/rows.py",
        "from . import output",
        "ngo_calendar.core.calendar.rows -> ngo_calendar.core.calendar.output",
    ),
    (
        "core/review/queue.py",
        "from ..workspace import channel",
        "ngo_calendar.core.review.queue -> ngo_calendar.core.workspace.channel",
    ),
    (
        "core/demo/build.py",
        "from ..write import _planted",
        "ngo_calendar.core.demo.build -> ngo_calendar.core.write._planted",
    ),
]
ALLOWED = [  # imports the rules permit: planting them breaks nothing more
    ("core/crisis/record.py", "from ..write import unit_of_work"),
    ("gui/window/launch.py", "from ..views import week_layout"),
    ("cli/crisis.py", "from ngo_calendar.core.ics import export"),
    ("app.py", "def f():\n    from ngo_calendar.store import models"),
    ("core/write/_planted.py", "from . import records"),
    ("core/ics/read.py", "from ..workspace import channels"),
]


def _planted_copy(tmp_path: Path, imports: list[tuple[str, str]]) -> Path:
    """A copy of the package with these imports added, and the contracts beside it."""
    copy = tmp_path / PACKAGE.name
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    for file, code in imports:
        target = copy / file
        text = target.read_text(encoding="utf-8") if target.exists() else ""
        target.write_text(f"{text}\n{code}  # planted\n", encoding="utf-8")
    return copy


def test_each_rule_catches_a_planted_import(tmp_path: Path) -> None:
    """One copy of the package, one break of every contract planted in it (and imports the
    rules allow beside them): the report names each planted import, and every contract."""
    _planted_copy(tmp_path, [(f, c) for f, c, _ in PLANTED] + ALLOWED)
    proc = lint_imports(tmp_path)
    report = proc.stdout
    assert proc.returncode == 1, report + proc.stderr
    assert len(re.findall(r" BROKEN$", report, re.M)) == 8, report
    cycle = ("core/calendar/rows.py", "from . import output")
    for file, code, named in PLANTED:
        if (file, code) != cycle:
            assert re.search(rf"-\s+{re.escape(named)} \(l\.", report), named
    # rows imports output, which imports query, which imports rows
    assert "No cycles are allowed in ngo_calendar.core.calendar." in report


def test_the_imports_the_rules_allow_break_nothing(tmp_path: Path) -> None:
    """The allowed imports alone keep every contract. (Checked on their own: in the report of
    the broken copy above, a chain from a planted break may pass through an allowed import,
    whichever path import-linter happens to print.)"""
    _planted_copy(tmp_path, ALLOWED)
    proc = lint_imports(tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(re.findall(r" KEPT$", proc.stdout, re.M)) == 8, proc.stdout


# -- private names -------------------------------------------------------------------------------


def private_uses(root: Path) -> list[str]:
    """Every `from X import _name` and `module._name` of another module (in its wing or not)."""
    found = []
    for path in sorted(root.rglob("*.py")):
        module = module_of(path, root)
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        aliases: dict[str, str] = {}
        where = path.relative_to(root.parent).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
                for alias in node.names:
                    aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
                    private = alias.name.startswith("_") and not alias.name.startswith("__")
                    if private and base.startswith(root.name) and base != module:
                        found.append(f"{where}:{node.lineno} imports {alias.name} from {base}")
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    aliases[alias.asname or alias.name.split(".")[0]] = alias.name
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                target = aliases.get(node.value.id, "")
                if target.startswith(root.name) and target != module:
                    found.append(f"{where}:{node.lineno} uses {node.value.id}.{node.attr}")
    return found


def test_no_module_uses_a_private_name_of_another_module() -> None:
    assert private_uses(PACKAGE) == []


def test_the_private_name_check_sees_both_forms(tmp_path: Path) -> None:
    copy = tmp_path / PACKAGE.name
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "core" / "settings" / "apply.py"
    planted = "\nfrom ..workspace.lists import _items_where\nfrom ..workspace import options\n"
    planted += "X = options._get\n"
    target.write_text(target.read_text(encoding="utf-8") + planted, encoding="utf-8")
    found = private_uses(copy)
    assert len(found) == 2, found
    assert "imports _items_where from ngo_calendar.core.workspace.lists" in found[0]
    assert found[1].endswith("uses options._get")
