"""The command line starts quickly: `--help` and a usage error answer before the database
library, the core or Qt are imported; JSON read by a program is written compact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("sqlalchemy", "PySide6", "alembic", "dateutil", "ngo_calendar.core", "ngo_calendar.store")


@pytest.mark.parametrize(
    "argv", [["--help"], ["item", "--help"], ["item", "bogus"], ["--no-such-option"]]
)
def test_help_and_usage_errors_import_nothing_heavy(argv: list[str]) -> None:
    code = f"""
import sys
from ngo_calendar.app import run
try:
    run({argv!r})
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))
assert not loaded, loaded
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_json_for_a_program_is_compact_and_complete(tmp_path: Path) -> None:
    env = dict(os.environ, NGO_CALENDAR_DATA_DIR=str(tmp_path / "ws"))
    base = [sys.executable, "-m", "ngo_calendar"]
    subprocess.run([*base, "channel", "add", "Facebook", "--kind", "facebook"], env=env, check=True)
    subprocess.run(
        [*base, "item", "add", "--title", "Appel", "--channel", "Facebook", "--on", "2026-12-01"],
        env=env,
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [*base, "item", "list", "--from", "2026-12-01", "--to", "2026-12-31", "--json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert out.count("\n") == 1  # one line: no indentation when a program reads it
    assert [row["title"] for row in json.loads(out)] == ["Appel"]


# Prints whether the garbage collector ran while the program started, and after.
GC_PROBE = """
import gc, sys
from ngo_calendar import app
real = app.start_collecting_garbage
def started():
    print("while starting", gc.isenabled(), flush=True)
    real()
    print("then", gc.isenabled(), len(gc.get_objects()) < gc.get_freeze_count(), flush=True)
    {stop}
app.start_collecting_garbage = started
sys.argv = ["ngo-calendar", "--data-dir", {folder!r}, *{argv!r}]
try:
    app.main()
except SystemExit:
    pass
"""
QUIT_WINDOW = (
    "from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication; "
    "QTimer.singleShot(0, QApplication.quit)"
)


@pytest.mark.parametrize(
    ("argv", "stop"),
    [(["item", "list", "--json"], "pass"), ([], QUIT_WINDOW)],
    ids=["command", "window"],
)
def test_no_garbage_collection_while_starting_then_what_start_built_is_set_apart(
    tmp_path: Path, argv: list[str], stop: str
) -> None:
    code = GC_PROBE.format(stop=stop, folder=str(tmp_path / "ws"), argv=argv)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NGO_CALENDAR_USER="gc-test")
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "while starting False" in lines
    # Collecting again; the modules, classes and window built so far are frozen out of it.
    assert "then True True" in lines
