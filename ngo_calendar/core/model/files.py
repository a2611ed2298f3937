"""Files we write for people (review sheets, calendar files, the published folder): written
whole or not at all, never half a file where a reader may look."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import TextIOWrapper
from pathlib import Path

from .domain import UnreadableFile
from .reasons import os_reason, reason


@contextmanager
def written_whole(path: Path, private: bool = False) -> Iterator[Path]:
    """A temporary file beside `path` to write into; renamed over `path` when the block ends
    without error, removed otherwise, so `path` is written whole or not at all. A file
    problem is refused with the path and the system's reason. A document gets the usual mode
    (others may read it); `private`, a file of the workspace, stays its owner's only."""
    path = Path(path)
    try:
        folder = path.parent if str(path.parent) else Path(".")
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=folder)
        os.close(handle)
        temp = Path(name)
        try:
            yield temp
            if not private:  # mkstemp makes a file private to its owner
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temp, 0o666 & ~umask)
            os.replace(temp, path)
        finally:
            temp.unlink(missing_ok=True)
    except OSError as exc:
        raise UnreadableFile(path, "file", os_reason(exc)) from None


def read_limited(path: Path, max_bytes: int) -> bytes:
    """At most `max_bytes` + 1 bytes of a file a person gives (the caller refuses more),
    refused when it is not a regular file: a device (/dev/zero) or a pipe would be read for
    ever, or block; checked before it is opened, then read no further than the limit."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UnreadableFile(path, "file", reason("file.not_regular"))
        with open(path, "rb") as f:
            return f.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableFile(path, "file", os_reason(exc)) from None


def append_private(path: Path) -> TextIOWrapper:
    """A log file of the workspace opened to add lines, private to its owner (see
    store.opening: what the program makes in the workspace is its owner's only)."""
    from ngo_calendar.store.opening import append_private as opened

    return opened(path)
