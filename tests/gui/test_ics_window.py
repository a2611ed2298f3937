"""Other calendars from the window: export from the File menu (what the filters show), import
with its preview and report then Ctrl+Z, a file that cannot be read, and the publication's
state in the status bar."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QApplication

from ngo_calendar.core import items, publish, query
from ngo_calendar.core.domain import ItemDraft, Timed
from ngo_calendar.core.filters import Filter
from ngo_calendar.gui.import_dialog import ImportDialog
from ngo_calendar.gui.main_window import MainWindow
from ngo_calendar.store import Database
from tests.gui.conftest import wait_for

DATA = Path(__file__).resolve().parent.parent / "data" / "interop"


def add(db: Database, title: str, channel: str) -> None:
    draft = ItemDraft(title, channels=[channel], start=Timed(datetime(2026, 12, 9, 18)))
    items.create_item(db, draft)


def test_export_what_the_filters_show(
    window: MainWindow, cdb: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(cdb, "Appel aux dons", "Facebook")
    add(cdb, "Lettre", "Newsletter")
    out = tmp_path / "facebook.ics"
    monkeypatch.setattr(window, "ask_export_path", lambda: str(out))
    window.filter_bar.channels.set_chosen(["Facebook"])
    assert window.current_filter.channels == ("Facebook",)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_export_ics in file_menu.actions()
    window.act_export_ics.trigger()
    assert wait_for(lambda: out.exists())
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Appel aux dons"]
    assert wait_for(lambda: "1 event(s) written" in window.statusBar().currentMessage())


def test_import_with_its_report_then_undo(
    window: MainWindow, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    google = DATA / "rie__x_wr_timezone_simple_events_issue_59.ics"
    monkeypatch.setattr(window, "ask_import_path", lambda: str(google))
    window.act_import_ics.trigger()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog)
    assert wait_for(lambda: dialog.planned is not None)
    assert dialog.summary.text() == "2 to import, 0 to update, 0 skipped, on Événements"
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 2).text() == "imported"
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findText("Newsletter"))
    assert wait_for(lambda: dialog.planned is not None and dialog.planned.channel == "Newsletter")
    dialog.import_button.click()
    assert wait_for(lambda: not dialog.isVisible())
    found = query.occurrences(cdb, date(2021, 12, 1), date(2021, 12, 31), Filter())
    assert len(found) == 2 and all(o.channels == ("Newsletter",) for o in found)
    assert "Imported: 2 new" in window.statusBar().currentMessage()
    window.act_undo.trigger()
    assert wait_for(lambda: not query.occurrences(cdb, date(2021, 12, 1), date(2021, 12, 31)))


def test_a_file_that_cannot_be_read_says_where(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut = tmp_path / "cut.ics"
    cut.write_bytes((DATA / "rie__issue_62_moved_event.ics").read_bytes()[:900])
    window.open_import(cut)
    dialog = window.import_dialog
    assert wait_for(lambda: bool(dialog.error.text()))
    assert "cut short" in dialog.error.text() and "line" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_the_publication_in_the_status_bar(
    window: MainWindow, cdb: Database, tmp_path: Path
) -> None:
    assert window.publish_label.text() == "" and not window.act_publish_now.isEnabled()
    share = tmp_path / "share"
    share.mkdir()
    publish.configure(cdb, share)
    window.refresh()
    assert window.publish_label.text().startswith("Published ")
    assert window.publish_label.toolTip() == str(share.resolve())
    shutil.rmtree(share)
    add(cdb, "Appel aux dons", "Facebook")  # saved; the publication fails
    window.refresh()
    assert window.publish_label.text() == "Publication failed"
    assert "the folder is not there" in window.publish_label.toolTip()
    share.mkdir()
    window.act_publish_now.trigger()
    assert wait_for(lambda: window.publish_label.text().startswith("Published "))
    assert (share / "test.ics").exists()


def test_the_report_speaks_french(window: MainWindow, qapp: QApplication) -> None:
    from ngo_calendar.gui.i18n import Translations
    from ngo_calendar.gui.import_labels import reason_label

    translations = Translations(qapp)
    assert translations.install("fr")
    try:
        assert reason_label("new") == "nouveau"
        assert reason_label("floating time read in Europe/Brussels; no UID in the file: one "
                            "made from its title and start") == (
            "heure flottante lue dans Europe/Brussels; pas d'UID dans le fichier\xa0: un UID "
            "fait de son titre et de son début")  # fmt: skip
        assert reason_label("already in the workspace (SEQUENCE 2, not newer than 3)") == (
            "déjà dans l'espace de travail (SEQUENCE 2, pas plus récente que 3)")  # fmt: skip
    finally:
        translations.uninstall()
