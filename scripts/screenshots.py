"""Regenerate the README screenshots with `ngo-calendar screenshot` on a fresh demo workspace.

python scripts/screenshots.py            # writes docs/screenshots/*.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SHOTS = [
    ("month", ["--view", "month"]),
    ("week", ["--view", "week"]),
    ("agenda", ["--view", "agenda"]),
    ("editor", ["--view", "week", "--editor"]),
    ("review", ["--view", "review"]),
    ("month-en", ["--view", "month", "--lang", "en"]),
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        base = [sys.executable, "-m", "ngo_calendar", "--data-dir", folder]
        subprocess.run([*base, "demo"], check=True, stdout=subprocess.DEVNULL)
        day = date.today().isoformat()
        for name, extra in SHOTS:
            target = OUT / f"{name}.png"
            cmd = [*base, "screenshot", str(target), "--date", day, "--size", "1400x900"]
            if "--lang" not in extra:
                cmd += ["--lang", "fr"]
            subprocess.run([*cmd, *extra], check=True)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
