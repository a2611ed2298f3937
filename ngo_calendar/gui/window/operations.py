"""What the window does with items: every write goes through a core service, then refreshes.

A controller the main window composes, kept apart so that the window's layout and its
operations each stay readable on their own; it reaches the window through its `ItemContext`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

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

from ..common.context import WindowContext
from ..common.dnd import DraggedItem
from ..common.errors import error_text
from ..common.labels import status_label

if TYPE_CHECKING:
    from ngo_calendar.core.items.dates import Scope
    from ngo_calendar.core.write.undo_stack import StackState

    from ..editor.dialog import EditorContext, ItemEditor


class _WriteServices:
    """core's write services (items, occurrences, history, undo), imported at the first
    edit: they bring SQLAlchemy's ORM, which the window's start does without."""

    MODULES = {
        "history": "ngo_calendar.core.write.history",
        "items": "ngo_calendar.core.items.edit",
        "dates": "ngo_calendar.core.items.dates",
        "occurrences": "ngo_calendar.core.items.occurrences",
        "review": "ngo_calendar.core.review.decide",
        "undo": "ngo_calendar.core.write.undo",
    }

    def __getattr__(self, name: str) -> Any:
        module = importlib.import_module(self.MODULES[name])
        setattr(self, name, module)
        return module


core = _WriteServices()


class ItemContext(WindowContext, Protocol):
    """What the item operations use of the window besides what every controller may: the day
    the person is looking at (a new item goes there), and the undo stack as last read (undo
    and redo act on the step the Undo and Redo actions name)."""

    def current_day(self) -> date:
        """The selected day of the month, the selected item's day, else the day shown."""
        ...

    @property
    def stack_state(self) -> StackState:
        """The undo stack's ends as the person last saw them: after this window's own write,
        or after being told another program wrote (Ctrl+Z undoes only what they name)."""
        ...


# What the person saw when the stack was empty: no entry has this id, so core refuses any
# entry another program added since (None would mean "whatever is on top").
NO_ENTRY = 0


class ItemController:
    """Texts here are translated in the context "ItemOperations" (the name of the mixin this
    controller was), where the catalogues file them."""

    def __init__(self, context: ItemContext) -> None:
        self.context = context

    # -- the editor ------------------------------------------------------------------------
    def editor_context(self, uid: str | None = None) -> EditorContext:
        from ..editor.dialog import EditorContext

        db = self.context.db
        return EditorContext(
            channels=workspace.channels(db),
            campaigns=workspace.names(db, "campaigns"),
            objectives=workspace.names(db, "objectives"),
            audiences=workspace.names(db, "audiences"),
            history=core.history.item_history(db, uid) if uid else [],
            timezone=self.context.tz,  # the history's times, as the views
        )

    def run_editor(self, dialog: ItemEditor) -> bool:
        """Show the editor modally; tests replace this to fill the real dialog instead."""
        return bool(dialog.exec())

    def _edit_loop(self, dialog: ItemEditor, save: Callable[[ItemDraft], Changes | None]) -> bool:
        """Run the editor until saved or cancelled; `save` returning None (a question answered
        with Cancel) goes back to the editor."""
        try:
            while self.run_editor(dialog):
                try:
                    changes = save(dialog.draft())
                    if changes is None:
                        continue
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
                self.context.apply_changes(changes)
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
        return core.items.create_item(self.context.db, replace(draft, revision=None))

    # -- creating and editing --------------------------------------------------------------
    def new_item(self, start: Start = None, status: Status = Status.DRAFT) -> bool:
        db = self.context.db
        channels = workspace.channels(db)
        if not channels:
            # Every item goes out on a channel: a new workspace starts in the settings.
            self.context.statusBar().showMessage(
                QCoreApplication.translate(
                    "ItemOperations",
                    "First add the association's channels (Facebook, newsletter…).",
                ),
                10000,
            )
            if not self.context.open_settings() or not workspace.channels(db):
                return False
            channels = workspace.channels(db)
        draft = ItemDraft(
            title="", start=start, status=status, channels=[c.name for c in channels[:1]]
        )
        from ..editor.dialog import ItemEditor  # loaded when first needed: a quicker start

        dialog = ItemEditor(self.editor_context(), draft, self.context.dialog_parent)
        if status is Status.IDEA:
            dialog.setWindowTitle(QCoreApplication.translate("ItemOperations", "New idea"))
        else:
            dialog.setWindowTitle(QCoreApplication.translate("ItemOperations", "New item"))
        return self._edit_loop(dialog, lambda d: core.items.create_item(db, d))

    def new_idea(self) -> bool:
        return self.new_item(None, Status.IDEA)

    def new_item_on_day(self, day: date) -> bool:
        return self.new_item(Timed(datetime.combine(day, DEFAULT_POST_TIME)))

    def new_item_on_selected_day(self) -> bool:
        """Ctrl+N: a new item on the day the person is looking at (the selected day of the
        month, the selected item's day, else the day the view is anchored on)."""
        return self.new_item_on_day(self.context.current_day())

    def edit_occurrence(self, occ: Occurrence | None) -> bool:
        if occ is None:
            return False
        if occ.rrule and occ.occurrence_key:
            return self.edit_date(occ, occ.occurrence_key)
        db = self.context.db
        try:
            draft = core.items.item_draft(db, occ.item_id)
        except NotFoundError as exc:
            self.context.show_error(str(exc))
            return False
        from ..editor.dialog import ItemEditor

        context = replace(
            self.editor_context(occ.uid),
            reopens_review=lambda d: core.review.would_reopen(db, occ.item_id, d),
        )
        dialog = ItemEditor(context, draft, self.context.dialog_parent)
        dialog.setWindowTitle(QCoreApplication.translate("ItemOperations", "Edit item"))
        return self._edit_loop(dialog, lambda d: core.items.update_item(db, occ.item_id, d))

    def edit_date(self, occ: Occurrence, key: str) -> bool:
        """One date of a series: the editor shows that date (its own start and fields), and
        saving asks for this date, the whole series, or this date and the following ones."""
        db = self.context.db
        try:
            view = core.dates.date_view(db, occ.item_id, key)
        except (NotFoundError, InputError) as exc:
            self.context.show_error(error_text(exc))
            return False
        from ..editor.dialog import ItemEditor

        def as_series(draft: ItemDraft) -> ItemDraft:
            """The series with what was changed on the date: what review compares."""
            changed = {
                f.name: getattr(draft, f.name)
                for f in fields(ItemDraft)
                if f.name != "revision" and getattr(draft, f.name) != getattr(view.shown, f.name)
            }
            return replace(view.series, **changed)

        context = replace(
            self.editor_context(occ.uid),
            reopens_review=lambda d: core.review.would_reopen(db, occ.item_id, as_series(d)),
            series=view.series,
            own=view.own,
            moved=view.moved,
        )
        dialog = ItemEditor(context, view.shown, self.context.dialog_parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("ItemOperations", "Edit a date of a series")
        )

        def save(draft: ItemDraft) -> Changes | None:
            if draft == view.shown:
                return Changes()  # nothing changed: nothing to ask, nothing written
            verb = QCoreApplication.translate("ItemOperations", "Save")
            scope = self.ask_series_scope(verb, following=True)
            if scope is None:
                return None
            return core.dates.save_date(db, occ.item_id, key, view.shown, draft, scope)

        return self._edit_loop(dialog, save)

    def edit_selected(self) -> None:
        self.edit_occurrence(self.context.selected_occurrence())

    def duplicate_selected(self) -> None:
        occ = self.context.selected_occurrence()
        if occ is not None:
            db = self.context.db
            self.context.run_write(
                lambda: core.items.duplicate_item(db, occ.item_id),
                QCoreApplication.translate("ItemOperations", "Duplicated."),
            )

    def set_status(self, occ: Occurrence, status: Status) -> None:
        key = None
        if occ.rrule and occ.occurrence_key:
            scope = self.ask_series_scope(QCoreApplication.translate("ItemOperations", "Status"))
            if scope is None:
                return
            key = occ.occurrence_key if scope == "one" else None
        db = self.context.db
        self.context.run_write(
            lambda: core.items.set_status(db, occ.item_id, status, occurrence=key)
        )

    # -- deleting --------------------------------------------------------------------------
    def delete_selected(self) -> None:
        occ = self.context.selected_occurrence()
        if occ is None:
            return
        db = self.context.db
        done = QCoreApplication.translate(
            "ItemOperations", "Deleted “%1”. Ctrl+Z brings it back."
        ).replace("%1", occ.title)
        if occ.rrule and occ.occurrence_key:
            scope = self.ask_series_scope(QCoreApplication.translate("ItemOperations", "Delete"))
            if scope is None:
                return
            if scope == "one":
                key = occ.occurrence_key
                self.context.run_write(
                    lambda: core.occurrences.delete_occurrence(db, occ.item_id, key), done
                )
                return
        self.context.run_write(lambda: core.items.delete_item(db, occ.item_id), done)

    # -- moving ----------------------------------------------------------------------------
    def ask_series_scope(self, verb: str, following: bool = False) -> Scope | None:
        """'one', 'series', with `following` 'following' too (this date and the later ones),
        or None (cancelled): the question asked for a recurring item."""
        box = QMessageBox(self.context.dialog_parent)
        box.setObjectName("series_scope")
        box.setWindowTitle(verb)
        if following:
            question = QCoreApplication.translate(
                "ItemOperations",
                "This item repeats. Apply to this date only, to the whole series, or to this "
                "date and the following ones?",
            )
        else:
            question = QCoreApplication.translate(
                "ItemOperations",
                "This item repeats. Apply to this occurrence only, or to the series?",
            )
        box.setText(question)
        one = box.addButton(
            QCoreApplication.translate("ItemOperations", "This occurrence"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        series = box.addButton(
            QCoreApplication.translate("ItemOperations", "Whole series"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        later = None
        if following:
            later = box.addButton(
                QCoreApplication.translate("ItemOperations", "This and the following ones"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is one:
            return "one"
        if clicked is series:
            return "series"
        return "following" if later is not None and clicked is later else None

    def drop_on_day(self, dragged: DraggedItem, day: date) -> None:
        """Month grid: the item keeps its time of day as the store has it (not as this window
        last drew it); an idea gets the default time."""
        db = self.context.db
        self._drop(
            dragged,
            lambda key, whole: core.occurrences.move_to_day(db, dragged.item_id, day, key, whole),
        )

    def drop_at(self, dragged: DraggedItem, start: Start) -> None:
        db = self.context.db
        self._drop(
            dragged,
            lambda key, whole: core.occurrences.move_item(db, dragged.item_id, start, key, whole),
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
        self.context.run_write(lambda: move(dragged.occurrence_key, whole), done)

    def unschedule(self, dragged: DraggedItem) -> None:
        db = self.context.db
        done = QCoreApplication.translate("ItemOperations", "Back in the ideas. Ctrl+Z to undo.")
        self.context.run_write(lambda: core.occurrences.move_item(db, dragged.item_id, None), done)

    # -- undo ------------------------------------------------------------------------------
    def undo(self) -> None:
        """Undo what the person last saw named (another program may have written since: then
        core refuses, StackMoved, and says what is now the last change)."""
        db, expected = self.context.db, self.context.stack_state.undo_id or NO_ENTRY
        self.context.run_write(
            lambda: core.undo.undo(db, expected=expected),
            QCoreApplication.translate("ItemOperations", "Undone."),
            quiet=(StackMoved,),
        )

    def redo(self) -> None:
        db, expected = self.context.db, self.context.stack_state.redo_id or NO_ENTRY
        self.context.run_write(
            lambda: core.undo.redo(db, expected=expected),
            QCoreApplication.translate("ItemOperations", "Redone."),
            quiet=(StackMoved,),
        )

    # -- the context menu ------------------------------------------------------------------
    def context_menu(self, occ: Occurrence | None, day: date | None, pos: QPoint) -> QMenu:
        menu = QMenu(self.context.dialog_parent)
        if occ is not None:
            db = self.context.db
            menu.addAction(
                QCoreApplication.translate("ItemOperations", "Edit…"),
                lambda: self.edit_occurrence(occ),
            )
            menu.addAction(
                QCoreApplication.translate("ItemOperations", "Duplicate"),
                lambda: self.context.run_write(lambda: core.items.duplicate_item(db, occ.item_id)),
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
