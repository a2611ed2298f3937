"""What the window does with other calendars: export the plan to an .ics file, import one
with its preview and report, publish now, and the publication's state in the status bar. A
mixin of MainWindow; the work runs on the database worker, core decides everything, and an
import is one operation (Ctrl+Z takes it back)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QWidget

from ngo_calendar.core.model.refusals import REFUSALS

# Set apart from the counts beside it in the status bar.
_APART = "padding-left: 8px; border-left: 1px solid #b0bec5;"


class IcsActions:
    publish_label: QLabel
    import_dialog: Any = None
    export_dialog: Any = None
    last_export: str | None = None  # where the last export went: the next one starts there

    def _build_ics_actions(self, file_menu: QMenu) -> None:
        owner: Any = self
        self.act_export_ics = owner._action(
            QCoreApplication.translate("IcsActions", "Export to a calendar file (.ics)…"),
            ["Ctrl+Shift+E"],
            self.export_ics,
        )
        self.act_import_ics = owner._action(
            QCoreApplication.translate("IcsActions", "Import a calendar file (.ics)…"),
            ["Ctrl+Shift+I"],
            self.import_ics,
        )
        self.act_publish_now = owner._action(
            QCoreApplication.translate("IcsActions", "Publish now"), [], self.publish_now
        )
        file_menu.addActions([self.act_export_ics, self.act_import_ics, self.act_publish_now])
        file_menu.addSeparator()
        self.publish_label = QLabel(owner)
        self.publish_label.setObjectName("publishState")
        owner.statusBar().addPermanentWidget(self.publish_label)
        # The published folder is written again after each change on the database worker, so
        # no edit waits for the files (core/ics/publish_state.py runs it at once otherwise).
        from ngo_calendar.core.ics import publish_state

        self._publish_lock = threading.Lock()
        self._publish_job: Any = None
        publish_state.publish_with(owner.db, self._publish_later)

    def _publish_later(self, work: Any) -> None:
        """After a commit (on the window's thread or the worker's): one publication waiting
        is enough, since it reads the plan when it runs."""
        owner: Any = self
        with self._publish_lock:
            if self._publish_job is not None and not self._publish_job.started:
                return
            self._publish_job = owner.worker.submit(
                lambda job: work(), lambda _state: self.refresh_publish_state(), label="publish"
            )

    def finish_publication(self) -> None:
        """At closing, once the worker stopped: a publication it had not begun runs now, so the
        files hold the last change."""
        from ngo_calendar.core.ics import publish, publish_state

        owner: Any = self
        publish_state.publish_with(owner.db, None)
        job = self._publish_job
        if job is not None and not job.started:
            publish.publish_now(owner.db, quiet=True)

    # -- the publication's state -------------------------------------------------------------
    def refresh_publish_state(self) -> None:
        """Where the plan is published, when last, and any failure (a settings row and a small
        file beside the workspace: read after each write)."""
        from ngo_calendar.core.ics import publish_state

        owner: Any = self
        found = publish_state.state(owner.db)
        self.act_publish_now.setEnabled(found.folder is not None)
        if found.folder is None:
            self.publish_label.clear()
            self.publish_label.setToolTip("")
            return
        if found.error:
            text = QCoreApplication.translate("IcsActions", "Publication failed")
            self.publish_label.setStyleSheet(f"{_APART} color: #b71c1c;")
            self.publish_label.setToolTip(found.error)
        else:
            when = publish_state.local_time(found.last, owner.tz)
            text = QCoreApplication.translate("IcsActions", "Published %1").replace("%1", when)
            self.publish_label.setStyleSheet(_APART)
            self.publish_label.setToolTip(found.folder)
        self.publish_label.setText(text)

    def publish_now(self) -> None:
        owner: Any = self
        db = owner.db

        def work(job: Any) -> Any:
            from ngo_calendar.core.ics import publish

            return publish.publish_now(db)

        owner.worker.submit(work, lambda _s: self._published(), self._ics_failed, urgent=True)

    def _published(self) -> None:
        owner: Any = self
        self.refresh_publish_state()
        owner.statusBar().showMessage(
            QCoreApplication.translate("IcsActions", "Calendar files written"), 6000
        )

    # -- export --------------------------------------------------------------------------------
    def export_ics(self) -> None:
        """The export dialog, with what the filters show chosen to begin with."""
        from .export_dialog import ExportDialog

        owner: Any = self
        path = self.last_export or str(Path.home() / "calendrier.ics")
        dialog = self.export_dialog = ExportDialog(owner, path)
        dialog.finished.connect(lambda _result: self._export_closed(dialog))
        dialog.open()

    def _export_closed(self, dialog: Any) -> None:
        owner: Any = self
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
        owner.statusBar().showMessage(text, 10000)

    # -- import --------------------------------------------------------------------------------
    def ask_import_path(self) -> str:
        path, _kind = QFileDialog.getOpenFileName(
            cast("QWidget", self),  # the window this mixin is part of
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

        owner: Any = self
        dialog = self.import_dialog = ImportDialog(owner, path)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        dialog.open()

    def _import_closed(self, dialog: Any) -> None:
        owner: Any = self
        self.import_dialog = None
        if dialog.stopped:
            owner.statusBar().showMessage(
                QCoreApplication.translate("IcsActions", "Import stopped: nothing was imported"),
                10000,
            )
        if dialog.changes is not None:
            owner.apply_changes(dialog.changes)
            owner.statusBar().showMessage(dialog.summary.text(), 10000)

    def _ics_failed(self, exc: BaseException) -> None:
        from ..common.errors import error_text

        owner: Any = self
        owner.statusBar().clearMessage()
        if isinstance(exc, REFUSALS):
            owner.show_error(error_text(exc))
        else:
            raise exc
        self.refresh_publish_state()
