"""The documentation's command-line examples run as written (issues 13 and 26).

- The walk through the commands (the first ```bash block of docs/command-line.md that holds
  `item add`) runs in order on a new workspace: each command exits 0, and the series example
  ends where the text says.
- Every other ```bash block of README.md and docs/*.md that holds `ngo-calendar` commands runs
  the same way, in order, each block on a new workspace of its own, in a scratch folder (so the
  files it names, like plan.ics, land there).

What a block may hold, line by line (anything else fails the test, so that an example never
escapes it unnoticed):
- blank lines and comments;
- install commands (lines starting with `python3 -m venv`, `sudo`, `apt`, `apt-get`, `dnf`):
  skipped;
- `ngo-calendar ...`: run (`a ; b` is two commands; `# ...` ends the line). A command with no
  command word (`ngo-calendar`, `ngo-calendar --demo`) opens the window: skipped. `> FILE` at
  the end writes the command's output to FILE, as the shell would;
- `mkdir DIR`: makes DIR (a block that needs a folder creates it).
Paths must be relative (nothing outside the scratch folder is touched), and a command's syntax
(`[--option]`, `A|B`) belongs in ```text blocks, which are not run.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import REPO, base_env

WALK = REPO / "docs" / "command-line.md"
INSTALL = ("python3 -m venv", "sudo ", "apt ", "apt-get ", "dnf ")
GLOBAL_FLAGS = ("--json", "--demo")  # options that come without a command word

# Examples that cannot run as written on a new workspace: (file relative to the repository,
# the command line as written) -> why. Prefer fixing the example (give it the channel or the
# file it needs, in the same block); list it here only when that cannot be done. Empty today:
# the commands that need a file from elsewhere (`review apply` needs a file saved by a
# reviewer's browser) are shown as syntax, in ```text blocks.
EXCLUDED: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Step:
    """One line's work: `ngo-calendar` with these words (stdout to `into`), or a mkdir."""

    words: tuple[str, ...]
    line: str
    into: str | None = None
    mkdir: bool = False


@dataclass(frozen=True)
class Block:
    file: str  # relative to the repository
    number: int  # its place among the file's ```bash blocks, from 1
    text: str

    @property
    def name(self) -> str:
        return f"{self.file}#{self.number}"


def bash_blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    file = path.relative_to(REPO).as_posix()
    found = re.findall(r"^```bash\n(.*?)^```", text, re.S | re.M)
    return [Block(file, n, body) for n, body in enumerate(found, 1)]


def documented_files() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def opens_the_window(args: list[str]) -> bool:
    """`ngo-calendar` with global options only (no command word) opens the window."""
    rest = list(args)
    while rest:
        if rest[0] == "--data-dir" and len(rest) > 1:
            rest = rest[2:]
        elif rest[0] in GLOBAL_FLAGS or rest[0].startswith("--data-dir="):
            rest = rest[1:]
        else:
            return False
    return True


def steps(block: Block) -> list[Step]:
    """What running the block does, line by line (see the module's description)."""
    found: list[Step] = []
    for raw in block.text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith(INSTALL):
            continue
        for part in line.split(" ; "):
            words = shlex.split(part, comments=True)
            if not words:
                continue
            into = None
            if ">" in words:
                at = words.index(">")
                assert at == len(words) - 2, (block.name, line, "`> FILE` must end the command")
                into, words = words[-1], words[:at]
            for word in words[1:] + ([into] if into else []):
                assert not word.startswith(("/", "~", "..")), (
                    block.name,
                    line,
                    "an example names only relative paths inside its folder",
                )
            if words[0] == "mkdir" and len(words) == 2:
                found.append(Step(tuple(words[1:]), line, mkdir=True))
            elif words[0] == "ngo-calendar":
                if opens_the_window(words[1:]):
                    continue
                if (block.file, part.split(" #")[0].strip()) in EXCLUDED:
                    continue
                found.append(Step(tuple(words[1:]), line, into))
            else:
                pytest.fail(f"{block.name}: a line this test cannot run: {line!r}")
    return found


def walk_block() -> Block:
    return next(b for b in bash_blocks(WALK) if "item add" in b.text)


def walk_commands() -> list[list[str]]:
    """Every `ngo-calendar` command of the walk through the commands, comments removed;
    `a ; b` is two commands. The bare `ngo-calendar` (the window) is left out."""
    return [list(step.words) for step in steps(walk_block())]


def example_blocks() -> list[Block]:
    """Every ```bash block of the README and docs/*.md that runs a command, but the walk."""
    walk = walk_block()
    return [
        block
        for path in documented_files()
        for block in bash_blocks(path)
        if block != walk and any(not step.mkdir for step in steps(block))
    ]


def env_for(folder: Path) -> dict[str, str]:
    extra = {"NGO_CALENDAR_DATA_DIR": str(folder / "ws"), "QT_QPA_PLATFORM": "offscreen"}
    if os.environ.get("NGO_CALENDAR_CACHE_DIR"):  # the session's (tests/conftest.py)
        extra["NGO_CALENDAR_CACHE_DIR"] = os.environ["NGO_CALENDAR_CACHE_DIR"]
    return base_env(**extra)


def run(words: list[str] | tuple[str, ...], env: dict[str, str], cwd: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "ngo_calendar", *words],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, (words, proc.stderr)
    return proc.stdout


def test_every_readme_example_runs_in_order(tmp_path: Path) -> None:
    """The walk through the commands of docs/command-line.md (it was the README's block)."""
    commands = walk_commands()
    assert len(commands) >= 20
    env = env_for(tmp_path)
    outputs = [run(words, env, tmp_path) for words in commands]
    first_add = next(i for i, words in enumerate(commands) if words[:2] == ["item", "add"])
    assert outputs[first_add].strip() == "1"  # as the walk's comment says
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


def test_the_readme_keeps_a_short_example_and_points_to_the_walk() -> None:
    readme = [b for b in bash_blocks(REPO / "README.md") if any(not s.mkdir for s in steps(b))]
    assert readme, "the README shows a few command-line examples"
    assert all(len(steps(b)) <= 10 for b in readme)
    assert "docs/command-line.md" in (REPO / "README.md").read_text(encoding="utf-8")


def test_every_exclusion_names_an_example_that_exists() -> None:
    lines = {
        (block.file, part.split(" #")[0].strip())
        for path in documented_files()
        for block in bash_blocks(path)
        for line in block.text.splitlines()
        for part in line.strip().split(" ; ")
    }
    assert set(EXCLUDED) <= lines, set(EXCLUDED) - lines


@pytest.mark.parametrize("block", example_blocks(), ids=lambda b: b.name)
def test_every_documented_example_runs_on_a_new_workspace(block: Block, tmp_path: Path) -> None:
    env = env_for(tmp_path)
    for step in steps(block):
        if step.mkdir:
            (tmp_path / step.words[0]).mkdir(parents=True)
            continue
        out = run(step.words, env, tmp_path)
        if step.into:
            (tmp_path / step.into).write_text(out, encoding="utf-8")
