"""What the window does with items: every write goes through a core service, then refreshes.

A mixin of MainWindow, kept apart so that the window's layout and its operations each stay
readable on their own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ngo_calendar.core import workspace
from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.model.domain import (
    DEFAULT_POST_TIME,
    InputError,
    ItemDraft,
    NotFoundError,
    StackMoved,
    Start,
    Status,
    Timed,
)
from ngo_calendar.core.model.refusals import REFUSALS
from ngo_calendar.core.write.changes import Changes

from ..common.dnd import DraggedItem
from ..common.errors import error_text
from ..common.labels import status_label

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar

    from ngo_calendar.core.workspace import Database
    from ngo_calendar.core.write.undo_stack import StackState

    from ..editor.dialog import EditorContext, ItemEditor
    from ..settings.dialog import SettingsDialog
    from ..views.agenda import AgendaView
    from ..views.backlog import BacklogView
    from ..views.month import MonthView
    from ..views.week import WeekView


class _WriteServices:
    """core's write services (items, occurrences, history, undo), imported at the first
    edit: they bring SQLAlchemy's ORM, which the window's start does without."""

    MODULES = {
        "history": "ngo_calendar.core.write.history",
        "items": "ngo_calendar.core.items.edit",
        "occurrences": "ngo_calendar.core.items.occurrences",
        "review": "ngo_calendar.core.review.decide",
        "undo": "ngo_calendar.core.write.undo",
    }

    def __getattr__(self, name: str) -> Any:
        module = importlib.import_module(self.MODULES[name])
        setattr(self, name, module)
        return module


core = _WriteServices()


class ItemOperations:
    """Texts here use QCoreApplication.translate with this class's name: `self.tr` would look
    them up under MainWindow, the class of the object at run time.

    Needs from its host what is declared below; `self` is that host, the main window, when a
    dialog or a menu needs its parent."""

    db: Database

    if TYPE_CHECKING:
        tz: ZoneInfo
        view_name: str
        stack_state: StackState
        backlog: BacklogView
        month: MonthView
        languageChanged: SignalInstance

        @property
        def week(self) -> WeekView: ...
        @property
        def agenda(self) -> AgendaView: ...
        def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name
        def refresh(self) -> None: ...
        def apply_changes(self, changes: Changes) -> None: ...
        def current_day(self) -> date: ...

    # -- helpers ---------------------------------------------------------------------------
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
            self.statusBar().showMessage(error_text(exc), 10000)
            self.last_error = error_text(exc)
            self.refresh()
            return None
        except REFUSALS as exc:
            self.show_error(error_text(exc))
            self.refresh()  # show the store as it is now
            return None
        self.apply_changes(changes)
        if done:
            self.statusBar().showMessage(done, 6000)
        return changes

    def show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ItemOperations", "Not saved"),
            text,
            parent=cast("QWidget", self),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window stays responsive and tests are not blocked
        self.last_error = text

    def selected_occurrence(self) -> Occurrence | None:
        if self.backlog.hasFocus() and self.backlog.selected() is not None:
            return self.backlog.selected()
        views: dict[str, MonthView | WeekView | AgendaView] = {
            "month": self.month,
            "week": self.week,
            "agenda": self.agenda,
        }
        view = views[self.view_name]
        return view.selected() or self.backlog.selected()

    def editor_context(self, uid: str | None = None) -> EditorContext:
        from ..editor.dialog import EditorContext

        return EditorContext(
            channels=workspace.channels(self.db),
            campaigns=workspace.names(self.db, "campaigns"),
            objectives=workspace.names(self.db, "objectives"),
            audiences=workspace.names(self.db, "audiences"),
            history=core.history.item_history(self.db, uid) if uid else [],
            timezone=self.tz,  # the history's times, as the views
        )

    def run_editor(self, dialog: ItemEditor) -> bool:
        """Show the editor modally; tests replace this to fill the real dialog instead."""
        return bool(dialog.exec())

    def _edit_loop(self, dialog: ItemEditor, save: Callable[[ItemDraft], Changes]) -> bool:
        try:
            while self.run_editor(dialog):
                try:
                    changes = save(dialog.draft())
                except InputError as exc:
                    dialog.show_error(exc.field, error_text(exc))
                    continue
                except NotFoundError:
                    # Deleted meanwhile (the command line, another window): the text typed
                    # is still in the editor, to copy or to save again as a new item.
                    dialog.show_error("", self._deleted_meanwhile())
                    save = self._save_as_new
                    continue
                except REFUSALS as exc:
                    dialog.show_error("", error_text(exc))
                    continue
                self.apply_changes(changes)
                return True
            return False
        finally:
            dialog.deleteLater()  # parented to the window: without this, one per edit stays

    def _deleted_meanwhile(self) -> str:
        return QCoreApplication.translate(
            "ItemOperations",
            "This item was deleted elsewhere (another window or the command line) while you "
            "edited it. Save again to keep your version as a new item, or cancel.",
        )

    def _save_as_new(self, draft: ItemDraft) -> Changes:
        return core.items.create_item(self.db, replace(draft, revision=None))

    # -- creating and editing --------------------------------------------------------------
    def new_item(self, start: Start = None, status: Status = Status.DRAFT) -> bool:
        channels = workspace.channels(self.db)
        if not channels:
            # Every item goes out on a channel: a new workspace starts in the settings.
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "ItemOperations",
                    "First add the association's channels (Facebook, newsletter…).",
                ),
                10000,
            )
            if not self.open_settings() or not workspace.channels(self.db):
                return False
            channels = workspace.channels(self.db)
        draft = ItemDraft(
            title="", start=start, status=status, channels=[c.name for c in channels[:1]]
        )
        from ..editor.dialog import ItemEditor  # loaded when first needed: a quicker start

        dialog = ItemEditor(self.editor_context(), draft, cast("QWidget", self))
        dialog.setWindowTitle(QCoreApplication.translate("ItemOperations", "New item"))
        return self._edit_loop(dialog, lambda d: core.items.create_item(self.db, d))

    def new_idea(self) -> bool:
        return self.new_item(None, Status.IDEA)

    def new_item_on_day(self, day: date) -> bool:
        return self.new_item(Timed(datetime.combine(day, DEFAULT_POST_TIME)))

    def new_item_on_selected_day(self) -> bool:
        """Ctrl+N: a new item on the day the person is looking at (the selected day of the
        month, the selected item's day, else the day the view is anchored on)."""
        return self.new_item_on_day(self.current_day())

    def edit_occurrence(self, occ: Occurrence | None) -> bool:
        if occ is None:
            return False
        try:
            draft = core.items.item_draft(self.db, occ.item_id)
        except NotFoundError as exc:
            self.show_error(str(exc))
            return False
        from ..editor.dialog import ItemEditor

        context = replace(
            self.editor_context(occ.uid),
            reopens_review=lambda d: core.review.would_reopen(self.db, occ.item_id, d),
        )
        dialog = ItemEditor(context, draft, cast("QWidget", self))
        dialog.setWindowTitle(QCoreApplication.translate("ItemOperations", "Edit item"))
        return self._edit_loop(dialog, lambda d: core.items.update_item(self.db, occ.item_id, d))

    def edit_selected(self) -> None:
        self.edit_occurrence(self.selected_occurrence())

    def duplicate_selected(self) -> None:
        occ = self.selected_occurrence()
        if occ is not None:
            self.run_write(
                lambda: core.items.duplicate_item(self.db, occ.item_id),
                QCoreApplication.translate("ItemOperations", "Duplicated."),
            )

    def set_status(self, occ: Occurrence, status: Status) -> None:
        key = None
        if occ.rrule and occ.occurrence_key:
            scope = self.ask_series_scope(QCoreApplication.translate("ItemOperations", "Status"))
            if scope is None:
                return
            key = occ.occurrence_key if scope == "one" else None
        self.run_write(lambda: core.items.set_status(self.db, occ.item_id, status, occurrence=key))

    # -- deleting --------------------------------------------------------------------------
    def delete_selected(self) -> None:
        occ = self.selected_occurrence()
        if occ is None:
            return
        done = QCoreApplication.translate(
            "ItemOperations", "Deleted “%1”. Ctrl+Z brings it back."
        ).replace("%1", occ.title)
        if occ.rrule and occ.occurrence_key:
            scope = self.ask_series_scope(QCoreApplication.translate("ItemOperations", "Delete"))
            if scope is None:
                return
            if scope == "one":
                key = occ.occurrence_key
                self.run_write(
                    lambda: core.occurrences.delete_occurrence(self.db, occ.item_id, key), done
                )
                return
        self.run_write(lambda: core.items.delete_item(self.db, occ.item_id), done)

    # -- moving ----------------------------------------------------------------------------
    def ask_series_scope(self, verb: str) -> str | None:
        """'one', 'series' or None (cancelled): the question asked for a recurring item."""
        box = QMessageBox(cast("QWidget", self))
        box.setWindowTitle(verb)
        box.setText(
            QCoreApplication.translate(
                "ItemOperations",
                "This item repeats. Apply to this occurrence only, or to the series?",
            )
        )
        one = box.addButton(
            QCoreApplication.translate("ItemOperations", "This occurrence"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        series = box.addButton(
            QCoreApplication.translate("ItemOperations", "Whole series"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "one" if clicked is one else "series" if clicked is series else None

    def drop_on_day(self, dragged: DraggedItem, day: date) -> None:
        """Month grid: the item keeps its time of day as the store has it (not as this window
        last drew it); an idea gets the default time."""
        self._drop(
            dragged,
            lambda key, whole: core.occurrences.move_to_day(
                self.db, dragged.item_id, day, key, whole
            ),
        )

    def drop_at(self, dragged: DraggedItem, start: Start) -> None:
        self._drop(
            dragged,
            lambda key, whole: core.occurrences.move_item(
                self.db, dragged.item_id, start, key, whole
            ),
        )

    def _drop(self, dragged: DraggedItem, move: Callable[[str | None, bool], Changes]) -> None:
        """A date of a series asks: this date or the whole series."""
        whole = False
        if dragged.occurrence_key is not None:
            scope = self.ask_series_scope(QCoreApplication.translate("ItemOperations", "Move"))
            if scope is None:
                return
            whole = scope == "series"
        done = QCoreApplication.translate("ItemOperations", "Moved. Ctrl+Z to undo.")
        self.run_write(lambda: move(dragged.occurrence_key, whole), done)

    def unschedule(self, dragged: DraggedItem) -> None:
        done = QCoreApplication.translate("ItemOperations", "Back in the ideas. Ctrl+Z to undo.")
        self.run_write(lambda: core.occurrences.move_item(self.db, dragged.item_id, None), done)

    # -- undo ------------------------------------------------------------------------------
    def undo(self) -> None:
        """Undo what the Undo action names (another program may have written since)."""
        expected = self.stack_state.undo_id
        self.run_write(
            lambda: core.undo.undo(self.db, expected=expected),
            QCoreApplication.translate("ItemOperations", "Undone."),
            quiet=(StackMoved,),
        )

    def redo(self) -> None:
        expected = self.stack_state.redo_id
        self.run_write(
            lambda: core.undo.redo(self.db, expected=expected),
            QCoreApplication.translate("ItemOperations", "Redone."),
            quiet=(StackMoved,),
        )

    # -- menus and settings ----------------------------------------------------------------
    def context_menu(self, occ: Occurrence | None, day: date | None, pos: QPoint) -> QMenu:
        menu = QMenu(cast("QWidget", self))
        if occ is not None:
            menu.addAction(
                QCoreApplication.translate("ItemOperations", "Edit…"),
                lambda: self.edit_occurrence(occ),
            )
            menu.addAction(
                QCoreApplication.translate("ItemOperations", "Duplicate"),
                lambda: self.run_write(lambda: core.items.duplicate_item(self.db, occ.item_id)),
            )
            statuses = menu.addMenu(QCoreApplication.translate("ItemOperations", "Status"))
            for status in Status:
                action = statuses.addAction(status_label(status.value))
                action.setCheckable(True)
                action.setChecked(occ.status == status.value)
                action.triggered.connect(lambda _=False, s=status: self.set_status(occ, s))
            if occ.rrule is None and (occ.start_utc or occ.start_date):
                dragged = DraggedItem(occ.item_id, None)
                menu.addAction(
                    QCoreApplication.translate("ItemOperations", "Move to ideas"),
                    lambda: self.unschedule(dragged),
                )
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("ItemOperations", "Delete"), self.delete_selected
            )
        if day is not None:
            menu.addAction(
                QCoreApplication.translate("ItemOperations", "New item on this day…"),
                lambda: self.new_item_on_day(day),
            )
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not menu.isEmpty():
            menu.popup(pos)
        return menu

    def open_settings(self, tab: str = "") -> bool:
        """The settings dialog, on the tab named `tab` (its object name) if given."""
        from ngo_calendar.core.settings import apply as settings_apply

        from ..settings.dialog import SettingsDialog

        before = workspace.settings(self.db).language
        dialog = SettingsDialog(settings_apply.workspace_snapshot(self.db), cast("QWidget", self))
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
