"""The end of a series in the editor's Recurrence tab (issue 28, point 6): never, after a number
of times, or on a date, for every preset, written as COUNT or UNTIL and read back."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate

from ngo_calendar.core.model.domain import AllDay, ItemDraft, Timed
from ngo_calendar.core.model.recurrence import check_rule
from ngo_calendar.core.workspace import ChannelInfo
from ngo_calendar.gui.editor.dialog import EditorContext, ItemEditor
from ngo_calendar.gui.editor.recurrence import End, Preset

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = datetime(2026, 3, 10, 9, 0)  # the second Tuesday of March 2026
ON_TUESDAY = Timed(TUESDAY)


@pytest.fixture
def open_editor(qtbot):  # noqa: ANN001, ANN201
    def make(rule: str | None, start: Timed | AllDay = ON_TUESDAY) -> ItemEditor:
        context = EditorContext(
            channels=[ChannelInfo(1, "facebook", "Facebook", "#1877f2", 63206, 3, "facebook")],
            campaigns=[],
            objectives=[],
            audiences=[],
            timezone=PARIS,
        )
        draft = ItemDraft(title="Série", channels=["Facebook"], start=start, rrule=rule)
        dialog = ItemEditor(context, draft)
        qtbot.addWidget(dialog)
        return dialog

    return make


def choose(combo, data) -> None:  # noqa: ANN001
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.mark.parametrize(
    ("preset", "rule"),
    [
        (Preset.DAILY, "FREQ=DAILY"),
        (Preset.WEEKLY, "FREQ=WEEKLY;BYDAY=TU"),
        (Preset.BIWEEKLY, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
        (Preset.MONTHLY_NTH, "FREQ=MONTHLY;BYDAY=2TU"),
        (Preset.MONTHLY_DAY, "FREQ=MONTHLY;BYMONTHDAY=10"),
        (Preset.YEARLY, "FREQ=YEARLY"),
    ],
)
def test_every_preset_ends_after_n_times_or_on_a_date(open_editor, preset, rule) -> None:  # noqa: ANN001
    dialog = open_editor(None)
    tab = dialog.recurrence
    choose(tab.preset_combo, preset)
    assert tab.end() is End.NEVER and tab.rule() == rule
    assert not tab.count_spin.isVisibleTo(tab) and not tab.until_edit.isVisibleTo(tab)
    choose(tab.end_combo, End.COUNT)
    tab.count_spin.setValue(3)
    assert tab.count_spin.isVisibleTo(tab)
    assert dialog.draft().rrule == f"{rule};COUNT=3"
    assert tab.preview.text().count("\n") == 2  # three dates, no "…"
    choose(tab.end_combo, End.UNTIL)
    assert tab.until_edit.date() > QDate(2026, 3, 10)  # a first choice after the start
    tab.until_edit.setDate(QDate(2027, 3, 31))
    # The end of 31 March in Paris (summer time), in UTC as iCalendar asks.
    assert dialog.draft().rrule == f"{rule};UNTIL=20270331T215959Z"
    check_rule(f"{rule};UNTIL=20270331T215959Z", TUESDAY.replace(tzinfo=PARIS), PARIS)


def test_an_all_day_series_ends_on_a_date(open_editor) -> None:  # noqa: ANN001
    dialog = open_editor("FREQ=MONTHLY;BYMONTHDAY=15", AllDay(date(2026, 3, 15)))
    tab = dialog.recurrence
    choose(tab.end_combo, End.UNTIL)
    tab.until_edit.setDate(QDate(2026, 12, 15))
    assert dialog.draft().rrule == "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20261215"


@pytest.mark.parametrize(
    ("rule", "preset", "end", "shown"),
    [
        ("FREQ=WEEKLY;BYDAY=TU;COUNT=4", Preset.WEEKLY, End.COUNT, 4),
        ("FREQ=WEEKLY;COUNT=4;BYDAY=TU", Preset.WEEKLY, End.COUNT, 4),
        ("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261208T225959Z", Preset.MONTHLY_NTH, End.UNTIL, None),
        ("FREQ=DAILY", Preset.DAILY, End.NEVER, None),
        ("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", Preset.CUSTOM, End.NEVER, None),
    ],
)
def test_a_stored_end_is_shown_in_the_controls_and_kept(
    open_editor,  # noqa: ANN001
    rule: str,
    preset: Preset,
    end: End,
    shown: int | None,
) -> None:
    dialog = open_editor(rule)
    tab = dialog.recurrence
    assert tab.preset() is preset and tab.end() is end
    if end is End.COUNT:
        assert tab.count_spin.value() == shown
    if end is End.UNTIL:
        assert tab.until_edit.date() == QDate(2026, 12, 8)  # 23:59:59 in Paris
    assert dialog.draft().rrule == rule  # written as it was read


def test_a_custom_rule_says_its_end_itself(open_editor) -> None:  # noqa: ANN001
    dialog = open_editor("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4")
    assert not dialog.recurrence.end_combo.isEnabled()
    assert "COUNT" in dialog.recurrence.end_combo.toolTip()
