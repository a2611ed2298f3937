"""The layers hold: each part of the package imports only what the architecture allows.

core and store never load Qt (checked in a fresh interpreter and statically), store imports
only store, core imports no gui/cli/app, gui imports no store/cli/app, cli imports no
store/gui/app; app.py (the composition root) and __main__.py may import anything.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "ngo_calendar"
QT_ROOTS = ("PySide2", "PySide6", "PyQt5", "PyQt6", "shiboken2", "shiboken6", "sip")
TOP_LAYERS = ("core", "store", "gui", "cli", "app", "__main__")
# What each layer must not import; a layer not listed (app, __main__, package) may import anything.
FORBIDDEN = {
    "core": ("Qt", "gui", "cli", "app"),
    "store": ("Qt", "package", "core", "gui", "cli", "app", "__main__"),
    "gui": ("store", "cli", "app"),
    "cli": ("store", "gui", "app"),
}

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


def module_of(path: Path, root: Path) -> str:
    """Fully qualified name of a file of the package rooted at `root` (the ngo_calendar folder)."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str, root: Path) -> bool:
    base = root.parent.joinpath(*name.split("."))
    return name.split(".")[0] == root.name and (
        base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()
    )


def imports_of(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, fully qualified module) of every import in a file, wherever it stands.

    Covers import and from-import statements (relative ones resolved against the file's
    package, `from pkg import submodule` naming the submodule) and import_module() and
    __import__() calls with a constant string.
    """
    module = module_of(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
            subs = [f"{base}.{a.name}" for a in node.names if is_module(f"{base}.{a.name}", root)]
            whole = len(subs) < len(node.names)  # some names are attributes of `base` itself
            found += [(node.lineno, name) for name in ([base] if whole else []) + subs]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if called in ("__import__", "import_module") and isinstance(first, ast.Constant):
                found.append((node.lineno, importlib.util.resolve_name(str(first.value), package)))
    return sorted(found)


def layer_of(module: str) -> str:
    """Qt, core, store, gui, cli, app, __main__, package (the rest of ngo_calendar) or ''."""
    top, _, rest = module.partition(".")
    if top in QT_ROOTS:
        return "Qt"
    if top != PACKAGE.name:
        return ""
    first = rest.split(".")[0]
    return first if first in TOP_LAYERS else "package"


def violations(root: Path) -> list[str]:
    """One readable line per import that breaks a rule, over every .py file under `root`."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        layer = layer_of(module_of(path, root))
        for line, module in imports_of(path, root):
            if (target := layer_of(module)) in FORBIDDEN.get(layer, ()):
                where = path.relative_to(root.parent).as_posix()
                found.append(f"{where}:{line} imports {module} ({layer} must not import {target})")
    return found


def test_the_package_keeps_its_layers() -> None:
    found = violations(PACKAGE)
    assert found == [], "\n".join(["imports that break the layers:", *found])


def test_no_file_of_core_or_store_imports_qt() -> None:
    scanned = {layer_of(module_of(p, PACKAGE)) for p in PACKAGE.rglob("*.py")}
    assert {"core", "store", "gui", "cli", "app", "__main__", "package"} <= scanned
    assert [v for v in violations(PACKAGE) if v.endswith("must not import Qt)")] == []


PLANTED = [  # (file, code appended to it, module it imports, layer it must not import)
    ("core/domain.py", "from PySide6.QtCore import QDate", "PySide6.QtCore", "Qt"),
    ("core/items.py", "def f():\n    from ..gui import dnd", "ngo_calendar.gui.dnd", "gui"),
    ("core/query.py", "if TYPE_CHECKING:\n    from .. import cli", "ngo_calendar.cli", "cli"),
    ("core/undo.py", 'importlib.import_module("ngo_calendar.app")', "ngo_calendar.app", "app"),
    ("store/models.py", "def f():\n    import shiboken6", "shiboken6", "Qt"),
    ("store/database.py", "from ..core import items", "ngo_calendar.core.items", "core"),
    ("store/migrations/env.py", "from ngo_calendar import gui", "ngo_calendar.gui", "gui"),
    ("store/__init__.py", "if TYPE_CHECKING:\n    from .. import cli", "ngo_calendar.cli", "cli"),
    ("store/models.py", '__import__("ngo_calendar.app")', "ngo_calendar.app", "app"),
    ("store/database.py", "from ngo_calendar import __version__", "ngo_calendar", "package"),
    ("store/models.py", "from .. import __main__", "ngo_calendar.__main__", "__main__"),
    (
        "gui/main_window.py",
        "from ngo_calendar.store.models import Item",
        "ngo_calendar.store.models",
        "store",
    ),
    ("gui/week_view.py", "from .. import cli", "ngo_calendar.cli", "cli"),
    ("gui/agenda.py", "def f():\n    import ngo_calendar.app", "ngo_calendar.app", "app"),
    ("cli/__init__.py", "from ..store import models", "ngo_calendar.store.models", "store"),
    (
        "cli/lists.py",
        "if TYPE_CHECKING:\n    import ngo_calendar.gui.dnd",
        "ngo_calendar.gui.dnd",
        "gui",
    ),
    ("cli/common.py", 'importlib.import_module("..app", __package__)', "ngo_calendar.app", "app"),
]
ALLOWED = [  # imports the rules permit: planting them must change nothing
    ("core/items.py", "from ..store import models"),
    ("gui/agenda.py", "from ngo_calendar.core import items"),
    ("cli/lists.py", "import ngo_calendar.core.query"),
    ("app.py", "def f():\n    from ngo_calendar.gui import launch"),
    ("__main__.py", "from . import app, gui, store"),
    ("store/models.py", "from ngo_calendar.store import database"),
]


def _copy_and_plant(tmp_path: Path, file: str, code: str) -> tuple[list[str], list[str], int]:
    """Violations of a copy of the package before and after appending `code` to `file`."""
    root = shutil.copytree(
        PACKAGE, tmp_path / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__")
    )
    before = violations(root)
    target = root / file
    target.write_text(f"{target.read_text(encoding='utf-8')}\n{code}  # planted\n", "utf-8")
    lines = target.read_text(encoding="utf-8").splitlines()
    return before, violations(root), 1 + [n for n, t in enumerate(lines) if "# planted" in t][-1]


def _rule(file: str, target: str) -> str:
    return f"{file.split('/')[0].removesuffix('.py')}/{target}"


@pytest.mark.parametrize(
    ("file", "code", "module", "target"), PLANTED, ids=[_rule(p[0], p[3]) for p in PLANTED]
)
def test_the_checker_catches_a_planted_import(
    tmp_path: Path, file: str, code: str, module: str, target: str
) -> None:
    before, after, line = _copy_and_plant(tmp_path, file, code)
    assert before == violations(PACKAGE)
    layer = _rule(file, target).split("/")[0]
    expected = f"ngo_calendar/{file}:{line} imports {module} ({layer} must not import {target})"
    assert [v for v in after if v not in before] == [expected]
    assert [v for v in before if v not in after] == []


def test_every_rule_has_a_planted_case() -> None:
    rules = {f"{layer}/{target}" for layer, targets in FORBIDDEN.items() for target in targets}
    assert sorted(_rule(p[0], p[3]) for p in PLANTED) == sorted(rules)


@pytest.mark.parametrize(("file", "code"), ALLOWED, ids=[a[0] for a in ALLOWED])
def test_the_checker_lets_allowed_imports_pass(tmp_path: Path, file: str, code: str) -> None:
    before, after, _ = _copy_and_plant(tmp_path, file, code)
    assert after == before
