"""The review sheet and the validation settings from the window: write the sheet (a page or a
PDF) from the Review menu or tab, record a decisions file and see what was done and what was
not, undo it in one step; and the Validation tab of the settings dialog."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from ngo_calendar.core import workspace
from ngo_calendar.core.review import decide as review
from ngo_calendar.core.review import rules as review_rules
from ngo_calendar.core.review import sheet as review_sheet
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.gui.conftest import wait_for
from tests.helpers import add_in_hours, decide, shown, status


def report_box(window: MainWindow, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert box is not None
    return box


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_the_sheet_is_written_from_the_review_menu(
    window: MainWindow, cdb: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    ids = [add_in_hours(cdb, "Appel aux dons", 30), add_in_hours(cdb, "Fête de quartier", 50)]
    review.submit(cdb, ids)
    out = tmp_path / f"relecture{suffix}"
    monkeypatch.setattr(window.review_sheet, "ask_sheet_path", lambda: str(out))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Review")
    assert window.review_sheet.act_sheet in menu.actions() and window.act_submit in menu.actions()
    window.review_sheet.act_sheet.trigger()
    assert wait_for(lambda: window.findChild(QMessageBox, "sheetWritten") is not None)
    assert "2 item(s)" in report_box(window, "sheetWritten").text() and out.stat().st_size > 0
    head = out.read_bytes()[:5]
    assert head == (b"<!DOC" if suffix == ".html" else b"%PDF-")


def test_a_sheet_with_another_extension_is_refused_with_a_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.review_sheet, "ask_sheet_path", lambda: str(tmp_path / "sheet.odt"))
    window.review_sheet.write_sheet()
    assert "written as .html or .pdf" in window.last_error
    assert not (tmp_path / "sheet.odt").exists()


def decisions_file(db: Database, tmp_path: Path, choices: dict[int, tuple[str, str]]) -> Path:
    """The file the page saves, for a sheet made now, as reviewer Claire."""
    data = decide(review_sheet.make(db, datetime.now(UTC)), "Claire", choices)
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_decisions_are_recorded_from_the_tab_reported_and_undone_in_one_step(
    window: MainWindow,
    cdb: Database,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    workspace.save_person(cdb, "Claire", "reviewer")
    ids = [
        add_in_hours(cdb, "Un", 30),
        add_in_hours(cdb, "Deux", 40),
        add_in_hours(cdb, "Trois", 50),
    ]
    review.submit(cdb, ids)
    choices = {ids[0]: ("approve", ""), ids[1]: ("changes", "Plus court"), ids[2]: ("approve", "")}
    path = decisions_file(cdb, tmp_path, choices)
    review.add_comment(cdb, ids[2], "Changé depuis")  # after the sheet: not applied
    window.refresh()
    assert len(shown(window)) == 3
    monkeypatch.setattr(window.review_sheet, "ask_decisions_path", lambda: str(path))
    button = window.findChild(QPushButton, "decisionsButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [status(cdb, i) for i in ids] == ["approved", "draft", "in_review"]
    report = window.review_sheet.last_report
    assert report.startswith("Decisions of Claire: 2 recorded. Not applied: 1")
    assert "“Trois”: changed after the sheet was made (now in review)" in report
    box = report_box(window, "decisionsReport")
    assert box.isVisible() and "Trois" in box.detailedText()
    assert len(shown(window)) == 1  # the queue follows
    box.close()
    assert window.stack_state.undo_label == "review sheet decisions"
    window.act_undo.trigger()  # Ctrl+Z, once the report is closed
    assert [status(cdb, i) for i in ids] == ["in_review"] * 3


def test_a_hand_edited_decisions_file_is_refused_and_changes_nothing(
    window: MainWindow, cdb: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.save_person(cdb, "Claire", "reviewer")
    item = add_in_hours(cdb, "Un", 30)
    review.submit(cdb, [item])
    path = decisions_file(cdb, tmp_path, {item: ("approve", "")})
    path.write_text(path.read_text("utf-8").replace('"approve"', '"changes"'), "utf-8")
    monkeypatch.setattr(window.review_sheet, "ask_decisions_path", lambda: str(path))
    window.review_sheet.apply_decisions()
    assert "seal" in window.last_error and status(cdb, item) == "in_review"


def test_the_validation_tab_sets_the_rules_and_follows_a_renamed_channel(
    window: MainWindow,
    cdb: Database,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    def choose(dialog) -> bool:  # noqa: ANN001
        tab = dialog.review_tab
        assert dialog.tabs.currentWidget() is tab  # Review › Validation settings… opens it
        qtbot.mouseClick(tab.mode_buttons.button(2), Qt.MouseButton.LeftButton)
        ticks = {tab.channels.item(r).text(): tab.channels.item(r) for r in range(3)}
        ticks["Instagram"].setCheckState(Qt.CheckState.Checked)
        tab.silent.setChecked(True)
        tab.silent_hours.setValue(12)
        tab.reopen.setChecked(False)
        # Renamed on the Channels tab afterwards: still ticked, under its new name.
        channels = dialog.channels_tab.table
        row = next(
            r for r in range(channels.row_count()) if channels.name_edit(r).text() == "Instagram"
        )
        channels.name_edit(row).setText("Insta")
        return True

    monkeypatch.setattr(window, "run_settings", choose)
    window.review_sheet.act_validation.trigger()
    got = review_rules.rules(cdb)
    assert (got.mode, got.channels, got.silent_after_hours, got.reopen_on_change) == (
        "rules",
        ("Insta",),
        12,
        False,
    )
    assert [c.name for c in workspace.channels(cdb)][1] == "Insta"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step
    assert review_rules.rules(cdb) == review_rules.ReviewRules()
    assert [c.name for c in workspace.channels(cdb)][1] == "Instagram"


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [
        ("/d/feuille.html", "PDF to print (*.pdf)", "/d/feuille.pdf"),
        ("/d/feuille.html", "Page to decide in a browser (*.html)", "/d/feuille.html"),
        ("/d/feuille", "PDF to print (*.pdf)", "/d/feuille.pdf"),
        ("/d/feuille.pdf", "Page to decide in a browser (*.html)", "/d/feuille.pdf"),
        ("/d/feuille.odt", "PDF to print (*.pdf)", "/d/feuille.odt"),  # refused by core, said
        ("", "PDF to print (*.pdf)", ""),  # cancelled
    ],
)
def test_the_file_type_picked_in_the_dialog_sets_the_suffix(
    typed: str, chosen: str, written: str
) -> None:
    from ngo_calendar.gui.review.sheet_actions import with_chosen_suffix

    assert with_chosen_suffix(typed, chosen) == written


def test_the_thread_says_when_silent_approval_comes_even_once_its_time_has_passed(
    window: MainWindow, cdb: Database
) -> None:
    review.update_rules(cdb, mode="all", silent_after_hours=24)
    review.submit(
        cdb, [add_in_hours(cdb, "Dans 30 heures", 30), add_in_hours(cdb, "Dans 5 heures", 5)]
    )
    window.refresh()
    shown(window)
    texts = []
    for entry in window.review.panel.model.rows:
        window.review.panel.show_thread(entry, [])
        texts.append(window.review.panel.details.toPlainText())
    assert "Within 24 hours\nApproved by itself the next time the workspace is opened" in texts[0]
    assert "Later\nApproved by itself on " in texts[1]
