"""The README's command-line examples run as written, in order, on a new workspace: each
exits 0, and the series example ends where the README says (issue 13)."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import REPO, base_env


def readme_commands() -> list[list[str]]:
    """Every `ngo-calendar` command of the README's command-line block, comments removed;
    `a ; b` is two commands. The bare `ngo-calendar` (the window) is left out."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```bash\n(.*?)```", text, re.S) if "item add" in b)
    commands = []
    for line in block.splitlines():
        for part in line.split(" ; "):
            words = shlex.split(part, comments=True)
            if words[:1] == ["ngo-calendar"] and len(words) > 1:
                commands.append(words[1:])
    return commands


def test_every_readme_example_runs_in_order(tmp_path: Path) -> None:
    commands = readme_commands()
    assert len(commands) >= 20
    env = base_env(NGO_CALENDAR_DATA_DIR=str(tmp_path / "ws"), QT_QPA_PLATFORM="offscreen")
    outputs = []
    for words in commands:
        proc = subprocess.run(
            [sys.executable, "-m", "ngo_calendar", *words],
            capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, (words, proc.stderr)
        outputs.append(proc.stdout)
    first_add = next(i for i, words in enumerate(commands) if words[:2] == ["item", "add"])
    assert outputs[first_add].strip() == "1"  # as the README's comment says
    listed = subprocess.run(
        [sys.executable, "-m", "ngo_calendar", "item", "list", "--from", "2026-12-01",
         "--to", "2026-12-31", "--json"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )  # fmt: skip
    series = [o for o in json.loads(listed.stdout) if o["title"] == "Distribution"]
    days = [o["start"][:10] for o in series]
    # Tuesdays became Thursdays; the 8th, moved to the 9th, followed (to the 11th); the 31st
    # was deleted.
    assert days == ["2026-12-03", "2026-12-11", "2026-12-17", "2026-12-24"]
    assert (tmp_path / "month.png").stat().st_size > 10_000
