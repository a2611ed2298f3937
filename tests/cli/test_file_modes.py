"""What the program makes in the workspace is its owner's only, whatever the umask: under the
usual umask 022 the data folder and every folder in it are 0700, every file 0600 (the database
and its -wal and -shm, backups, logs, the publication's cache and state)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from tests.helpers import DB

from .conftest import Cli

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


def _usual_umask() -> None:
    os.umask(0o022)


class UsualCli(Cli):
    """The real command line in a fresh process started under umask 022."""

    preexec = staticmethod(_usual_umask)


def _modes(folder: Path) -> dict[str, str]:
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in sorted(folder.rglob("*")):
        found[path.relative_to(folder).as_posix()] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def test_every_file_the_program_makes_is_private_under_umask_022(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "workspace"
    cli = UsualCli(folder, tmp_path)
    cli.ok("channel", "add", "Facebook", "--kind", "facebook")
    cli.add("--title", "Appel", "--channel", "Facebook", "--at", "2026-12-09T18:00")
    share = tmp_path / "share"
    share.mkdir()
    cli.ok("publish", "folder", str(share))
    cli.ok("publish", "now")
    # An older workspace beside it: opening it migrates, after a backup, and logs it.
    old = tmp_path / "old"
    old.mkdir(mode=0o755)
    os.chmod(old, 0o755)
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", old / DB)
    os.chmod(old / DB, 0o600)
    UsualCli(old, tmp_path).ok("item", "list")
    made = _modes(folder)
    assert {"workspace.sqlite", "publish-cache.bin", "publish-state.json"} <= set(made), made
    wrong = {name: mode for name, mode in made.items() if mode not in ("0o700", "0o600")}
    assert wrong == {}, made
    for name, mode in made.items():
        is_dir = (folder / name).is_dir()
        assert mode == ("0o700" if is_dir else "0o600"), (name, mode)
    migrated = _modes(old)
    assert any(n.startswith("backups/") for n in migrated) and "logs/ngo-calendar.log" in migrated
    del migrated["."]  # a folder the person made keeps the mode they gave it
    assert {m for n, m in migrated.items() if (old / n).is_dir()} == {"0o700"}, migrated
    assert {m for n, m in migrated.items() if (old / n).is_file()} == {"0o600"}, migrated
