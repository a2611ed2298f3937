"""Refresh the Qt Linguist sources (.ts) from the GUI code with PySide6's lupdate.

Run after changing user-visible texts; then translate the new entries (Qt Linguist, or by
editing the .ts) and commit the .ts files. The .qm files are built by the app, not committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")


def main() -> int:
    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    sources = sorted(str(p) for p in (ROOT / "ngo_calendar" / "gui").glob("*.py"))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = TS_DIR / f"ngo_calendar_{language}.ts"
        cmd = [str(tool), "-no-obsolete", "-locations", "none", "-target-language", language]
        subprocess.run([*cmd, *sources, "-ts", str(target)], check=True)
        print(f"updated {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
