"""Before Qt's X11 plugin aborts naming one library (maybe the wrong one), the app names every
missing one and how to install it (issue 13)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ngo_calendar.gui.window import system_libraries as libs
from tests.helpers import base_env


def test_every_missing_library_is_named_with_both_install_commands() -> None:
    present = {"xcb-cursor", "xcb-image", "xcb-render-util", "xcb-xkb", "xkbcommon-x11",
               "xcb-shape", "xcb-randr"}  # fmt: skip
    missing = libs.missing_libraries(find=lambda name: name if name in present else None)
    assert [m[1] for m in missing] == ["libxcb-icccm4", "libxcb-keysyms1"]
    line = libs.missing_message(missing)
    assert "\n" not in line
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in line
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in line


def test_the_libraries_are_really_looked_up() -> None:
    """The real lookup (the linker's cache) reports a library no system has."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the X11 plugin is Linux only")
    fake = (("ngo-calendar-no-such-library", "libngo0", "ngo-libs"),)
    assert libs.missing_libraries(fake) == list(fake)


def test_the_command_says_it_in_one_line_before_qt_starts(tmp_path) -> None:  # noqa: ANN001
    """A window asked for on X11 with a library missing: exit 2, one line, Qt never loaded."""
    code = (
        "import sys; from ngo_calendar.gui.window import system_libraries as s;"
        "s.XCB_LIBRARIES = s.XCB_LIBRARIES + (('ngo-calendar-no-such-library', 'libngo0', 'ngo'),);"
        "s.missing_libraries.__defaults__ = (s.XCB_LIBRARIES, s.missing_libraries.__defaults__[1]);"
        "from ngo_calendar.app import run; sys.exit(run(sys.argv[1:]))"
    )
    env = base_env(DISPLAY=":99", QT_QPA_PLATFORM="xcb")
    proc = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path / "ws")],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    # One line; on a machine without X11 libraries at all, the real ones are named too.
    [line] = proc.stderr.splitlines()
    assert line.startswith("ngo-calendar: error: the window needs system libraries")
    assert "libngo0" in line and "`sudo apt install " in line and "`sudo dnf install " in line
    assert not (tmp_path / "ws").exists()  # refused before anything was opened
