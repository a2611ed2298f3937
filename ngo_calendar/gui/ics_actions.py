"""What the window does with other calendars: export the plan to an .ics file, import one
with its preview and report, publish now, and the publication's state in the status bar. A
mixin of MainWindow; the work runs on the database worker, core decides everything, and an
import is one operation (Ctrl+Z takes it back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu

from ngo_calendar.core.refusals import REFUSALS

# Set apart from the counts beside it in the status bar.
_APART = "padding-left: 8px; border-left: 1px solid #b0bec5;"


class IcsActions:
    publish_label: QLabel
    import_dialog: Any = None

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

    # -- the publication's state -------------------------------------------------------------
    def refresh_publish_state(self) -> None:
        """Where the plan is published, when last, and any failure (a settings row and a small
        file beside the workspace: read after each write)."""
        from ngo_calendar.core import publish_state

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
            from ngo_calendar.core import publish

            return publish.publish_now(db)

        owner.worker.submit(work, lambda _s: self._published(), self._ics_failed, urgent=True)

    def _published(self) -> None:
        owner: Any = self
        self.refresh_publish_state()
        owner.statusBar().showMessage(
            QCoreApplication.translate("IcsActions", "Calendar files written"), 6000
        )

    # -- export --------------------------------------------------------------------------------
    def ask_export_path(self) -> str:
        """Where to write the file; tests replace this. Empty when the person cancels."""
        path, _kind = QFileDialog.getSaveFileName(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("IcsActions", "Export to a calendar file"),
            str(Path.home() / "calendrier.ics"),
            QCoreApplication.translate("IcsActions", "Calendar files (*.ics)"),
        )
        if path and not path.lower().endswith(".ics"):
            path += ".ics"
        return path

    def export_ics(self) -> None:
        """The plan as the filters show it (channels, campaigns, statuses) to an .ics file."""
        owner: Any = self
        path = self.ask_export_path()
        if not path:
            return
        from ngo_calendar.core import ics_export

        flt = owner.current_filter
        statuses = tuple(s for s in flt.statuses if s in ics_export.EXPORTED)
        options = ics_export.ExportOptions(flt.channels, flt.campaigns, statuses)
        db = owner.db
        owner.statusBar().showMessage(
            QCoreApplication.translate("IcsActions", "Writing the calendar file…")
        )
        owner.worker.submit(
            lambda job: ics_export.write(db, Path(path), options),
            lambda count: owner.statusBar().showMessage(
                QCoreApplication.translate("IcsActions", "%n event(s) written to %1")
                .replace("%n", str(count))
                .replace("%1", path),
                10000,
            ),
            self._ics_failed,
            urgent=True,
        )

    # -- import --------------------------------------------------------------------------------
    def ask_import_path(self) -> str:
        path, _kind = QFileDialog.getOpenFileName(
            self,  # type: ignore[arg-type]
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
        if dialog.changes is not None:
            owner.apply_changes(dialog.changes)
            owner.statusBar().showMessage(dialog.summary.text(), 10000)

    def _ics_failed(self, exc: BaseException) -> None:
        from .operations import error_text

        owner: Any = self
        owner.statusBar().clearMessage()
        if isinstance(exc, REFUSALS):
            owner.show_error(error_text(exc))  # type: ignore[arg-type]
        else:
            raise exc
        self.refresh_publish_state()
