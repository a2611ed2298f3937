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
