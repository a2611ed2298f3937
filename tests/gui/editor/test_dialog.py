"""The item editor, driven through its real widgets (offscreen)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from ngo_calendar.core.model.domain import (
    AllDay,
    InputError,
    ItemDraft,
    ItemKind,
    Sensitivity,
    Status,
    Timed,
)
from ngo_calendar.core.model.reasons import reason
from ngo_calendar.core.workspace import ChannelInfo
from ngo_calendar.core.write.history import Change
from ngo_calendar.gui.common.i18n import Translations
from ngo_calendar.gui.editor.attachments import MISSING_ROLE, THUMBNAIL_SIZE
from ngo_calendar.gui.editor.dialog import (
    EditorContext,
    ItemEditor,
    edit_item,
    kind_label,
    sensitivity_label,
    status_label,
)
from ngo_calendar.gui.editor.recurrence import Preset, match_preset, preset_rule
from ngo_calendar.gui.editor.text import OVERFLOW_COLOUR

TUESDAY = date(2026, 3, 10)  # the second Tuesday of March 2026


@pytest.fixture
def context() -> EditorContext:
    return EditorContext(
        channels=[
            ChannelInfo(1, "facebook", "Facebook", "#1877f2", 63206, 3, "facebook"),
            ChannelInfo(2, "x", "X", "#000000", 280, 2, "x"),
            ChannelInfo(3, "newsletter", "Newsletter", "#2e7d32", None, 0, "newsletter"),
        ],
        campaigns=["Printemps 2026", "Appel d'urgence"],
        objectives=["Sensibiliser", "Collecter des dons"],
        audiences=["Donateurs", "Bénévoles", "Presse"],
    )


@pytest.fixture
def editor(qtbot, context: EditorContext) -> ItemEditor:
    dialog = ItemEditor(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def check(dialog: ItemEditor, *names: str, audiences: bool = False) -> None:
    """Tick names in the channel (or audience) list the way a click on the box does."""
    widget = dialog.general.audience_list if audiences else dialog.general.channel_list
    for name in names:
        item = widget.findItems(name, Qt.MatchFlag.MatchExactly)[0]
        item.setCheckState(
            Qt.CheckState.Unchecked
            if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )


def click_box(qtbot, box: QCheckBox) -> None:
    """Click on the box itself: the widget may be wider than its box and label."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def select(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def full_draft() -> ItemDraft:
    """Every field filled, with a custom rule and an all-day start."""
    return ItemDraft(
        title="Journée portes ouvertes",
        kind=ItemKind.EVENT,
        body="Venez découvrir nos actions.\nEntrée libre.",
        channels=["X", "Facebook"],  # not the workspace order: it must be kept
        variants={"X": "Portes ouvertes samedi !"},
        status=Status.IN_REVIEW,
        start=AllDay(date(2026, 5, 14)),
        duration_minutes=None,
        days=2,
        campaign="Printemps 2026",
        objective="Sensibiliser",
        audiences=["Presse", "Donateurs"],
        tags=["portes ouvertes", "printemps"],
        attachments=["/nowhere/affiche.png", "/nowhere/programme.pdf"],
        notes="Vérifier la salle avec la mairie.",
        sensitivity=Sensitivity.ESSENTIAL,
        rrule="FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8",
    )


# -- a new item, typed in ---------------------------------------------------------------------


def test_new_item_typed_in_and_accepted(qtbot, editor: ItemEditor) -> None:
    g = editor.general
    qtbot.keyClicks(g.title_edit, "Gala de printemps")
    check(editor, "Facebook", "X")
    click_box(qtbot, g.no_date_check)
    g.date_edit.setDate(QDate(2026, 3, 10))
    g.time_edit.setTime(QTime(18, 30))
    g.duration_spin.setValue(90)
    select(editor.recurrence.preset_combo, Preset.MONTHLY_NTH)
    assert editor.recurrence.rule_edit.text() == "FREQ=MONTHLY;BYDAY=2TU"

    qtbot.keyClicks(editor.text.body_edit, "Venez nombreux au gala !")
    x_text = editor.text.channel_texts["X"]
    qtbot.keyClicks(x_text.edit, "a" * 285)
    assert x_text.counter.text() == "Own text: 285 / 280 — over by 5 characters"
    assert x_text.counter.overflow
    assert OVERFLOW_COLOUR in x_text.counter.styleSheet()
    x_tab = editor.text.tabs.indexOf(x_text)
    assert editor.text.tabs.tabBar().tabTextColor(x_tab) == QColor(OVERFLOW_COLOUR)
    assert editor.text.main_counters["Facebook"].text() == "Facebook: 24 / 63206"
    assert not editor.text.main_counters["Facebook"].overflow
    assert editor.text.main_counters["X"].text() == "X: uses its own text"
    assert editor.text.has_overflow()

    check(editor, "Presse", "Donateurs", audiences=True)
    select(g.campaign_combo, "Printemps 2026")
    select(g.objective_combo, "Collecter des dons")
    select(g.sensitivity_combo, Sensitivity.TIME_BOUND)
    qtbot.keyClicks(g.tags_edit, "gala, printemps ,")
    qtbot.keyClicks(editor.notes_edit, "Reserver la salle")

    assert editor.ok_button.isEnabled()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)

    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.draft() == ItemDraft(
        title="Gala de printemps",
        kind=ItemKind.POST,
        body="Venez nombreux au gala !",
        channels=["Facebook", "X"],
        variants={"X": "a" * 285},
        status=Status.DRAFT,
        start=Timed(datetime(2026, 3, 10, 18, 30)),
        duration_minutes=90,
        days=1,
        campaign="Printemps 2026",
        objective="Collecter des dons",
        audiences=["Presse", "Donateurs"],
        tags=["gala", "printemps"],
        attachments=[],
        notes="Reserver la salle",
        sensitivity=Sensitivity.TIME_BOUND,
        rrule="FREQ=MONTHLY;BYDAY=2TU",
    )


def test_new_dialog_starts_empty_as_a_draft_without_date(editor: ItemEditor) -> None:
    assert editor.windowTitle() == "New item"
    assert editor.draft() == ItemDraft(title="")
    assert editor.general.no_date_check.isChecked()
    assert not editor.general.date_edit.isEnabled()
    assert editor.recurrence.preset() is Preset.NONE
    assert editor.history.empty.text().startswith("No change recorded yet")
    assert editor.history.table.rowCount() == 0


def test_body_counters_per_channel_without_variant(qtbot, editor: ItemEditor) -> None:
    qtbot.keyClicks(editor.text.body_edit, "b" * 281)
    assert editor.text.total_counter.text() == "281 characters (no limit)"
    check(editor, "X", "Newsletter")
    counters = editor.text.main_counters
    assert counters["X"].text() == "X: 281 / 280 — over by 1 character"
    assert counters["X"].overflow and counters["X"].property("overflow")
    assert counters["Newsletter"].text() == "Newsletter: 281 characters (no limit)"
    assert not counters["Newsletter"].overflow
    assert (
        editor.text.channel_texts["X"].counter.text()
        == "Main text: 281 / 280 — over by 1 character"
    )
    editor.text.body_edit.setPlainText("b" * 280)
    assert counters["X"].text() == "X: 280 / 280"
    assert not editor.text.has_overflow()
    assert counters["X"].styleSheet() == ""


def test_unticking_a_channel_drops_its_variant_but_keeps_the_text(qtbot, editor) -> None:
    check(editor, "X")
    qtbot.keyClicks(editor.text.channel_texts["X"].edit, "court")
    assert editor.text.variants() == {"X": "court"}
    check(editor, "X")
    assert editor.text.tabs.count() == 1
    assert editor.draft().variants == {}
    check(editor, "X")
    assert editor.draft().variants == {"X": "court"}


# -- an existing item, loaded -----------------------------------------------------------------


def test_existing_draft_is_shown_and_returned_unchanged(editor_for) -> None:
    original = full_draft()
    dialog = editor_for(original)
    g = dialog.general
    assert dialog.windowTitle() == "Edit item"
    assert g.title_edit.text() == original.title
    assert g.kind() is ItemKind.EVENT
    assert g.channel_list.checked() == ["X", "Facebook"]
    assert not g.no_date_check.isChecked()
    assert g.all_day_check.isChecked()
    assert g.date_edit.date() == QDate(2026, 5, 14)
    assert g.days_spin.value() == 2 and g.days_spin.isEnabled()
    assert not g.time_edit.isEnabled() and not g.duration_spin.isEnabled()
    assert g.duration_spin.text() == "Not set"
    assert g.status_combo.currentText() == "In review"
    assert g.sensitivity_combo.currentText() == "Essential"
    assert g.campaign_combo.currentText() == "Printemps 2026"
    assert g.objective_combo.currentText() == "Sensibiliser"
    assert g.audience_list.checked() == ["Presse", "Donateurs"]
    assert g.tags_edit.text() == "portes ouvertes, printemps"
    assert dialog.text.body() == original.body
    assert [dialog.text.tabs.tabText(i) for i in range(dialog.text.tabs.count())] == [
        "All channels",
        "Facebook",
        "X",
    ]
    assert dialog.text.channel_texts["X"].text() == "Portes ouvertes samedi !"
    assert dialog.text.channel_texts["Facebook"].text() == ""
    assert dialog.recurrence.preset() is Preset.CUSTOM
    assert dialog.recurrence.rule_edit.text() == original.rrule
    assert dialog.recurrence.message.isHidden()
    assert dialog.attachments.paths() == original.attachments
    assert dialog.notes_edit.toPlainText() == original.notes
    assert dialog.ok_button.isEnabled()

    assert dialog.draft() == original


@pytest.fixture
def editor_for(qtbot, context: EditorContext):
    def make(draft: ItemDraft, history: list[Change] | None = None) -> ItemEditor:
        ctx = EditorContext(
            context.channels,
            context.campaigns,
            context.objectives,
            context.audiences,
            history or [],
            UTC,
        )
        dialog = ItemEditor(ctx, draft)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


@pytest.mark.parametrize(
    ("start", "rule", "preset"),
    [
        (Timed(datetime(2026, 3, 10, 9, 0)), "FREQ=WEEKLY;BYDAY=TU", Preset.WEEKLY),
        (Timed(datetime(2026, 3, 10, 9, 0)), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", Preset.BIWEEKLY),
        (AllDay(date(2026, 3, 31)), "FREQ=MONTHLY;BYDAY=-1TU", Preset.MONTHLY_LAST),
        (AllDay(date(2026, 3, 15)), "FREQ=MONTHLY;BYMONTHDAY=15", Preset.MONTHLY_DAY),
        (AllDay(date(2026, 3, 15)), "FREQ=YEARLY", Preset.YEARLY),
        (AllDay(date(2026, 3, 15)), "FREQ=DAILY", Preset.DAILY),
        (Timed(datetime(2026, 3, 10, 9, 0)), "FREQ=WEEKLY;BYDAY=WE", Preset.CUSTOM),
    ],
)
def test_a_stored_rule_selects_its_preset(editor_for, start, rule, preset) -> None:
    original = ItemDraft(title="Série", channels=["Facebook"], start=start, rrule=rule)
    dialog = editor_for(original)
    assert dialog.recurrence.preset() is preset
    assert dialog.draft() == original


def test_an_idea_without_date_keeps_its_status(editor_for) -> None:
    idea = ItemDraft(title="Idée", channels=["Newsletter"], status=Status.IDEA)
    dialog = editor_for(idea)
    assert dialog.general.no_date_check.isChecked()
    assert dialog.general.status_combo.currentText() == "Idea"
    assert dialog.draft() == idea


def test_names_missing_from_the_workspace_lists_are_kept(editor_for) -> None:
    odd = ItemDraft(title="Ancien", channels=["Minitel"], campaign="2019", audiences=["Élus"])
    dialog = editor_for(odd)
    assert dialog.draft() == odd


# -- the dialog's own checks ------------------------------------------------------------------


def test_ok_needs_a_title_and_a_channel(qtbot, editor: ItemEditor) -> None:
    assert not editor.ok_button.isEnabled()
    assert editor.reason_label.text() == "Give the item a title."
    qtbot.keyClicks(editor.general.title_edit, "   ")
    assert not editor.ok_button.isEnabled()
    qtbot.keyClicks(editor.general.title_edit, "Appel")
    assert not editor.ok_button.isEnabled()
    assert editor.reason_label.text() == "Tick at least one channel."
    assert "Tick at least one channel." in editor.ok_button.toolTip()
    check(editor, "Facebook")
    assert editor.ok_button.isEnabled()
    assert editor.reason_label.text() == ""
    editor.general.title_edit.clear()
    assert not editor.ok_button.isEnabled()
    editor.accept()  # what Ctrl+Return does: refused while a check fails
    assert editor.result() != QDialog.DialogCode.Accepted


def test_custom_rule_is_checked_as_typed(qtbot, editor_for) -> None:
    dialog = editor_for(ItemDraft(title="Série", channels=["X"], start=AllDay(TUESDAY)))
    rec = dialog.recurrence
    select(rec.preset_combo, Preset.WEEKLY)
    select(rec.preset_combo, Preset.CUSTOM)
    assert rec.rule_edit.text() == "FREQ=WEEKLY;BYDAY=TU"  # starts from what was shown
    qtbot.keyClicks(rec.rule_edit, ";COUNT=abc")
    assert not rec.message.isHidden()
    assert rec.message.text().startswith("This rule is not valid")
    assert not dialog.ok_button.isEnabled()
    rec.rule_edit.clear()
    qtbot.keyClicks(rec.rule_edit, "freq=weekly;byday=tu;count=4")
    assert rec.message.isHidden()
    assert dialog.ok_button.isEnabled()
    assert dialog.draft().rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=4"
    assert rec.preview.text().count("2026") == 4


def test_a_refused_rule_is_explained_in_french(qtbot, editor_for, qapp) -> None:
    """Core's refusal of the rule, worded from its code in the window's language."""
    locale, translations = QLocale(), Translations(qapp)
    assert translations.install("fr")
    try:
        dialog = editor_for(ItemDraft(title="Série", channels=["X"], start=AllDay(TUESDAY)))
        rec = dialog.recurrence
        select(rec.preset_combo, Preset.CUSTOM)
        rec.rule_edit.clear()
        qtbot.keyClicks(rec.rule_edit, "FREQ=MINUTELY")
        assert rec.message.text() == (
            "Cette règle n’est pas valide\xa0: une répétition par heure au plus\xa0; indiquez une "
            "règle iCalendar (RRULE) comme FREQ=WEEKLY;BYDAY=TU ou FREQ=MONTHLY;BYDAY=1MO;COUNT=6"
        )
    finally:
        translations.uninstall()
        QLocale.setDefault(locale)


def test_a_rule_needs_a_date(qtbot, editor_for) -> None:
    dialog = editor_for(ItemDraft(title="Série", channels=["X"], start=AllDay(TUESDAY)))
    select(dialog.recurrence.preset_combo, Preset.WEEKLY)
    assert dialog.ok_button.isEnabled()
    click_box(qtbot, dialog.general.no_date_check)
    assert not dialog.ok_button.isEnabled()
    assert "needs a start date" in dialog.reason_label.text()
    click_box(qtbot, dialog.general.no_date_check)
    assert dialog.draft().rrule == "FREQ=WEEKLY;BYDAY=TU"


def test_presets_follow_the_start_date(editor_for) -> None:
    dialog = editor_for(ItemDraft(title="Série", channels=["X"], start=AllDay(TUESDAY)))
    rec, g = dialog.recurrence, dialog.general
    select(rec.preset_combo, Preset.WEEKLY)
    g.date_edit.setDate(QDate(2026, 3, 11))
    assert dialog.draft().rrule == "FREQ=WEEKLY;BYDAY=WE"
    assert rec.preset_combo.currentText() == "Weekly on Wednesday"
    select(rec.preset_combo, Preset.MONTHLY_NTH)
    assert dialog.draft().rrule == "FREQ=MONTHLY;BYDAY=2WE"
    g.date_edit.setDate(QDate(2026, 4, 29))  # a fifth Wednesday: only "last" describes it
    assert rec.preset() is Preset.MONTHLY_LAST
    assert dialog.draft().rrule == "FREQ=MONTHLY;BYDAY=-1WE"


def test_preset_rules() -> None:
    assert preset_rule(Preset.MONTHLY_NTH, TUESDAY) == "FREQ=MONTHLY;BYDAY=2TU"
    assert preset_rule(Preset.MONTHLY_LAST, TUESDAY) is None
    assert preset_rule(Preset.MONTHLY_NTH, date(2026, 3, 31)) is None  # 5th Tuesday
    assert preset_rule(Preset.MONTHLY_LAST, date(2026, 3, 31)) == "FREQ=MONTHLY;BYDAY=-1TU"
    feb_24 = date(2026, 2, 24)  # both the 4th and the last Tuesday of February
    assert preset_rule(Preset.MONTHLY_NTH, feb_24) == "FREQ=MONTHLY;BYDAY=4TU"
    assert preset_rule(Preset.MONTHLY_LAST, feb_24) == "FREQ=MONTHLY;BYDAY=-1TU"
    assert preset_rule(Preset.WEEKLY, date(2026, 3, 15)) == "FREQ=WEEKLY;BYDAY=SU"
    assert match_preset(None, TUESDAY) is Preset.NONE
    assert match_preset("FREQ=MONTHLY;BYDAY=2TU", TUESDAY) is Preset.MONTHLY_NTH
    assert match_preset("FREQ=MONTHLY;BYDAY=2TU", None) is Preset.CUSTOM


# -- errors from the services -----------------------------------------------------------------


def test_show_error_puts_the_message_on_screen_and_focuses_the_field(qtbot, editor_for) -> None:
    dialog = editor_for(full_draft())
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.notes_edit))
    dialog.show_error("rrule", "rrule: 'x' is not valid; use an iCalendar RRULE")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "rrule: 'x' is not valid; use an iCalendar RRULE"
    assert dialog.tabs.currentWidget() is dialog.recurrence
    assert dialog.focusWidget() is dialog.recurrence.rule_edit
    dialog.show_error("campaign", "campaign: 'Z' is not valid; known campaign names: none yet")
    assert dialog.tabs.currentWidget() is dialog.general
    assert dialog.focusWidget() is dialog.general.campaign_combo
    dialog.show_error("whatever", "Something else")
    assert dialog.error_label.text() == "Something else"


def test_the_caller_can_keep_the_dialog_open_after_a_refusal(qtbot, editor_for) -> None:
    """The caller's loop: exec, save, show_error on InputError, exec again."""
    dialog = editor_for(ItemDraft(title="Annonce", channels=["X"]))
    seen: list[tuple[bool, str]] = []
    focused: list[QWidget | None] = []

    def press_ok() -> None:
        seen.append((dialog.error_label.isVisible(), dialog.error_label.text()))
        focused.append(dialog.focusWidget())
        dialog.accept()

    saved: list[ItemDraft] = []

    def save(draft: ItemDraft) -> None:
        if not saved and len(seen) == 1:
            saved.append(draft)
            raise InputError("objective", draft.title, reason("objective.exists"))
        saved.append(draft)

    runs = 0
    while True:
        QTimer.singleShot(0, press_ok)
        if not dialog.exec():
            break
        runs += 1
        try:
            save(dialog.draft())
            break
        except InputError as exc:
            dialog.show_error(exc.field, str(exc))
    assert runs == 2
    assert seen[0] == (False, "")
    assert seen[1][0] and "exists already" in seen[1][1]
    assert focused[1] is dialog.general.objective_combo
    assert not dialog.error_label.isVisibleTo(dialog)  # cleared once accepted again


def test_edit_item_returns_the_draft_or_nothing(qtbot, context: EditorContext) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    original = ItemDraft(title="Annonce", channels=["Facebook"], start=AllDay(TUESDAY))

    def finish(accept: bool) -> None:
        dialog = parent.findChild(ItemEditor)
        assert dialog is not None
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, lambda: finish(True))
    assert edit_item(parent, context, original) == (original, True)
    QTimer.singleShot(0, lambda: finish(False))
    assert edit_item(parent, context, original) == (None, False)


def test_keyboard_accepts_and_cancels(qtbot, editor_for) -> None:
    dialog = editor_for(ItemDraft(title="Annonce", channels=["X"]))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.general.title_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- attachments and history ------------------------------------------------------------------


def test_attachment_thumbnails_and_missing_files(qtbot, editor: ItemEditor, tmp_path: Path):
    picture = tmp_path / "affiche.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1877f2"))
    assert image.save(str(picture))
    leaflet = tmp_path / "tract.pdf"
    leaflet.write_bytes(b"%PDF-1.4\n")
    missing = str(tmp_path / "gone.jpg")

    tab = editor.attachments
    tab.add_paths([str(picture), str(leaflet), missing, str(picture)])
    assert tab.paths() == [str(picture), str(leaflet), missing]  # no duplicate
    thumb, other, gone = (tab.list.item(i) for i in range(3))

    size = thumb.icon().availableSizes()[0]
    assert (size.width(), size.height()) == (THUMBNAIL_SIZE, THUMBNAIL_SIZE // 2)
    assert thumb.icon().pixmap(size).toImage().pixelColor(10, 10) == QColor("#1877f2")
    assert not thumb.data(MISSING_ROLE) and thumb.toolTip() == str(picture)
    assert not other.icon().isNull() and not other.data(MISSING_ROLE)

    assert gone.data(MISSING_ROLE)
    assert gone.toolTip() == f"File not found: {missing}"
    assert gone.text() == "gone.jpg (file not found)"
    assert gone.foreground().color() != thumb.foreground().color()

    tab.list.setCurrentItem(other)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert editor.draft().attachments == [str(picture), missing]


def test_history_lists_changes_newest_first(editor_for) -> None:
    at1 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    at2 = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)
    changes = [
        Change(at1, "alice", "created", "title", None, "Gala"),
        Change(at1, "alice", "created", "status", None, "draft"),
        Change(at2, "bob", "edit", "body", "court", "long " * 40),
        Change(at2, "bob", "edit", "rrule", None, "FREQ=WEEKLY;BYDAY=TU"),
    ]
    dialog = editor_for(ItemDraft(title="Gala", channels=["X"]), changes)
    table = dialog.history.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert rows[0][:5] == ["Mon 2 Mar 2026 14:05", "bob", "Edited", "Text", "court"]
    assert rows[0][5].endswith("…") and len(rows[0][5]) == 80
    assert table.item(0, 5).toolTip() == "long " * 40
    assert rows[1] == [
        "Mon 2 Mar 2026 14:05",
        "bob",
        "Edited",
        "Recurrence",
        "",
        "FREQ=WEEKLY;BYDAY=TU",
    ]
    assert rows[2] == ["Sun 1 Mar 2026 09:00", "alice", "Created", "Title", "", "Gala"]
    # The status label, not the stored value.
    assert rows[3] == ["Sun 1 Mar 2026 09:00", "alice", "Created", "Status", "", "Draft"]
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable or (
        table.editTriggers() == table.EditTrigger.NoEditTriggers
    )


# -- labels and looks -------------------------------------------------------------------------


def test_labels_cover_every_value() -> None:
    assert [status_label(s) for s in Status] == [
        "Idea",
        "Draft",
        "In review",
        "Approved",
        "Published",
        "Cancelled",
        "Held (crisis)",
    ]
    assert all(kind_label(k) for k in ItemKind)
    assert all(sensitivity_label(s) for s in Sensitivity)


def test_dialog_renders(qtbot, editor_for, tmp_path: Path) -> None:
    dialog = editor_for(full_draft())
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        path = tmp_path / f"editor-{index}.png"
        assert dialog.grab().save(str(path))
        assert QImage(str(path)).width() >= 600
