"""Every refusal carries a code (core/model/reasons.py), never free English: the third argument
of each InputError and UnreadableFile raised in the package (and their subclasses) is a reason
made from the one table, so the window can word it in the person's language.

The package is read, not run: each call is found in its source (AST)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import REPO

PACKAGE = REPO / "ngo_calendar"
REFUSALS = {"InputError", "UnreadableFile"}  # the reason is their third argument
FIRST = {"Refused"}  # not found, nothing to undo, undo refused: the reason is their first
MADE_INSIDE = {"StackMoved"}  # words its own reason from the action and the label


def _sources() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def refusal_classes(trees: dict[Path, ast.Module], roots: set[str] = REFUSALS) -> set[str]:
    """InputError, UnreadableFile (or other `roots`) and every class of the package made from
    them."""
    found = set(roots)
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in found
                    and any(_name(base) in found for base in node.bases)
                ):
                    found.add(node.name)
                    grew = True
    return found


def reason_makers(trees: dict[Path, ast.Module]) -> set[str]:
    """reason, Reason and every function of the package that returns a Reason."""
    makers = {"reason", "Reason"}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.returns is not None:
                makers |= {node.name} if ast.unparse(node.returns) == "Reason" else set()
    return makers


def free_text(
    tree: ast.Module, classes: set[str], makers: set[str], first: set[str] | None = None
) -> list[tuple[int, str]]:
    """The refusals of one module whose reason is not a code: (line, the argument given)."""
    wrong = []
    first = first or set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node.func) in classes | first):
            continue
        if _name(node.func) in MADE_INSIDE:
            continue
        where = slice(0, 1) if _name(node.func) in first else slice(2, 3)
        given = [k.value for k in node.keywords if k.arg == "why"] or node.args[where]
        if len(given) != 1:
            wrong.append((node.lineno, ast.unparse(node)))
            continue
        why = given[0]
        if isinstance(why, ast.Call) and _name(why.func) in makers:
            continue  # reason("code", ...), or a function that makes one
        if isinstance(why, ast.Attribute) and why.attr == "why":
            continue  # another refusal's reason, carried through
        if isinstance(why, ast.Name) and why.id == "why":
            continue  # a reason made above, under the name every module gives it
        wrong.append((node.lineno, ast.unparse(why)))
    return wrong


def test_every_refusal_carries_a_code() -> None:
    trees = _sources()
    classes, makers = refusal_classes(trees), reason_makers(trees)
    first = refusal_classes(trees, FIRST)
    assert {"InputError", "UnreadableFile", "PlanOutdated"} <= classes
    wrong = [
        f"{path.relative_to(REPO)}:{line}: {given}"
        for path, tree in trees.items()
        for line, given in free_text(tree, classes, makers, first)
    ]
    assert wrong == []
    calls = sum(
        isinstance(n, ast.Call) and _name(n.func) in classes
        for tree in trees.values()
        for n in ast.walk(tree)
    )
    assert calls >= 150  # the refusals raised in the package today: the scan found them


def test_the_scan_would_catch_free_text() -> None:
    planted = ast.parse(
        "raise InputError('title', t, 'give the item a title')\n"
        "raise UnreadableFile(p, 'file', f'too large to be {what}')\n"
        "raise Outdated('item', 1, exc.accepted)\n"
        "raise InputError('title', t, why=text)\n"
        "raise InputError('title', t, reason('item.no_title'))\n"
        "raise UnreadableFile(p, 'file', os_reason(exc))\n"
        "raise UnreadableFile(p, 'file', exc.why)\n"
    )
    found = free_text(planted, REFUSALS | {"Outdated"}, {"reason", "os_reason"})
    assert [line for line, _ in found] == [1, 2, 3, 4]


def test_the_refusals_with_a_reason_first_are_scanned_too() -> None:
    trees = _sources()
    first = refusal_classes(trees, FIRST)
    assert {"NotFoundError", "NothingToUndo", "UndoConflict", "StackMoved"} <= first
    planted = ast.parse(
        "raise NotFoundError(f'no item with id {item_id}')\n"
        "raise UndoConflict('cannot undo')\n"
        "raise NotFoundError(reason('found.item', id=item_id))\n"
        "raise StackMoved(action, entry.label)\n"
    )
    found = free_text(planted, set(), {"reason"}, first)
    assert [line for line, _ in found] == [1, 2]
