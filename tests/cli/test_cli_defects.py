"""What is not a refusal (a defect) still ends in one line, with the traceback kept in the
workspace's log file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import base_env

# A defect planted in the subprocess: `item list` reaches a service that fails. A damaged file
# no longer serves (it is a refusal now, see test_damaged_workspace.py), and a real defect is
# not something the code under test may keep; sitecustomize runs before the program starts.
PLANTED = """
from ngo_calendar.core.calendar import query


def broken(*args, **kwargs):
    raise RuntimeError("planted defect")


query.occurrences = broken
"""


def test_the_command_line_logs_a_defect_and_says_where(tmp_path: Path) -> None:
    """A defect is not a refusal: status 1, one line naming the log, the traceback in it."""
    folder = tmp_path / "ws"
    plant = tmp_path / "plant"
    plant.mkdir()
    (plant / "sitecustomize.py").write_text(PLANTED, encoding="utf-8")
    env = base_env()
    env["PYTHONPATH"] = os.pathsep.join((str(plant), env["PYTHONPATH"]))
    proc = subprocess.run(
        [sys.executable, "-m", "ngo_calendar", "--data-dir", str(folder), "item", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "internal error" in lines[0], proc.stderr
    assert "planted defect" in lines[0]
    log = folder / "logs" / "ngo-calendar.log"
    assert str(log) in lines[0]
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: planted defect" in logged


def test_a_reader_that_goes_away_is_not_a_defect(tmp_path: Path) -> None:
    """`ngo-calendar item list | head -1`: the reader closes the pipe after one line; the
    command stops quietly (no 'internal error', nothing logged), as Unix tools do."""
    folder = tmp_path / "ws"
    env = base_env()
    base = [sys.executable, "-m", "ngo_calendar", "--data-dir", str(folder)]
    assert (
        subprocess.run([*base, "demo"], env=env, capture_output=True, timeout=120).returncode == 0
    )
    listing = subprocess.Popen(
        [*base, "item", "list", "--from", "2020-01-01", "--to", "2030-12-31"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert listing.stdout is not None and listing.stderr is not None
    first = listing.stdout.readline()
    listing.stdout.close()  # what `head -1` does once it has its line
    err = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 0, err
    assert first.strip() and err == ""
    assert not (folder / "logs" / "ngo-calendar.log").exists() or "BrokenPipe" not in (
        folder / "logs" / "ngo-calendar.log"
    ).read_text(encoding="utf-8")
