"""Run the real command line in a subprocess: `python -m ngo_calendar`, as a user would."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# Shared with test modules elsewhere, kept importable from here too.
from tests.helpers import REPO, Result, base_env  # noqa: F401

from .zygote import Zygote

TABLES = (
    "items",
    "crises",
    "item_channels",
    "item_exdates",
    "item_overrides",
    "item_comments",
    "history",
    "undo_stack",
    "settings",
    "review_sheets",
)


class Cli:
    """`ngo-calendar --data-dir <folder> ...` in a fresh interpreter, run from a scratch folder."""

    # Run in the child before Python starts (see PowerlessCli in test_damaged_workspace.py).
    preexec: Callable[[], None] | None = None

    def __init__(self, folder: Path, cwd: Path) -> None:
        self.folder = folder
        self.cwd = cwd

    def run(self, *args: str, data_dir: bool = True, env: dict[str, str] | None = None) -> Result:
        head = ["--data-dir", str(self.folder)] if data_dir else []
        if self.preexec is None and Zygote.usable():
            # A process of its own, forked from an interpreter that imported the program
            # already (tests/cli/zygote.py says what that leaves to other tests).
            zygote = Zygote.get(base_env())
            proc = zygote.run([*head, *args], env or base_env(), self.cwd, timeout=60)
            return Result(proc.returncode, proc.stdout, proc.stderr)
        proc = subprocess.run(
            [sys.executable, "-m", "ngo_calendar", *head, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env or base_env(),
            cwd=self.cwd,
            timeout=60,
            preexec_fn=self.preexec,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def ok(self, *args: str, **kw: Any) -> Result:
        result = self.run(*args, **kw)
        assert result.code == 0, result
        assert result.err == "", result
        return result

    def add(self, *args: str) -> int:
        """`item add ...`; returns the id it printed (the only thing it prints)."""
        out = self.ok("item", "add", *args).out
        assert out.strip().isdigit(), out
        return int(out)

    def refused(self, *args: str) -> str:
        """The command must exit with status 2, print nothing on stdout, ONE line on stderr."""
        result = self.run(*args)
        assert result.code == 2, result
        assert result.out == "", result
        assert len(result.err_lines) == 1, result.err
        line = result.err_lines[0]
        assert line.startswith("ngo-calendar"), line
        assert "Traceback" not in result.err
        return line

    def listing(self, first: str = "2026-01-01", last: str = "2027-12-31", *more: str) -> list:
        return self.ok("item", "list", "--from", first, "--to", last, "--json", *more).json()

    def counts(self) -> dict[str, int]:
        """Rows per table, read straight from the file: what 'nothing was written' means."""
        conn = sqlite3.connect(self.folder / "workspace.sqlite")
        try:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        finally:
            conn.close()


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with three channels, a campaign, no items and an empty undo stack."""
    root = tmp_path_factory.mktemp("template")
    cli = Cli(root / "ws", root)
    cli.ok("channel", "add", "Facebook", "--kind", "facebook", "--colour", "#1877f2")
    cli.ok("channel", "add", "Instagram", "--kind", "instagram")
    cli.ok("channel", "add", "Lettre", "--kind", "newsletter")
    cli.ok("campaign", "add", "Noël solidaire", "--objective", "Collecter des dons")
    # The setup is undoable like any change; tests start from an empty stack all the same.
    conn = sqlite3.connect(cli.folder / "workspace.sqlite")
    with conn:
        conn.execute("DELETE FROM undo_stack")
    conn.close()
    return cli.folder


@pytest.fixture
def cli(tmp_path: Path, _template: Path) -> Cli:
    """A fresh copy of the template workspace (closed, so a file copy is safe)."""
    shutil.copytree(_template, tmp_path / "ws")
    return Cli(tmp_path / "ws", tmp_path)


@pytest.fixture
def empty_cli(tmp_path: Path) -> Cli:
    """A folder where no workspace exists yet."""
    return Cli(tmp_path / "ws", tmp_path)
