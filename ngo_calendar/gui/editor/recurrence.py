"""The Recurrence tab: presets computed from the start date, or a custom iCalendar RRULE."""

from __future__ import annotations

import calendar
import enum
import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import islice
from typing import cast

from dateutil.rrule import rrulestr
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import InputError
from ngo_calendar.core.model.recurrence import MAX_COUNT, validate_rrule

from ..common.reasons import reason_text

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PREVIEW_COUNT = 5
# A rule's end (COUNT=n or UNTIL=...), read apart from the preset it ends.
END_PART = re.compile(r";?(COUNT|UNTIL)=([^;]*)", re.IGNORECASE)
UTC_UNTIL = re.compile(r"UNTIL=(\d{8}T\d{6})Z", re.IGNORECASE)


class End(enum.StrEnum):
    NEVER = "never"
    COUNT = "count"  # after N times
    UNTIL = "until"  # on a date (that day included)


def split_end(rule: str) -> tuple[str, str | None, str | None]:
    """A rule without its end, and the end's name (COUNT or UNTIL, upper case) and value."""
    found = END_PART.search(rule)
    if found is None:
        return rule, None, None
    return END_PART.sub("", rule).lstrip(";"), found.group(1).upper(), found.group(2)


def until_day(value: str, zone: tzinfo | None) -> date | None:
    """The last day an UNTIL value lets in, in the workspace's zone (for one in UTC)."""
    try:
        if len(value) == 8:
            return datetime.strptime(value, "%Y%m%d").date()
        moment = datetime.strptime(value.rstrip("Zz"), "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    if value.upper().endswith("Z") and zone is not None:
        return moment.replace(tzinfo=UTC).astimezone(zone).date()
    return moment.date()


def until_value(day: date, timed: bool, zone: tzinfo | None) -> str:
    """UNTIL for a series ending on `day` (included): a date for an all-day series, the end of
    that day in UTC for a timed one (as iCalendar asks for a start with a time zone)."""
    if not timed:
        return day.strftime("%Y%m%d")
    end = datetime.combine(day, time(23, 59, 59))
    if zone is None:
        return end.strftime("%Y%m%dT%H%M%S")
    return end.replace(tzinfo=zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


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

    def __init__(self, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._start: datetime | date | None = None
        self._dated = True  # False when the item has no date: the rule then cannot be saved
        self._custom_text = ""
        self._zone = zone  # the workspace's: an UNTIL in UTC is a day there
        self._until_read: tuple[date, str] | None = None  # a stored UNTIL, kept as written
        self._stored: tuple[str | None, str] | None = None  # (as the controls build it, as read)

        self.end_combo = QComboBox()
        for end in End:
            self.end_combo.addItem("", end)
        self.end_combo.setItemText(0, self.tr("Never"))
        self.end_combo.setItemText(1, self.tr("After a number of times"))
        self.end_combo.setItemText(2, self.tr("On a date"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, MAX_COUNT)
        self.count_spin.setValue(10)
        self.count_spin.setSuffix(self.tr(" times"))
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("ddd d MMM yyyy")
        first, last = checks.FIRST_DAY, checks.LAST_DAY
        self.until_edit.setDateRange(
            QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
        )

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

        ends = QHBoxLayout()
        ends.addWidget(self.end_combo)
        ends.addWidget(self.count_spin)
        ends.addWidget(self.until_edit)
        ends.addStretch(1)
        form = QFormLayout()
        repeat = QHBoxLayout()  # the combo keeps its natural width, as the Ends row's
        repeat.addWidget(self.preset_combo)
        repeat.addStretch(1)
        repeat_label = QLabel(self.tr("&Repeat:"))
        repeat_label.setBuddy(self.preset_combo)
        form.addRow(repeat_label, repeat)
        ends_label = QLabel(self.tr("&Ends:"))
        ends_label.setBuddy(self.end_combo)
        form.addRow(ends_label, ends)
        form.addRow(self.tr("R&ule:"), self.rule_edit)
        form.addRow("", self.message)
        form.addRow(self.tr("Next dates:"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)

        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.rule_edit.textEdited.connect(self._rule_edited)
        self.end_combo.currentIndexChanged.connect(self._end_chosen)
        self.count_spin.valueChanged.connect(self._refresh)
        self.until_edit.dateChanged.connect(self._refresh)
        self._relabel()
        self._refresh()

    # -- public -------------------------------------------------------------------------------

    def preset(self) -> Preset:
        return Preset(self.preset_combo.currentData())

    def set_rule(self, rule: str | None, start: datetime | date | None, dated: bool = True) -> None:
        """Show a stored rule: the matching preset when one produces it exactly, else custom."""
        self._start, self._dated = start, dated
        self._relabel()
        bare, end, value = split_end(rule) if rule else (rule, None, None)
        preset = match_preset(bare, self._day() if dated else None)
        count = int(value) if end == "COUNT" and value and value.isdigit() else None
        last = until_day(value, self._zone) if end == "UNTIL" and value else None
        if end is not None and count is None and last is None:
            preset = Preset.CUSTOM  # an end the controls cannot show stays in the rule's text
        if preset is Preset.CUSTOM:
            self._custom_text = rule or ""
        for widget in (self.end_combo, self.count_spin, self.until_edit):
            widget.blockSignals(True)
        self._until_read = None
        self.end_combo.setCurrentIndex(0)
        if preset is not Preset.CUSTOM and count is not None:
            self.end_combo.setCurrentIndex(self.end_combo.findData(End.COUNT))
            self.count_spin.setValue(count)
        elif preset is not Preset.CUSTOM and last is not None and value:
            self.end_combo.setCurrentIndex(self.end_combo.findData(End.UNTIL))
            self.until_edit.setDate(QDate(last.year, last.month, last.day))
            self._until_read = (last, value)
        for widget in (self.end_combo, self.count_spin, self.until_edit):
            widget.blockSignals(False)
        self._stored = None
        self._select(preset)
        if rule:
            self._stored = (self._built(), rule)
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
        """The rule entered now: a preset's, or the custom text (normalised when it is valid);
        a stored rule shown unchanged comes back as it was written (its parts' order kept)."""
        built = self._built()
        if self._stored is not None and built == self._stored[0]:
            return self._stored[1]
        return built

    def _built(self) -> str | None:
        preset = self.preset()
        if preset is Preset.CUSTOM:
            text = self.rule_edit.text().strip()
            if not text:
                return None
            try:
                return validate_rrule(text)
            except InputError:
                return text
        rule = preset_rule(preset, self._day())
        return None if rule is None else rule + self._end_part()

    def _end_chosen(self) -> None:
        day = self._day()
        if self.end() is End.UNTIL and day is not None:
            shown = cast("date", self.until_edit.date().toPython())
            if shown < day:  # a first choice: three months on, to change
                later = min(day + timedelta(days=91), checks.LAST_DAY)
                self.until_edit.blockSignals(True)
                self.until_edit.setDate(QDate(later.year, later.month, later.day))
                self.until_edit.blockSignals(False)
        self._refresh()

    def end(self) -> End:
        return End(self.end_combo.currentData())

    def _end_part(self) -> str:
        end = self.end()
        if end is End.COUNT:
            return f";COUNT={self.count_spin.value()}"
        if end is End.UNTIL:
            day = cast("date", self.until_edit.date().toPython())
            if self._until_read is not None and self._until_read[0] == day:
                return f";UNTIL={self._until_read[1]}"  # as stored, not rewritten
            return f";UNTIL={until_value(day, isinstance(self._start, datetime), self._zone)}"
        return ""

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
        ends = self.preset() not in (Preset.NONE, Preset.CUSTOM)
        self.end_combo.setEnabled(ends)
        self.end_combo.setToolTip(
            "" if ends else self.tr("A custom rule says its end itself: COUNT=n or UNTIL=20261231.")
        )
        self.count_spin.setVisible(self.end() is End.COUNT)
        self.until_edit.setVisible(self.end() is End.UNTIL)
        self.count_spin.setEnabled(ends)
        self.until_edit.setEnabled(ends)
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
        rule = UTC_UNTIL.sub(self._wall_until, rule)
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

    def _wall_until(self, match: re.Match[str]) -> str:
        """An UNTIL in UTC as wall-clock time in the workspace's zone (the preview runs there)."""
        moment = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        local = moment.astimezone(self._zone) if self._zone is not None else moment
        return "UNTIL=" + local.strftime("%Y%m%dT%H%M%S")
