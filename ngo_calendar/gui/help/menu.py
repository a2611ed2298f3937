"""The Help menu and its small windows. Texts are translated in the context "Help".

Nothing here goes to the network: the guide is a file shipped in the package
(ngo_calendar/resources/help/guide_<language>.md), folders open in the system's file manager.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import ngo_calendar

from ..common.context import WindowContext


def guide_text(language: str) -> str:
    """The guide in `language` (fr or en; French when there is none in that language)."""
    folder = resources.files("ngo_calendar.resources") / "help"
    name = f"guide_{language}.md"
    found = folder / name if (folder / name).is_file() else folder / "guide_fr.md"
    return found.read_text("utf-8")


def shortcut_rows(menus: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of the menus that has a shortcut, as the keys are
    written in this language (Ctrl, Maj...)."""
    rows = []
    for top in menus.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in _actions(menu):
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys:
                title, text = top.text().replace("&", ""), action.text().replace("&", "")
                rows.append((title, text, " · ".join(keys)))
    return rows


def _actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        found += _actions(sub) if isinstance(sub, QMenu) else [action]
    return found


class HelpController:
    """Builds the menu; each entry opens a small window over `parent`."""

    def __init__(self, context: WindowContext, logs: Path | None, language: str) -> None:
        self.parent, self.folder = context.dialog_parent, context.folder
        self.logs, self.language = logs, language
        self.shown: QWidget | None = None  # the last window opened (tests read it)

    def build_menu(self, menus: QMenuBar) -> QMenu:
        self.menus = menus
        menu = menus.addMenu(QCoreApplication.translate("Help", "&Help"))
        menu.setObjectName("helpMenu")
        entries = (
            ("helpGuide", QCoreApplication.translate("Help", "Guide"), "F1", self.show_guide),
            (
                "helpShortcuts",
                QCoreApplication.translate("Help", "Keyboard shortcuts"),
                "Ctrl+/",
                self.show_shortcuts,
            ),
            (
                "helpData",
                QCoreApplication.translate("Help", "Where my data lives"),
                "",
                self.show_data,
            ),
            (
                "helpLogs",
                QCoreApplication.translate("Help", "Open the logs folder"),
                "",
                self.open_logs,
            ),
            (
                "helpAbout",
                QCoreApplication.translate("Help", "About NGO Calendar"),
                "",
                self.show_about,
            ),
        )
        for name, text, keys, slot in entries:
            action = menu.addAction(text)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
        return menu

    def _dialog(self, title: str, name: str) -> tuple[QDialog, QVBoxLayout]:
        dialog = QDialog(self.parent)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        column = QVBoxLayout(dialog)
        return dialog, column

    def _close_button(self, dialog: QDialog, column: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        column.addWidget(buttons)

    def _show(self, dialog: QWidget) -> None:
        self.shown = dialog
        dialog.show()  # not exec(): the window stays usable beside it

    def show_guide(self) -> None:
        dialog, column = self._dialog(
            QCoreApplication.translate("Help", "NGO Calendar guide"), "guideDialog"
        )
        browser = QTextBrowser(dialog)
        browser.setObjectName("guideText")
        browser.setOpenExternalLinks(False)  # no network: links are not followed
        browser.setMarkdown(guide_text(self.language))
        column.addWidget(browser)
        self._close_button(dialog, column)
        dialog.resize(720, 640)
        self._show(dialog)

    def show_shortcuts(self) -> None:
        dialog, column = self._dialog(
            QCoreApplication.translate("Help", "Keyboard shortcuts"), "shortcutsDialog"
        )
        rows = shortcut_rows(self.menus)
        table = QTableWidget(len(rows), 3, dialog)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Menu"),
                QCoreApplication.translate("Help", "Action"),
                QCoreApplication.translate("Help", "Keys"),
            ]
        )
        for row, values in enumerate(rows):
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(table)
        more = QLabel(
            QCoreApplication.translate(
                "Help",
                "Also: double-click a day to add an item there, drag an item to move it, "
                "Ctrl+Enter in the Review tab approves, Escape closes a window.",
            ),
            dialog,
        )
        more.setWordWrap(True)
        column.addWidget(more)
        self._close_button(dialog, column)
        dialog.resize(780, 600)  # the longest action names whole, in French too
        self._show(dialog)

    def show_data(self) -> None:
        dialog, column = self._dialog(
            QCoreApplication.translate("Help", "Where my data lives"), "dataDialog"
        )
        text = QLabel(
            QCoreApplication.translate(
                "Help",
                "Everything is in this folder, on this computer only: the workspace "
                "(workspace.sqlite), its backups, the window's layout and the logs. Copy the "
                "folder to keep a copy; nothing is sent anywhere.",
            ),
            dialog,
        )
        text.setWordWrap(True)
        column.addWidget(text)
        where = QLabel(str(self.folder), dialog)
        where.setObjectName("dataFolder")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(where)
        button = QPushButton(QCoreApplication.translate("Help", "Open the folder"), dialog)
        button.setObjectName("openDataFolder")
        button.clicked.connect(lambda: self._open_folder(self.folder))
        column.addWidget(button)
        self._close_button(dialog, column)
        self._show(dialog)

    def open_logs(self) -> None:
        if self.logs is None or not self.logs.is_dir():
            # No folder: nothing was ever logged (it is made at the first unexpected error).
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("Help", "Logs"),
                QCoreApplication.translate(
                    "Help", "Nothing was logged: no unexpected error happened in this workspace."
                ),
                parent=self.parent,
            )
            box.setObjectName("noLogs")
            self._show(box)
            return
        self._open_folder(self.logs)

    def _open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Help", "About NGO Calendar"),
            QCoreApplication.translate(
                "Help",
                "NGO Calendar %1\n\nThe editorial calendar of small associations: free, on "
                "this computer, no account, no network unless you set up publication, no "
                "telemetry.\n\nLicence: GPL-3.0-or-later.",
            ).replace("%1", ngo_calendar.__version__),
            parent=self.parent,
        )
        box.setObjectName("aboutBox")
        self._show(box)
