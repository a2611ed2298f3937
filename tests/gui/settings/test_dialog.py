"""The settings dialog driven through its real widgets, then stored with apply_settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ngo_calendar.core import workspace
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import ItemDraft
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.gui.settings import dialog as settings_dialog
from ngo_calendar.gui.settings.dialog import SettingsDialog, edit_settings
from ngo_calendar.gui.settings.rows import RowsTable
from ngo_calendar.gui.settings.widgets import ColourButton, OptionalDateEdit
from ngo_calendar.store import Database

LEFT = Qt.MouseButton.LeftButton


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """keyClicks for French text: QTest only maps ASCII to keys, so accents go as key events
    carrying their text, as a keyboard layout would send them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def _open(qtbot: QtBot, db: Database) -> SettingsDialog:
    dialog = SettingsDialog(settings_apply.workspace_snapshot(db))
    qtbot.addWidget(dialog)
    # Focus moves (which select a table's row) only reach an active window.
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _add(qtbot: QtBot, table: RowsTable, name: str) -> int:
    qtbot.mouseClick(table.add_button, LEFT)
    row = table.row_count() - 1
    # The cursor lands in the new name (the window's focus widget, even when offscreen).
    assert table.window().focusWidget() is table.name_edit(row)
    _type(qtbot, table.name_edit(row), name)
    return row


def _row(table: RowsTable, name: str) -> int:
    return next(r for r in range(table.row_count()) if table.name_edit(r).text() == name)


def _select(qtbot: QtBot, table: RowsTable, name: str) -> None:
    """Click into a row, as a person would: its tab first, then its name."""
    tab = table.parentWidget()
    tabs = tab.parentWidget().parentWidget()
    assert isinstance(tabs, QTabWidget)
    tabs.setCurrentWidget(tab)
    qtbot.mouseClick(table.name_edit(_row(table, name)), LEFT)


def test_edit_everything_then_apply(
    qtbot: QtBot, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, cdb)

    # General: a new association name, typed.
    dialog.association.clear()
    qtbot.keyClicks(dialog.association, "Les Amis du Quartier")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))

    # Channels: add Mastodon (its kind brings its limit), pick a colour, change Facebook's limit.
    channels = dialog.channels_tab.table
    dialog.tabs.setCurrentWidget(dialog.channels_tab)
    row = _add(qtbot, channels, "Mastodon")
    kind, colour, limit, weekly = channels.cells(row)
    assert isinstance(kind, QComboBox) and isinstance(colour, ColourButton)
    assert isinstance(limit, QSpinBox) and isinstance(weekly, QSpinBox)
    kind.setFocus()
    qtbot.keyClicks(kind, "Mastodon")
    assert kind.currentData() == "mastodon"
    assert limit.value() == 500
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#6364FF"))
    qtbot.mouseClick(colour, LEFT)
    assert colour.text() == "#6364ff"
    weekly.selectAll()
    qtbot.keyClicks(weekly, "2")

    fb_limit = channels.cells(_row(channels, "Facebook"))[2]
    assert isinstance(fb_limit, QSpinBox)
    fb_limit.selectAll()
    qtbot.keyClicks(fb_limit, "5000")

    # Objectives: add one; a campaign then uses it.
    objectives = dialog.objectives_tab.table
    dialog.tabs.setCurrentWidget(dialog.objectives_tab)
    _add(qtbot, objectives, "Trouver des mécènes")
    campaigns = dialog.campaigns_tab.table
    dialog.tabs.setCurrentWidget(dialog.campaigns_tab)
    row = _add(qtbot, campaigns, "Printemps solidaire")
    _, objective, starts, _ = campaigns.cells(row)
    assert isinstance(objective, QComboBox) and isinstance(starts, OptionalDateEdit)
    objective.setCurrentIndex(objective.findText("Trouver des mécènes"))
    qtbot.mouseClick(starts.check, LEFT)
    starts.edit.setDate(QDate(2027, 3, 1))

    # People: a reviewer.
    people = dialog.people_tab.table
    row = _add(qtbot, people, "Amina")
    role = people.cells(row)[0]
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(role.findData("reviewer"))

    assert dialog.problems() == []
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted

    changes = settings_apply.apply_settings(cdb, dialog.result_value())
    assert changes.workspace

    got = workspace.settings(cdb)
    assert (got.association, got.language, got.timezone) == (
        "Les Amis du Quartier",
        "en",
        "Europe/Paris",
    )
    assert [
        (c.name, c.kind, c.colour, c.char_limit, c.weekly_target) for c in workspace.channels(cdb)
    ] == [
        ("Facebook", "facebook", "#1877f2", 5000, 3),
        ("Instagram", "instagram", "#c13584", 2200, 2),
        ("Newsletter", "newsletter", "#2e7d32", None, 0),
        ("Mastodon", "mastodon", "#6364ff", 500, 2),
    ]
    assert workspace.names(cdb, "objectives")[-1] == "Trouver des mécènes"
    (campaign,) = workspace.campaigns(cdb)
    assert (campaign.name, campaign.objective, campaign.starts_on, campaign.ends_on) == (
        "Printemps solidaire",
        "Trouver des mécènes",
        date(2027, 3, 1),
        None,
    )
    assert workspace.people(cdb) == [("Amina", "reviewer")]


def test_duplicate_channel_name_disables_ok(qtbot: QtBot, cdb: Database) -> None:
    dialog = _open(qtbot, cdb)
    assert dialog.ok_button.isEnabled()
    row = _add(qtbot, dialog.channels_tab.table, "instagram")
    assert not dialog.ok_button.isEnabled()
    assert "Instagram" in dialog.problem_label.text()
    assert "twice" in dialog.ok_button.toolTip()
    assert dialog.problem_label.isVisibleTo(dialog)
    assert not dialog.tabs.tabIcon(dialog.tabs.indexOf(dialog.channels_tab)).isNull()
    qtbot.keyClicks(dialog.channels_tab.table.name_edit(row), " stories")
    assert dialog.ok_button.isEnabled()
    assert not dialog.problem_label.isVisibleTo(dialog)


def test_empty_name_disables_ok(qtbot: QtBot, cdb: Database) -> None:
    dialog = _open(qtbot, cdb)
    qtbot.mouseClick(dialog.audiences_tab.table.add_button, LEFT)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems() == ["Audiences: a name is missing."]
    qtbot.mouseClick(dialog.audiences_tab.table.remove_button, LEFT)
    assert dialog.ok_button.isEnabled()
    assert dialog.result_value().removed.audiences == frozenset()  # a new row leaves no trace


def test_unknown_time_zone_disables_ok(qtbot: QtBot, cdb: Database) -> None:
    dialog = _open(qtbot, cdb)
    dialog.timezone.lineEdit().clear()
    qtbot.keyClicks(dialog.timezone.lineEdit(), "Paris")
    assert not dialog.ok_button.isEnabled()
    assert "Paris" in dialog.problem_label.text()
    completer = dialog.timezone.completer()
    completer.setCompletionPrefix("montr")
    assert completer.currentCompletion() == "America/Montreal"
    dialog.timezone.setCurrentIndex(dialog.timezone.findText("America/Montreal"))
    assert dialog.ok_button.isEnabled()
    assert dialog.result_value().timezone == "America/Montreal"


def test_campaign_ending_before_it_starts_is_flagged(qtbot: QtBot, cdb: Database) -> None:
    dialog = _open(qtbot, cdb)
    table = dialog.campaigns_tab.table
    row = _add(qtbot, table, "Noël")
    starts, ends = table.cells(row)[2:]
    assert isinstance(starts, OptionalDateEdit) and isinstance(ends, OptionalDateEdit)
    starts.set_date(date(2026, 12, 20))
    ends.set_date(date(2026, 12, 1))
    assert not dialog.ok_button.isEnabled()
    assert "ends before it starts" in dialog.problem_label.text()
    ends.set_date(None)
    assert dialog.ok_button.isEnabled()


def test_used_channel_cannot_be_removed_unused_one_can(qtbot: QtBot, cdb: Database) -> None:
    items.create_item(cdb, ItemDraft(title="Post", channels=["Facebook"]))
    dialog = _open(qtbot, cdb)
    table = dialog.channels_tab.table
    _select(qtbot, table, "Facebook")
    assert not table.remove_button.isEnabled()
    assert "1 item" in table.hint.text()
    _select(qtbot, table, "Newsletter")
    assert table.remove_button.isEnabled()
    qtbot.mouseClick(table.remove_button, LEFT)
    _select(qtbot, table, "Facebook")
    qtbot.mouseClick(table.down_button, LEFT)  # Instagram first now
    assert [table.name_edit(r).text() for r in range(table.row_count())] == [
        "Instagram",
        "Facebook",
    ]
    qtbot.mouseClick(dialog.ok_button, LEFT)
    settings_apply.apply_settings(cdb, dialog.result_value())
    assert [c.name for c in workspace.channels(cdb)] == ["Instagram", "Facebook"]
    assert workspace.channels(cdb)[1].weekly_target == 3  # the row moved with its values


def test_objective_rename_follows_into_campaigns_and_removals_keep_items(
    qtbot: QtBot, cdb: Database
) -> None:
    workspace.save_campaign(cdb, "Appel d'hiver", objective="Collecter des dons")
    items.create_item(
        cdb, ItemDraft(title="Appeal", campaign="Appel d'hiver", audiences=["Presse"])
    )
    dialog = _open(qtbot, cdb)
    objectives = dialog.objectives_tab.table
    edit = objectives.name_edit(_row(objectives, "Collecter des dons"))
    edit.selectAll()
    qtbot.keyClicks(edit, "Dons")
    (campaign,) = dialog.campaigns_tab.table.entries()
    assert campaign.objective == "Dons"

    audiences = dialog.audiences_tab.table
    _select(qtbot, audiences, "Presse")
    assert "1 item" in audiences.hint.text()
    qtbot.mouseClick(audiences.remove_button, LEFT)
    campaigns = dialog.campaigns_tab.table
    _select(qtbot, campaigns, "Appel d'hiver")
    assert "without a campaign" in campaigns.hint.text()
    qtbot.mouseClick(campaigns.remove_button, LEFT)

    qtbot.mouseClick(dialog.ok_button, LEFT)
    changes = settings_apply.apply_settings(cdb, dialog.result_value())
    assert changes.updated_ids == {1}
    assert "Dons" in workspace.names(cdb, "objectives")
    assert workspace.campaigns(cdb) == []
    draft = items.item_draft(cdb, 1)
    assert (draft.title, draft.campaign, draft.audiences) == ("Appeal", None, [])


def test_removing_an_objective_clears_it_from_campaign_rows(qtbot: QtBot, cdb: Database) -> None:
    workspace.save_campaign(cdb, "Appel", objective="Sensibiliser")
    dialog = _open(qtbot, cdb)
    objectives = dialog.objectives_tab.table
    _select(qtbot, objectives, "Sensibiliser")
    qtbot.mouseClick(objectives.remove_button, LEFT)
    (campaign,) = dialog.campaigns_tab.table.entries()
    assert campaign.objective is None
    settings_apply.apply_settings(cdb, dialog.result_value())
    assert workspace.campaigns(cdb)[0].objective is None


def test_unchanged_dialog_gives_back_the_snapshot(qtbot: QtBot, cdb: Database) -> None:
    workspace.save_campaign(
        cdb, "Appel", "#123456", "Sensibiliser", date(2026, 12, 1), date(2026, 12, 31)
    )
    workspace.save_person(cdb, "Louis")
    snap = settings_apply.workspace_snapshot(cdb)
    dialog = _open(qtbot, cdb)
    result = dialog.result_value()
    assert result == settings_apply.SettingsResult(
        **{name: getattr(snap, name) for name in settings_apply.SettingsResult.__dataclass_fields__}
    )


def test_edit_settings_returns_value_or_nothing(
    qtbot: QtBot, cdb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    snap = settings_apply.workspace_snapshot(cdb)
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert edit_settings(None, snap) == (None, False)
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    result, accepted = settings_dialog.edit_settings(None, snap)
    assert accepted and result is not None and result.association == "Test"


def test_dialog_renders(qtbot: QtBot, cdb: Database) -> None:
    dialog = _open(qtbot, cdb)
    dialog.tabs.setCurrentWidget(dialog.channels_tab)
    _add(qtbot, dialog.channels_tab.table, "facebook")  # shows the problem line too
    path = Path("/tmp/settings.png")
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 0
