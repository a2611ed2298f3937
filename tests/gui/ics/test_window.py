"""Other calendars from the window: export from the File menu (what the filters show), import
with its preview and report then Ctrl+Z, a file that cannot be read, and the publication's
state in the status bar."""

from __future__ import annotations

import shutil
import sys
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.filters import Filter
from ngo_calendar.core.ics import publish
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft, Timed
from ngo_calendar.gui.ics.export_dialog import ExportDialog
from ngo_calendar.gui.ics.import_dialog import ImportDialog
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.gui.conftest import wait_for
from tests.helpers import calendar_text, dump

DATA = Path(__file__).resolve().parents[2] / "data" / "interop"


def add(db: Database, title: str, channel: str) -> None:
    draft = ItemDraft(title, channels=[channel], start=Timed(datetime(2026, 12, 9, 18)))
    items.create_item(db, draft)


def test_export_starts_from_what_the_filters_show(
    window: MainWindow, cdb: Database, tmp_path: Path
) -> None:
    add(cdb, "Appel aux dons", "Facebook")
    add(cdb, "Lettre", "Newsletter")
    out = tmp_path / "facebook.ics"
    window.filter_bar.channels.set_chosen(["Facebook"])
    assert window.current_filter.channels == ("Facebook",)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.ics.act_export_ics in file_menu.actions()
    window.ics.act_export_ics.trigger()
    dialog = window.ics.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.channels.chosen() == ("Facebook",)
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    assert wait_for(lambda: not dialog.isVisible())
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Appel aux dons"]
    assert "1 event(s) written" in window.statusBar().currentMessage()
    window.ics.act_export_ics.trigger()  # the next export starts where the last one went
    assert window.ics.export_dialog.path_edit.text() == str(out)
    window.ics.export_dialog.reject()


def test_export_with_its_own_options(window: MainWindow, cdb: Database, tmp_path: Path) -> None:
    add(cdb, "Appel aux dons", "Facebook")
    draft = ItemDraft("Lettre de janvier", body="Texte pas encore relu", channels=["Newsletter"],
                      start=Timed(datetime(2027, 1, 8, 9)))  # fmt: skip
    items.create_item(cdb, draft)
    window.ics.act_export_ics.trigger()
    dialog = window.ics.export_dialog
    out = tmp_path / "janvier.ics"
    dialog.path_edit.setText(str(out.with_suffix("")))  # the .ics is added
    dialog.first_on.setChecked(True)
    dialog.first.setDate(QDate(2027, 1, 1))
    dialog.last_on.setChecked(True)
    dialog.last.setDate(QDate(2027, 1, 31))
    dialog.description.setCurrentIndex(dialog.description.findData("title"))
    dialog.per_channel.setChecked(True)
    dialog.export_button.click()
    assert wait_for(lambda: not dialog.isVisible())
    data = out.read_bytes()
    assert b"Lettre de janvier" in data and b"Appel" not in data and b"pas encore" not in data
    assert (tmp_path / "janvier-newsletter.ics").exists()
    assert (tmp_path / "janvier-facebook.ics").read_bytes().count(b"BEGIN:VEVENT") == 0
    assert "and 3 file(s) per channel" in window.statusBar().currentMessage()


def test_export_refused_by_core_and_cancelled(
    window: MainWindow, cdb: Database, tmp_path: Path
) -> None:
    add(cdb, "Appel aux dons", "Facebook")
    window.ics.act_export_ics.trigger()
    dialog = window.ics.export_dialog
    out = tmp_path / "plan.ics"
    dialog.path_edit.setText(str(out))
    dialog.first_on.setChecked(True)
    dialog.first.setDate(QDate(2027, 1, 31))
    dialog.last_on.setChecked(True)
    dialog.last.setDate(QDate(2027, 1, 1))
    dialog.export_button.click()
    assert wait_for(lambda: "on or after" in dialog.message.text())  # core's refusal
    assert dialog.isVisible() and dialog.export_button.isEnabled() and not out.exists()
    dialog.last_on.setChecked(False)
    window.worker.hold()  # the export waits at its first step: Cancel comes before the next
    dialog.export_button.click()
    dialog.reject()
    assert dialog.isVisible() and dialog.message.text() == "Stopping…"
    window.worker.release()
    assert wait_for(lambda: not dialog.isVisible())
    assert dialog.written is None and not out.exists()


def test_import_with_its_report_then_undo(
    window: MainWindow, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    google = DATA / "rie__x_wr_timezone_simple_events_issue_59.ics"
    monkeypatch.setattr(window.ics, "ask_import_path", lambda: str(google))
    window.ics.act_import_ics.trigger()
    dialog = window.ics.import_dialog
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
    window.ics.open_import(cut)
    dialog = window.ics.import_dialog
    assert wait_for(lambda: bool(dialog.error.text()))
    assert "cut short" in dialog.error.text() and "line" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_the_publication_in_the_status_bar(
    window: MainWindow, cdb: Database, tmp_path: Path
) -> None:
    assert window.ics.publish_label.text() == ""
    # Never greyed without a word: with no folder it leads to the settings' Publication tab.
    assert window.ics.act_publish_now.isEnabled()
    assert window.ics.act_publish_now.text() == "Set up publication…"
    share = tmp_path / "share"
    share.mkdir()
    publish.configure(cdb, share)  # published on the worker
    assert wait_for(lambda: not window.worker.busy())
    window.refresh()
    assert window.ics.publish_label.text().startswith("Published ")
    assert window.ics.publish_label.toolTip() == str(share.resolve())
    shutil.rmtree(share)
    add(cdb, "Appel aux dons", "Facebook")  # saved; the publication fails
    assert wait_for(lambda: window.ics.publish_label.text() == "Publication failed")
    assert "the folder is not there" in window.ics.publish_label.toolTip()
    share.mkdir()
    window.ics.act_publish_now.trigger()
    assert wait_for(lambda: window.ics.publish_label.text().startswith("Published "))
    assert (share / "test.ics").exists()


def test_the_report_speaks_french(window: MainWindow, qapp: QApplication) -> None:
    from ngo_calendar.core.model.reasons import reason
    from ngo_calendar.gui.common.i18n import Translations
    from ngo_calendar.gui.common.reasons import reason_text, reasons_text

    translations = Translations(qapp)
    assert translations.install("fr")
    try:
        assert reason_text(reason("import.new")) == "nouveau"
        floating = (reason("import.floating", zone="Europe/Brussels"), reason("import.no_uid"))
        assert reasons_text(floating) == (
            "heure flottante lue dans Europe/Brussels; pas d'UID dans le fichier\xa0: un UID "
            "fait de son titre et de son début")  # fmt: skip
        older = reason("import.not_newer", sequence=2, known=3)
        assert reason_text(older) == (
            "déjà dans l'espace de travail (SEQUENCE 2, pas plus récente que 3)")  # fmt: skip
        # A text kept before reasons had codes is read back through core's table.
        assert reason_text("already in the workspace (SEQUENCE 2, not newer than 3)") == (
            reason_text(older)
        )
    finally:
        translations.uninstall()


def test_an_import_cancelled_while_it_runs_imports_nothing(
    window: MainWindow, cdb: Database, tmp_path: Path
) -> None:
    window.ics.open_import(DATA / "rie__issue_62_moved_event.ics")
    dialog = window.ics.import_dialog
    assert wait_for(lambda: dialog.planned is not None)
    assert dialog.bar.isHidden()
    before = dump(Path(cdb.engine.url.database).parent)
    window.worker.hold()  # the import waits at its first step: Cancel comes before the next
    dialog.import_button.click()
    assert dialog.bar.isVisible()
    dialog.reject()
    assert dialog.summary.text() == "Stopping…"
    window.worker.release()
    assert wait_for(lambda: not dialog.isVisible())
    assert dialog.stopped and dialog.changes is None
    assert dump(Path(cdb.engine.url.database).parent) == before
    assert window.statusBar().currentMessage() == "Import stopped: nothing was imported"


def test_a_large_import_shows_how_far_it_got(window: MainWindow, tmp_path: Path) -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:e{n}\r\nDTSTART:20261201T100000Z\r\nSUMMARY:N{n}\r\nEND:VEVENT\r\n"
        for n in range(1200)
    )
    big = tmp_path / "big.ics"
    big.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n")
    seen: list[tuple[int, int]] = []
    window.ics.open_import(big)
    dialog = window.ics.import_dialog
    # The figures reach the bar on the window's thread (queued: none is lost before this).
    dialog.bar.valueChanged.connect(lambda done: seen.append((done, dialog.bar.maximum())))
    assert wait_for(lambda: dialog.planned is not None)
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]
    dialog.reject()


def test_publication_after_a_change_runs_on_the_worker_and_is_done_before_closing(
    window: MainWindow, cdb: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    share = tmp_path / "share"
    share.mkdir()
    publish.configure(cdb, share)
    threads: list[str] = []
    real = publish.publish_now

    def noting_the_thread(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(publish, "publish_now", noting_the_thread)
    add(cdb, "Appel aux dons", "Facebook")
    published = share / "test.ics"  # written on the worker: maybe not there yet
    assert wait_for(lambda: published.exists() and b"Appel aux dons" in published.read_bytes())
    assert threads and threading.main_thread().name not in threads
    # A change just before closing: the publication waiting on the worker is made at closing.
    window.worker.hold()
    add(cdb, "Lettre de Noël", "Newsletter")
    window.close()
    assert b"Lettre de No" in (share / "test.ics").read_bytes()


def test_cancel_while_the_file_is_read_closes_the_preview(window: MainWindow) -> None:
    window.worker.hold()  # the reading waits at its first step: Cancel comes before it
    window.ics.open_import(DATA / "rie__issue_62_moved_event.ics")
    dialog = window.ics.import_dialog
    assert dialog.bar.isVisible() and not dialog.import_button.isEnabled()
    dialog.reject()
    assert dialog.summary.text() == "Stopping…"
    window.worker.release()
    assert wait_for(lambda: not dialog.isVisible())
    assert dialog.planned is None and not dialog.stopped  # nothing was under way to stop


def test_every_publication_failure_shows_in_the_status_bar(
    window: MainWindow, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder where no file can be made, then a defect while writing the files: each time
    the change is saved, the status bar says the publication failed and why."""
    publish.configure(cdb, Path("/proc"))
    add(cdb, "Appel aux dons", "Facebook")
    assert wait_for(lambda: window.ics.publish_label.text() == "Publication failed")
    assert "/proc" in window.ics.publish_label.toolTip()
    assert wait_for(lambda: not window.worker.busy())  # that publication is over
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))
    monkeypatch.setattr(publish, "calendar", _broken)
    add(cdb, "Collecte", "Facebook")
    assert wait_for(lambda: "RuntimeError" in window.ics.publish_label.toolTip())
    assert window.ics.publish_label.text() == "Publication failed"
    assert wait_for(lambda: len(reported) == 1) and isinstance(reported[0], RuntimeError)


def _broken(*args: object, **kwargs: object) -> bytes:
    raise RuntimeError("a defect while writing the files")


def test_a_file_with_values_the_workspace_cannot_keep_imports_the_rest_and_the_month_shows(
    window: MainWindow, cdb: Database, tmp_path: Path, qapp: QApplication
) -> None:
    """Issue 27, points 8 and 9, in the window: the hostile events are skipped, each with its
    property and reason in the report (in French too), the good one imported, and its month
    (next to the months the hostile dates named) shows without a hang or an error."""
    from ngo_calendar.gui.common.i18n import Translations
    from ngo_calendar.gui.common.reasons import reason_text

    hostile = tmp_path / "hostile.ics"
    hostile.write_text(
        calendar_text(
            "UID:good@x.org\nSUMMARY:Bon\nDTSTART:20270105T100000Z\nRRULE:FREQ=WEEKLY;COUNT=3",
            "UID:end@x.org\nSUMMARY:Fin\nDTSTART:20270105T100000Z\nDTEND:99991231T100000Z",
            "UID:zero@x.org\nSUMMARY:Zéro\nDTSTART:20270105T100000Z\nRRULE:FREQ=DAILY;INTERVAL=0",
            "UID:often@x.org\nSUMMARY:Souvent\nDTSTART:20270105T100000Z\nRRULE:FREQ=SECONDLY",
            "UID:feb@x.org\nSUMMARY:Février\nDTSTART:20270230T100000Z",
        ),
        newline="",
    )
    window.ics.open_import(hostile)
    dialog = window.ics.import_dialog
    assert isinstance(dialog, ImportDialog)
    assert wait_for(lambda: dialog.planned is not None)
    assert dialog.summary.text().startswith("1 to import, 0 to update, 4 skipped")
    assert dialog.planned is not None
    (end,) = [o for o in dialog.planned.outcomes if o.uid == "" and o.title == "Fin"]
    translations = Translations(qapp)
    assert translations.install("fr")
    try:
        assert reason_text(end.why[0]) == (
            "DTEND ne peut pas être gardé\xa0: indiquez une date du 1900-01-01 au 2200-12-31"
        )
    finally:
        translations.uninstall()
    dialog.import_button.click()
    assert wait_for(lambda: not dialog.isVisible())
    window.navigation.go_to(date(2027, 1, 5))
    assert window.wait_until_shown()
    assert sorted(o.title for o in window.shown) == ["Bon", "Bon", "Bon"]
