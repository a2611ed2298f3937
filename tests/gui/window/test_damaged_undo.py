"""Ctrl+Z on an undo step whose stored record is damaged: the window says so, as for any
refused undo, and nothing changes (no crash, no half-undone item)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ngo_calendar.core.calendar import query
from ngo_calendar.core.model.domain import Timed
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.helpers import DB, add_item, sha256


def test_ctrl_z_on_a_damaged_step_says_so_and_changes_nothing(
    window: MainWindow, cdb: Database, ws_dir: Path
) -> None:
    item = add_item(cdb, "Appel aux dons", Timed(datetime(2026, 12, 3, 18, 0)))
    window.refresh()
    assert window.wait_until_shown()
    with closing(sqlite3.connect(ws_dir / DB)) as conn, conn:  # a byte flipped on the disk
        conn.execute("UPDATE undo_stack SET records_json = substr(records_json, 2)")
    before = sha256(ws_dir / DB)

    window.act_undo.trigger()  # written by another program: the first Ctrl+Z says so
    assert "made elsewhere" in window.last_error
    window.act_undo.trigger()

    assert "what the workspace recorded of it is damaged" in window.last_error
    assert "what the workspace recorded of it is damaged" in window.statusBar().currentMessage()
    assert query.get_item(cdb, item) is not None
    assert sha256(ws_dir / DB) == before
    assert window.wait_until_shown() and [o.title for o in window.shown] == ["Appel aux dons"]
