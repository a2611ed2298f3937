"""The General tab: title, kind, channels, when, status, sensitivity and the planning lists."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import (
    AllDay,
    ItemDraft,
    ItemKind,
    Sensitivity,
    Start,
    Status,
    Timed,
)
from ngo_calendar.core.workspace import ChannelInfo

from ..common.labels import kind_label, sensitivity_help, sensitivity_label, status_label
from ..common.time_box import TimeBox

NAME_ROLE = Qt.ItemDataRole.UserRole
NO_DURATION = -1  # the duration spin box's "not set" value: a draft's duration may be None
DEFAULT_TIME = time(9, 0)
# Core's limits: the editor offers no value core would refuse.
MAX_DURATION_MINUTES = checks.MAX_DURATION_MINUTES
MAX_DAYS = checks.MAX_DAYS


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class _CheckList(QListWidget):
    """Checkable names that remember the order in which they were ticked.

    The services keep a draft's channel order (the first channel is the main one), so loading a
    draft and returning it must not re-sort its names.
    """

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self.itemChanged.connect(self._item_changed)

    def add_name(self, name: str, tooltip: str = "", icon: QIcon | None = None) -> None:
        item = QListWidgetItem(name)
        item.setData(NAME_ROLE, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if tooltip:
            item.setToolTip(tooltip)
        if icon is not None:
            item.setIcon(icon)
        self.blockSignals(True)
        self.addItem(item)
        self.blockSignals(False)

    def names(self) -> list[str]:
        return [self.item(i).data(NAME_ROLE) for i in range(self.count())]

    def checked(self) -> list[str]:
        return list(self._order)

    def set_checked(self, names: list[str], unknown_tooltip: str) -> None:
        for name in names:
            if name not in self.names():
                self.add_name(name, unknown_tooltip)
        wanted = set(names)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            state = (
                Qt.CheckState.Checked if item.data(NAME_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
        self.blockSignals(False)
        self._order = list(dict.fromkeys(names))
        self.toggled.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(NAME_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and name not in self._order:
            self._order.append(name)
        elif not checked and name in self._order:
            self._order.remove(name)
        else:
            return
        self.toggled.emit()


def _fill_names(combo: QComboBox, names: list[str], none_text: str) -> None:
    combo.addItem(none_text, None)
    for name in names:
        combo.addItem(name, name)


def _select_name(combo: QComboBox, name: str | None) -> None:
    """Select `name`, adding it when the workspace list lacks it, so that nothing is dropped."""
    index = combo.findData(name)
    if index < 0:
        assert name is not None  # "none" is the combo's first entry (_fill_names)
        combo.addItem(name, name)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class GeneralTab(QWidget):
    changed = Signal()  # anything the dialog's own checks look at
    channels_changed = Signal()
    start_changed = Signal()

    def __init__(
        self,
        channels: list[ChannelInfo],
        campaigns: list[str],
        objectives: list[str],
        audiences: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(checks.TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("What is this post or event about?"))
        self.kind_combo = QComboBox()
        for kind in ItemKind:
            self.kind_combo.addItem(kind_label(kind), kind)

        self.channel_list = _CheckList()
        for info in channels:
            limit = (
                self.tr("Limit: %1 characters").replace("%1", str(info.char_limit))
                if info.char_limit is not None
                else self.tr("No character limit")
            )
            self.channel_list.add_name(info.name, limit, _swatch(info.colour))
        self.audience_list = _CheckList()
        for name in audiences:
            self.audience_list.add_name(name)

        self.no_date_check = QCheckBox(self.tr("&No date (idea backlog)"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        first, last = checks.FIRST_DAY, checks.LAST_DAY
        self.date_edit.setDateRange(
            QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
        )
        self.all_day_check = QCheckBox(self.tr("&All day"))
        self.time_edit = TimeBox()
        self.time_edit.setDisplayFormat("HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(NO_DURATION, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSpecialValueText(self.tr("Not set"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)

        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.sensitivity_combo = QComboBox()
        for row, sensitivity in enumerate(Sensitivity):
            self.sensitivity_combo.addItem(sensitivity_label(sensitivity), sensitivity)
            self.sensitivity_combo.setItemData(
                row, sensitivity_help(sensitivity), Qt.ItemDataRole.ToolTipRole
            )
        self.campaign_combo = QComboBox()
        _fill_names(self.campaign_combo, campaigns, self.tr("(no campaign)"))
        self.objective_combo = QComboBox()
        _fill_names(self.objective_combo, objectives, self.tr("(no objective)"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. gala, spring 2026"))

        self._lay_out()
        self._wire()
        self.set_start(None, None, 1)

    def _lay_out(self) -> None:
        top = QFormLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        kind_label_widget = QLabel(self.tr("&Kind:"))
        kind_label_widget.setBuddy(self.kind_combo)
        title_row.addWidget(kind_label_widget)
        title_row.addWidget(self.kind_combo)
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_edit)
        top.addRow(title_label, title_row)

        when = QGroupBox(self.tr("When"))
        grid = QGridLayout(when)
        grid.addWidget(self.no_date_check, 0, 0, 1, 4)
        for row, (text, field, extra_text, extra) in enumerate(
            (
                (self.tr("&Date:"), self.date_edit, None, self.all_day_check),
                (self.tr("T&ime:"), self.time_edit, self.tr("D&uration:"), self.duration_spin),
                (self.tr("Da&ys:"), self.days_spin, None, None),
            ),
            start=1,
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            if extra_text and extra is not None:
                extra_label = QLabel(extra_text)
                extra_label.setBuddy(extra)
                grid.addWidget(extra_label, row, 2)
                grid.addWidget(extra, row, 3)
            elif extra is not None:
                grid.addWidget(extra, row, 2, 1, 2)
        grid.setColumnStretch(4, 1)

        planning = QFormLayout()
        planning.addRow(self.tr("&Status:"), self.status_combo)
        planning.addRow(self.tr("C&risis sensitivity:"), self.sensitivity_combo)
        planning.addRow(self.tr("Ca&mpaign:"), self.campaign_combo)
        planning.addRow(self.tr("&Objective:"), self.objective_combo)
        planning.addRow(self.tr("Ta&gs:"), self.tags_edit)

        left = QVBoxLayout()
        left.addWidget(when)
        left.addLayout(planning)
        left.addStretch(1)

        channels_box = QGroupBox(self.tr("&Channels"))
        QVBoxLayout(channels_box).addWidget(self.channel_list)
        audiences_box = QGroupBox(self.tr("Audi&ences"))
        QVBoxLayout(audiences_box).addWidget(self.audience_list)
        right = QVBoxLayout()
        right.addWidget(channels_box, 3)
        right.addWidget(audiences_box, 2)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

        # Reading order: title, then when, then the rest of the left column, then the lists.
        chain = [
            self.title_edit,
            self.kind_combo,
            self.no_date_check,
            self.date_edit,
            self.all_day_check,
            self.time_edit,
            self.duration_spin,
            self.days_spin,
            self.status_combo,
            self.sensitivity_combo,
            self.campaign_combo,
            self.objective_combo,
            self.tags_edit,
            self.channel_list,
            self.audience_list,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.title_edit.textChanged.connect(self.changed)
        self.channel_list.toggled.connect(self.channels_changed)
        self.channel_list.toggled.connect(self.changed)
        for signal in (
            self.no_date_check.toggled,
            self.all_day_check.toggled,
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
        ):
            signal.connect(self._start_edited)
        self.sensitivity_combo.currentIndexChanged.connect(
            lambda: self.sensitivity_combo.setToolTip(sensitivity_help(self.sensitivity()))
        )

    # -- loading ------------------------------------------------------------------------------

    def load(self, draft: ItemDraft) -> None:
        self.title_edit.setText(draft.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(draft.kind))
        unknown = self.tr("Not in this workspace's lists")
        self.channel_list.set_checked(draft.channels, unknown)
        self.audience_list.set_checked(draft.audiences, unknown)
        self.set_start(draft.start, draft.duration_minutes, draft.days)
        self.status_combo.setCurrentIndex(self.status_combo.findData(draft.status))
        self.sensitivity_combo.setCurrentIndex(self.sensitivity_combo.findData(draft.sensitivity))
        self.sensitivity_combo.setToolTip(sensitivity_help(draft.sensitivity))
        _select_name(self.campaign_combo, draft.campaign)
        _select_name(self.objective_combo, draft.objective)
        self.tags_edit.setText(", ".join(draft.tags))

    def set_channels(self, names: list[str]) -> None:
        self.channel_list.set_checked(names, self.tr("Not in this workspace's lists"))

    def set_start(self, start: Start, duration: int | None, days: int) -> None:
        widgets = (self.no_date_check, self.all_day_check, self.date_edit, self.time_edit)
        for widget in widgets:
            widget.blockSignals(True)
        day = date.today()
        clock = DEFAULT_TIME
        if isinstance(start, Timed):
            day, clock = start.local.date(), start.local.time()
        elif isinstance(start, AllDay):
            day = start.day
        self.no_date_check.setChecked(start is None)
        self.all_day_check.setChecked(isinstance(start, AllDay))
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.time_edit.setTime(QTime(clock.hour, clock.minute, clock.second))
        self.duration_spin.setValue(NO_DURATION if duration is None else duration)
        self.days_spin.setValue(days)
        for widget in widgets:
            widget.blockSignals(False)
        self._start_edited()

    # -- reading ------------------------------------------------------------------------------

    def kind(self) -> ItemKind:
        return ItemKind(self.kind_combo.currentData())

    def status(self) -> Status:
        return Status(self.status_combo.currentData())

    def sensitivity(self) -> Sensitivity:
        return Sensitivity(self.sensitivity_combo.currentData())

    def campaign(self) -> str | None:
        return self.campaign_combo.currentData()

    def objective(self) -> str | None:
        return self.objective_combo.currentData()

    def tags(self) -> list[str]:
        return [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]

    def dated(self) -> bool:
        return not self.no_date_check.isChecked()

    def shown_start(self) -> datetime | date:
        """The date (and time) in the fields, even while "No date" is ticked."""
        # PySide6 types what toPython() gives as object.
        day = cast("date", self.date_edit.date().toPython())
        if self.all_day_check.isChecked():
            return day
        return datetime.combine(day, cast("time", self.time_edit.time().toPython()))

    def start(self) -> Start:
        if not self.dated():
            return None
        shown = self.shown_start()
        return Timed(shown) if isinstance(shown, datetime) else AllDay(shown)

    def duration(self) -> int | None:
        value = self.duration_spin.value()
        return None if value == NO_DURATION else value

    def focus_target(self, field: str) -> QWidget | None:
        targets: dict[str, QWidget] = {
            "title": self.title_edit,
            "kind": self.kind_combo,
            "channel": self.channel_list,
            "channels": self.channel_list,
            "start": self.time_edit if self.time_edit.isEnabled() else self.date_edit,
            "date": self.date_edit,
            "time": self.time_edit,
            "duration": self.duration_spin,
            "duration_minutes": self.duration_spin,
            "days": self.days_spin,
            "status": self.status_combo,
            "sensitivity": self.sensitivity_combo,
            "campaign": self.campaign_combo,
            "objective": self.objective_combo,
            "audience": self.audience_list,
            "audiences": self.audience_list,
            "tags": self.tags_edit,
            "tag": self.tags_edit,
        }
        return targets.get(field)

    def _start_edited(self) -> None:
        dated = self.dated()
        all_day = self.all_day_check.isChecked()
        self.date_edit.setEnabled(dated)
        self.all_day_check.setEnabled(dated)
        self.time_edit.setEnabled(dated and not all_day)
        self.duration_spin.setEnabled(dated and not all_day)
        self.days_spin.setEnabled(dated and all_day)
        self.start_changed.emit()
        self.changed.emit()
