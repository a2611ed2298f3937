"""The main window: month, week and agenda views, the idea backlog, filters, undo."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QEventLoop, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.first_look import FirstLook, first_look
from ngo_calendar.core.calendar.query import Filter, Occurrence
from ngo_calendar.core.model.refusals import REFUSALS
from ngo_calendar.core.workspace import Database
from ngo_calendar.core.write import reading, undo_stack
from ngo_calendar.core.write.changes import Changes

from ..common.context import window_action
from ..common.db_worker import DatabaseWorker
from ..common.errors import error_text
from ..common.filter_bar import FilterBar
from ..crisis.actions import CrisisController
from ..help.menu import HelpController
from ..ics.actions import IcsController
from ..review.actions import ReviewController
from ..review.sheet_actions import ReviewSheetController
from ..search.panel import SearchController
from ..views.backlog import IdeasPanel
from . import window_state
from .go_to_date import GoToDate
from .navigation import Navigation
from .operations import ItemController
from .period_cache import PeriodCache, ReleaseAfterPaint
from .store_watch import StoreWatch
from .undo_actions import UndoActions
from .view_stack import VIEWS, ViewStack

if TYPE_CHECKING:
    from ..settings.dialog import SettingsDialog
    from ..views.agenda import AgendaView
    from ..views.week import WeekView


class MainWindow(QMainWindow):
    """The window lays out its widgets and refreshes them from the store; what it does is
    done by the controllers it composes, each given the window as its context (the
    protocols WindowContext, in gui/common/context.py, and ItemContext):

    - `navigation`: the view shown, the day it is anchored on, paging (over `stack`, the
      views);
    - `items`: creating, editing, moving, deleting items, undo and redo, the context menu;
    - `review` and `review_sheet`: the review tab and its decisions, the review sheet;
    - `crisis`: the Crisis menu, the banner and the held items;
    - `ics`: export, import and the published folder.

    The window provides what the contexts name (run_write, show_error, the selection, the
    settings dialog...) and mypy checks it does, and that the controllers use nothing else."""

    languageChanged = Signal(str)  # the workspace language changed in the settings

    def __init__(
        self,
        db: Database,
        folder: Path,
        today: date | None = None,
        remember: bool = True,
        logs: Path | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.folder = folder
        self.logs = logs  # the folder of the workspace's log (Help › Open the logs folder)
        self.remember = remember  # False for screenshots: the user's window layout is kept
        self.current_filter = Filter()
        self.shown: list[Occurrence] = []
        self._seen_version: int | None = None  # the store's data version at the last refresh
        self._seen_operation = 0  # the newest operation in the history at the last refresh
        self._own_operations: set[int] = set()  # operations this window made (change sets)
        self.tz = workspace.settings(db).tz
        self._scroll_to_anchor = False  # the agenda starts at the anchor once it is read
        self.loading = False  # weeks on screen are being read: shown as they are meanwhile
        self._ideas = 0
        self.last_error = ""  # the last refusal shown (tests read it)
        self.worker = DatabaseWorker(self)
        # The controllers: each reaches the window through what its context names.
        self.items = ItemController(self)
        self.ics = IcsController(self)
        self.crisis = CrisisController(self)
        self.review_sheet = ReviewSheetController(self)
        self.review = ReviewController(self, self.review_sheet)
        self.search = SearchController(self, lambda day: self.navigation.go_to(day))
        self.periods = PeriodCache(db, self.worker, self.tz, self)
        self.periods.arrived.connect(self._weeks_arrived)
        self.setObjectName("MainWindow")
        self._build_views()
        self.navigation = Navigation(self.stack, today or date.today(), self._moved)
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.paint_watch = ReleaseAfterPaint(self.worker, [self.stack.month], self)
        self._connect_views()
        self.reload_choices()
        self._restore_state()
        # The first screen is read here: nothing could be shown before it anyway. A month
        # needs only the chips that fit (a first look); the complete weeks follow on the worker.
        self._seen_version = self.db.data_version()
        self._seen_operation = reading.last_operation(self.db)
        self._refresh_lists()
        look = self._first_look() if self.navigation.view_name == "month" else None
        if look is None:
            self.periods.read_now(*self.navigation.visible_range())
        self.show_period(look)
        self.store_watch = StoreWatch(self, self.refresh_if_changed)
        # The calendar has the keyboard at start (Page Down pages), not the filter box.
        shown = self.stack.currentWidget()
        assert shown is not None  # the stack holds the three views (or their stand-ins)
        shown.setFocus()

    # -- building --------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.filter_bar = FilterBar(self)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.period_label.setStyleSheet("font-size: 14pt; font-weight: 600; padding: 4px 8px 0;")
        # Here, after the filters and before the Ideas panel: the order of the focus chain.
        self.stack = ViewStack(self, self._connect_view)
        backlog_panel = IdeasPanel(self)
        self.backlog, self.backlog_title = backlog_panel.view, backlog_panel.title
        side = self.side = QTabWidget(self)
        side.setObjectName("sideTabs")
        side.addTab(backlog_panel, "")
        self.review.build_tab(side)  # the review queue, its own tab
        self.crisis.build_held_tab(side)  # crisis mode's held items
        self.search.build_tab(side)  # search across every date
        main = QWidget(self)
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        self.crisis.build_banner(column)  # shown while a crisis lasts
        # The period title has a row of its own so that its width never adds to the filters'.
        column.addWidget(self.period_label)
        column.addWidget(self.filter_bar)
        column.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(main)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1050, 280])
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.setCentralWidget(self.splitter)
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _action(
        self, text: str, shortcuts: list[str], slot: Callable[..., object], tip: str = ""
    ) -> QAction:
        return window_action(self, text, shortcuts, slot, tip)

    def _build_actions(self) -> None:
        items = self.items
        self.act_new = self._action(self.tr("New item"), ["Ctrl+N"], items.new_item_on_selected_day)
        self.act_new_idea = self._action(self.tr("New idea"), ["Ctrl+Shift+N"], items.new_idea)
        self.act_edit = self._action(self.tr("Edit"), ["Ctrl+E"], items.edit_selected)
        self.act_submit = self._action(
            self.tr("Send to review"), ["Ctrl+R"], self.review.submit_selected
        )
        self.act_duplicate = self._action(
            self.tr("Duplicate"), ["Ctrl+D"], items.duplicate_selected
        )
        self.act_delete = self._action(self.tr("Delete"), ["Delete"], items.delete_selected)
        self.act_undo = self._action(self.tr("Undo"), ["Ctrl+Z"], items.undo)
        self.act_redo = self._action(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], items.redo)
        self.undo_actions = UndoActions(self.act_undo, self.act_redo)
        navigation = self.navigation
        self.act_prev = self._action(
            self.tr("Previous"), ["PgUp", "Alt+Left"], lambda: navigation.step(-1)
        )
        self.act_next = self._action(
            self.tr("Next"), ["PgDown", "Alt+Right"], lambda: navigation.step(1)
        )
        self.act_today = self._action(self.tr("Today"), ["T"], navigation.go_today)
        self.act_goto = self._action(self.tr("Go to date…"), ["Ctrl+G"], self.focus_date)
        self.act_find = self._action(self.tr("Filter…"), ["Ctrl+F"], self.focus_filter)
        self.act_search = self._action(
            self.tr("Search all dates…"), ["Ctrl+Shift+F"], self.search.focus
        )
        self.act_settings = self._action(self.tr("Settings…"), ["Ctrl+,"], self.open_settings)
        self.act_quit = self._action(self.tr("Quit"), ["Ctrl+Q"], self.close)
        self.act_side = self._action(self.tr("Side panel"), ["F9"], self.show_side_panel)
        self.act_side.setCheckable(True)
        self.act_side.setChecked(True)
        group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        labels = {"month": self.tr("Month"), "week": self.tr("Week"), "agenda": self.tr("Agenda")}
        for number, name in enumerate(VIEWS, start=1):
            action = self._action(
                labels[name], [str(number)], lambda _=False, n=name: navigation.show_view(n)
            )
            action.setCheckable(True)
            group.addAction(action)
            self.view_actions[name] = action

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Calendar"), self)
        bar.setObjectName("calendarToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_new, self.act_new_idea, None, self.act_undo, self.act_redo, None):
            bar.addSeparator() if action is None else bar.addAction(action)
        for action in (self.act_prev, self.act_today, self.act_next):
            bar.addAction(action)
        self.go_to_date = GoToDate(
            self,
            lambda: self.navigation.anchor,
            lambda day: self.navigation.go_to(day),
            self.stack.currentWidget,
        )
        self.date_edit = self.go_to_date.box
        bar.addWidget(self.date_edit)
        spacer = QWidget(self)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        bar.addWidget(spacer)
        for name in VIEWS:
            bar.addAction(self.view_actions[name])
        bar.addSeparator()
        bar.addAction(self.act_settings)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        self.ics.build_actions(file_menu)  # export, import, publish
        file_menu.addActions([self.act_settings, self.act_quit])
        edit = menus.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_new, self.act_new_idea, self.act_edit, self.act_duplicate])
        edit.addAction(self.act_submit)
        edit.addActions([self.act_delete, self.act_find, self.act_search])
        view = menus.addMenu(self.tr("&View"))
        view.addActions([self.view_actions[n] for n in VIEWS])
        view.addSeparator()
        view.addActions([self.act_prev, self.act_today, self.act_next, self.act_goto])
        view.addSeparator()
        view.addAction(self.act_side)
        self.review_sheet.build_menu(menus, self.act_submit)
        self.crisis.build_menu(menus)
        english = QLocale().language() == QLocale.Language.English
        self.help = HelpController(self, self.logs, "en" if english else "fr")
        self.help.build_menu(menus)

    def _connect_views(self) -> None:
        items = self.items
        self.filter_bar.changed.connect(self._filter_changed)
        for view in (self.stack.month, self.backlog):
            view.itemActivated.connect(items.edit_occurrence)
        self.stack.month.itemDroppedOnDay.connect(items.drop_on_day)
        self.stack.month.createRequested.connect(items.new_item_on_day)
        self.stack.month.dayActivated.connect(self.navigation.show_day)
        self.stack.month.contextMenuRequested.connect(items.context_menu)
        self.backlog.unscheduleRequested.connect(items.unschedule)
        self.backlog.customContextMenuRequested.connect(
            lambda pos: items.context_menu(
                self.backlog.selected(), None, self.backlog.mapToGlobal(pos)
            )
        )

    def _connect_view(self, name: str, view: WeekView | AgendaView) -> None:
        """The week or the agenda view, built when first needed (view_stack)."""
        items = self.items
        view.itemActivated.connect(items.edit_occurrence)
        if name == "week":
            week = cast("WeekView", view)
            self.paint_watch.watch(week)
            week.itemMoved.connect(items.drop_at)
            week.createRequested.connect(lambda start: items.new_item(start))
            week.contextMenuRequested.connect(lambda occ, pos: items.context_menu(occ, None, pos))
        else:
            self.paint_watch.watch(cast("AgendaView", view).viewport())
            view.customContextMenuRequested.connect(
                lambda pos: items.context_menu(
                    self.stack.agenda.selected(), None, self.stack.agenda.mapToGlobal(pos)
                )
            )

    # -- moving around ---------------------------------------------------------------------
    def _moved(self) -> None:
        """After the navigation went somewhere: show what is visible, and the agenda starts at
        that day."""
        self.view_actions[self.navigation.view_name].setChecked(True)
        self._scroll_to_anchor = True
        self.show_period()

    def show_side_panel(self, shown: bool) -> None:
        """View › Side panel: the ideas and review panel, back at its width even after it was
        dragged shut against the window's edge."""
        sizes = self.splitter.sizes()
        if shown and sizes[1] < 80:
            total = sum(sizes)
            side = min(280, max(total // 4, 1))
            self.splitter.setSizes([total - side, side])
        elif not shown:
            self.splitter.setSizes([sum(sizes), 0])

    def _splitter_moved(self) -> None:
        self.act_side.setChecked(self.splitter.sizes()[1] > 0)

    def focus_date(self) -> None:
        self.go_to_date.focus()

    def focus_filter(self) -> None:
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()

    def _filter_changed(self, flt: Filter) -> None:
        self.current_filter = flt
        self.periods.set_filter(flt)
        self._refresh_lists()
        self.show_period()

    def _period_text(self, first: date, last: date) -> str:
        locale = self.locale()
        if self.navigation.view_name == "week":
            start = locale.toString(QDate(first.year, first.month, first.day), "d MMM")
            end = locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy")
            return (
                self.tr("Week %1: %2 – %3")
                .replace("%1", str(first.isocalendar().week))
                .replace("%2", start)
                .replace("%3", end)
            )
        anchor = self.navigation.anchor
        text = locale.toString(QDate(anchor.year, anchor.month, 1), "MMMM yyyy")
        return text[:1].upper() + text[1:]

    def wait_until_shown(self, timeout_s: float = 60.0) -> bool:
        """Let the worker finish reading what is on screen (a screenshot, a script)."""
        deadline = time.monotonic() + timeout_s
        while (self.loading or self.review.loading) and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return not (self.loading or self.review.loading)

    # -- what the controllers use of the window (WindowContext) ----------------------------
    @property
    def dialog_parent(self) -> QWidget:
        """The window as its controllers' dialogs, menus and actions see it."""
        return self

    def run_write(
        self,
        work: Callable[[], Changes],
        done: str = "",
        quiet: tuple[type[Exception], ...] = (),
    ) -> Changes | None:
        """Run one service call; a refused write shows why and changes nothing. Refusals in
        `quiet` are told in the status bar only: the next key press is meant for the window."""
        try:
            changes = work()
        except quiet as exc:
            said = error_text(exc)
            said = said[:1].upper() + said[1:]  # a sentence of its own in the status bar
            self.statusBar().showMessage(said, 10000)
            self.last_error = said
            self.undo_actions.tell()  # told: the next Ctrl+Z is meant for what is read now
            self.refresh()
            return None
        except REFUSALS as exc:
            self.show_error(error_text(exc))
            self.undo_actions.tell()
            self.refresh()  # show the store as it is now
            return None
        self.apply_changes(changes)
        if done:
            self.statusBar().showMessage(done, 6000)
        return changes

    def show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window stays responsive and tests are not blocked
        self.last_error = text

    def edit_occurrence(self, occ: Occurrence | None) -> bool:
        return self.items.edit_occurrence(occ)

    def selected_occurrence(self) -> Occurrence | None:
        if self.backlog.hasFocus() and self.backlog.selected() is not None:
            return self.backlog.selected()
        stack, name = self.stack, self.navigation.view_name
        view = stack.month if name == "month" else stack.week if name == "week" else stack.agenda
        return view.selected() or self.backlog.selected()

    def current_day(self) -> date:
        """The day a new item goes on (ItemContext): where the person's selection is."""
        return self.navigation.current_day(self.tz)

    def open_settings(self, tab: str = "") -> bool:
        """The settings dialog, on the tab named `tab` (its object name) if given."""
        from ngo_calendar.core.settings import apply as settings_apply

        from ..settings.dialog import SettingsDialog

        before = workspace.settings(self.db).language
        dialog = SettingsDialog(settings_apply.workspace_snapshot(self.db), self)
        if tab:
            dialog.show_tab(tab)
        try:
            while self.run_settings(dialog):
                try:
                    changes = settings_apply.apply_settings(self.db, dialog.result_value())
                except REFUSALS as exc:
                    self.show_error(error_text(exc))
                    continue
                self.apply_changes(changes)
                language = workspace.settings(self.db).language
                if language != before:
                    self.languageChanged.emit(language)
                return True
            return False
        finally:
            dialog.deleteLater()

    def run_settings(self, dialog: SettingsDialog) -> bool:
        """Show the settings modally; tests replace this to fill the real dialog instead."""
        return bool(dialog.exec())

    # -- refreshing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything again (another program wrote): what is shown stays until it is read."""
        # Both marks are taken before anything is read: a commit after them is seen next time.
        self._seen_version = self.db.data_version()
        self._seen_operation = reading.last_operation(self.db)
        self.periods.workspace_changed(self.tz)
        self._refresh_lists()
        self.show_period()

    def _refresh_lists(self, changes: Changes | None = None) -> None:
        """The panels beside the calendar, after writes (never when paging): each only when
        the change set flags its area (None: another program wrote, every panel)."""
        touched = changes.touches if changes is not None else (lambda area: True)
        if touched("ideas"):
            ideas = query.backlog(self.db, self.current_filter)
            self.backlog.source.set_rows(ideas)
            self.backlog_title.setText(self.tr("Ideas (%n)", "", len(ideas)))
            self.side.setTabText(0, self.tr("Ideas (%n)", "", len(ideas)))
            self._ideas = len(ideas)
        if touched("review") or touched("settings") or touched("lists"):
            self.review.refresh()  # the rules and names live in the settings and lists
        if touched("crisis"):
            self.crisis.refresh()
        if touched("publication"):
            self.ics.refresh_publish_state()
        self.search.refresh()  # the results shown, read again (only if a search is shown)
        self.undo_actions.read(self.db, own=changes is not None)

    def show_period(self, look: FirstLook | None = None) -> None:
        """Show the days of the view from the weeks read; any missing are read on the worker,
        and the weeks around are read ahead, so the next page is ready when asked for. A
        first look of the month is shown meanwhile if there is one."""
        self.worker.hold()  # the worker waits until this is painted
        here = self.navigation
        first, last = here.visible_range()
        found = self.periods.ready(first, last)
        self.loading = found is None
        if found is None:
            self.periods.request(first, last)
            found = self.periods.shown(first, last)
        if self.loading and look is not None:
            self.stack.month.set_first_look(here.anchor, look, self.tz, here.today)
            self._render_around(first, last, look.occurrences())
        else:
            self._render(first, last, found)
        self.periods.read_ahead(here.neighbour_ranges(), here.anchor)

    def _first_look(self) -> FirstLook | None:
        # Enough chips for the tallest month this screen can show.
        tallest = max(self.height(), self.screen().availableGeometry().height())
        per_day = self.stack.month.chips_that_fit(tallest)
        return first_look(self.db, *self.navigation.visible_range(), per_day)

    def _weeks_arrived(self) -> None:
        if self.loading:
            first, last = self.navigation.visible_range()
            found = self.periods.ready(first, last)
            if found is not None:
                self.loading = False
                self._render(first, last, found)

    def _render(self, first: date, last: date, found: list[Occurrence]) -> None:
        here = self.navigation
        if here.view_name == "month":
            self.stack.month.set_month(here.anchor, found, self.tz, here.today)
        elif here.view_name == "week":
            self.stack.week.set_week(first, found, self.tz, here.today)
        else:
            self.stack.agenda.set_rows(found, self.tz)
            if self._scroll_to_anchor and not self.loading:
                self.stack.agenda.scroll_to_day(here.anchor)
        self._render_around(first, last, found)

    def _render_around(self, first: date, last: date, found: list[Occurrence]) -> None:
        """What goes with the view's days: the date box, the title, the counts."""
        self.shown = found
        if not self.loading:
            self._scroll_to_anchor = False
        self.go_to_date.show(self.navigation.anchor)
        self.period_label.setText(self._period_text(first, last))
        self.update_counts()

    def update_counts(self) -> None:
        if self.loading:
            text = self.tr("Reading the calendar…")
        else:
            text = self.tr("%n item(s) shown", "", len(self.shown))
        text += " · " + self.tr("%n idea(s)", "", self._ideas)
        if self.review.in_review:
            text += " · " + self.tr("%n in review", "", self.review.in_review)
        if self.current_filter.active:
            text += " · " + self.tr("filtered")
        self.counts_label.setText(text)

    @property
    def stack_state(self) -> undo_stack.StackState:
        """The undo stack's ends as the person last saw them (ItemContext): Ctrl+Z takes
        only that entry (undo_actions.py)."""
        return self.undo_actions.seen

    def reload_choices(self) -> None:
        stored = workspace.settings(self.db)
        self.tz = stored.tz
        self.filter_bar.set_choices(
            [c.name for c in workspace.channels(self.db)],
            workspace.names(self.db, "campaigns"),
            workspace.names(self.db, "objectives"),
            workspace.names(self.db, "audiences"),
        )
        # A renamed or deleted channel (or campaign...) drops out of the chosen values.
        self.current_filter = self.filter_bar.filter()
        self.filter_bar.clear_button.setEnabled(self.current_filter.active)
        association = stored.association
        self.setWindowTitle(f"{association} — NGO Calendar" if association else "NGO Calendar")

    def apply_changes(self, changes: Changes) -> None:
        """Every write comes back here with its change set: lists and settings are read again
        only when it names them, the visible range only when something changed. The store
        watch then knows this commit for the window's own and reads nothing more for it."""
        if changes.operation is not None:
            self._own_operations.add(changes.operation)
        if changes.workspace:
            self.reload_choices()
            self.undo_actions.tell()  # this window's write: its entry is what Ctrl+Z takes
            self.refresh()
        elif changes:
            # Only what this write changed is read again. The data version is left alone: a
            # program may have written just before, and the store watch then reads it all.
            self.periods.items_changed(changes.items)
            self._refresh_lists(changes)
            self.show_period()
        else:
            self.undo_actions.read(self.db, own=True)

    def refresh_if_changed(self) -> bool:
        """Read the store again if another program committed since the last refresh; the
        window's own operations (their change sets refreshed what they named) are skipped."""
        version = self.db.data_version()
        if version == self._seen_version:
            return False
        newer = reading.operations_since(self.db, self._seen_operation)
        if all(operation in self._own_operations for operation in newer):
            # Only this window wrote (or a commit that recorded no change): nothing to read.
            self._seen_version = version
            self._seen_operation = newer[-1] if newer else self._seen_operation
            return False
        self.reload_choices()
        self.refresh()
        return True

    # -- window state ----------------------------------------------------------------------
    def _restore_state(self) -> None:
        window_state.restore(self)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.periods.stop()
        self.worker.stop()
        self.ics.finish_publication()
        self.save_state()
        super().closeEvent(event)
