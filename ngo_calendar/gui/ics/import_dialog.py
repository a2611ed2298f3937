"""Importing a calendar file: the report of what the import would do (each event imported,
updated or skipped, and why), the channel the events go on, then Import (one operation: Ctrl+Z
takes it back). Reading the file and importing it run on the database worker, with a progress
bar; Cancel while importing stops it there, and nothing is imported."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ngo_calendar.core import workspace
from ngo_calendar.core.model.refusals import REFUSALS

from ..common.progress import Stopped, stoppable
from ..common.reasons import reasons_text

if TYPE_CHECKING:
    from ngo_calendar.core.write.changes import Changes

    from ..common.context import WindowContext
    from ..common.db_worker import Job


class ImportDialog(QDialog):
    def __init__(self, context: WindowContext, path: Path) -> None:
        super().__init__(context.dialog_parent)
        self.context, self.db, self.path = context, context.db, path
        self.planned: Any = None
        self.changes: Changes | None = None
        self.importing = False
        self.stopped = False  # Cancel stopped the import under way: nothing was imported
        self._job: Job | None = None
        self._stop = threading.Event()
        self.setObjectName("importDialog")
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import a calendar file"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(str(path), self))
        row = QHBoxLayout()
        row.addWidget(
            QLabel(QCoreApplication.translate("ImportDialog", "Put the events on:"), self)
        )
        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("importChannel")
        self.channel_box.addItem(
            QCoreApplication.translate("ImportDialog", "the event channel (made if needed)"), None
        )
        for channel in workspace.channels(self.db):
            self.channel_box.addItem(channel.name, channel.name)
        self.channel_box.currentIndexChanged.connect(self.preview)
        row.addWidget(self.channel_box, 1)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("importReport")
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ImportDialog", "Line"),
            QCoreApplication.translate("ImportDialog", "Event"),
            QCoreApplication.translate("ImportDialog", "Outcome"),
            QCoreApplication.translate("ImportDialog", "Why"),
        ])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(1, 320)
        self.table.setColumnWidth(3, 360)
        layout.addWidget(self.table, 1)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.hide()
        layout.addWidget(self.bar)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportDialog", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.preview()

    def preview(self) -> None:
        from ngo_calendar.core.ics import importer as ics_import

        if self._job is not None:
            self._job.cancel()
        self.import_button.setEnabled(False)
        self.error.clear()
        self.summary.setText(QCoreApplication.translate("ImportDialog", "Reading the file…"))
        db, path, channel = self.db, self.path, self.channel_box.currentData()
        self._stop.clear()
        told = stoppable(self._stop)
        self._job = self.context.worker.submit(
            lambda job: ics_import.plan(db, path, channel, told(job)),
            self._planned,
            self._failed,
            True,
        )
        self._show_progress(self._job)

    def _show_progress(self, job: Job) -> None:
        self.bar.setRange(0, 0)  # busy until the first figures come
        self.bar.show()

        def progressed(done: int, total: int) -> None:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

        job.on_progress = progressed

    def _planned(self, planned: Any) -> None:
        self._job = None
        self.bar.hide()
        self.planned = planned
        outcomes = {
            "imported": QCoreApplication.translate("ImportDialog", "imported"),
            "updated": QCoreApplication.translate("ImportDialog", "updated"),
            "skipped": QCoreApplication.translate("ImportDialog", "skipped"),
        }
        self.table.setRowCount(len(planned.outcomes))
        for n, o in enumerate(planned.outcomes):
            why = reasons_text(o.why)
            for column, value in enumerate((str(o.line), o.title, outcomes[o.outcome], why)):
                self.table.setItem(n, column, QTableWidgetItem(value))
        counts = planned.counts()
        text = QCoreApplication.translate(
            "ImportDialog", "%1 to import, %2 to update, %3 skipped, on %4"
        )
        for n, value in enumerate(
            (counts["imported"], counts["updated"], counts["skipped"], planned.channel), start=1
        ):
            text = text.replace(f"%{n}", str(value))
        self.summary.setText(text)
        self.import_button.setEnabled(counts["imported"] + counts["updated"] > 0)

    def _failed(self, exc: BaseException) -> None:
        from ..common.errors import error_text

        self._job = None
        self.bar.hide()
        if isinstance(exc, Stopped):
            self.stopped = self.importing
            super().reject()
            return
        self.import_button.setEnabled(False)
        self.summary.clear()
        if not isinstance(exc, REFUSALS):
            raise exc  # a defect: the window's exception hook logs it and says so
        self.error.setText(error_text(exc))

    def apply(self) -> None:
        from ngo_calendar.core.ics import importer as ics_import

        if self.planned is None or self._job is not None:
            return
        db, planned = self.db, self.planned
        self.importing = True
        self.import_button.setEnabled(False)
        self.channel_box.setEnabled(False)
        self.summary.setText(QCoreApplication.translate("ImportDialog", "Importing…"))
        self._stop.clear()
        told = stoppable(self._stop)
        self._job = self.context.worker.submit(
            lambda job: ics_import.apply(db, planned, progress=told(job)),
            self._applied,
            self._failed,
            True,
        )
        self._show_progress(self._job)

    def _applied(self, changes: Changes) -> None:
        self._job = None
        self.bar.hide()
        self.changes = changes
        counts = self.planned.counts()
        text = QCoreApplication.translate(
            "ImportDialog", "Imported: %1 new, %2 updated, %3 skipped (Ctrl+Z takes it back)"
        )
        for n, value in enumerate((counts["imported"], counts["updated"], counts["skipped"]), 1):
            text = text.replace(f"%{n}", str(value))
        self.summary.setText(text)
        self.accept()

    def reject(self) -> None:
        """Cancel: the reading or the import stops at its next step (an import then rolls
        back whole), and the dialog closes once the worker has stopped."""
        if self._job is not None:
            self._stop.set()
            self.summary.setText(QCoreApplication.translate("ImportDialog", "Stopping…"))
            return
        super().reject()
