"""The list tabs of the settings dialog: channels, campaigns, people, objectives, audiences.

Each tab is the `RowSpec` of its `RowsTable`: it builds the editors of a row and turns them into
the core's entry dataclasses and back. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import cast

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from ngo_calendar.core.model import checks
from ngo_calendar.core.model.domain import DEFAULT_CHAR_LIMITS, ChannelKind, Role
from ngo_calendar.core.settings.apply import CampaignEntry, ChannelEntry, NamedEntry, PersonEntry

from .rows import RowsTable
from .widgets import ColourButton, OptionalDateEdit

# Core's limits: the window offers no value core would refuse.
MAX_CHAR_LIMIT = checks.MAX_CHAR_LIMIT
MAX_WEEKLY = checks.MAX_WEEKLY_TARGET


def _tab_layout(widget: QWidget, intro: str, table: RowsTable) -> None:
    layout = QVBoxLayout(widget)
    label = QLabel(intro)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(table, 1)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class ChannelsTab(QWidget):
    """Channels: kind, colour, character limit (0 = none) and posts per week (0 = no target)."""

    def __init__(self, uses: Mapping[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uses = uses
        self.title = self.tr("Channels")
        self.table = RowsTable(
            self,
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Colour"),
                self.tr("Character limit"),
                self.tr("Posts per week"),
            ],
            movable=True,
            placeholder=self.tr("Channel name"),
        )
        intro = self.tr(
            "The channels where the association publishes. Posts per week is the regular "
            "presence to keep on each one, so that none falls silent."
        )
        _tab_layout(self, intro, self.table)

    def _kind_labels(self) -> dict[ChannelKind, str]:
        return {
            ChannelKind.FACEBOOK: self.tr("Facebook"),
            ChannelKind.INSTAGRAM: self.tr("Instagram"),
            ChannelKind.X: self.tr("X (Twitter)"),
            ChannelKind.LINKEDIN: self.tr("LinkedIn"),
            ChannelKind.TIKTOK: self.tr("TikTok"),
            ChannelKind.MASTODON: self.tr("Mastodon"),
            ChannelKind.BLUESKY: self.tr("Bluesky"),
            ChannelKind.YOUTUBE: self.tr("YouTube"),
            ChannelKind.NEWSLETTER: self.tr("Newsletter"),
            ChannelKind.WEBSITE: self.tr("Website or blog"),
            ChannelKind.PRESS: self.tr("Press release"),
            ChannelKind.EVENT: self.tr("Event (IRL)"),
        }

    def make_cells(self, notify: Callable[[], None]) -> list[QWidget]:
        kind = QComboBox()
        for value, label in self._kind_labels().items():
            kind.addItem(label, value.value)
        colour = ColourButton()
        limit = QSpinBox()
        limit.setRange(0, MAX_CHAR_LIMIT)
        limit.setSpecialValueText(self.tr("No limit"))
        limit.setSingleStep(10)
        weekly = QSpinBox()
        weekly.setRange(0, MAX_WEEKLY)
        weekly.setSpecialValueText(self.tr("No target"))

        def kind_picked(_: int) -> None:
            # A new kind brings its platform's limit; the person can still change it after.
            default = DEFAULT_CHAR_LIMITS[ChannelKind(kind.currentData())]
            limit.setValue(default or 0)

        kind.activated.connect(kind_picked)
        kind.currentIndexChanged.connect(notify)
        colour.colour_changed.connect(notify)
        limit.valueChanged.connect(notify)
        weekly.valueChanged.connect(notify)
        return [kind, colour, limit, weekly]

    def show_entry(self, cells: list[QWidget], entry: ChannelEntry) -> None:
        kind, colour, limit, weekly = self._typed(cells)
        _select(kind, entry.kind)
        colour.set_colour(entry.colour)
        limit.setValue(entry.char_limit or 0)
        weekly.setValue(entry.weekly_target)

    def read_entry(self, cells: list[QWidget], entry_id: int | None, name: str) -> ChannelEntry:
        kind, colour, limit, weekly = self._typed(cells)
        return ChannelEntry(
            entry_id,
            name,
            kind.currentData(),
            colour.colour(),
            limit.value() or None,
            weekly.value(),
        )

    def new_entry(self) -> ChannelEntry:
        kind = ChannelKind.FACEBOOK
        return ChannelEntry(None, "", kind.value, "#607d8b", DEFAULT_CHAR_LIMITS[kind], 0)

    def removal_blocked(self, entry_id: int | None, name: str) -> str | None:
        count = self._uses.get(entry_id or 0, 0)
        if not count:
            return None
        return self.tr(
            '"{name}" is used by %n item(s): move them to another channel before removing it.',
            "",
            count,
        ).format(name=name)

    def removal_note(self, entry_id: int | None, name: str) -> str | None:
        return None

    def problems(self) -> list[str]:
        return self.table.name_problems(self.title)

    @staticmethod
    def _typed(cells: list[QWidget]) -> tuple[QComboBox, ColourButton, QSpinBox, QSpinBox]:
        return cast(tuple[QComboBox, ColourButton, QSpinBox, QSpinBox], tuple(cells))


class CampaignsTab(QWidget):
    """Campaigns: colour, objective (one of the Objectives tab, followed through renames) and
    optional start and end dates."""

    def __init__(self, uses: Mapping[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uses = uses
        self._objectives: list[tuple[int, str]] = []
        self.title = self.tr("Campaigns")
        self.table = RowsTable(
            self,
            [
                self.tr("Name"),
                self.tr("Colour"),
                self.tr("Objective"),
                self.tr("Starts"),
                self.tr("Ends"),
            ],
            movable=False,
            placeholder=self.tr("Campaign name"),
        )
        intro = self.tr(
            "A campaign groups the items of one effort (an appeal, an event, an awareness day) "
            "so that it stands out in the calendar."
        )
        _tab_layout(self, intro, self.table)

    def set_objectives(self, objectives: Sequence[tuple[int, str]]) -> None:
        """Refresh every objective choice, keeping each row's choice by key (renames follow)."""
        self._objectives = list(objectives)
        for row in range(self.table.row_count()):
            combo = self._typed(self.table.cells(row))[1]
            self._fill_objectives(combo, combo.currentData())

    def _fill_objectives(self, combo: QComboBox, key: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for objective_key, name in self._objectives:
            combo.addItem(name, objective_key)
        _select(combo, key)
        combo.blockSignals(False)

    def make_cells(self, notify: Callable[[], None]) -> list[QWidget]:
        colour = ColourButton("#8e24aa")
        objective = QComboBox()
        self._fill_objectives(objective, None)
        starts, ends = OptionalDateEdit(), OptionalDateEdit()
        colour.colour_changed.connect(notify)
        objective.currentIndexChanged.connect(notify)
        starts.changed.connect(notify)
        ends.changed.connect(notify)
        return [colour, objective, starts, ends]

    def show_entry(self, cells: list[QWidget], entry: CampaignEntry) -> None:
        colour, objective, starts, ends = self._typed(cells)
        colour.set_colour(entry.colour)
        key = next((k for k, name in self._objectives if name == entry.objective), None)
        _select(objective, key)
        starts.set_date(entry.starts_on)
        ends.set_date(entry.ends_on)

    def read_entry(self, cells: list[QWidget], entry_id: int | None, name: str) -> CampaignEntry:
        colour, objective, starts, ends = self._typed(cells)
        names = dict(self._objectives)
        key = objective.currentData()
        return CampaignEntry(
            entry_id,
            name,
            colour.colour(),
            names.get(key) if key is not None else None,
            starts.value(),
            ends.value(),
        )

    def new_entry(self) -> CampaignEntry:
        return CampaignEntry(None, "", "#8e24aa", None, None, None)

    def removal_blocked(self, entry_id: int | None, name: str) -> str | None:
        return None

    def removal_note(self, entry_id: int | None, name: str) -> str | None:
        count = self._uses.get(entry_id or 0, 0)
        if not count:
            return None
        return self.tr(
            'Removing "{name}" leaves its %n item(s) in the calendar, without a campaign.',
            "",
            count,
        ).format(name=name)

    def problems(self) -> list[str]:
        problems = self.table.name_problems(self.title)
        for entry in self.table.entries():
            if entry.starts_on and entry.ends_on and entry.ends_on < entry.starts_on:
                problems.append(
                    self.tr('Campaigns: "{name}" ends before it starts.').format(
                        name=entry.name or self.tr("(no name)")
                    )
                )
        return problems

    @staticmethod
    def _typed(
        cells: list[QWidget],
    ) -> tuple[ColourButton, QComboBox, OptionalDateEdit, OptionalDateEdit]:
        return cast(
            tuple[ColourButton, QComboBox, OptionalDateEdit, OptionalDateEdit], tuple(cells)
        )


class PeopleTab(QWidget):
    """The people who edit or review, for attribution (there is no login)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("People")
        self.table = RowsTable(
            self,
            [self.tr("Name"), self.tr("Role")],
            movable=False,
            placeholder=self.tr("First name, or first and last name"),
        )
        intro = self.tr(
            "Who writes and who gives the go-ahead. Editors prepare the posts; a reviewer gives "
            'the light "ok" before they go out.'
        )
        _tab_layout(self, intro, self.table)

    def make_cells(self, notify: Callable[[], None]) -> list[QWidget]:
        role = QComboBox()
        role.addItem(self.tr("Editor"), Role.EDITOR.value)
        role.addItem(self.tr("Reviewer"), Role.REVIEWER.value)
        role.currentIndexChanged.connect(notify)
        return [role]

    def show_entry(self, cells: list[QWidget], entry: PersonEntry) -> None:
        _select(cast(QComboBox, cells[0]), entry.role)

    def read_entry(self, cells: list[QWidget], entry_id: int | None, name: str) -> PersonEntry:
        return PersonEntry(entry_id, name, cast(QComboBox, cells[0]).currentData())

    def new_entry(self) -> PersonEntry:
        return PersonEntry(None, "", Role.EDITOR.value)

    def removal_blocked(self, entry_id: int | None, name: str) -> str | None:
        return None

    def removal_note(self, entry_id: int | None, name: str) -> str | None:
        return None

    def problems(self) -> list[str]:
        return self.table.name_problems(self.title)


class NamedTab(QWidget):
    """Objectives or audiences: an ordered list of names. The texts come from the dialog, which
    says which of the two this tab is."""

    def __init__(
        self,
        title: str,
        intro: str,
        placeholder: str,
        note: Callable[[str, int], str],
        uses: Mapping[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self._note = note  # (name, count of items) -> what removing it does
        self._uses = uses
        self.table = RowsTable(self, [self.tr("Name")], movable=True, placeholder=placeholder)
        _tab_layout(self, intro, self.table)

    def make_cells(self, notify: Callable[[], None]) -> list[QWidget]:
        return []

    def show_entry(self, cells: list[QWidget], entry: NamedEntry) -> None:
        pass

    def read_entry(self, cells: list[QWidget], entry_id: int | None, name: str) -> NamedEntry:
        return NamedEntry(entry_id, name)

    def new_entry(self) -> NamedEntry:
        return NamedEntry(None, "")

    def removal_blocked(self, entry_id: int | None, name: str) -> str | None:
        return None

    def removal_note(self, entry_id: int | None, name: str) -> str | None:
        count = self._uses.get(entry_id or 0, 0)
        return self._note(name, count) if count else None

    def problems(self) -> list[str]:
        return self.table.name_problems(self.title)
