"""What the window does for review: the queue tab and its badge, who acts, submitting the
selected item, approving and requesting changes. A controller the main window composes (it
reaches the window through its `WindowContext`); every decision goes through core.review (one
undoable operation) and the window refreshes from its change set."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar.query import Occurrence

from ..common.context import WindowContext
from .sheet_actions import ReviewSheetController
from .who_acts import WhoActs

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from ngo_calendar.core.review.queue import Waiting
    from ngo_calendar.core.workspace import Database

    from ..common.db_worker import Job
    from .panel import ReviewPanel


def _review() -> ModuleType:
    """core.review (the writing side: loaded at the first decision, not at start)."""
    return importlib.import_module("ngo_calendar.core.review.decide")


class ReviewController:
    """Texts here are translated in the context "ReviewActions" (the name of the mixin this
    controller was), where the catalogues file them. The review tab's buttons for a reviewer
    away from the laptop belong to `sheet`, the review sheet's controller."""

    def __init__(self, context: WindowContext, sheet: ReviewSheetController) -> None:
        self.context, self.sheet = context, sheet
        self.in_review = 0  # how many items wait for a decision
        self.loading = False  # the queue is being read on the worker
        self._job: Job | None = None
        self._panel: ReviewPanel | None = None

    def build_tab(self, side: QTabWidget) -> None:
        """The tab and its panel (built now: the side panel's width must not change once
        shown); the queue itself is read on the database worker (refresh)."""
        self.side = side
        self._review_page = QWidget(side)
        column = QVBoxLayout(self._review_page)
        column.setContentsMargins(0, 0, 0, 0)
        side.addTab(self._review_page, "")
        self._build_panel()

    @property
    def panel(self) -> ReviewPanel:
        if self._panel is None:
            self._build_panel()
        assert self._panel is not None
        return self._panel

    @property
    def acting(self) -> QComboBox:
        self.panel  # noqa: B018 - built with the panel
        return self._acting_box

    def _build_panel(self) -> None:
        from .panel import ReviewPanel

        page = self._review_page
        panel = self._panel = ReviewPanel(page)
        who = QHBoxLayout()
        who.addWidget(QLabel(QCoreApplication.translate("ReviewActions", "Acting as:"), page))
        self._acting_box = QComboBox(page)
        self._acting_box.setObjectName("actingPerson")
        self._acting_box.setToolTip(
            QCoreApplication.translate(
                "ReviewActions", "Who the history names for what you do here (this computer)"
            )
        )
        who.addWidget(self._acting_box, 1)
        column = page.layout()
        assert isinstance(column, QVBoxLayout)
        column.addLayout(who)
        column.addWidget(panel, 1)
        away = QHBoxLayout()
        for name, text, slot in (
            (
                "sheetButton",
                QCoreApplication.translate("ReviewActions", "Sheet for a reviewer…"),
                self.sheet.write_sheet,
            ),
            (
                "decisionsButton",
                QCoreApplication.translate("ReviewActions", "Apply decisions…"),
                self.sheet.apply_decisions,
            ),
        ):
            button = QPushButton(text, page)
            button.setObjectName(name)
            button.clicked.connect(slot)
            away.addWidget(button)
        column.addLayout(away)
        panel.approveRequested.connect(self.approve_entries)
        panel.changesRequested.connect(self.request_changes)
        panel.openRequested.connect(
            lambda entry: self.context.edit_occurrence(self._as_occurrence(entry))
        )
        panel.selectionChanged.connect(self._show_thread)
        status = QToolButton(page)
        self.context.statusBar().addPermanentWidget(status)
        self.who_acts = WhoActs(self._acting_box, status, self.context.folder, self._open_acting)
        self._fill_people()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the queue again, on the database worker (a long queue never holds up the
        window); its badge on the tab and the count in the status bar follow."""
        if self._job is not None:
            self._job.cancel()
        self.loading = True
        db, worker = self.context.db, self.context.worker
        worker.hold()  # the job starts once what is on screen has been painted
        self._job = worker.submit(
            lambda job: _read_queue(job, db),
            self._arrived,
            self._failed,
            label="review queue",
        )

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.loading = False
        raise exc  # the window's handler logs it and says so; the window goes on

    def _arrived(self, entries: list[Waiting]) -> None:
        self._job = None
        self.loading = False
        self.in_review = len(entries)
        self.panel.set_entries(entries, self.context.tz)
        self._fill_people()  # the people may have changed in the settings
        label = QCoreApplication.translate("ReviewActions", "Review (%n)")
        self.side.setTabText(1, label.replace("%n", str(len(entries))))
        self.side.tabBar().setTabTextColor(1, _badge_colour(entries))
        self.context.update_counts()

    def _show_thread(self, entry: Waiting | None) -> None:
        from ngo_calendar.core.review.rules import thread as thread_of

        thread = [] if entry is None else thread_of(self.context.db, entry.item_id)
        self.panel.show_thread(entry, thread)

    # -- who acts ----------------------------------------------------------------------------
    def _fill_people(self) -> None:
        self.who_acts.fill(workspace.people(self.context.db))

    def _open_acting(self) -> None:
        """The status bar's "Acting as" clicked: the review tab, its box open."""
        self.side.setCurrentIndex(self.side.indexOf(self._review_page))
        self._acting_box.setFocus()
        self._acting_box.showPopup()

    # -- deciding ----------------------------------------------------------------------------
    def submit_selected(self) -> None:
        occ: Occurrence | None = self.context.selected_occurrence()
        if occ is None:
            self.context.statusBar().showMessage(
                QCoreApplication.translate("ReviewActions", "Select an item to send to review."),
                6000,
            )
            return
        key = occ.occurrence_key if "status" in occ.own else None
        db = self.context.db
        self.context.run_write(
            lambda: _review().submit(db, [occ.item_id], key),
            QCoreApplication.translate("ReviewActions", "Sent to review. Ctrl+Z to undo."),
        )

    def approve_entries(self, entries: list[Waiting]) -> None:
        db = self.context.db
        targets = [(e.item_id, e.occurrence) for e in entries]
        done = QCoreApplication.translate("ReviewActions", "Approved: %n. Ctrl+Z to undo.").replace(
            "%n", str(len(entries))
        )
        self.context.run_write(lambda: _review().approve_all(db, targets), done)

    def request_changes(self, entry: Waiting) -> None:
        text = self.ask_change_request(entry)
        if text is None:
            return
        db = self.context.db
        self.context.run_write(
            lambda: _review().request_changes(db, entry.item_id, text, None, entry.occurrence),
            QCoreApplication.translate(
                "ReviewActions", "Sent back to draft with your comment. Ctrl+Z to undo."
            ),
        )

    def ask_change_request(self, entry: Waiting) -> str | None:
        """What should change (core refuses an empty one); None when the person cancels."""
        text, ok = QInputDialog.getMultiLineText(
            self.context.dialog_parent,
            QCoreApplication.translate("ReviewActions", "Request changes"),
            QCoreApplication.translate("ReviewActions", "What should change in “%1”?").replace(
                "%1", entry.title
            ),
        )
        return text if ok else None

    def _as_occurrence(self, entry: Waiting) -> Occurrence:
        from ngo_calendar.core.calendar import query

        found = query.get_item(self.context.db, entry.item_id)
        assert found is not None
        return found


def _read_queue(job: Job, db: Database) -> list[Waiting]:
    # After the window has painted what the person asked for (Python runs one thread at a
    # time: reading a long queue meanwhile would hold up the first paint).
    job.check()
    from ngo_calendar.core.review import queue as review_queue  # loaded on the worker, not at start

    return review_queue.waiting(db, datetime.now(UTC))


def _badge_colour(entries: list[Waiting]) -> QColor:
    from PySide6.QtGui import QColor

    from .panel import URGENCY_COLOURS

    if not entries:
        return QColor("#607d8b")
    worst = min(entries, key=lambda e: ["overdue", "soon", "later", "undated"].index(e.urgency))
    return QColor(URGENCY_COLOURS[worst.urgency])
