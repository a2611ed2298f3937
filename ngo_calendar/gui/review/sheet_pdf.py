"""A printable page made into a PDF with Qt, offline (the review sheet's paper form).

Used by the window and, through app.py, by the command line: with no application running
(a command), one is made on the offscreen platform, so no screen is needed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ngo_calendar.core.model.domain import UnreadableFile
from ngo_calendar.core.model.files import written_whole
from ngo_calendar.core.model.reasons import reason


def write_pdf(html: str, path: Path, title: str) -> Path:
    """Lay `html` out on A4 pages into `path`, written whole or not at all."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep.append(QGuiApplication(["ngo-calendar"]))
    with written_whole(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("NGO Calendar")
        document = QTextDocument()
        document.setDefaultStyleSheet("h1 { font-size: 16pt; } h2 { font-size: 12pt; }")
        document.setHtml(html)
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        if temp.stat().st_size == 0:
            raise UnreadableFile(path, "file", reason("file.no_pdf"))
    return path


_keep: list[QGuiApplication] = []  # the application made for a command lives until it exits
