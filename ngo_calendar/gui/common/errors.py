"""Errors never escape the window: a defect is logged and shown, and the window keeps running.

Refusals (core.refusals) are handled where services are called; what reaches this hook is
unexpected: its traceback goes to the log file in the workspace folder, the person sees a short
message, and the event loop goes on.
"""

from __future__ import annotations

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

from ngo_calendar.core.model.domain import InputError


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
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as out:
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


def error_text(exc: Exception) -> str:
    """A refusal as one line: the field, what was given and what is accepted."""
    if isinstance(exc, InputError):
        return f"{exc.field}: {exc.shown} — {exc.accepted}"
    return str(exc)
