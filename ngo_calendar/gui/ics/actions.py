"""What the window does with other calendars: export the plan to an .ics file, import one
with its preview and report, publish now, and the publication's state in the status bar. A
controller the main window composes (it reaches the window through its `WindowContext`); the
work runs on the database worker, core decides everything, and an import is one operation
(Ctrl+Z takes it back)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMenu

from ngo_calendar.core.model.refusals import REFUSALS

from ..common import file_dialogs
from ..common.context import WindowContext, window_action

if TYPE_CHECKING:
    from ngo_calendar.core.ics.publish_state import PublishState

    from ..common.db_worker import Job
    from .export_dialog import ExportDialog
    from .import_dialog import ImportDialog

# Set apart from the counts beside it in the status bar.
_APART = "padding-left: 8px; border-left: 1px solid #b0bec5;"


class IcsController:
    """Texts here are translated in the context "IcsActions" (the name of the mixin this
    controller was), where the catalogues file them."""

    def __init__(self, context: WindowContext) -> None:
        self.context = context
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.last_export: str | None = None  # where the last export went: the next one starts there
        self._publish_lock = threading.Lock()
        self._publish_job: Job | None = None

    def build_actions(self, file_menu: QMenu) -> None:
        """The File menu's export, import and publish; the publication's state in the status
        bar; and the published folder written on the database worker from now on."""
        window = self.context.dialog_parent
        self.act_export_ics = window_action(
            window,
            QCoreApplication.translate("IcsActions", "Export to a calendar file (.ics)…"),
            ["Ctrl+Shift+E"],
            self.export_ics,
        )
        self.act_import_ics = window_action(
            window,
            QCoreApplication.translate("IcsActions", "Import a calendar file (.ics)…"),
            ["Ctrl+Shift+I"],
            self.import_ics,
        )
        self.act_publish_now = window_action(
            window, QCoreApplication.translate("IcsActions", "Publish now"), [], self.publish_now
        )
        file_menu.addActions([self.act_export_ics, self.act_import_ics, self.act_publish_now])
        file_menu.addSeparator()
        self.publish_label = QLabel(window)
        self.publish_label.setObjectName("publishState")
        self.context.statusBar().addPermanentWidget(self.publish_label)
        # The published folder is written again after each change on the database worker, so
        # no edit waits for the files (core/ics/publish_state.py runs it at once otherwise).
        from ngo_calendar.core.ics import publish_state

        publish_state.publish_with(self.context.db, self._publish_later)

    def _publish_later(self, work: Callable[[], object]) -> None:
        """After a commit (on the window's thread or the worker's): one publication waiting
        is enough, since it reads the plan when it runs."""
        with self._publish_lock:
            if self._publish_job is not None and not self._publish_job.started:
                return
            self._publish_job = self.context.worker.submit(
                lambda job: work(),
                lambda _state: self.refresh_publish_state(),
                self._publication_broke,
                label="publish",
            )

    def _publication_broke(self, exc: BaseException) -> None:
        """A defect while writing the files (core recorded it before raising): the status bar
        says the publication failed, and the traceback goes where every defect goes."""
        self.refresh_publish_state()
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def finish_publication(self) -> None:
        """At closing, once the worker stopped: a publication it had not begun runs now, so the
        files hold the last change."""
        from ngo_calendar.core.ics import publish, publish_state

        db = self.context.db
        publish_state.publish_with(db, None)
        job = self._publish_job
        if job is not None and not job.started:
            publish.publish_now(db, quiet=True)

    # -- the publication's state -------------------------------------------------------------
    def refresh_publish_state(self) -> None:
        """Where the plan is published, when last, and any failure (a settings row and a small
        file beside the workspace: read after each write)."""
        from ngo_calendar.core.ics import publish_state

        found = publish_state.state(self.context.db)
        # Never greyed without a word: with no folder yet, it opens the settings' Publication tab.
        self.act_publish_now.setText(
            QCoreApplication.translate("IcsActions", "Publish now")
            if found.folder is not None
            else QCoreApplication.translate("IcsActions", "Set up publication…")
        )
        self.act_publish_now.setStatusTip(
            QCoreApplication.translate("IcsActions", "Write the calendar files to %1 now").replace(
                "%1", found.folder or ""
            )
            if found.folder is not None
            else QCoreApplication.translate(
                "IcsActions",
                "No published folder yet: choose one in the settings (Publication tab)",
            )
        )
        self.act_publish_now.setToolTip(self.act_publish_now.statusTip())
        if found.folder is None:
            self.publish_label.clear()
            self.publish_label.setToolTip("")
            return
        if found.error:
            text = QCoreApplication.translate("IcsActions", "Publication failed")
            self.publish_label.setStyleSheet(f"{_APART} color: #b71c1c;")
            self.publish_label.setToolTip(found.error)
        else:
            when = publish_state.local_time(found.last, self.context.tz)
            text = QCoreApplication.translate("IcsActions", "Published %1").replace("%1", when)
            self.publish_label.setStyleSheet(_APART)
            self.publish_label.setToolTip(found.folder)
        self.publish_label.setText(text)

    def publish_now(self) -> None:
        from ngo_calendar.core.ics import publish_state

        db = self.context.db
        if publish_state.state(db).folder is None:
            self.context.open_settings("publicationTab")
            return

        def work(job: Job) -> PublishState:
            from ngo_calendar.core.ics import publish

            return publish.publish_now(db)

        self.context.worker.submit(
            work, lambda _s: self._published(), self._ics_failed, urgent=True
        )

    def _published(self) -> None:
        self.refresh_publish_state()
        self.context.statusBar().showMessage(
            QCoreApplication.translate("IcsActions", "Calendar files written"), 6000
        )

    # -- export --------------------------------------------------------------------------------
    def export_ics(self) -> None:
        """The export dialog, with what the filters show chosen to begin with."""
        from .export_dialog import ExportDialog

        path = self.last_export or str(Path.home() / "calendrier.ics")
        dialog = self.export_dialog = ExportDialog(self.context, path)
        dialog.finished.connect(lambda _result: self._export_closed(dialog))
        dialog.open()

    def _export_closed(self, dialog: ExportDialog) -> None:
        self.export_dialog = None
        if dialog.written is None:
            return
        (main, count), *others = dialog.written
        self.last_export = str(main)
        text = QCoreApplication.translate("IcsActions", "%n event(s) written to %1")
        text = text.replace("%n", str(count)).replace("%1", str(main))
        if others:
            more = QCoreApplication.translate("IcsActions", "and %n file(s) per channel")
            text += " " + more.replace("%n", str(len(others)))
        self.context.statusBar().showMessage(text, 10000)

    # -- import --------------------------------------------------------------------------------
    def ask_import_path(self) -> str:
        path, _kind = file_dialogs.open_file(
            self.context.dialog_parent,
            QCoreApplication.translate("IcsActions", "Import a calendar file"),
            str(Path.home()),
            QCoreApplication.translate("IcsActions", "Calendar files (*.ics);;All files (*)"),
        )
        return path

    def import_ics(self) -> None:
        path = self.ask_import_path()
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> None:
        """The preview: the report of what the import would do, made on the worker."""
        from .import_dialog import ImportDialog

        dialog = self.import_dialog = ImportDialog(self.context, path)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        dialog.open()

    def _import_closed(self, dialog: ImportDialog) -> None:
        self.import_dialog = None
        status = self.context.statusBar()
        if dialog.stopped:
            status.showMessage(
                QCoreApplication.translate("IcsActions", "Import stopped: nothing was imported"),
                10000,
            )
        if dialog.changes is not None:
            self.context.apply_changes(dialog.changes)
            status.showMessage(dialog.summary.text(), 10000)

    def _ics_failed(self, exc: BaseException) -> None:
        from ..common.errors import error_text

        self.context.statusBar().clearMessage()
        if isinstance(exc, REFUSALS):
            self.context.show_error(error_text(exc))
        else:
            raise exc
        self.refresh_publish_state()
