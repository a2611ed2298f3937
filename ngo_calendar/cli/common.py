"""What every command shares: the parser that fails in one line, and how output is printed."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:  # --help and a usage error load nothing of core
    from ngo_calendar.core.model.domain import Progress

EXIT_INPUT = 2


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr with exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INPUT, f"{self.prog}: error: {message}\n")


class SubParser(Parser):
    """A command's parser: --json and --data-dir are accepted after the command words too."""

    def __init__(self, **kwargs: Any) -> None:  # ArgumentParser's own keywords
        super().__init__(**kwargs)
        self.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
        self.add_argument("--data-dir", default=argparse.SUPPRESS)


def emit(args: argparse.Namespace, data: object, text: str) -> None:
    if args.json:
        print_json(data)
    else:
        print(text)


def print_json(data: object) -> None:
    if sys.stdout.isatty():  # a person reads it: indented
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:  # a program reads it: compact, and written by the C encoder, several times faster
        print(json.dumps(data, ensure_ascii=False))


@contextlib.contextmanager
def progress_line(what: str) -> Iterator[Progress | None]:
    """For long work, when stderr is a terminal: `what: done of total` on one line, rewritten
    in place and cleared at the end (before any refusal's line is printed). None otherwise: a
    script or a log gets nothing but the refusal's one line."""
    if not sys.stderr.isatty():
        yield None
        return
    shown = False

    def told(done: int, total: int) -> None:
        nonlocal shown
        if done < total:
            sys.stderr.write(f"\r{what}: {done:,} of {total:,}\x1b[K")
            sys.stderr.flush()
            shown = True

    try:
        yield told
    finally:
        if shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
