"""Test modules share helpers through tests/helpers.py, never by importing one another (issue
26): a helper moved or renamed in one test module would break another that seems unrelated, and
a test function imported along with it would be collected and run twice. Every Python file under
tests/ is read with `ast` (imports inside functions too); the second test plants each kind of
import of a test module and checks that it is reported, and that conftest.py, tests/helpers.py and
tests/hostile_values.py may be imported."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def _package(path: Path) -> list[str]:
    """The dotted parts of the package holding `path` (a file under tests/)."""
    return list(path.relative_to(TESTS.parent).parent.parts)


def _is_test(module: str) -> bool:
    """Whether the dotted name `module` names a test module (test_*.py)."""
    return module.split(".")[-1].startswith("test_")


def imported_test_modules(source: str, path: Path) -> list[str]:
    """The `test_*` modules that `source` (the text of `path`) imports, as dotted names."""
    found = []
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package(path)[: len(_package(path)) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            # `from tests.cli import test_x` imports a test module too.
            names = [module] if _is_test(module) else [f"{module}.{a.name}" for a in node.names]
        else:
            continue
        found += [n for n in names if _is_test(n)]
    return found


def test_no_module_of_the_tests_imports_a_test_module() -> None:
    offenders = {
        str(path.relative_to(TESTS.parent)): imported
        for path in sorted(TESTS.rglob("*.py"))
        if (imported := imported_test_modules(path.read_text("utf-8"), path))
    }
    assert not offenders, f"move what they share to tests/helpers.py: {offenders}"


@pytest.mark.parametrize(
    ("where", "source", "reported"),
    [
        pytest.param("cli/test_a.py", "from .test_b import x", ["tests.cli.test_b"], id="sibling"),
        pytest.param(
            "gui/review/test_a.py",
            "from ..window.test_b import x",
            ["tests.gui.window.test_b"],
            id="relative-cousin",
        ),
        pytest.param(
            "gui/test_a.py", "from tests.core.test_b import x", ["tests.core.test_b"], id="absolute"
        ),
        pytest.param("test_a.py", "import tests.core.test_b", ["tests.core.test_b"], id="import"),
        pytest.param("cli/test_a.py", "from . import test_b", ["tests.cli.test_b"], id="module"),
        pytest.param(
            "gui/test_a.py",
            "def f():\n    from tests.cli.test_b import x",
            ["tests.cli.test_b"],
            id="in-a-function",
        ),
        pytest.param(
            "cli/test_a.py",
            "from .conftest import Cli\nfrom tests.helpers import dump",
            [],
            id="conftest-and-helpers-allowed",
        ),
        pytest.param(
            "test_a.py", "from tests.hostile_values import drafts", [], id="data-module-allowed"
        ),
    ],
)
def test_each_kind_of_import_of_a_test_module_is_reported(
    where: str, source: str, reported: list[str]
) -> None:
    assert imported_test_modules(source, TESTS / where) == reported
