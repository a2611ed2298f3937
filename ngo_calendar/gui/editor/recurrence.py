"""The Recurrence tab: presets computed from the start date, or a custom iCalendar RRULE."""

from __future__ import annotations

import calendar
import enum
from datetime import date, datetime
from itertools import islice

from dateutil.rrule import rrulestr
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.model.recurrence import validate_rrule

from ..common.reasons import reason_text

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PREVIEW_COUNT = 5


class Preset(enum.StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY_NTH = "monthly_nth"  # e.g. the 2nd Tuesday
    MONTHLY_LAST = "monthly_last"  # the last Tuesday
    MONTHLY_DAY = "monthly_day"  # the 15th
    YEARLY = "yearly"
    CUSTOM = "custom"


def week_of_month(day: date) -> int:
    """1 for the first such weekday of the month, 2 for the second, ... up to 5."""
    return (day.day - 1) // 7 + 1


def is_last_of_month(day: date) -> bool:
    """Whether no later date of the month falls on the same weekday."""
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def preset_rule(preset: Preset, day: date | None) -> str | None:
    """The RRULE a preset stands for on a start day; None for no rule, custom or unavailable."""
    if day is None or preset in (Preset.NONE, Preset.CUSTOM):
        return None
    weekday = WEEKDAY_CODES[day.weekday()]
    if preset is Preset.DAILY:
        return "FREQ=DAILY"
    if preset is Preset.WEEKLY:
        return f"FREQ=WEEKLY;BYDAY={weekday}"
    if preset is Preset.BIWEEKLY:
        return f"FREQ=WEEKLY;INTERVAL=2;BYDAY={weekday}"
    if preset is Preset.MONTHLY_NTH:
        # A fifth weekday does not exist every month: only "last" describes it.
        n = week_of_month(day)
        return f"FREQ=MONTHLY;BYDAY={n}{weekday}" if n <= 4 else None
    if preset is Preset.MONTHLY_LAST:
        return f"FREQ=MONTHLY;BYDAY=-1{weekday}" if is_last_of_month(day) else None
    if preset is Preset.MONTHLY_DAY:
        return f"FREQ=MONTHLY;BYMONTHDAY={day.day}"
    return "FREQ=YEARLY"


def match_preset(rule: str | None, day: date | None) -> Preset:
    """The preset that produces exactly `rule` on `day`, else CUSTOM (NONE for no rule)."""
    if not rule:
        return Preset.NONE
    for preset in Preset:
        if preset_rule(preset, day) == rule:
            return preset
    return Preset.CUSTOM


class RecurrenceTab(QWidget):
    """Emits `changed` whenever the rule or its validity changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start: datetime | date | None = None
        self._dated = True  # False when the item has no date: the rule then cannot be saved
        self._custom_text = ""

        self.preset_combo = QComboBox()
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for preset in Preset:
            self.preset_combo.addItem("", preset)
        self.rule_edit = QLineEdit()
        self.rule_edit.setPlaceholderText(self.tr("e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10"))
        self.rule_edit.setToolTip(
            self.tr(
                "An iCalendar rule (RFC 5545 RRULE). Add COUNT=n to stop after n dates, "
                "or UNTIL=20261231 to stop on a date."
            )
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr(
                "A recurring item repeats from its start date. Single dates can later be moved "
                "or removed in the calendar without changing the rest of the series."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # the greyed look of secondary help text

        form = QFormLayout()
        form.addRow(self.tr("&Repeat:"), self.preset_combo)
        form.addRow(self.tr("R&ule:"), self.rule_edit)
        form.addRow("", self.message)
        form.addRow(self.tr("Next dates:"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)

        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.rule_edit.textEdited.connect(self._rule_edited)
        self._relabel()
        self._refresh()

    # -- public -------------------------------------------------------------------------------

    def preset(self) -> Preset:
        return Preset(self.preset_combo.currentData())

    def set_rule(self, rule: str | None, start: datetime | date | None, dated: bool = True) -> None:
        """Show a stored rule: the matching preset when one produces it exactly, else custom."""
        self._start, self._dated = start, dated
        self._relabel()
        preset = match_preset(rule, self._day() if dated else None)
        if preset is Preset.CUSTOM:
            self._custom_text = rule or ""
        self._select(preset)
        self._refresh()

    def set_start(self, start: datetime | date | None, dated: bool = True) -> None:
        """Follow the start date: presets are recomputed ("weekly on" the new weekday).

        An item without a date still passes the date shown in its (disabled) date field, so that
        a chosen preset survives ticking "No date" on and off.
        """
        self._start, self._dated = start, dated
        self._relabel()
        preset = self.preset()
        day = self._day()
        monthly_weekday = preset in (Preset.MONTHLY_NTH, Preset.MONTHLY_LAST)
        if day is not None and monthly_weekday and preset_rule(preset, day) is None:
            # Keep "monthly on a weekday" when the new date only fits the other wording.
            other = Preset.MONTHLY_LAST if preset is Preset.MONTHLY_NTH else Preset.MONTHLY_NTH
            self._select(other)
        self._refresh()

    def rule(self) -> str | None:
        """The rule entered now: a preset's, or the custom text (normalised when it is valid)."""
        preset = self.preset()
        if preset is Preset.CUSTOM:
            text = self.rule_edit.text().strip()
            if not text:
                return None
            try:
                return validate_rrule(text)
            except InputError:
                return text
        return preset_rule(preset, self._day())

    def error(self) -> str | None:
        """Why the rule cannot be saved, or None when it can."""
        if self.preset() is Preset.NONE:
            return None
        if not self._dated:
            return self.tr("A recurring item needs a start date (General tab).")
        if self.preset() is Preset.CUSTOM:
            text = self.rule_edit.text().strip()
            if not text:
                return self.tr("Enter a rule, or choose “Does not repeat”.")
            try:
                validate_rrule(text)
            except InputError as exc:
                return self.tr("This rule is not valid: %1").replace("%1", reason_text(exc.why))
        elif self.rule() is None:
            return self.tr("This choice does not fit the start date; choose another.")
        return None

    def focus_target(self) -> QWidget:
        return self.rule_edit if self.preset() is Preset.CUSTOM else self.preset_combo

    # -- internals ----------------------------------------------------------------------------

    def _day(self) -> date | None:
        if isinstance(self._start, datetime):
            return self._start.date()
        return self._start

    def _select(self, preset: Preset) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))

    def _relabel(self) -> None:
        """Write the start's weekday and day into the preset names, and grey what cannot apply."""
        day = self._day()
        locale = QLocale()
        weekday = locale.dayName(day.isoweekday()) if day else self.tr("the start's weekday")
        nth_names = {
            1: self.tr("Monthly on the first %1"),
            2: self.tr("Monthly on the second %1"),
            3: self.tr("Monthly on the third %1"),
            4: self.tr("Monthly on the fourth %1"),
        }
        n = week_of_month(day) if day else 1
        labels = {
            Preset.NONE: self.tr("Does not repeat"),
            Preset.DAILY: self.tr("Daily"),
            Preset.WEEKLY: self.tr("Weekly on %1").replace("%1", weekday),
            Preset.BIWEEKLY: self.tr("Every two weeks on %1").replace("%1", weekday),
            Preset.MONTHLY_NTH: nth_names.get(n, nth_names[4]).replace("%1", weekday),
            Preset.MONTHLY_LAST: self.tr("Monthly on the last %1").replace("%1", weekday),
            Preset.MONTHLY_DAY: self.tr("Monthly on day %1").replace(
                "%1", str(day.day) if day else "…"
            ),
            Preset.YEARLY: self.tr("Yearly on %1").replace(
                "%1", locale.toString(QDate(day.year, day.month, day.day), "d MMMM") if day else "…"
            ),
            Preset.CUSTOM: self.tr("Custom rule…"),
        }
        model = self.preset_combo.model()
        assert isinstance(model, QStandardItemModel)
        for row, preset in enumerate(Preset):
            self.preset_combo.setItemText(row, labels[preset])
            usable = preset in (Preset.NONE, Preset.CUSTOM) or preset_rule(preset, day) is not None
            item = model.item(row)
            # Without a date every preset stays selectable; the dialog says a date is needed.
            item.setEnabled(usable or day is None)

    def _preset_changed(self) -> None:
        if self.preset() is Preset.CUSTOM and not self._custom_text:
            # Start the custom rule from what was shown, so that adding ";COUNT=6" is easy.
            self._custom_text = self.rule_edit.text()
        self._refresh()

    def _rule_edited(self, text: str) -> None:
        self._custom_text = text
        self._refresh()

    def _refresh(self) -> None:
        custom = self.preset() is Preset.CUSTOM
        self.rule_edit.setReadOnly(not custom)
        self.rule_edit.setEnabled(self.preset() is not Preset.NONE)
        if custom:
            if self.rule_edit.text() != self._custom_text:
                self.rule_edit.setText(self._custom_text)
        else:
            self.rule_edit.setText(self.rule() or "")
        error = self.error()
        self.message.setText(error or "")
        self.message.setVisible(bool(error))
        self.preview.setText(self._preview_text(None if error else self.rule()))
        self.changed.emit()

    def _preview_text(self, rule: str | None) -> str:
        if rule is None or self._start is None:
            return self.tr("—")
        timed = isinstance(self._start, datetime)
        first = self._start if timed else datetime.combine(self._start, datetime.min.time())
        try:
            dates = list(islice(rrulestr(rule, dtstart=first), PREVIEW_COUNT))
        except (ValueError, TypeError):
            return self.tr("—")
        if not dates:
            return self.tr("No date matches this rule.")
        locale = QLocale()
        # Weekday first: what people check a rule against ("is it really every 2nd Tuesday?").
        fmt = "dddd d MMMM yyyy, HH:mm" if timed else "dddd d MMMM yyyy"
        shown = [locale.toString(QDateTime(d), fmt) for d in dates]
        return "\n".join(shown) + ("\n…" if len(dates) == PREVIEW_COUNT else "")
