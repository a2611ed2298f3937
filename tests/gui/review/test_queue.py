"""The review tab as a person uses it: the queue by urgency with its badge and count, submit
from the calendar, approve with one key (a selection at once, one undo), request changes with
a comment, and the name the history keeps for who decided."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ngo_calendar.core import ItemDraft, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.review import decide as review
from ngo_calendar.core.review.rules import thread
from ngo_calendar.core.write import history
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.helpers import add_in_hours, in_hours, shown, status


def settle(window: MainWindow) -> None:
    assert window.wait_until_shown()


def test_the_queue_shows_what_waits_most_urgent_first_with_a_badge(
    window: MainWindow, cdb: Database
) -> None:
    ids = [
        add_in_hours(cdb, "Plus tard", 72),
        add_in_hours(cdb, "En retard", -2),
        add_in_hours(cdb, "Ce soir", 5),
    ]
    review.submit(cdb, ids)
    window.refresh()
    lines = shown(window)
    assert window.side.tabText(1) == "Review (3)"
    assert ["En retard" in lines[0], "Ce soir" in lines[1], "Plus tard" in lines[2]] == [True] * 3
    assert lines[0].startswith("⚠") and lines[1].startswith("◔")
    assert "3 in review" in window.counts_label.text()


def test_submit_from_the_calendar_marks_the_item_in_the_views(
    window: MainWindow, cdb: Database
) -> None:
    post = add_in_hours(cdb, "Appel", 30)
    window.refresh()
    assert window.wait_until_shown()
    occ = next(o for o in window.shown if o.item_id == post)
    window.stack.month._select(occ)  # noqa: SLF001 - as a click on its chip does
    window.act_submit.trigger()
    assert status(cdb, post) == "in_review"
    settle(window)
    assert window.side.tabText(1) == "Review (1)"
    assert window.wait_until_shown()
    chip = next(o for o in window.shown if o.item_id == post)
    assert window.stack.month.chip_text(chip).startswith("◔")


def test_approve_a_selection_with_one_key_and_undo_it_in_one_step(
    window: MainWindow,
    cdb: Database,
    qtbot,  # noqa: ANN001
) -> None:
    workspace.save_person(cdb, "Mme la présidente", "reviewer")
    first, second, third = (
        add_in_hours(cdb, "Un", 10),
        add_in_hours(cdb, "Deux", 20),
        add_in_hours(cdb, "Trois", 30),
    )
    review.submit(cdb, [first, second, third])
    window.refresh()
    settle(window)
    window.side.setCurrentIndex(1)
    chooser = window.review.acting
    assert chooser.itemText(chooser.findData("Mme la présidente")) == "Mme la présidente (reviewer)"
    chooser.setCurrentIndex(chooser.findData("Mme la présidente"))
    chooser.activated.emit(chooser.currentIndex())  # as picking it in the list does
    queue = window.review.panel.list
    window.review.panel.select_rows([0, 1])
    queue.setFocus()
    qtbot.keyClick(queue, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [status(cdb, i) for i in (first, second, third)] == ["approved", "approved", "in_review"]
    settle(window)
    assert window.side.tabText(1) == "Review (1)"
    uid = query.get_item(cdb, first).uid  # type: ignore[union-attr]
    decided = [c for c in history.item_history(cdb, uid) if c.new == "approved"]
    assert decided[0].who == "Mme la présidente"
    window.act_undo.trigger()
    assert [status(cdb, i) for i in (first, second, third)] == ["in_review"] * 3
    settle(window)
    assert window.side.tabText(1) == "Review (3)"


def test_request_changes_sends_it_back_with_the_comment_in_its_thread(
    window: MainWindow,
    cdb: Database,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    post = add_in_hours(cdb, "Concours de Noël", 48)
    review.submit(cdb, [post])
    window.refresh()
    monkeypatch.setattr(window.review, "ask_change_request", lambda entry: "Retirer « concours »")
    settle(window)
    window.review.panel.select_rows([0])
    window.review.panel.changes_button.click()
    assert status(cdb, post) == "draft"
    assert [r.text for r in thread(cdb, post)] == ["Retirer « concours »"]
    settle(window)
    assert window.side.tabText(1) == "Review (0)"
    assert window.review.panel.empty.isVisibleTo(window.review.panel)


def test_the_details_show_each_channels_text_with_its_counter_and_the_thread(
    window: MainWindow, cdb: Database
) -> None:
    draft = ItemDraft(title="Long", channels=["Instagram"], body="x" * 2300, start=in_hours(40))
    post = items.create_item(cdb, draft).new_id
    review.submit(cdb, [post])
    review.add_comment(cdb, post, "Trop long pour Instagram", who="Bureau")
    window.refresh()
    settle(window)
    window.review.panel.select_rows([0])
    text = window.review.panel.details.toPlainText()
    assert "Instagram 2300 / 2200" in text
    assert "Bureau (comment): Trop long pour Instagram" in text


def test_editing_an_approved_items_text_warns_before_it_goes_back_to_review(
    window: MainWindow,
    cdb: Database,
    monkeypatch,  # noqa: ANN001
) -> None:
    from ngo_calendar.core.model.domain import Status
    from ngo_calendar.gui.editor.dialog import ItemEditor

    draft = ItemDraft(title="Appel", channels=["Facebook"], start=in_hours(50))
    post = items.create_item(cdb, replace_status(draft, Status.APPROVED)).new_id
    review.update_rules(cdb, mode="all")
    window.refresh()
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(dialog: ItemEditor) -> bool:
        asked.append(dialog.general.title_edit.text())
        return next(answers)

    monkeypatch.setattr(ItemEditor, "confirm_reopen", confirm)

    def change_text(dialog: ItemEditor) -> bool:
        dialog.text.body_edit.setPlainText("Un nouveau texte")
        dialog.accept()
        if dialog.result() != 1:
            dialog.accept()  # the person says yes the second time
        return dialog.result() == 1

    monkeypatch.setattr(window.items, "run_editor", change_text)
    window.edit_occurrence(query.get_item(cdb, post))
    assert asked == ["Appel", "Appel"]  # asked at each save; "no" kept the editor open
    assert status(cdb, post) == "in_review"
    settle(window)
    assert window.side.tabText(1) == "Review (1)"
    # A change of notes only is neither text nor date: saved without a word.
    review.approve(cdb, [post])
    asked.clear()

    def change_notes(dialog: ItemEditor) -> bool:
        dialog.notes_edit.setPlainText("Note interne")
        dialog.accept()
        return dialog.result() == 1

    monkeypatch.setattr(window.items, "run_editor", change_notes)
    window.edit_occurrence(query.get_item(cdb, post))
    assert asked == [] and status(cdb, post) == "approved"


def replace_status(draft: ItemDraft, status: object) -> ItemDraft:
    from dataclasses import replace

    return replace(draft, status=status)
