"""The system libraries Qt's X11 platform plugin loads. When one is missing, Qt aborts with a
message naming the wrong one (it asked for libxcb-cursor0 when libxcb-icccm4 and
libxcb-keysyms1 were missing); we look first and name them all, with the command that
installs them."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable

# (library name as the linker knows it, Debian/Ubuntu package, Fedora package)
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("xcb-cursor", "libxcb-cursor0", "xcb-util-cursor"),
    ("xcb-icccm", "libxcb-icccm4", "xcb-util-wm"),
    ("xcb-keysyms", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("xcb-image", "libxcb-image0", "xcb-util-image"),
    ("xcb-render-util", "libxcb-render-util0", "xcb-util-renderutil"),
    ("xcb-xkb", "libxcb-xkb1", "libxcb"),
    ("xkbcommon-x11", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("xcb-shape", "libxcb-shape0", "libxcb"),
    ("xcb-randr", "libxcb-randr0", "libxcb"),
)


class MissingLibraries(Exception):
    """The window cannot start here: said in one line, before Qt aborts."""


def check() -> None:
    """Refuse to start Qt's X11 plugin when a library it loads is missing."""
    if uses_x11():
        missing = missing_libraries()
        if missing:
            raise MissingLibraries(missing_message(missing))


def uses_x11() -> bool:
    """Whether Qt will load its X11 (xcb) plugin: on Linux, unless told another platform."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (chosen and not chosen.startswith("xcb")):
        return False
    return bool(os.environ.get("DISPLAY")) or chosen.startswith("xcb")


def missing_libraries(
    wanted: tuple[tuple[str, str, str], ...] = XCB_LIBRARIES,
    find: Callable[[str], str | None] = ctypes.util.find_library,
) -> list[tuple[str, str, str]]:
    return [entry for entry in wanted if find(entry[0]) is None]


def missing_message(missing: list[tuple[str, str, str]]) -> str:
    debian = " ".join(dict.fromkeys(m[1] for m in missing))
    fedora = " ".join(dict.fromkeys(m[2] for m in missing))
    return (
        f"the window needs system libraries this computer lacks ({debian}); install them with "
        f"`sudo apt install {debian}` (Debian, Ubuntu) or `sudo dnf install {fedora}` (Fedora)"
    )
