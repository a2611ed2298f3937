"""Crisis mode in the window, as a volunteer walks it: declare from the Crisis menu, see the
plan (computed on the database worker), change a row, add a holding statement, apply; the
banner and the held items' tab; end the crisis from the banner; undo both, back to the exact
workspace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QPushButton

from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft, Sensitivity, Status, Timed
from ngo_calendar.gui.crisis.dialog import CrisisDialog
from ngo_calendar.gui.crisis.table import ACTION, AFTER, ITEM
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.conftest import forget_undo
from tests.gui.conftest import wait_for
from tests.helpers import dump


def plan_week(db: Database) -> dict[str, int]:
    def add(title: str, when: datetime, **more: object) -> int:
        draft = ItemDraft(title, channels=["Facebook"], start=Timed(when), **more)  # type: ignore[arg-type]
        return items.create_item(db, draft).new_id

    made = {
        "party": add("Soirée jeux", datetime(2026, 12, 9, 18, 0), status=Status.APPROVED),
        "workshop": add("Atelier couture", datetime(2026, 12, 10, 14, 0)),
        "greeting": add(
            "Bonne Saint-Nicolas", datetime(2026, 12, 6, 9, 0), sensitivity=Sensitivity.TIME_BOUND
        ),  # fmt: skip
        "hours": add(
            "Horaires d'hiver", datetime(2026, 12, 8, 10, 0), sensitivity=Sensitivity.ESSENTIAL
        ),  # fmt: skip
    }
    forget_undo(db)
    return made


def moment(edit, day: int, hour: int) -> None:  # noqa: ANN001
    edit.setDateTime(QDateTime(QDate(2026, 12, day), QTime(hour, 0)))


def row_of(dialog: CrisisDialog, title: str) -> int:
    proxy = dialog.rows
    for n in range(proxy.rowCount()):
        if proxy.index(n, ITEM).data() == title:
            return n
    raise AssertionError(f"{title} not in the plan table")


def test_declare_edit_apply_banner_end_and_undo(
    window: MainWindow, cdb: Database, ws_dir: Path
) -> None:
    made = plan_week(cdb)
    window.refresh()
    before = dump(ws_dir)
    crisis = window.crisis
    assert not crisis.banner.isVisible() and crisis.act_end_crisis.isEnabled() is False
    crisis.act_declare.trigger()
    dialog = window.crisis.dialog
    assert isinstance(dialog, CrisisDialog) and dialog.isVisible()
    assert not dialog.apply_button.isEnabled()  # nothing to apply before the plan is seen
    dialog.name_edit.setText("Tempête")
    moment(dialog.start_edit, 5, 8)
    dialog.open_ended.setChecked(True)
    dialog.preview_button.click()
    assert wait_for(lambda: dialog.proposal is not None)
    assert "1 kept, 2 held, 0 shifted, 1 cancelled" in dialog.summary.text()
    assert dialog.rows.rowCount() == 3  # the kept rows are hidden at first
    dialog.show_kept.setChecked(True)
    assert dialog.rows.rowCount() == 4
    # A changed row: the workshop is cancelled instead of held, through the table's model.
    workshop = dialog.rows.index(row_of(dialog, "Atelier couture"), ACTION)
    assert dialog.rows.setData(workshop, "cancel")
    assert workshop.data() == "Cancel" and "1 held" in dialog.summary.text()
    # A refused change says why: a held item has no date to edit.
    party = dialog.rows.index(row_of(dialog, "Soirée jeux"), AFTER)
    assert not party.flags() & Qt.ItemFlag.ItemIsEditable
    dialog.template_box.setCurrentIndex(0)
    dialog.add_message()
    assert dialog.rows.index(0, ITEM).data() == "Holding statement"
    dialog.apply_button.click()
    assert wait_for(lambda: not dialog.isVisible())
    assert wait_for(lambda: window.crisis.banner.isVisible())
    banner = crisis.banner_label.text()
    assert "Tempête" in banner and "1 item(s) held" in banner
    assert crisis.held_list.count() == 1 and "Soirée jeux" in crisis.held_list.item(0).text()
    assert window.side.isTabVisible(window.crisis.held_tab)
    # The calendar leaves the held item out; the cancelled one stays, struck through.
    assert window.wait_until_shown()
    shown = {o.title: o.status for o in window.shown}
    assert "Soirée jeux" not in shown and shown["Atelier couture"] == "cancelled"
    assert "Déclaration d'attente" in shown  # in the workspace's language
    assert not window.crisis.act_declare.isEnabled()

    # The end, from the banner: the held item comes back after it.
    window.crisis.banner.findChild(QPushButton, "bannerEnd").click()
    ending = window.crisis.dialog
    assert isinstance(ending, CrisisDialog) and ending.ending is not None
    moment(ending.start_edit, 9, 8)
    ending.preview_button.click()
    assert wait_for(lambda: ending.proposal is not None), ending.error.text()
    assert [r.item.title for r in ending.model.rows] == ["Soirée jeux"]
    ending.apply_button.click()
    assert wait_for(lambda: not window.crisis.banner.isVisible())
    party_now = query.get_item(cdb, made["party"])
    assert party_now is not None and party_now.status == "in_review"  # "Soirée": sensitive
    assert party_now.start_utc is not None and party_now.start_utc.day >= 9

    # Undo, twice: the end, then the start; the workspace is as it was.
    window.act_undo.trigger()
    assert wait_for(lambda: window.crisis.banner.isVisible())
    window.act_undo.trigger()
    assert wait_for(lambda: not window.crisis.banner.isVisible())
    assert dump(ws_dir) == before
    assert window.crisis.act_declare.isEnabled()


def test_a_refused_crisis_says_why_in_the_dialog(window: MainWindow, cdb: Database) -> None:
    plan_week(cdb)
    window.crisis.declare()
    dialog = window.crisis.dialog
    moment(dialog.start_edit, 5, 8)
    moment(dialog.end_edit, 4, 8)
    dialog.name_edit.setText("Tempête")
    dialog.preview_button.click()
    assert "the end must come after the start" in dialog.error.text()
    assert dialog.proposal is None and not dialog.apply_button.isEnabled()
    dialog.reject()


def test_crisis_rules_are_stored_from_their_dialog(window: MainWindow, cdb: Database) -> None:
    from ngo_calendar.core.crisis import rules as crisis_rules
    from ngo_calendar.gui.crisis.rules_dialog import CrisisRulesDialog

    window.crisis.act_crisis_rules.trigger()
    dialog = window.findChild(CrisisRulesDialog)
    assert dialog is not None and dialog.quiet.isChecked()
    dialog.quiet_from.setTime(QTime(20, 0))
    dialog.blackout.setText("Noël")
    dialog.save()
    assert "a date as YYYY-MM-DD" in dialog.error.text() and dialog.isVisible()
    dialog.blackout.setText("2026-12-25")
    dialog.words.setPlainText("kermesse\ntombola\nkermesse")
    dialog.save()
    assert not dialog.isVisible()
    stored = crisis_rules.read(cdb)
    assert stored.quiet_text == "20:00-08:00" and stored.words == ("kermesse", "tombola")
    assert [d.isoformat() for d in stored.blackout] == ["2026-12-25"]
    assert window.act_undo.isEnabled() and "crisis rules" in window.act_undo.toolTip()


def test_a_plan_over_a_thousand_items_is_computed_on_the_worker(
    window: MainWindow, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import uuid

    from sqlalchemy import insert

    from ngo_calendar.core import workspace
    from ngo_calendar.core.crisis import propose as crisis
    from ngo_calendar.store.models import Item, ItemChannel

    facebook = next(c.id for c in workspace.channels(cdb) if c.name == "Facebook")
    now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    with cdb.transaction() as s:  # bulk, as a benchmark fills a workspace
        s.execute(insert(Item), [
            {"id": n, "uid": f"{uuid.uuid4()}@test", "revision": 0, "kind": "post",
             "title": f"Publication {n}", "body": "", "status": "draft",
             "start_utc": now + timedelta(minutes=15 * n), "days": 1, "notes": "",
             "sensitivity": "movable", "created_at": now, "updated_at": now}
            for n in range(1, 1001)
        ])  # fmt: skip
        s.execute(
            insert(ItemChannel),
            [{"item_id": n, "channel_id": facebook, "position": 0} for n in range(1, 1001)],
        )
    threads: list[threading.Thread] = []
    real = crisis.propose

    def propose(db, wanted):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread())
        return real(db, wanted)

    monkeypatch.setattr(crisis, "propose", propose)
    window.crisis.declare()
    dialog = window.crisis.dialog
    dialog.name_edit.setText("Tempête")
    moment(dialog.start_edit, 1, 8)
    dialog.open_ended.setChecked(True)
    dialog.preview_button.click()
    # The click returns at once: the plan is being made elsewhere, the window goes on.
    assert dialog.proposal is None and dialog.summary.text() == "Planning…"
    assert wait_for(lambda: dialog.proposal is not None)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.model.rowCount() == 1000
    dialog.reject()


def test_a_crisis_with_an_end_and_nothing_held(window: MainWindow, cdb: Database) -> None:
    from ngo_calendar.core.crisis import apply as crisis_apply
    from ngo_calendar.core.crisis import propose as crisis
    from ngo_calendar.core.crisis.plan import Crisis

    plan_week(cdb)
    start = datetime(2026, 12, 5, 7, 0, tzinfo=UTC)
    declared = Crisis("Grève des transports", start, start + timedelta(days=3))
    crisis_apply.start(cdb, crisis.propose(cdb, declared))
    assert window.refresh_if_changed()
    assert window.crisis.banner.isVisible()
    assert window.crisis.banner_label.text() == (
        "Crisis “Grève des transports” since 05/12/2026 08:00, expected to end 08/12/2026 08:00"
    )
    assert not window.side.isTabVisible(window.crisis.held_tab)  # nothing held: no empty tab
    assert window.crisis.act_end_crisis.isEnabled() and not window.crisis.act_declare.isEnabled()


def test_the_plan_shown_is_the_one_applied(window: MainWindow, cdb: Database) -> None:
    """A change that alters the plan asks for it again; one that does not (the same time
    typed again, a new name) keeps it, and the name applied is the one in the box."""
    from ngo_calendar.core.crisis import record as crisis_record

    plan_week(cdb)
    window.crisis.declare()
    dialog = window.crisis.dialog
    dialog.name_edit.setText("Tempête")
    moment(dialog.start_edit, 5, 8)
    moment(dialog.end_edit, 7, 8)
    dialog.preview_button.click()
    assert wait_for(lambda: dialog.proposal is not None)
    moment(dialog.start_edit, 5, 8)  # the same moment, typed again
    dialog.name_edit.setText("Tempête Ciarán")
    assert dialog.apply_button.isEnabled()
    dialog.horizon.setValue(3)
    assert not dialog.apply_button.isEnabled()
    assert dialog.summary.text() == "The crisis changed: show the plan again"
    dialog.preview_button.click()
    assert wait_for(lambda: dialog.apply_button.isEnabled())
    dialog.apply_button.click()
    assert wait_for(lambda: not dialog.isVisible())
    found = crisis_record.active(cdb)
    assert found is not None and found.name == "Tempête Ciarán" and found.horizon_days == 3
    # Nothing held (the crisis has an end): ending it only closes it, and says so.
    window.crisis.end()
    ending = window.crisis.dialog
    moment(ending.start_edit, 7, 8)
    ending.preview_button.click()
    assert wait_for(lambda: ending.apply_button.isEnabled())
    assert ending.summary.text() == "Nothing was held: ending the crisis only closes it."
    ending.reject()


def test_a_crisis_name_and_rules_go_through_the_checks_of_every_name(
    window: MainWindow, cdb: Database, ws_dir: Path
) -> None:
    """Typed or pasted in the dialog: a name with a control character, or of 10,000
    characters, is refused where it is typed (before the plan, and again when it is renamed
    after it); a shift's date past the calendar and sensitive words likewise. Nothing is
    written."""
    from ngo_calendar.gui.crisis.rules_dialog import CrisisRulesDialog

    plan_week(cdb)
    before = dump(ws_dir)
    window.crisis.declare()
    dialog = window.crisis.dialog
    moment(dialog.start_edit, 5, 8)
    moment(dialog.end_edit, 9, 20)
    for name, said in (("Tem\x1bpête", "use one line of text"), ("x" * 10_000, "at most 200")):
        dialog.name_edit.setText(name)
        dialog.preview_button.click()
        assert said in dialog.error.text() and dialog.proposal is None
    dialog.name_edit.setText("Tempête")
    dialog.preview_button.click()
    assert wait_for(lambda: dialog.apply_button.isEnabled())
    # The dates offered are the calendar's; one set past it through the model is refused.
    assert dialog.start_edit.maximumDate() == QDate(2200, 12, 31)
    party = dialog.rows.index(row_of(dialog, "Soirée jeux"), AFTER)
    shifted = party.data(Qt.ItemDataRole.EditRole)
    assert not dialog.rows.setData(party, datetime(9999, 12, 31, 23, 59))
    assert "use a date from 1900-01-01 to 2200-12-31" in dialog.error.text()
    assert party.data(Qt.ItemDataRole.EditRole) == shifted
    dialog.name_edit.setText("Tempête\x07")
    dialog.apply_button.click()
    assert "use one line of text" in dialog.error.text() and dialog.isVisible()
    dialog.reject()
    window.crisis.act_crisis_rules.trigger()
    rules = window.findChild(CrisisRulesDialog)
    assert rules is not None
    rules.words.setPlainText("kermesse\ntom\x1bbola")
    rules.save()
    assert "use one line of text" in rules.error.text() and rules.isVisible()
    rules.reject()
    assert dump(ws_dir) == before


def test_a_click_on_the_banner_leaves_the_keyboard_to_the_calendar(
    window: MainWindow,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    """Seen by a volunteer: after ending a crisis from its banner, the banner went and the
    keyboard went on to the toolbar's date box; 2 typed a year instead of showing the week."""
    crisis = window.crisis
    crisis.banner.show()
    window.activateWindow()
    window.stack.month.setFocus()
    button = crisis.banner.findChild(QPushButton, "bannerMessage")
    button.clicked.disconnect()  # only the click itself: no message dialog opens
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    crisis.banner.hide()  # as when the crisis ends
    assert window.stack.month.hasFocus() and not window.date_edit.hasFocus()
    qtbot.keyClick(window.stack.month, Qt.Key.Key_2)
    assert window.navigation.view_name == "week"
