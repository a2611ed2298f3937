"""Composition root: where the workspace lives, opening it, logging, then the window or the
command line. The only module that knows every layer."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from io import TextIOWrapper
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from ngo_calendar.cli.common import EXIT_INPUT
from ngo_calendar.cli.parser import parse_arguments

if TYPE_CHECKING:
    import argparse

    from ngo_calendar.store import Database

# The database library, the core and the window are imported when a command needs them, not
# before: `--help` and a usage error answer without loading them.

APP_NAME = "ngo-calendar"
ENV_DATA_DIR = "NGO_CALENDAR_DATA_DIR"
ENV_BUSY_TIMEOUT = "NGO_CALENDAR_BUSY_TIMEOUT_MS"
LOG_NAME = "ngo-calendar.log"
EXIT_INTERNAL = 1

log = logging.getLogger("ngo_calendar")


def data_dir(explicit: str | None = None) -> Path:
    """--data-dir, else NGO_CALENDAR_DATA_DIR, else the user data folder of this system."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_path(folder: Path) -> Path:
    """Where tracebacks of unexpected errors go: a file in the workspace folder."""
    return folder / "logs" / LOG_NAME


class _WorkspaceLog(logging.FileHandler):
    """The workspace's log file, created with its folder at the first record only: a command
    that logs nothing leaves no trace, and warnings never reach the terminal."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)

    def _open(self) -> TextIOWrapper:
        # Private to its owner, in a private folder, whatever the umask.
        from ngo_calendar.store.opening import append_private

        return append_private(Path(self.baseFilename))

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            try:
                self.stream = self._open()
            except OSError:
                return  # nowhere to write: losing a warning beats breaking the command
        super().emit(record)


def log_to_workspace(folder: Path) -> None:
    """Send the package's warnings to the workspace's log file instead of stderr."""
    handler = _WorkspaceLog(log_path(folder))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


def _busy_timeout() -> int:
    from ngo_calendar.store.database import DEFAULT_BUSY_TIMEOUT_MS

    text = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    return int(text) if text.isdigit() else DEFAULT_BUSY_TIMEOUT_MS


def open_workspace(folder: Path) -> Database:
    """Open (creating or migrating as needed) the workspace database in `folder`."""
    from ngo_calendar.core import workspace
    from ngo_calendar.store import Database

    db = Database.open_folder(folder, _busy_timeout())
    _publish_after_every_change()
    if db.last_backup is not None:
        log.info("backup before migration: %s", db.last_backup)
    workspace.ensure_seeded(db)
    approve_silently(db)
    return db


def _publish_after_every_change() -> None:
    """The published folder follows every committed change (core/ics/publish.py), loaded at the
    first write only: registering imports nothing."""
    from ngo_calendar.core.write import hooks

    if _publish_hook not in hooks.AFTER_COMMIT:
        hooks.AFTER_COMMIT.append(_publish_hook)


def _publish_hook(db: Database, changes: object) -> None:
    from ngo_calendar.core.ics import publish_state

    if publish_state.wanted(db, changes):
        from ngo_calendar.core.ics import publish

        publish.after_commit(db, changes)


def approve_silently(db: Database) -> None:
    """Items that waited for review until their silent-approval time are approved now: this
    happens whenever the app or a command opens the workspace (there is no background
    service). Off by default; the rule is read without loading the writing side."""
    from ngo_calendar.core.review import rules as review_rules

    if review_rules.rules(db).silent_after_hours is None:
        return
    from datetime import UTC, datetime

    from ngo_calendar.core.review import decide as review

    review.approve_silently(db, datetime.now(UTC))


def write_pdf(html: str, path: Path, title: str) -> Path:
    """A printable page into a PDF, with Qt: loaded only by the command that asks for one."""
    from ngo_calendar.gui.review.sheet_pdf import write_pdf as qt_write_pdf

    return qt_write_pdf(html, path, title)


def log_unexpected(folder: Path, exc: BaseException) -> Path | None:
    """Append the traceback of an unexpected error to the workspace's log; its path, if written."""
    from ngo_calendar.store.opening import append_private

    path = log_path(folder)
    try:
        with append_private(path) as out:
            out.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path


def run(argv: Sequence[str]) -> int:
    """The `ngo-calendar` command: the window (no command, or `screenshot`) or a command."""
    args = parse_arguments(list(argv))
    folder = data_dir(args.data_dir)
    log_to_workspace(folder)
    try:
        if args.command in (None, "screenshot"):
            return _window(folder, args)
        from ngo_calendar.cli import commands as cli

        db = open_workspace(folder)
        start_collecting_garbage()
        try:
            return cli.dispatch(db, args, write_pdf)
        finally:
            db.close()
    except BrokenPipeError:
        raise  # the reader went away (`item list | head`): main() stops quietly
    except Exception as exc:  # noqa: BLE001 - the last place an error can be turned into words
        from ngo_calendar.cli import commands as cli  # the window does not load it otherwise

        line = cli.error_line(exc, args)
        if line is not None:
            print(line, file=sys.stderr)
            return EXIT_INPUT
        where = log_unexpected(folder, exc)
        details = f"; details in {where}" if where else ""
        print(f"ngo-calendar: internal error: {exc!r}{details}", file=sys.stderr)
        return EXIT_INTERNAL


def _window(folder: Path, args: argparse.Namespace) -> int:
    from ngo_calendar.core.calendar import query
    from ngo_calendar.core.model.refusals import REFUSALS
    from ngo_calendar.gui.window import launch
    from ngo_calendar.gui.window.system_libraries import MissingLibraries

    try:  # before opening: a refusal can then be shown in a box
        app = launch.application(args, log_path(folder))
    except MissingLibraries as exc:
        print(f"ngo-calendar: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    try:
        db = open_workspace(folder)
    except REFUSALS as exc:
        launch.show_startup_refusal(args, str(exc))
        raise
    try:
        if getattr(args, "demo", False) and query.count_items(db) == 0:
            from ngo_calendar.core.demo.build import load_demo

            load_demo(db)
        return launch.launch(
            app,
            db,
            folder,
            args,
            lambda exc: log_unexpected(folder, exc),
            start_collecting_garbage,
            logs=log_path(folder).parent,
        )
    finally:
        db.close()


def start_collecting_garbage() -> None:
    """Turn the garbage collector back on once the program has started (see main). What start
    built (modules, classes, a window) lives as long as the program: it is set apart from the
    collector's passes, which then only look at what comes later."""
    gc.freeze()
    gc.enable()


def main() -> None:
    """`python -m ngo_calendar` and the `ngo-calendar` command."""
    # No cyclic garbage collection while the program starts (start_collecting_garbage turns it
    # back on): its passes went through every object of the modules being loaded again and
    # again, 90 ms of the window's start at 10,000 items.
    gc.disable()
    try:
        code = run(sys.argv[1:])
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`ngo-calendar item list | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    sys.exit(code)
