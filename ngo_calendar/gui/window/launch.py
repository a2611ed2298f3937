"""Starting the window, or rendering it offscreen to a PNG; app.py opens the workspace."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QApplication, QMessageBox

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.model.timing import parse_day
from ngo_calendar.core.workspace import Database

from ..common.errors import install_exception_hook, send_qt_messages_to
from . import system_libraries

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..common.i18n import Translations
    from ..crisis.dialog import CrisisDialog
    from .main_window import MainWindow


def application(args: argparse.Namespace, log: Path) -> QApplication:
    """The QApplication (one per process); a screenshot renders offscreen, needing no screen.
    Qt's own messages go to `log` from the start (the platform plugin speaks when it loads)."""
    send_qt_messages_to(log)
    if args.command == "screenshot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        parse_size(args.size)  # refused before the workspace is even opened
        if args.date:
            parse_day(args.date, "--date")
    if QApplication.instance() is None:
        system_libraries.check()  # Qt would abort naming one of them, maybe the wrong one
    # An application already there is one this program made: a QApplication too.
    app = cast("QApplication", QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("NGO Calendar")
    app.setOrganizationName("ngo-calendar")
    return app


def show_startup_refusal(args: argparse.Namespace, text: str) -> None:
    """The window cannot open (the workspace is busy, say): say so where the person looks."""
    if args.command is None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.warning(None, "NGO Calendar", text)


def launch(
    app: QApplication,
    db: Database,
    folder: Path,
    args: argparse.Namespace,
    log_error: Callable[[BaseException], Path | None],
    started: Callable[[], None] = lambda: None,
    logs: Path | None = None,
) -> int:
    """Open the window (or write the screenshot); `started` is called once the window is built,
    before the event loop runs."""
    from ..common.i18n import Translations

    if args.command == "screenshot":
        size = parse_size(args.size)
        day = parse_day(args.date, "--date") if args.date else date.today()
    translations = Translations(app)
    translations.install(getattr(args, "lang", None) or workspace.settings(db).language)
    if args.command == "screenshot":
        return screenshot(db, folder, Path(args.out), args.view, day, size, args.editor)
    host = WindowHost(db, folder, translations, logs)
    install_exception_hook(lambda: host.window, log_error)
    host.open()
    started()
    return app.exec()


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise InputError("--size", text, reason("cli.size")) from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise InputError("--size", text, reason("cli.size_range"))
    return width, height


class WindowHost:
    """Owns the main window; a language change rebuilds it so every text is retranslated."""

    def __init__(
        self, db: Database, folder: Path, translations: Translations, logs: Path | None = None
    ) -> None:
        self.db, self.folder, self.translations, self.logs = db, folder, translations, logs
        self.window: MainWindow | None = None

    def open(self) -> None:
        from .main_window import MainWindow

        self.window = window = MainWindow(self.db, self.folder, logs=self.logs)
        window.languageChanged.connect(self.switch_language)
        window.show()

    def switch_language(self, language: str) -> None:
        """The window is rebuilt in the new language where the old one was: same place and
        size, same view, same day shown."""
        old = self.window
        self.translations.install(language)
        if old is not None:
            old.save_state()
        self.open()
        new = self.window
        if old is not None and new is not None:
            new.setGeometry(old.geometry())
            new.navigation.show_view(old.navigation.view_name)
            new.navigation.go_to(old.navigation.anchor)
            old.close()
            old.deleteLater()


def _crisis_preview(window: MainWindow, day: date) -> CrisisDialog:
    """The declare dialog over the window, a three-day crisis from `day` 08:00 planned."""
    from PySide6.QtCore import QDate, QDateTime, QTime
    from PySide6.QtWidgets import QApplication

    from ..crisis.dialog import CrisisDialog

    dialog = CrisisDialog(window)
    dialog.name_edit.setText("Inondations dans la vallée")
    start = QDateTime(QDate(day.year, day.month, day.day), QTime(8, 0))
    dialog.start_edit.setDateTime(start)
    dialog.end_edit.setDateTime(start.addDays(3))
    dialog.show()
    dialog.preview()
    while dialog.proposal is None and dialog._job is not None:
        QApplication.processEvents()
    dialog.add_message()
    QApplication.processEvents()
    return dialog


def screenshot(
    db: Database,
    folder: Path,
    out: Path,
    view: str,
    day: date,
    size: tuple[int, int],
    with_editor: bool = False,
) -> int:
    """Render the window (or the editor over it) to a PNG; nothing is written to the workspace."""
    from PySide6.QtWidgets import QApplication

    from .main_window import VIEWS, MainWindow

    window = MainWindow(db, folder, today=date.today(), remember=False)
    window.resize(*size)
    window.navigation.anchor = day
    if view in ("backlog", "review"):
        window.splitter.setSizes([size[0] // 2, size[0] // 2])
    if view == "review":
        window.side.setCurrentIndex(1)
        window.review.panel.select_rows([0] if window.review.panel.count() else [])
    window.navigation.show_view(view if view in VIEWS else "month")
    window.show()
    window.wait_until_shown()
    QApplication.processEvents()
    target: QWidget = window
    if view == "crisis":
        target = _crisis_preview(window, day)
    if view == "export":
        window.ics.export_ics()
        assert window.ics.export_dialog is not None  # open: export_ics() shows it
        target = window.ics.export_dialog
        QApplication.processEvents()
    if with_editor:
        from ngo_calendar.core.items import edit as items

        from ..editor.dialog import ItemEditor

        rows = window.shown or query.backlog(db)
        if rows:
            occ = rows[len(rows) // 2]
            context = window.items.editor_context(occ.uid)
            draft = items.item_draft(db, occ.item_id)
            if occ.rrule and occ.occurrence_key:  # a date of a series opens as in the window
                from ngo_calendar.core.items import dates

                one = dates.date_view(db, occ.item_id, occ.occurrence_key)
                context = replace(context, series=one.series, own=one.own, moved=one.moved)
                draft = one.shown
            target = ItemEditor(context, draft, window)
            target.show()
            QApplication.processEvents()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise InputError("out", str(out), reason("cli.png")) from None
    if not target.grab().save(str(out)):
        raise InputError("out", str(out), reason("cli.png"))
    window.close()
    return 0
