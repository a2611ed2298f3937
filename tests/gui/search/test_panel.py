"""The Search tab (issue 28, point 12): Ctrl+Shift+F, words typed, results from every date
read on the worker (coming, then past, then ideas); a click shows the day, a double-click opens
the item; a change made meanwhile shows in the results."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import AllDay, ItemDraft, Timed
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database
from tests.helpers import add_item


def rows(window: MainWindow) -> list[str]:
    results = window.search.results
    return [results.item(i).text() for i in range(results.count())]


def searched(qtbot, window: MainWindow, text: str) -> list[str]:  # noqa: ANN001
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    field = window.search.field
    assert field.hasFocus() and window.side.currentWidget() is window.search.page
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # now, without the pause after typing
    assert window.search.loading
    qtbot.waitUntil(lambda: not window.search.loading)
    return rows(window)


def test_search_lists_every_date_and_a_click_goes_there(
    qtbot,
    window: MainWindow,
    cdb: Database,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    add_item(cdb, "Collecte de Noël", AllDay(date(2026, 12, 19)))
    add_item(cdb, "Collecte 2029", Timed(datetime(2029, 6, 1, 10)))
    add_item(cdb, "Collecte de printemps", AllDay(date(2025, 4, 5)))
    add_item(cdb, "Idée : collecte en ligne", None)
    add_item(cdb, "Autre", AllDay(date(2026, 12, 20)))
    window.refresh()
    assert window.wait_until_shown()
    shown = searched(qtbot, window, "COLLECTE")
    assert [r.split("  ")[-1] for r in shown] == [
        "Coming",
        "Collecte de Noël",
        "Collecte 2029",
        "Past",
        "Collecte de printemps",
        "Ideas",
        "Idée : collecte en ligne",
    ]
    assert window.search.summary.text() == "4 results"
    results = window.search.results
    target = results.item(2)  # Collecte 2029, years away from the month shown
    qtbot.mouseClick(
        results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(target).center()
    )
    assert window.navigation.anchor == date(2029, 6, 1)
    opened: list[str] = []
    monkeypatch.setattr(
        window.items, "edit_occurrence", lambda occ: opened.append(occ.title) or False
    )
    qtbot.mouseDClick(
        results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(target).center()
    )
    assert opened == ["Collecte 2029"]
    # A change made meanwhile (here another item) shows in the results without a new search.
    draft = ItemDraft(title="Collecte d'été", channels=["Facebook"], start=AllDay(date(2027, 7, 1)))
    window.run_write(lambda: items.create_item(cdb, draft))
    qtbot.waitUntil(lambda: any("Collecte d'été" in r for r in rows(window)))
    assert searched(qtbot, window, "introuvable") == []
    assert window.search.summary.text() == "Nothing found on any date."
