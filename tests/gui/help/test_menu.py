"""The Help menu (issue 28, point 14) and the side panel brought back (point 17): the guide in
the window's language, the shortcuts read from the window's actions, about, where the data
lives, the logs folder opened in the file manager (Qt's URL handler stands in for it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableWidget, QTextBrowser

import ngo_calendar
from ngo_calendar.gui.common.i18n import Translations
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.gui.conftest import TODAY


class Opened(QObject):
    """Where the window asked the system to open a folder (instead of a file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[Opened]:
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    installed = Translations(qapp)
    installed.install("fr")
    yield
    installed.uninstall()
    QLocale.setDefault(locale)


def close_dialogs(win: MainWindow) -> None:
    """The small windows the menu left open (each opens beside the window, not modal)."""
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()


def open_window(qtbot, cdb: Database, folder: Path, logs: Path | None = None) -> MainWindow:  # noqa: ANN001
    win = MainWindow(cdb, folder, today=TODAY, logs=logs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.wait_until_shown()
    return win


def test_f1_opens_the_guide_in_french_and_the_shortcuts_come_from_the_menus(
    qtbot,
    cdb: Database,
    ws_dir: Path,
    french: None,  # noqa: ANN001
) -> None:
    win = open_window(qtbot, cdb, ws_dir)
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles[-1] == "Aide"
    # Each menu opens with its own Alt letter (Affichage and Aide both took A).
    letters = [a.text().split("&")[1][:1].lower() for a in win.menuBar().actions()]
    assert len(set(letters)) == len(letters), letters
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_F1)
    guide = win.help.shown
    assert guide is not None and guide.isVisible()
    text = guide.findChild(QTextBrowser, "guideText").toPlainText()
    assert text.startswith("Guide de NGO Calendar") and "Ctrl+Z" in text
    guide.close()
    win.help.show_shortcuts()
    table = win.help.shown.findChild(QTableWidget, "shortcutsTable")
    rows = {
        table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows["Annuler"] == ("Édition", "Ctrl+Z")
    assert rows["Panneau latéral"] == ("Affichage", "F9")
    assert "Dupliquer" in rows and "Guide" in rows
    assert len(rows) >= 15
    close_dialogs(win)


def test_about_where_the_data_lives_and_the_logs_folder(
    qtbot,
    cdb: Database,
    ws_dir: Path,
    opened: Opened,  # noqa: ANN001
) -> None:
    win = open_window(qtbot, cdb, ws_dir, logs=ws_dir / "logs")
    win.help.show_about()
    about = win.help.shown
    assert isinstance(about, QMessageBox) and ngo_calendar.__version__ in about.text()
    about.close()
    win.help.show_data()
    shown = win.help.shown.findChild(QLabel, "dataFolder")
    assert shown.text() == str(ws_dir)
    win.help.shown.findChild(QObject, "openDataFolder").click()
    assert [u.toLocalFile() for u in opened.urls] == [str(ws_dir)]
    # No log yet: the window says nothing went wrong, and creates no folder.
    win.help.open_logs()
    assert win.help.shown.objectName() == "noLogs"
    assert not (ws_dir / "logs").exists() and len(opened.urls) == 1
    (ws_dir / "logs").mkdir()
    win.help.open_logs()
    assert opened.urls[-1].toLocalFile() == str(ws_dir / "logs")
    close_dialogs(win)


def test_the_side_panel_dragged_shut_comes_back_with_f9(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    splitter = window.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total, 0])  # as dragging the handle to the edge leaves it
    splitter.splitterMoved.emit(total, 1)
    assert not window.act_side.isChecked()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.act_side.isChecked()
    assert splitter.sizes()[1] >= 80
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert splitter.sizes()[1] == 0 and not window.act_side.isChecked()
