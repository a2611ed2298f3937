"""Crisis mode's re-planning in the window, as issue 28 found it: a shift lands soon after
the crisis (the cadence a guide, the horizon the limit, shown in the dialog); ending early puts
moved items back on their original dates; a crisis not yet begun is ended (cancelled) in one
step from the banner and the menu, in the window's language."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime

from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft, Timed
from ngo_calendar.gui.crisis.dialog import CrisisDialog
from ngo_calendar.gui.crisis.table import AFTER, REASON
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.conftest import forget_undo
from tests.gui.conftest import wait_for


def add(db: Database, title: str, when: datetime, channel: str = "Facebook") -> int:
    return items.create_item(db, ItemDraft(title, channels=[channel], start=Timed(when))).new_id


def at(edit, day: int, hour: int, month: int = 12) -> None:  # noqa: ANN001
    edit.setDateTime(QDateTime(QDate(2026, month, day), QTime(hour, 0)))


def row_of(dialog: CrisisDialog, title: str) -> int:
    for n in range(dialog.rows.rowCount()):
        if dialog.rows.index(n, 1).data() == title:
            return n
    raise AssertionError(f"{title} not in the plan table")


def test_a_shift_lands_right_after_the_crisis_within_the_horizon_shown(
    window: MainWindow, cdb: Database
) -> None:
    # Facebook's weekly target (3) is met every week for three months after the crisis.
    for n in range(3, 90):
        add(cdb, f"Prévu {n}", datetime(2026, 12, 8, 18, 0) + timedelta(days=n))
    add(cdb, "Appel urgent", datetime(2026, 12, 8, 14, 0))
    forget_undo(cdb)
    window.refresh()
    window.crisis.act_declare.trigger()
    dialog = window.crisis.dialog
    assert isinstance(dialog, CrisisDialog)
    assert dialog.horizon.value() == 14 and dialog.horizon.toolTip()  # the limit, shown
    dialog.name_edit.setText("Inondations")
    at(dialog.start_edit, 8, 1)
    at(dialog.end_edit, 11, 1)
    dialog.preview_button.click()
    assert wait_for(lambda: dialog.proposal is not None), dialog.error.text()
    appeal = row_of(dialog, "Appel urgent")
    assert dialog.rows.index(appeal, AFTER).data() == "11/12/2026 14:00"  # not 8 February
    assert "beyond its channels' cadence" in dialog.rows.index(appeal, REASON).data()
    # The horizon is the person's to set: changing it asks for the plan again.
    dialog.horizon.setValue(1)
    assert not dialog.apply_button.isEnabled()  # the plan shown is outdated
    dialog.reject()
