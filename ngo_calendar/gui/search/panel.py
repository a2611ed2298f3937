"""The Search tab: a field and its results across every date. Typing reads on the database
worker (a pause of a quarter second after the last key, the previous read cancelled); a click
on a result shows its day in the calendar, a double-click or Enter opens it in the editor.
Ctrl+Shift+F brings the keyboard to the field. Texts are translated in the context "Search".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.context import WindowContext

if TYPE_CHECKING:
    from ngo_calendar.core.calendar.query import Occurrence
    from ngo_calendar.core.calendar.search import Hit
    from ngo_calendar.core.workspace import Database

    from ..common.db_worker import Job

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAUSE_MS = 250  # after the last key typed, before the search runs


class SearchController:
    def __init__(self, context: WindowContext, go_to: Callable[[date], None]) -> None:
        self.context, self.go_to = context, go_to
        self.hits: list[Hit] = []
        self.loading = False
        self._job: Job | None = None
        self._timer = QTimer(context.dialog_parent)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.run)

    def build_tab(self, side: QTabWidget) -> None:
        self.side = side
        page = self.page = QWidget(side)
        page.setObjectName("searchPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 4, 4, 4)
        field = self.field = QLineEdit(page)
        field.setObjectName("searchText")
        field.setClearButtonEnabled(True)
        field.setPlaceholderText(
            QCoreApplication.translate("Search", "Find on every date (Ctrl+Shift+F)")
        )
        field.textChanged.connect(lambda _text: self._timer.start())
        field.returnPressed.connect(self._enter_in_field)
        column.addWidget(field)
        self.summary = QLabel(page)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        results = self.results = QListWidget(page)
        results.setObjectName("searchResults")
        # A long title is cut with "…" (whole in its tooltip), never scrolled sideways.
        results.setTextElideMode(Qt.TextElideMode.ElideRight)
        results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        results.itemClicked.connect(self._show_day)
        results.itemActivated.connect(self._open)
        column.addWidget(results, 1)
        side.addTab(page, QCoreApplication.translate("Search", "Search"))

    def focus(self) -> None:
        """Ctrl+Shift+F: the Search tab, its field selected."""
        self.side.setCurrentIndex(self.side.indexOf(self.page))
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def refresh(self) -> None:
        """The store changed: the results shown are read again (if there are any)."""
        if self.field.text().strip():
            self._timer.start()

    # -- reading -----------------------------------------------------------------------------
    def run(self) -> None:
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
        text = self.field.text()
        if not text.strip():
            self._job, self.loading, self.hits = None, False, []
            self.results.clear()
            self.summary.clear()
            return
        self.loading = True
        self.summary.setText(QCoreApplication.translate("Search", "Searching…"))
        db = self.context.db
        self._job = self.context.worker.submit(
            lambda job: _search(job, db, text), self._arrived, self._failed, label="search"
        )

    def _failed(self, exc: BaseException) -> None:
        self._job, self.loading = None, False
        raise exc  # the window's handler logs it and says so; the window goes on

    def _arrived(self, hits: list[Hit]) -> None:
        self._job, self.loading, self.hits = None, False, hits
        results = self.results
        results.clear()
        headings = {
            "coming": QCoreApplication.translate("Search", "Coming"),
            "past": QCoreApplication.translate("Search", "Past"),
            "idea": QCoreApplication.translate("Search", "Ideas"),
        }
        last = ""
        for hit in hits:
            if hit.when != last:
                heading = QListWidgetItem(headings[hit.when])
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                results.addItem(heading)
                last = hit.when
            row = QListWidgetItem(self._line(hit.occurrence))
            row.setData(HIT_ROLE, hit)
            row.setToolTip(hit.occurrence.title)
            results.addItem(row)
        # Singular and plural written out (lupdate marks no plural on translate() calls):
        # "%n" only ever stands for two or more, as French and English both write it.
        one = QCoreApplication.translate("Search", "1 result")
        many = QCoreApplication.translate("Search", "%n results").replace("%n", str(len(hits)))
        found = one if len(hits) == 1 else many
        none = QCoreApplication.translate("Search", "Nothing found on any date.")
        self.summary.setText(found if hits else none)

    def _line(self, occ: Occurrence) -> str:
        locale = QLocale()
        tz = self.context.tz
        if occ.start_utc is not None:
            start = occ.start_utc.astimezone(tz)
            day = QDate(start.year, start.month, start.day)
            when = locale.toString(day, QLocale.FormatType.ShortFormat)
            when += " " + start.strftime("%H:%M")
        elif occ.start_date is not None:
            day = QDate(occ.start_date.year, occ.start_date.month, occ.start_date.day)
            when = locale.toString(day, QLocale.FormatType.ShortFormat)
        else:
            return occ.title
        return f"{when}  {occ.title}"

    # -- acting on a result ------------------------------------------------------------------
    def _hit(self, row: QListWidgetItem | None) -> Hit | None:
        """The result a row stands for (None for a heading)."""
        return row.data(HIT_ROLE) if row is not None else None

    def _show_day(self, row: QListWidgetItem) -> None:
        hit = self._hit(row)
        if hit is None:
            return
        day = _day_of(hit.occurrence, self.context)
        if day is not None:
            self.go_to(day)

    def _open(self, row: QListWidgetItem) -> None:
        hit = self._hit(row)
        if hit is not None:
            self._show_day(row)
            self.context.edit_occurrence(hit.occurrence)

    def _enter_in_field(self) -> None:
        """Enter in the field: the search now (no pause), the keyboard to the results."""
        self.run()
        self.results.setFocus()


def _day_of(occ: Occurrence, context: WindowContext) -> date | None:
    if occ.start_utc is not None:
        return occ.start_utc.astimezone(context.tz).date()
    return occ.start_date


def _search(job: Job, db: Database, text: str) -> list[Hit]:
    from ngo_calendar.core.calendar.search import search  # loaded on the worker

    job.check()
    return search(db, text, datetime.now(UTC), checkpoint=job.check)
