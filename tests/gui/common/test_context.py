"""The main window is composed, not mixed: its only base is QMainWindow, each controller gets
the window as a typed context (WindowContext or a protocol built on it), and nothing in gui/
reaches the window through an untyped name (`owner: Any = self`), so mypy checks every use.

These read the source (ast): the checks hold without building a window, and a planted
break shows they would see one."""

from __future__ import annotations

import ast

from tests.helpers import REPO

GUI = REPO / "ngo_calendar" / "gui"
# Names under which code has reached the window untyped (a Qt `parent: Any` of a model is not
# the window: a widget's parent is whatever holds it).
WINDOW_NAMES = {"owner", "window", "host", "context", "target"}


def _is_any(annotation: ast.expr | None) -> bool:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        annotation = ast.parse(annotation.value, mode="eval").body
    return (isinstance(annotation, ast.Name) and annotation.id == "Any") or (
        isinstance(annotation, ast.Attribute) and annotation.attr == "Any"
    )


def untyped_window(source: str, where: str) -> list[str]:
    """Every `name: Any = self`, and every variable, attribute or argument named like the
    window (owner, window, context...) that is typed Any; in the order of the source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AnnAssign) and _is_any(node.annotation):
            target = node.target
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            is_self = isinstance(node.value, ast.Name) and node.value.id == "self"
            if is_self or name in WINDOW_NAMES:
                found.append((node.lineno, f"{where}:{node.lineno} {name}: Any"))
        elif isinstance(node, ast.arg) and node.arg in WINDOW_NAMES and _is_any(node.annotation):
            found.append((node.lineno, f"{where}:{node.lineno} argument {node.arg}: Any"))
    return [text for _, text in sorted(found)]


def window_bases(source: str) -> list[str] | None:
    """The bases of `class MainWindow` as written, or None if the source has none."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name == "MainWindow":
            return [ast.unparse(base) for base in node.bases]
    return None


def gui_sources() -> list[tuple[str, str]]:
    return [
        (path.relative_to(REPO).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(GUI.rglob("*.py"))
    ]


def test_the_main_window_has_no_mixin() -> None:
    bases = {where: window_bases(source) for where, source in gui_sources()}
    assert {where: b for where, b in bases.items() if b is not None} == {
        "ngo_calendar/gui/window/main_window.py": ["QMainWindow"]
    }


def test_nothing_in_gui_reaches_the_window_untyped() -> None:
    found = [line for where, source in gui_sources() for line in untyped_window(source, where)]
    assert found == []


def test_every_controller_takes_a_typed_context() -> None:
    """A class named *Controller gets, first, a context typed by a protocol built on
    WindowContext; and there is one such for each of the window's parts that were mixins."""
    protocols = {"WindowContext"}
    controllers: dict[str, str] = {}
    trees = [ast.parse(source) for _, source in gui_sources()]
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                ast.unparse(base) in protocols for base in node.bases
            ):
                protocols.add(node.name)
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Controller"):
                init = next(
                    f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"
                )
                first = init.args.args[1]
                assert first.annotation is not None, node.name
                controllers[node.name] = ast.unparse(first.annotation)
    assert controllers == {
        "CrisisController": "WindowContext",
        "HelpController": "WindowContext",
        "IcsController": "WindowContext",
        "ItemController": "ItemContext",
        "ReviewController": "WindowContext",
        "ReviewSheetController": "WindowContext",
        "SearchController": "WindowContext",
    }
    assert set(controllers.values()) <= protocols


def test_the_checks_see_a_planted_mixin_and_untyped_owners() -> None:
    planted = """
from typing import Any
import typing

class MainWindow(ReviewActions, QMainWindow):
    def f(self, window: Any) -> None:
        owner: Any = self
        self.host: typing.Any = None
        helper: "Any" = self
        fine: Any = 3
        parent: Any = None
"""
    assert window_bases(planted) == ["ReviewActions", "QMainWindow"]
    assert untyped_window(planted, "x.py") == [
        "x.py:6 argument window: Any",
        "x.py:7 owner: Any",
        "x.py:8 host: Any",
        "x.py:9 helper: Any",
    ]
