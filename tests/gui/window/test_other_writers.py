"""The window with another program writing (the command line, for real, in a subprocess):
errors never escape, the window acts on the store as it is, Ctrl+Z undoes what it names."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft, Timed
from ngo_calendar.gui.common.dnd import DraggedItem, to_mime
from ngo_calendar.gui.common.errors import install_exception_hook
from ngo_calendar.gui.views.agenda import OCCURRENCE_ROLE
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.gui.conftest import TODAY
from tests.helpers import add_item, base_env, cell_center


def command_line(folder: Path, *args: str) -> str:
    """`ngo-calendar --data-dir FOLDER ARGS` in its own process, as a person at a terminal."""
    proc = subprocess.run(
        [sys.executable, "-m", "ngo_calendar", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=base_env(),
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_saving_an_item_deleted_meanwhile_says_so_and_keeps_the_text(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    cdb: Database,
    ws_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item_id = add_item(cdb, "Appel aux dons", Timed(datetime(2026, 12, 3, 18, 0)))
    window.refresh()
    assert window.wait_until_shown()
    original = window.shown[0].uid
    rounds: list[str] = []

    def edit_while_it_goes(dialog) -> bool:  # noqa: ANN001 - the real ItemEditor
        if not rounds:
            dialog.general.title_edit.setText("Appel aux dons, version 2")
            command_line(ws_dir, "item", "delete", str(item_id))  # meanwhile, elsewhere
        rounds.append(dialog.error_label.text())
        return len(rounds) <= 2  # OK twice, then the person closes it

    monkeypatch.setattr(window.items, "run_editor", edit_while_it_goes)
    assert window.edit_occurrence(window.shown[0])
    assert "deleted elsewhere" in rounds[1]  # the editor said so, and stayed open
    # The second OK kept the person's version as a new item (its id may be the old one's);
    # the deletion made elsewhere shows once the window notices it (within a second).
    qtbot.waitUntil(lambda: [o.title for o in window.shown] == ["Appel aux dons, version 2"])
    assert window.shown[0].uid != original


def test_a_drag_from_a_stale_chip_keeps_the_time_the_store_has(
    window: MainWindow, cdb: Database, ws_dir: Path
) -> None:
    item_id = add_item(cdb, "Portes ouvertes", Timed(datetime(2026, 12, 5, 18, 0)))
    window.refresh()  # the chip says 18:00
    command_line(ws_dir, "item", "move", str(item_id), "--at", "2026-12-06T09:30")
    mime = to_mime(DraggedItem(item_id, None))
    assert window.stack.month.handle_drop(mime, cell_center(window, date(2026, 12, 9)))
    moved = query.get_item(cdb, item_id)
    assert moved is not None and moved.start_utc is not None
    local = moved.start_utc.astimezone(window.tz).replace(tzinfo=None)
    assert local == datetime(2026, 12, 9, 9, 30)  # the time the store had, not the chip's


def test_ctrl_z_undoes_only_what_its_tooltip_names(
    window: MainWindow, cdb: Database, ws_dir: Path
) -> None:
    draft = ItemDraft(
        title="Le mien", channels=["Facebook"], start=Timed(datetime(2026, 12, 3, 10))
    )
    made = window.run_write(lambda: items.create_item(cdb, draft))  # the window's own write
    assert made is not None and made.new_id is not None
    mine = made.new_id
    assert window.wait_until_shown()
    assert window.act_undo.toolTip() == "Undo new item (Ctrl+Z)"
    named = window.act_undo.toolTip()
    theirs = command_line(ws_dir, "item", "add", "--title", "Le leur", "--channel", "Facebook",
                          "--at", "2026-12-04T10:00").strip()  # fmt: skip
    window.act_undo.trigger()  # the tooltip still names the window's own create
    # Refused with a word, nothing undone; the window now shows and names the newer change.
    assert "made elsewhere" in window.last_error
    assert "made elsewhere" in window.statusBar().currentMessage()
    assert not window.findChildren(QMessageBox)  # no box to close: Ctrl+Z again is enough
    assert query.get_item(cdb, mine) is not None and query.get_item(cdb, int(theirs)) is not None
    assert window.act_undo.toolTip() == named  # both are "create": the label reads the same
    assert window.stack_state.undo_id is not None
    window.act_undo.trigger()  # now it undoes what it names: the newer create
    assert query.get_item(cdb, int(theirs)) is None
    assert query.get_item(cdb, mine) is not None


def test_ctrl_z_after_another_programs_write_seen_by_the_window_says_so_first(
    window: MainWindow,
    cdb: Database,
    ws_dir: Path,
    qtbot,  # noqa: ANN001
) -> None:
    """Issue 28, point 4: the person drags an item; the command line retitles it; the window
    notices (its store watch); Ctrl+Z then says another program wrote and undoes nothing,
    the next Ctrl+Z undoes the command line's edit, and the one after the person's drag."""
    item_id = add_item(cdb, "Collecte", Timed(datetime(2026, 12, 3, 10, 0)))
    window.refresh()
    assert window.wait_until_shown()
    mime = to_mime(DraggedItem(item_id, None))
    assert window.stack.month.handle_drop(mime, cell_center(window, date(2026, 12, 9)))
    command_line(ws_dir, "item", "edit", str(item_id), "--title", "Collecte de Noël")
    assert window.refresh_if_changed()  # what the store watch does within a second
    assert window.wait_until_shown()
    assert "another program" in window.act_undo.toolTip()
    window.activateWindow()
    window.setFocus()

    def stored() -> tuple[str, date]:
        item = query.get_item(cdb, item_id)
        assert item is not None and item.start_utc is not None
        return item.title, item.start_utc.astimezone(window.tz).date()

    qtbot.keyClick(window, "z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert stored() == ("Collecte de Noël", date(2026, 12, 9))  # nothing undone
    assert "made elsewhere" in window.statusBar().currentMessage()
    assert not window.findChildren(QMessageBox)
    assert "another program" not in window.act_undo.toolTip()  # told: Ctrl+Z now takes it
    qtbot.keyClick(window, "z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert stored() == ("Collecte", date(2026, 12, 9))  # the command line's edit undone
    qtbot.keyClick(window, "z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert stored() == ("Collecte", date(2026, 12, 3))  # then the person's drag


def test_the_month_is_read_once_at_start_and_again_only_after_a_write(
    qtbot,
    cdb: Database,
    ws_dir: Path,
    gui_thread_reads: list,  # noqa: ANN001
) -> None:
    reads = gui_thread_reads  # the weeks around are read ahead on the worker: not counted
    win = MainWindow(cdb, ws_dir, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    QApplication.processEvents()
    assert [uids for _, _, uids in reads] == ["first look"]  # the rest is read on the worker
    assert win.wait_until_shown()
    assert not win.refresh_if_changed()  # activated again, nothing new: no second read
    assert len(reads) == 1
    command_line(ws_dir, "item", "add", "--title", "Nouveau", "--channel", "Facebook",
                 "--at", "2026-12-10T10:00")  # fmt: skip
    assert win.refresh_if_changed()
    assert win.wait_until_shown()
    assert len(reads) == 1 and "Nouveau" in [o.title for o in win.shown]  # read by the worker


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_shown_and_the_window_goes_on(
    window: MainWindow,
    ws_dir: Path,
    qtbot,  # noqa: ANN001
) -> None:
    logged: list[BaseException] = []
    log = ws_dir / "logs" / "ngo-calendar.log"

    def log_error(exc: BaseException) -> Path:
        logged.append(exc)
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")
        return log

    previous = sys.excepthook
    install_exception_hook(lambda: window, log_error)
    try:

        def broken_slot() -> None:
            raise RuntimeError("a defect in a slot")

        QTimer.singleShot(0, broken_slot)  # raised inside Qt's event loop, as a slot would
        qtbot.waitUntil(lambda: bool(logged))
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        boxes += window.findChildren(QMessageBox)
        assert any("a defect in a slot" in b.text() and str(log) in b.text() for b in boxes)
        assert "RuntimeError: a defect in a slot" in log.read_text(encoding="utf-8")
        window.act_next.trigger()  # still running
        assert window.navigation.anchor.month == 1
        for box in boxes:
            box.close()
    finally:
        sys.excepthook = previous


@pytest.mark.parametrize("view", ["month", "week", "agenda"])
def test_a_write_from_another_program_shows_within_two_seconds_without_a_click(
    qtbot,
    window: MainWindow,
    cdb: Database,
    ws_dir: Path,
    view: str,  # noqa: ANN001
) -> None:
    """The command line adds and edits while the window is open: the window sees it by itself
    (StoreWatch polls the data version), keeping the selection and the scroll position."""
    kept = add_item(cdb, "Déjà là", Timed(datetime(2026, 12, 2, 9, 0)))
    window.refresh()
    window.navigation.show_view(view)
    assert window.wait_until_shown()
    window.navigation.go_to(date(2026, 12, 2))
    assert window.wait_until_shown()
    chosen = next(o for o in window.shown if o.item_id == kept)
    current = {
        "month": window.stack.month,
        "week": window.stack.week,
        "agenda": window.stack.agenda,
    }[view]
    if view == "agenda":
        proxy = window.stack.agenda.proxy
        rows = [proxy.index(r, 0).data(OCCURRENCE_ROLE).item_id for r in range(proxy.rowCount())]
        window.stack.agenda.selectRow(rows.index(kept))
    elif view == "week":
        window.stack.week.select(chosen)
    else:
        window.stack.month._select(chosen)
    assert current.selected() is not None and current.selected().item_id == kept
    bars = {
        "week": lambda: window.stack.week._scroll,
        "agenda": window.stack.agenda.verticalScrollBar,
    }
    bar = bars[view]() if view in bars else None
    if bar is not None:
        bar.setValue(bar.maximum() // 2)
    scroll = bar.value() if bar is not None else None
    command_line(ws_dir, "item", "add", "--title", "Ajout d'ailleurs", "--channel", "Facebook",
                 "--at", "2026-12-02T10:00")  # fmt: skip
    command_line(ws_dir, "item", "edit", str(kept), "--title", "Déjà là, corrigé")
    qtbot.waitUntil(
        lambda: {"Ajout d'ailleurs", "Déjà là, corrigé"} <= {o.title for o in window.shown},
        timeout=2000,
    )
    assert current.selected() is not None and current.selected().item_id == kept
    assert current.selected().title == "Déjà là, corrigé"
    if bar is not None:
        assert bar.value() == scroll
