"""The Publication tab (issue 28, point 11): File › Publish now is never greyed without a word;
with no folder yet it opens the settings on the Publication tab, where the folder is set, and
the plan is published from then on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit

from ngo_calendar.core.ics import publish_state
from ngo_calendar.core.model.domain import AllDay
from ngo_calendar.gui.settings.dialog import SettingsDialog
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.helpers import add_item


def test_publish_now_without_a_folder_opens_the_publication_tab(
    qtbot,
    window: MainWindow,
    cdb: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    add_item(cdb, "Collecte", AllDay(date(2026, 12, 19)))
    window.refresh()
    action = window.ics.act_publish_now
    assert action.isEnabled() and action.text() == "Set up publication…"
    assert "Publication tab" in action.statusTip()
    shared = tmp_path / "agenda partagé"
    shared.mkdir()
    shown: list[str] = []

    def fill(dialog: SettingsDialog) -> bool:
        tab = dialog.tabs.currentWidget()
        shown.append(tab.objectName())
        assert not tab.findChild(QLineEdit, "publishFolder").isEnabled()
        tab.findChild(QCheckBox, "publishOn").click()  # the dialog is not shown: no mouse
        folder = tab.findChild(QLineEdit, "publishFolder")
        assert folder.isEnabled()
        folder.setText(str(shared))  # QTest types ASCII only: the path has an é
        tab.findChild(QCheckBox, "publishPerChannel").setChecked(True)
        return True

    monkeypatch.setattr(window, "run_settings", fill)
    action.trigger()
    assert shown == ["publicationTab"]
    assert publish_state.publication(cdb).folder == str(shared.resolve())
    qtbot.waitUntil(lambda: any(shared.glob("*.ics")), timeout=10000)
    qtbot.waitUntil(lambda: window.ics.publish_label.text().startswith("Published"))
    assert action.text() == "Publish now"
