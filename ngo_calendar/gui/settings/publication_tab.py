"""The Publication tab of the settings dialog: the folder the plan is kept in as .ics files for
the team's agendas (a synced Nextcloud or Dropbox folder, a network share), whether each channel
gets a file of its own too, and how much text goes out. Core checks the folder when the dialog
is stored (core/ics/publish.py `checked`); the files are written after every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.ics.publish_state import Publication

from ..common import file_dialogs


class PublicationTab(QWidget):
    def __init__(self, current: Publication, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationTab")
        intro = QLabel(
            self.tr(
                "Keep the plan as calendar files (.ics) in a folder your team's agendas read: "
                "a synced Nextcloud or Dropbox folder, a network share. The files are written "
                "again after every change; Google Calendar, Outlook, Apple Calendar or "
                "Thunderbird subscribe to them."
            )
        )
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Publish the plan to this folder"))
        self.enabled.setObjectName("publishOn")
        self.folder = QLineEdit(current.folder)
        self.folder.setObjectName("publishFolder")
        self.folder.setPlaceholderText(self.tr("A folder the team's agendas can read"))
        browse = self.browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("publishBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.per_channel = QCheckBox(self.tr("A file per channel too"))
        self.per_channel.setObjectName("publishPerChannel")
        self.per_channel.setChecked(current.per_channel)
        self.description = QComboBox()
        self.description.setObjectName("publishDescription")
        self.description.addItem(self.tr("The texts (each channel's)"), "full")
        self.description.addItem(self.tr("The titles only"), "title")
        self.description.setCurrentIndex(max(self.description.findData(current.description), 0))
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow("", self.per_channel)
        form.addRow(self.tr("What goes out:"), self.description)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._follow)
        self.enabled.setChecked(bool(current.folder))
        self._follow(bool(current.folder))

    def _follow(self, on: bool) -> None:
        for widget in (self.folder, self.browse, self.per_channel, self.description):
            widget.setEnabled(on)
        if on and not self.folder.text().strip():
            self.folder.setFocus(Qt.FocusReason.OtherFocusReason)

    def _browse(self) -> None:
        chosen = file_dialogs.choose_folder(
            self, self.tr("The folder to publish to"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def publication(self) -> Publication:
        folder = self.folder.text().strip() if self.enabled.isChecked() else ""
        return Publication(
            folder, self.per_channel.isChecked(), str(self.description.currentData())
        )
