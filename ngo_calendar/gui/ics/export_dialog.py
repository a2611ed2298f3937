"""Exporting to a calendar file: where, what (channels, campaigns, statuses, from and to, as
the filters show it to begin with), how much text (each channel's, or the title only so drafts
stay private), a file per channel too; then Export on the database worker, with a progress
bar and Cancel. Core checks the options and writes the files whole."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core import workspace
from ngo_calendar.core.ics import export as ics_export
from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.model.refusals import REFUSALS

from ..common import file_dialogs
from ..common.filter_bar import ChoiceButton
from ..common.labels import status_label
from ..common.progress import Stopped, stoppable

if TYPE_CHECKING:
    from ..common.context import WindowContext
    from ..common.db_worker import Job


class ExportDialog(QDialog):
    def __init__(self, context: WindowContext, path: str) -> None:
        super().__init__(context.dialog_parent)
        self.context, self.db = context, context.db
        self.written: list[tuple[Path, int]] | None = None
        self._job: Job | None = None
        self._stop = threading.Event()
        self.setObjectName("exportDialog")
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export to a calendar file"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        where = QHBoxLayout()
        self.path_edit = QLineEdit(path, self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Choose…"), self)
        browse.clicked.connect(self._browse)
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form.addRow(QCoreApplication.translate("ExportDialog", "File:"), where)
        flt = context.current_filter
        self.channels = self._choices(
            QCoreApplication.translate("ExportDialog", "All channels"),
            [(c.name, c.name) for c in workspace.channels(self.db)],
            flt.channels,
        )
        form.addRow(QCoreApplication.translate("ExportDialog", "Channels:"), self.channels)
        self.campaigns = self._choices(
            QCoreApplication.translate("ExportDialog", "All campaigns"),
            [(n, n) for n in workspace.names(self.db, "campaigns")],
            flt.campaigns,
        )
        form.addRow(QCoreApplication.translate("ExportDialog", "Campaigns:"), self.campaigns)
        self.statuses = self._choices(
            QCoreApplication.translate("ExportDialog", "Every status with a date"),
            [(s, status_label(Status(s))) for s in ics_export.EXPORTED],  # those with a date
            flt.statuses,
        )
        form.addRow(QCoreApplication.translate("ExportDialog", "Statuses:"), self.statuses)
        self.first, self.first_on = self._day(date.today())
        form.addRow(QCoreApplication.translate("ExportDialog", "From:"), self._row(self.first_on))
        self.last, self.last_on = self._day(date.today() + timedelta(days=90))
        form.addRow(QCoreApplication.translate("ExportDialog", "To:"), self._row(self.last_on))
        self.description = QComboBox(self)
        self.description.setObjectName("exportDescription")
        self.description.addItem(
            QCoreApplication.translate("ExportDialog", "The texts of each channel"), "full"
        )
        self.description.addItem(
            QCoreApplication.translate("ExportDialog", "The title only (drafts stay private)"),
            "title",
        )
        form.addRow(QCoreApplication.translate("ExportDialog", "Description:"), self.description)
        self.per_channel = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Also one file per channel, beside it"),
            self,
        )
        form.addRow("", self.per_channel)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.hide()
        layout.addWidget(self.bar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("ExportDialog", "Export"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- building ------------------------------------------------------------------------------
    def _choices(self, none: str, values: list[tuple[str, str]], chosen: tuple) -> ChoiceButton:
        button = ChoiceButton(none, self)
        button.setMinimumWidth(280)  # the arrow beside the text, not over it
        button.set_values(values)
        button.set_chosen(set(chosen))
        return button

    def _day(self, day: date) -> tuple[QDateEdit, QCheckBox]:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        box = QCheckBox(self)
        box.toggled.connect(edit.setEnabled)
        box.setProperty("edit", edit)
        return edit, box

    def _row(self, box: QCheckBox) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box)
        line.addWidget(box.property("edit"))
        line.addStretch(1)
        return row

    def _browse(self) -> None:
        path, _kind = file_dialogs.save_file(
            self,
            QCoreApplication.translate("IcsActions", "Export to a calendar file"),
            self.path_edit.text(),
            QCoreApplication.translate("IcsActions", "Calendar files (*.ics)"),
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".ics") else f"{path}.ics")

    # -- exporting -----------------------------------------------------------------------------
    def options(self) -> Any:
        def day(edit: QDateEdit, box: QCheckBox) -> date | None:
            # PySide6 types what toPython() gives as object.
            return cast("date", edit.date().toPython()) if box.isChecked() else None

        return ics_export.ExportOptions(
            channels=self.channels.chosen(),
            campaigns=self.campaigns.chosen(),
            statuses=self.statuses.chosen(),
            first=day(self.first, self.first_on),
            last=day(self.last, self.last_on),
            description=self.description.currentData(),
        )

    def export(self) -> None:
        if self._job is not None:
            return
        text = self.path_edit.text().strip()
        if not text:
            self.message.setText(QCoreApplication.translate("ExportDialog", "Choose a file."))
            return
        path = Path(text if text.lower().endswith(".ics") else f"{text}.ics").expanduser()
        db, options, per_channel = self.db, self.options(), self.per_channel.isChecked()
        self.message.clear()
        self.export_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self._stop.clear()
        told = stoppable(self._stop)
        self._job = self.context.worker.submit(
            lambda job: ics_export.write_files(db, path, options, per_channel, progress=told(job)),
            self._written,
            self._failed,
            urgent=True,
        )
        self._job.on_progress = self._progress

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _written(self, written: list[tuple[Path, int]]) -> None:
        self._job = None
        self.written = written
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ..common.errors import error_text

        self._job = None
        self.bar.hide()
        self.export_button.setEnabled(True)
        if isinstance(exc, Stopped):
            self.reject()
            return
        if not isinstance(exc, REFUSALS):
            raise exc  # a defect: the window's exception hook logs it and says so
        self.message.setText(error_text(exc))

    def reject(self) -> None:
        """Cancel: while the files are made, stop there (nothing is written) and close once
        the worker has stopped."""
        if self._job is not None:
            self._stop.set()
            self.message.setText(QCoreApplication.translate("ExportDialog", "Stopping…"))
            return
        super().reject()
