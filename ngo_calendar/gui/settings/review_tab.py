"""The Validation tab of the settings dialog: whether items go through review (never, always,
or only on chosen channels, campaigns and sensitivities), silent approval N hours before
publication, and whether an approved item that changes goes back to review.

Channels and campaigns are offered as the other tabs hold them now (a channel renamed there
keeps its tick here); core checks the names again when the dialog is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.model.domain import Sensitivity
from ngo_calendar.core.review.rules import MODES, ReviewRules

from ..common.labels import sensitivity_label

MAX_HOURS = 24 * 60  # core's limit (core.review.update_rules)
DEFAULT_SILENT_HOURS = 24


class ReviewTab(QWidget):
    def __init__(self, rules: ReviewRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewTab")
        intro = QLabel(
            self.tr(
                "A second pair of eyes before a post goes out, without slowing the association "
                "down: one reviewer, one click, and nothing waits forever."
            )
        )
        intro.setWordWrap(True)
        self.mode_buttons = QButtonGroup(self)
        texts = {
            "off": self.tr("No validation: items are approved by whoever plans them"),
            "all": self.tr("Every item is reviewed before it goes out"),
            "rules": self.tr("Only items on these channels, campaigns or sensitivities:"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for index, mode in enumerate(MODES):
            button = QRadioButton(texts[mode])
            button.setObjectName(f"reviewMode_{mode}")
            self.mode_buttons.addButton(button, index)
            layout.addWidget(button)
        self.channels = self._checklist("reviewChannels")
        self.campaigns = self._checklist("reviewCampaigns")
        self.sensitivities = self._checklist("reviewSensitivities")
        for value in Sensitivity:
            self._add(self.sensitivities, sensitivity_label(value), value.value)
        lists = QGridLayout()
        for column, (title, widget) in enumerate(
            (
                (self.tr("Channels"), self.channels),
                (self.tr("Campaigns"), self.campaigns),
                (self.tr("Sensitivity"), self.sensitivities),
            )
        ):
            lists.addWidget(QLabel(title), 0, column)
            lists.addWidget(widget, 1, column)
        lists.setContentsMargins(24, 0, 0, 0)
        layout.addLayout(lists, 1)

        self.silent = QCheckBox(self.tr("Approve silently what is still waiting"))
        self.silent.setObjectName("silentApproval")
        self.silent_hours = QSpinBox()
        self.silent_hours.setObjectName("silentHours")
        self.silent_hours.setRange(1, MAX_HOURS)
        self.silent_hours.setSuffix(self.tr(" h"))
        silent_row = QHBoxLayout()
        silent_row.addWidget(self.silent)
        silent_row.addWidget(self.silent_hours)
        silent_row.addWidget(QLabel(self.tr("before publication")))
        silent_row.addStretch(1)
        layout.addLayout(silent_row)
        note = QLabel(
            self.tr(
                "It happens when the app or a command opens the workspace, with a line in the "
                "item's history; the queue shows when."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # the style's muted colour
        layout.addWidget(note)
        self.reopen = QCheckBox(
            self.tr("An approved item whose text or date changes goes back to review")
        )
        self.reopen.setObjectName("reopenOnChange")
        layout.addWidget(self.reopen)

        self._show(rules)
        self.mode_buttons.idToggled.connect(lambda *_: self._enable())
        self.silent.toggled.connect(lambda *_: self._enable())
        self._enable()

    # -- the values ----------------------------------------------------------------------------
    def _show(self, rules: ReviewRules) -> None:
        self.mode_buttons.button(MODES.index(rules.mode)).setChecked(True)
        self._wanted_channels = set(rules.channels)
        self._wanted_campaigns = set(rules.campaigns)
        for item in self._items(self.sensitivities):
            item.setCheckState(_ticked(item.data(Qt.ItemDataRole.UserRole) in rules.sensitivities))
        self.silent.setChecked(rules.silent_after_hours is not None)
        self.silent_hours.setValue(rules.silent_after_hours or DEFAULT_SILENT_HOURS)
        self.reopen.setChecked(rules.reopen_on_change)

    def set_lists(self, channels: list[tuple[int, str]], campaigns: list[tuple[int, str]]) -> None:
        """The channels and campaigns as the other tabs hold them: (key, name), the key
        following a row through renames (settings_rows). A ticked row stays ticked."""
        for widget, rows, wanted in (
            (self.channels, channels, self._wanted_channels),
            (self.campaigns, campaigns, self._wanted_campaigns),
        ):
            shown = self._items(widget)
            known = {item.data(Qt.ItemDataRole.UserRole) for item in shown}
            ticked = {item.data(Qt.ItemDataRole.UserRole) for item in shown if _is_on(item)}
            widget.clear()
            for key, name in rows:
                on = key in ticked if key in known else name in wanted
                self._add(widget, name, key).setCheckState(_ticked(on))

    def rules(self) -> ReviewRules:
        hours = self.silent_hours.value() if self.silent.isChecked() else None
        return ReviewRules(
            mode=MODES[self.mode_buttons.checkedId()],
            channels=tuple(self._checked(self.channels)),
            campaigns=tuple(self._checked(self.campaigns)),
            sensitivities=tuple(self._checked(self.sensitivities, data=True)),
            silent_after_hours=hours,
            reopen_on_change=self.reopen.isChecked(),
        )

    # -- helpers -------------------------------------------------------------------------------
    def _enable(self) -> None:
        chosen = MODES[self.mode_buttons.checkedId()]
        for widget in (self.channels, self.campaigns, self.sensitivities):
            widget.setEnabled(chosen == "rules")
        for box in (self.silent, self.reopen):
            box.setEnabled(chosen != "off")
        self.silent_hours.setEnabled(chosen != "off" and self.silent.isChecked())

    @staticmethod
    def _checklist(name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        return widget

    @staticmethod
    def _add(widget: QListWidget, text: str, key: object) -> QListWidgetItem:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    @staticmethod
    def _items(widget: QListWidget) -> list[QListWidgetItem]:
        return [widget.item(row) for row in range(widget.count())]

    def _checked(self, widget: QListWidget, data: bool = False) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole)) if data else item.text()
            for item in self._items(widget)
            if item.checkState() == Qt.CheckState.Checked
        ]


def _is_on(item: QListWidgetItem) -> bool:
    return item.checkState() == Qt.CheckState.Checked


def _ticked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
