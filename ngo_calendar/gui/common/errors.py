"""Errors never escape the window: a defect is logged and shown, and the window keeps running.

Refusals (core.refusals) are handled where services are called, and worded by `error_text` in
the window's language; what reaches this hook is unexpected: its traceback goes to the log
file in the workspace folder, the person sees a short message, and the event loop goes on.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_calendar.core.model.domain import InputError, Refused, UnreadableFile
from ngo_calendar.core.model.files import append_private

from .reason_texts import QT_TRANSLATE_NOOP, REFUSALS
from .reasons import filled, reason_text


def install_exception_hook(
    window: Callable[[], QWidget | None], log_error: Callable[[BaseException], Path | None]
) -> None:
    """PySide6 hands an exception raised in a slot to sys.excepthook, then carries on."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        where = log_error(exc.with_traceback(tb))
        show_unexpected(window(), exc, where)

    sys.excepthook = hook


def send_qt_messages_to(log: Path) -> None:
    """Qt's own warnings (the offscreen platform's, a style's) go to the log file, not to the
    terminal: on stderr the command line prints its one line and nothing else."""

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        try:
            with append_private(log) as out:
                out.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} Qt {kind.name}: {message}\n")
        except OSError:
            pass  # nowhere to write (a full disk, an unusable folder): the message is dropped

    qInstallMessageHandler(handler)


def show_unexpected(parent: QWidget | None, exc: BaseException, where: Path | None) -> QMessageBox:
    text = QCoreApplication.translate(
        "Errors", "Something went wrong: %1. The window keeps running."
    ).replace("%1", str(exc) or type(exc).__name__)
    if where is not None:
        text += "\n\n" + QCoreApplication.translate("Errors", "Details: %1").replace(
            "%1", str(where)
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Unexpected error"), text
    )
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): a second error must not stack modal loops
    return box


# The fields core names in its refusals (InputError.field), as the window names them; a field
# not here (one the window named itself, in its language) is shown as it is.
FIELDS = {
    "title": QT_TRANSLATE_NOOP("Refusals", "Title"),
    "body": QT_TRANSLATE_NOOP("Refusals", "Text"),
    "notes": QT_TRANSLATE_NOOP("Refusals", "Notes"),
    "start": QT_TRANSLATE_NOOP("Refusals", "Start"),
    "duration": QT_TRANSLATE_NOOP("Refusals", "Duration"),
    "days": QT_TRANSLATE_NOOP("Refusals", "Days"),
    "rrule": QT_TRANSLATE_NOOP("Refusals", "Repeat rule"),
    "occurrence": QT_TRANSLATE_NOOP("Refusals", "Date of the series"),
    "channel": QT_TRANSLATE_NOOP("Refusals", "Channel"),
    "channels": QT_TRANSLATE_NOOP("Refusals", "Channels"),
    "variant": QT_TRANSLATE_NOOP("Refusals", "Channel text"),
    "campaign": QT_TRANSLATE_NOOP("Refusals", "Campaign"),
    "objective": QT_TRANSLATE_NOOP("Refusals", "Objective"),
    "objectives": QT_TRANSLATE_NOOP("Refusals", "Objectives"),
    "audience": QT_TRANSLATE_NOOP("Refusals", "Audience"),
    "audiences": QT_TRANSLATE_NOOP("Refusals", "Audiences"),
    "person": QT_TRANSLATE_NOOP("Refusals", "Person"),
    "tag": QT_TRANSLATE_NOOP("Refusals", "Tag"),
    "attachment": QT_TRANSLATE_NOOP("Refusals", "Attachment"),
    "status": QT_TRANSLATE_NOOP("Refusals", "Status"),
    "kind": QT_TRANSLATE_NOOP("Refusals", "Kind"),
    "role": QT_TRANSLATE_NOOP("Refusals", "Role"),
    "revision": QT_TRANSLATE_NOOP("Refusals", "Version"),
    "uid": QT_TRANSLATE_NOOP("Refusals", "Identifier (UID)"),
    "id": QT_TRANSLATE_NOOP("Refusals", "Item"),
    "item": QT_TRANSLATE_NOOP("Refusals", "Item"),
    "comment": QT_TRANSLATE_NOOP("Refusals", "Comment"),
    "as": QT_TRANSLATE_NOOP("Refusals", "Person"),
    "name": QT_TRANSLATE_NOOP("Refusals", "Name"),
    "colour": QT_TRANSLATE_NOOP("Refusals", "Colour"),
    "char_limit": QT_TRANSLATE_NOOP("Refusals", "Character limit"),
    "weekly_target": QT_TRANSLATE_NOOP("Refusals", "Posts a week"),
    "starts_on": QT_TRANSLATE_NOOP("Refusals", "First day"),
    "ends_on": QT_TRANSLATE_NOOP("Refusals", "Last day"),
    "campaign dates": QT_TRANSLATE_NOOP("Refusals", "Campaign dates"),
    "channel id": QT_TRANSLATE_NOOP("Refusals", "Channel"),
    "campaign id": QT_TRANSLATE_NOOP("Refusals", "Campaign"),
    "person id": QT_TRANSLATE_NOOP("Refusals", "Person"),
    "objective id": QT_TRANSLATE_NOOP("Refusals", "Objective"),
    "audience id": QT_TRANSLATE_NOOP("Refusals", "Audience"),
    "association": QT_TRANSLATE_NOOP("Refusals", "Association"),
    "language": QT_TRANSLATE_NOOP("Refusals", "Language"),
    "timezone": QT_TRANSLATE_NOOP("Refusals", "Time zone"),
    "mode": QT_TRANSLATE_NOOP("Refusals", "Validation"),
    "silent-after": QT_TRANSLATE_NOOP("Refusals", "Silent approval"),
    "sensitivity": QT_TRANSLATE_NOOP("Refusals", "Crisis sensitivity"),
    "crisis": QT_TRANSLATE_NOOP("Refusals", "Crisis"),
    "crisis undo": QT_TRANSLATE_NOOP("Refusals", "Undo"),
    "action": QT_TRANSLATE_NOOP("Refusals", "Action"),
    "after": QT_TRANSLATE_NOOP("Refusals", "New date"),
    "publish": QT_TRANSLATE_NOOP("Refusals", "Published folder"),
    "DIR": QT_TRANSLATE_NOOP("Refusals", "Folder"),
    # The options of the services the window shares with the command line.
    "--name": QT_TRANSLATE_NOOP("Refusals", "Name"),
    "--at": QT_TRANSLATE_NOOP("Refusals", "End"),
    "--until": QT_TRANSLATE_NOOP("Refusals", "End"),
    "--channel": QT_TRANSLATE_NOOP("Refusals", "Channel"),
    "--template": QT_TRANSLATE_NOOP("Refusals", "Message"),
    "--status": QT_TRANSLATE_NOOP("Refusals", "Status"),
    "--to": QT_TRANSLATE_NOOP("Refusals", "Last day"),
    "--description": QT_TRANSLATE_NOOP("Refusals", "Description"),
}

# Where in a file a refusal points, as core says it: "file", "line 3", "line 3, column 7",
# "byte 12" are worded in the window's language; a field of a JSON file is shown as it is.
PLACES_IN_FILE = (
    (re.compile(r"file"), QT_TRANSLATE_NOOP("Refusals", "file")),
    (re.compile(r"name"), QT_TRANSLATE_NOOP("Refusals", "file name")),
    (re.compile(r"line (\d+)"), QT_TRANSLATE_NOOP("Refusals", "line %1")),
    (re.compile(r"line (\d+), column (\d+)"), QT_TRANSLATE_NOOP("Refusals", "line %1, column %2")),
    (re.compile(r"byte (\d+)"), QT_TRANSLATE_NOOP("Refusals", "byte %1")),
)


def field_text(field: str) -> str:
    """A field core names, in the window's language (as it is when the window has no name for
    it)."""
    known = FIELDS.get(field)
    return field if known is None else QCoreApplication.translate(REFUSALS, known)


def where_text(where: str) -> str:
    """Where in a file, in the window's language."""
    for pattern, text in PLACES_IN_FILE:
        found = pattern.fullmatch(where)
        if found:
            return filled(QCoreApplication.translate(REFUSALS, text), *found.groups())
    return where


def error_text(exc: Exception) -> str:
    """A refusal as one line in the window's language: the field, what was given and why it is
    refused (or the file, where in it, and why)."""
    if isinstance(exc, InputError):
        text = QCoreApplication.translate("Refusals", "%1: %2 — %3")
        return filled(text, field_text(exc.field), exc.shown, reason_text(exc.why))
    if isinstance(exc, UnreadableFile):
        text = QCoreApplication.translate("Refusals", "%1: %2: %3")
        return filled(text, str(exc.path), where_text(exc.where), reason_text(exc.why))
    if isinstance(exc, Refused):  # not found, nothing to undo, undo refused
        return reason_text(exc.why)
    return str(exc)
