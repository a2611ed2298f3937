"""The change set is the refresh contract: after one edit in the window, what is read again is
the changed item (its uid), and the store watch knows the window's own commit, so no full
reload follows it a second later; another program's commit still reloads."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ngo_calendar.core import ItemDraft, Timed
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import Status
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.helpers import base_env


def command_line(folder: Path, *args: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ngo_calendar", "--data-dir", str(folder), *args],
        capture_output=True, text=True, env=base_env(), timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


def test_one_edit_reads_its_item_and_no_full_reload_follows(
    qtbot,  # noqa: ANN001
    cdb: Database,
    ws_dir: Path,
) -> None:
    for n in range(6):
        draft = ItemDraft(
            title=f"Post {n}", channels=["Facebook"], start=Timed(datetime(2026, 12, 2 + n, 10))
        )
        items.create_item(cdb, draft)
    window = MainWindow(cdb, ws_dir, today=datetime(2026, 12, 3).date())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.wait_until_shown()
    assert not window.refresh_if_changed()  # nothing written since the start
    # The weeks around are read ahead on the worker after the start: let that end first, so
    # that what is counted below is what the edit reads.
    assert qtbot.waitUntil(lambda: not window.worker.busy(), timeout=30_000) is None
    QApplication.processEvents()
    seen = {"occurrences": [], "refresh": [], "lists": []}
    real = query.occurrences
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(
            query,
            "occurrences",
            lambda db, first, last, flt=None, uids=None, **more: (
                seen["occurrences"].append(uids) or real(db, first, last, flt, uids=uids, **more)
            ),
        )
        real_refresh, real_lists = window.refresh, window.reload_choices
        mp.setattr(window, "refresh", lambda: seen["refresh"].append(1) or real_refresh())
        mp.setattr(window, "reload_choices", lambda: seen["lists"].append(1) or real_lists())
        seen["backlog"], seen["crisis"], seen["review"] = [], [], []
        real_backlog, real_crisis = query.backlog, window.crisis.refresh
        mp.setattr(
            query, "backlog", lambda *a, **k: seen["backlog"].append(1) or real_backlog(*a, **k)
        )
        mp.setattr(window.crisis, "refresh", lambda: seen["crisis"].append(1) or real_crisis())
        real_review = window.review.refresh
        mp.setattr(window.review, "refresh", lambda: seen["review"].append(1) or real_review())

        target = next(o for o in window.shown if o.title == "Post 3")
        window.items.set_status(target, Status.APPROVED)
        assert window.wait_until_shown()
        assert next(o for o in window.shown if o.title == "Post 3").status == Status.APPROVED
        # Only the changed item was read again, and neither the lists nor everything.
        assert seen["occurrences"] and all(
            uids is not None and set(uids) == {target.uid} for uids in seen["occurrences"]
        ), seen["occurrences"]
        assert seen["refresh"] == [] and seen["lists"] == []
        # The panels whose area the change set does not flag are not read: no idea changed,
        # no crisis; the review queue is (a status changed).
        assert seen["backlog"] == [] and seen["crisis"] == [] and seen["review"] == [1]
        # The store watch's next look: the data version moved, but only by the window's own
        # operation, so nothing is read again (it was a full reload a second later before).
        reads_before = len(seen["occurrences"])
        assert not window.refresh_if_changed()
        assert seen["refresh"] == [] and len(seen["occurrences"]) == reads_before
        # Ctrl+Z is an operation of the window's too.
        window.act_undo.trigger()
        assert window.wait_until_shown()
        assert not window.refresh_if_changed() and seen["refresh"] == []
        # Another program's commit is read, whole.
        command_line(ws_dir, "item", "edit", str(target.item_id), "--title", "Post 3, corrigé")
        assert window.refresh_if_changed()
        assert seen["refresh"] == [1]
        assert window.wait_until_shown()
        assert "Post 3, corrigé" in [o.title for o in window.shown]
    finally:
        mp.undo()
