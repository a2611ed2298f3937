"""A device, a pipe or a folder given where a file is expected is refused before it is read
(reading /dev/zero would never end; a pipe with no writer would block for ever): one line,
exit 2, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import DB, sha256

from .conftest import Cli


@pytest.mark.parametrize(
    "command",
    [("import", "ics"), ("review", "apply"), ("import", "ics", "--dry-run")],
    ids=" ".join,
)
@pytest.mark.parametrize("given", ["/dev/zero", "/dev/urandom", "pipe", "folder"])
def test_what_is_not_a_file_is_refused_unread(
    cli: Cli, tmp_path: Path, command: tuple[str, ...], given: str
) -> None:
    path = tmp_path / given
    if given == "pipe":
        os.mkfifo(path)  # no writer: opening it to read would wait for ever
    elif given == "folder":
        path.mkdir()
    else:
        path = Path(given)
    before = sha256(cli.folder / DB)
    refused = cli.refused(*command, str(path))
    assert "not a regular file" in refused and len(refused.splitlines()) == 1
    assert str(path) in refused
    assert sha256(cli.folder / DB) == before
