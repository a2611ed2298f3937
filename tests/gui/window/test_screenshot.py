"""`ngo-calendar screenshot` renders the real window offscreen to a PNG, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "fr_FR.UTF-8"}
    cmd = [sys.executable, "-m", "ngo_calendar", "--data-dir", str(data), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    assert run("channel", "add", "Facebook", "--kind", "facebook", data=folder).returncode == 0
    added = run(
        "item",
        "add",
        "--title",
        "Collecte",
        "--channel",
        "Facebook",
        "--at",
        "2026-12-02T10:00",
        data=folder,
    )
    assert added.returncode == 0, added.stderr
    return folder


@pytest.mark.parametrize("view", ["month", "week", "agenda", "backlog"])
def test_screenshot_writes_a_png_of_the_asked_size(data: Path, tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    result = run(
        "screenshot",
        str(out),
        "--view",
        view,
        "--date",
        "2026-12-02",
        "--size",
        "1000x700",
        "--lang",
        "en",
        data=data,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # Not a blank image: the grid and the chip put many colours on screen.
    colours = {image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 700, 25)}
    assert len(colours) > 5


def test_screenshot_of_the_editor(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "editor.png"
    result = run("screenshot", str(out), "--date", "2026-12-02", "--editor", data=data)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert 0 < image.width() < 1400  # the dialog, not the whole window


def test_bad_size_is_refused_with_one_line(data: Path, tmp_path: Path) -> None:
    result = run("screenshot", str(tmp_path / "x.png"), "--size", "big", data=data)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "--size" in result.stderr and "1400x900" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_qt_messages_go_to_the_log_not_to_stderr(data: Path, tmp_path: Path) -> None:
    """Qt speaks on its own (the offscreen plugin warns; these rules make it say more): all of
    it goes to the workspace's log, and stderr stays empty."""
    out = tmp_path / "month.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=true"}
    cmd = [sys.executable, "-m", "ngo_calendar", "--data-dir", str(data), "screenshot", str(out)]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    logged = (data / "logs" / "ngo-calendar.log").read_text(encoding="utf-8")
    assert 'Successfully loaded Qt platform plugin "offscreen"' in logged


BAD_OUT = "out: {out} is not accepted: use a writable path ending in .png"


@pytest.mark.parametrize(
    "out", ["month.txt", "notes.txt/month.png"], ids=["not-png", "under-a-file"]
)
def test_a_refused_screenshot_prints_its_one_line_and_nothing_else(
    data: Path, tmp_path: Path, out: str
) -> None:
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    result = run("screenshot", str(tmp_path / out), data=data)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "ngo-calendar: error: " + BAD_OUT.format(out=tmp_path / out)
    ], result.stderr


def test_a_screenshot_of_a_damaged_workspace_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "workspace.sqlite").write_text("not a database", encoding="utf-8")
    result = run("screenshot", str(tmp_path / "x.png"), data=folder)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert "workspace.sqlite is not a workspace file (not a SQLite database)" in line
    assert not (tmp_path / "x.png").exists()
