"""Crisis mode's re-planning in the window, as issue 28 found it: a shift lands soon after
the crisis (the cadence a guide, the horizon the limit, shown in the dialog); ending early puts
moved items back on their original dates; a crisis not yet begun is ended (cancelled) in one
step from the banner and the menu, in the window's language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QPushButton

from ngo_calendar.core.calendar import query
from ngo_calendar.core.crisis import apply as crisis_apply
from ngo_calendar.core.crisis import propose as crisis
from ngo_calendar.core.crisis import record as crisis_record
from ngo_calendar.core.crisis.plan import Crisis
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft, Timed
from ngo_calendar.core.workspace import settings
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


def test_ending_early_puts_shifted_items_back_on_their_original_dates(
    window: MainWindow, cdb: Database
) -> None:
    # Begun yesterday at 08:00 for six days; the collecte was four days after its start.
    tz = settings(cdb).tz
    begun = (datetime.now(tz) - timedelta(days=1)).replace(hour=8, minute=0, second=0)
    begun = begun.replace(microsecond=0, tzinfo=None)
    original = begun + timedelta(days=4, hours=2)
    collecte = add(cdb, "Collecte du samedi", original)
    forget_undo(cdb)
    start, end = (local_utc(begun, tz), local_utc(begun + timedelta(days=6), tz))
    crisis_apply.start(cdb, crisis.propose(cdb, Crisis("Tempête", start, end)))
    window.refresh()
    window.crisis.act_end_crisis.trigger()
    dialog = window.crisis.dialog
    assert isinstance(dialog, CrisisDialog) and dialog.ending is not None
    assert dialog.restore.isChecked()  # the default
    ended = begun + timedelta(days=2, hours=1)  # four days early
    dialog.start_edit.setDateTime(QDateTime(ended))
    dialog.preview_button.click()
    assert wait_for(lambda: dialog.apply_button.isEnabled()), dialog.error.text()
    row = row_of(dialog, "Collecte du samedi")
    assert dialog.rows.index(row, AFTER).data() == original.strftime("%d/%m/%Y %H:%M")
    assert "back to its original date" in dialog.rows.index(row, REASON).data()
    assert "back on their original dates: 1" in dialog.summary.text()
    # Unticked: the re-plan is shown again at once, without it.
    dialog.restore.setChecked(False)
    assert wait_for(lambda: dialog.apply_button.isEnabled())
    assert dialog.model.rows == []
    dialog.restore.setChecked(True)
    assert wait_for(lambda: dialog.apply_button.isEnabled() and len(dialog.model.rows) == 1)
    dialog.apply_button.click()
    assert wait_for(lambda: not window.crisis.banner.isVisible())
    back = query.get_item(cdb, collecte)
    assert back is not None and back.start_utc == local_utc(original, tz)
    # One undo step: the crisis under way again, the item on its shifted date.
    window.act_undo.trigger()
    assert wait_for(lambda: window.crisis.banner.isVisible())
    moved = query.get_item(cdb, collecte)
    assert moved is not None and moved.start_utc == local_utc(original + timedelta(days=6), tz)


def local_utc(wall: datetime, tz: ZoneInfo) -> datetime:
    return wall.replace(tzinfo=tz).astimezone(UTC)


def test_a_crisis_not_yet_begun_is_cancelled_from_the_banner_and_the_menu(
    window: MainWindow, cdb: Database
) -> None:
    tz = settings(cdb).tz
    begins = (datetime.now(tz) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    wall = begins.replace(tzinfo=None)
    workshop = add(cdb, "Atelier couture", wall + timedelta(days=1))
    forget_undo(cdb)
    start = begins.astimezone(UTC)
    crisis_apply.start(cdb, crisis.propose(cdb, Crisis("Grève annoncée", start)))
    window.refresh()
    controller = window.crisis
    assert controller.banner.isVisible()
    assert "begins" in controller.banner_label.text()
    end_button = controller.banner.findChild(QPushButton, "bannerEnd")
    assert end_button.text() == "Cancel the crisis"
    assert controller.act_end_crisis.text() == "Cancel the crisis (not begun)"
    # The end dialog, were it opened, says why in the window's words: no option, no UTC time.
    info = crisis_record.active(cdb)
    dialog = CrisisDialog(controller.context, info)
    shown = dialog.error.text()
    assert "begins on" in shown and "--at" not in shown and "+00:00" not in shown
    dialog.reject()
    # From the banner, one step: the crisis is no more, the held item as it was.
    end_button.click()
    assert wait_for(lambda: not controller.banner.isVisible())
    assert crisis_record.active(cdb) is None
    assert query.get_item(cdb, workshop).status == "draft"  # type: ignore[union-attr]
    assert "Crisis cancelled" in window.statusBar().currentMessage()
    # Ctrl+Z takes the cancel back; from the menu, one step again.
    window.act_undo.trigger()
    assert wait_for(lambda: controller.banner.isVisible())
    assert query.get_item(cdb, workshop).status == "held"  # type: ignore[union-attr]
    controller.act_end_crisis.trigger()
    assert wait_for(lambda: not controller.banner.isVisible())
    assert query.get_item(cdb, workshop).status == "draft"  # type: ignore[union-attr]
