"""What is not a refusal (a defect, a damaged file) still ends in one line, with the traceback
kept in the workspace's log file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import base_env


def test_the_command_line_logs_a_defect_and_says_where(tmp_path: Path) -> None:
    """A corrupt workspace file is not a refusal: one line naming the log, the traceback in it."""
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "workspace.sqlite").write_bytes(b"this is not a database" * 100)
    proc = subprocess.run(
        [sys.executable, "-m", "ngo_calendar", "--data-dir", str(folder), "item", "list"],
        capture_output=True,
        text=True,
        env=base_env(),
        timeout=60,
    )
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "internal error" in lines[0], proc.stderr
    log = folder / "logs" / "ngo-calendar.log"
    assert str(log) in lines[0]
    assert "Traceback" in log.read_text(encoding="utf-8")
