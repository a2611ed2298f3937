"""Errors never escape the window: a defect is logged and shown, and the window keeps running.

Refusals (core.refusals) are handled where services are called; what reaches this hook is
unexpected: its traceback goes to the log file in the workspace folder, the person sees a short
message, and the event loop goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


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
