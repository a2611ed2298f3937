"""At start the month is painted from a first look (the chips that fit and each day's count),
then from the complete weeks read on the worker: the person sees the same month twice."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ngo_calendar.core import AllDay, ItemDraft, Timed
from ngo_calendar.core.items import edit as items
from ngo_calendar.gui.window.main_window import MainWindow
from ngo_calendar.store import Database

from ..conftest import TODAY

BUSY_DAY = date(2026, 12, 10)


def painted(window: MainWindow) -> tuple[list[tuple[date, str]], list[int]]:
    """(day, title) of every chip painted, and the "+N more" counts, in painting order."""
    month = window.stack.month
    hidden: list[int] = []
    real = month.more_text
    month.more_text = lambda n: hidden.append(n) or real(n)  # type: ignore[method-assign]
    try:
        month.repaint()
        QApplication.processEvents()
    finally:
        del month.more_text
    first = month.first_day()
    chips = []
    for slot in month._chips:  # noqa: SLF001 - what was painted where
        day = next(
            first + timedelta(days=i)
            for i in range(42)
            if month.cell_rect(i).contains(slot.rect.center())
        )
        chips.append((day, slot.occurrence.title))
    return chips, hidden


def test_the_first_look_paints_what_the_complete_month_paints(
    qtbot,  # noqa: ANN001
    cdb: Database,
    ws_dir: Path,
) -> None:
    for n in range(25):
        start = Timed(datetime(2026, 12, 10, 8, 0) + timedelta(minutes=10 * n))
        items.create_item(cdb, ItemDraft(title=f"Post {n:02}", channels=["Facebook"],
                                         start=start))  # fmt: skip
    items.create_item(cdb, ItemDraft(title="Collecte", channels=["Instagram"],
                                     start=AllDay(date(2026, 12, 9)), days=3))  # fmt: skip
    window = MainWindow(cdb, ws_dir, today=TODAY, remember=False)
    qtbot.addWidget(window)
    # Built and not painted yet: the worker waits for the first paint, so this is the look.
    assert window.loading
    shown_first = window.stack.month.occurrences_on(BUSY_DAY)
    assert 1 < len(shown_first) < 26
    assert [o.title for o in shown_first[:2]] == ["Collecte", "Post 00"]
    window.show()
    qtbot.waitExposed(window)
    first_chips, first_more = painted(window)
    assert window.wait_until_shown()
    assert len(window.stack.month.occurrences_on(BUSY_DAY)) == 26  # now every one is there
    chips, more = painted(window)
    assert (first_chips, first_more) == (chips, more)
    on_busy_day = [title for day, title in chips if day == BUSY_DAY]
    assert on_busy_day[0] == "Collecte" and len(on_busy_day) + more[0] == 26
    assert window.counts_label.text().startswith("26 items shown")
