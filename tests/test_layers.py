"""The layers hold: core and store never load Qt, and the command line loads it only for the GUI."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "ngo_calendar"
QT_ROOTS = ("PySide2", "PySide6", "PyQt5", "PyQt6", "shiboken2", "shiboken6", "sip")

# Prints the Qt modules present in sys.modules after running the given statements.
PROBE = """
import json, sys
{statements}
qt = sorted(m for m in sys.modules if m.split(".")[0] in {roots!r})
print(json.dumps(qt))
"""


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
        f"ngo_calendar.{sub}.{p.stem}"
        for sub in ("core", "store")
        for p in (PACKAGE / sub).glob("*.py")
        if p.stem != "__init__"
    )
    statements = "\n".join(
        ["import ngo_calendar.core", "import ngo_calendar.store"] + [f"import {m}" for m in modules]
    )
    assert "ngo_calendar.core.items" in modules and "ngo_calendar.store.database" in modules
    assert _qt_loaded_after(statements, tmp_path) == []


def test_the_command_line_loads_no_qt_to_import_or_to_run_a_command(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    statements = f"""
import ngo_calendar.app, ngo_calendar.cli
from ngo_calendar.cli import run
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


def qt_imports(source: str) -> list[str]:
    """Qt modules a source file imports: import statements, __import__ and import_module calls."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if called in ("__import__", "import_module") and isinstance(first, ast.Constant):
                names = [str(first.value)]
        found += [n for n in names if n.split(".")[0] in QT_ROOTS]
    return found


@pytest.mark.parametrize("layer", ["core", "store"])
def test_no_file_of_core_or_store_imports_qt(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    offenders = {
        str(p.relative_to(REPO)): qt_imports(p.read_text(encoding="utf-8"))
        for p in files
        if qt_imports(p.read_text(encoding="utf-8"))
    }
    assert offenders == {}


def test_the_static_check_catches_every_form_of_qt_import() -> None:
    planted = """
import os
from PySide6.QtCore import QSettings
import PyQt6.QtWidgets as w
import importlib
importlib.import_module("shiboken6")
__import__("PyQt5")
def later():
    from PySide6 import QtGui
"""
    assert qt_imports(planted) == [
        "PySide6.QtCore",
        "PyQt6.QtWidgets",
        "shiboken6",
        "PyQt5",
        "PySide6",
    ]
