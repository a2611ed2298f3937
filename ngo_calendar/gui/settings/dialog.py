"""The workspace settings dialog: association, time zone, language and the editable lists.

The dialog starts from a `WorkspaceSnapshot` and gives back a `SettingsResult`; it never writes.
The caller stores the result with `core.settings_apply.apply_settings`, all of it or nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.ics.publish_state import Publication
from ngo_calendar.core.model.timing import all_zones
from ngo_calendar.core.review.rules import ReviewRules
from ngo_calendar.core.settings.apply import Removals, SettingsResult, WorkspaceSnapshot

from .publication_tab import PublicationTab
from .review_tab import ReviewTab
from .tabs import CampaignsTab, ChannelsTab, NamedTab, PeopleTab

MAX_PROBLEMS_SHOWN = 3


class SettingsDialog(QDialog):
    def __init__(self, current: WorkspaceSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workspace settings"))
        self._zones = all_zones()
        self._zone_set = set(self._zones)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(current), self.tr("General"))
        self.channels_tab = ChannelsTab(current.uses.channels)
        self.campaigns_tab = CampaignsTab(current.uses.campaigns)
        self.people_tab = PeopleTab()
        self.objectives_tab = NamedTab(
            self.tr("Objectives"),
            self.tr(
                "What the association's communication is for. Tagging items with an objective "
                "shows whether the plan is balanced."
            ),
            self.tr("Objective"),
            self._objective_note,
            current.uses.objectives,
        )
        self.audiences_tab = NamedTab(
            self.tr("Audiences"),
            self.tr("Who the association speaks to."),
            self.tr("Audience"),
            self._audience_note,
            current.uses.audiences,
        )
        self.review_tab = ReviewTab(current.review or ReviewRules())
        self.publication_tab = PublicationTab(current.publication or Publication())
        for tab, label in (
            (self.channels_tab, self.tr("Channels")),
            (self.campaigns_tab, self.tr("Campaigns")),
            (self.people_tab, self.tr("People")),
            (self.objectives_tab, self.tr("Objectives")),
            (self.audiences_tab, self.tr("Audiences")),
            (self.review_tab, self.tr("Validation")),
            (self.publication_tab, self.tr("Publication")),
        ):
            self.tabs.addTab(tab, label)

        self.channels_tab.table.set_entries(current.channels)
        self.objectives_tab.table.set_entries(current.objectives)
        self.audiences_tab.table.set_entries(current.audiences)
        self.campaigns_tab.set_objectives(self.objectives_tab.table.keyed_names())
        self.campaigns_tab.table.set_entries(current.campaigns)
        self.people_tab.table.set_entries(current.people)
        self._review_lists()
        self.tabs.currentChanged.connect(lambda *_: self._review_lists())

        self.problem_icon = QLabel()
        self.problem_icon.setPixmap(self._warning_icon().pixmap(16, 16))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        self.ok_button = ok

        bottom = QHBoxLayout()
        bottom.addWidget(self.problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.problem_label, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for tab in self._list_tabs():
            tab.table.changed.connect(self._validate)
        self.objectives_tab.table.changed.connect(self._objectives_changed)
        self.association.textChanged.connect(self._validate)
        self.timezone.currentTextChanged.connect(self._validate)
        self.resize(900, 540)
        self._validate()

    # --- what the dialog gives back -----------------------------------------------------------

    def show_tab(self, name: str) -> None:
        found = self.findChild(QWidget, name)
        if found is not None:
            self.tabs.setCurrentWidget(found)

    def _review_lists(self) -> None:
        """The Validation tab offers the channels and campaigns as their tabs hold them."""
        self.review_tab.set_lists(
            [row for row in self.channels_tab.table.keyed_names() if row[1]],
            [row for row in self.campaigns_tab.table.keyed_names() if row[1]],
        )

    def result_value(self) -> SettingsResult:
        self._review_lists()
        return SettingsResult(
            association=self.association.text().strip(),
            timezone=self.timezone.currentText().strip(),
            language=str(self.language.currentData()),
            channels=self.channels_tab.table.entries(),
            campaigns=self.campaigns_tab.table.entries(),
            people=self.people_tab.table.entries(),
            objectives=self.objectives_tab.table.entries(),
            audiences=self.audiences_tab.table.entries(),
            removed=Removals(
                channels=self.channels_tab.table.removed_ids(),
                campaigns=self.campaigns_tab.table.removed_ids(),
                people=self.people_tab.table.removed_ids(),
                objectives=self.objectives_tab.table.removed_ids(),
                audiences=self.audiences_tab.table.removed_ids(),
            ),
            review=self.review_tab.rules(),
            publication=self.publication_tab.publication(),
        )

    def problems(self) -> list[str]:
        """Why OK is disabled, in the order of the tabs; empty when the values can be saved."""
        return [problem for _, found in self._problems_by_tab() for problem in found]

    # --- the General tab ----------------------------------------------------------------------

    def _general_tab(self, current: WorkspaceSnapshot) -> QWidget:
        page = QWidget()
        self.association = QLineEdit(current.association)
        self.association.setPlaceholderText(self.tr("Name of the association"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.setMaxVisibleItems(15)
        self.timezone.addItems(self._zones)
        # Typing "paris" or "montr" is enough: match anywhere in the name, any case.
        completer = QCompleter(self._zones, self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        index = self.timezone.findText(current.timezone)
        if index >= 0:
            self.timezone.setCurrentIndex(index)
        else:
            self.timezone.setEditText(current.timezone)
        self.language = QComboBox()
        # Each language is named in itself, as people look for their own.
        self.language.addItem(self.tr("Français", "language name, keep in French"), "fr")
        self.language.addItem(self.tr("English", "language name, keep in English"), "en")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))

        form = QFormLayout(page)
        form.addRow(self.tr("Association name:"), self.association)
        form.addRow(self.tr("Time zone:"), self.timezone)
        form.addRow("", self._note(self.tr("Times in the calendar are read in this zone.")))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(
            "",
            self._note(
                self.tr("The language of the window and of the lists a new workspace starts with.")
            ),
        )
        return page

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setEnabled(False)  # the style's muted colour
        return label

    # --- validation ---------------------------------------------------------------------------

    def _list_tabs(self) -> list[ChannelsTab | CampaignsTab | PeopleTab | NamedTab]:
        return [
            self.channels_tab,
            self.campaigns_tab,
            self.people_tab,
            self.objectives_tab,
            self.audiences_tab,
        ]

    def _general_problems(self) -> list[str]:
        zone = self.timezone.currentText().strip()
        if zone in self._zone_set:
            return []
        return [
            self.tr(
                'Time zone: "{zone}" is not known; pick one from the list, such as Europe/Paris.'
            ).format(zone=zone)
        ]

    def _problems_by_tab(self) -> list[tuple[int, list[str]]]:
        found = [(0, self._general_problems())]
        for tab in self._list_tabs():
            found.append((self.tabs.indexOf(tab), tab.problems()))
        return found

    def _validate(self) -> None:
        problems: list[str] = []
        for index, found in self._problems_by_tab():
            # A warning sign on the tab says where to look when the problem is on another tab.
            self.tabs.setTabIcon(index, self._warning_icon() if found else QIcon())
            problems.extend(found)
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(
                self.tr("(and %n more)", "", len(problems) - len(shown)),
            )
        text = "\n".join(shown)
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(problems))
        self.problem_icon.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(text)

    def _objectives_changed(self) -> None:
        self.campaigns_tab.set_objectives(self.objectives_tab.table.keyed_names())

    def _objective_note(self, name: str, count: int) -> str:
        return self.tr(
            'Removing "{name}" leaves its %n item(s) in the calendar, without an objective.',
            "",
            count,
        ).format(name=name)

    def _audience_note(self, name: str, count: int) -> str:
        return self.tr(
            'Removing "{name}" takes it off %n item(s); the items stay in the calendar.',
            "",
            count,
        ).format(name=name)

    def _warning_icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def edit_settings(
    parent: QWidget | None, current: WorkspaceSnapshot
) -> tuple[SettingsResult | None, bool]:
    """Show the dialog; returns (the values, True) on OK, (None, False) on Cancel."""
    dialog = SettingsDialog(current, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.result_value(), True
    finally:
        dialog.deleteLater()
