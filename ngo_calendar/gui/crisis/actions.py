"""What the window does in crisis mode: the Crisis menu (declare, end, add a message, undo), the
banner while a crisis lasts (or is declared and not yet begun: then ending it cancels it, in
one step), and the held items in a tab of their own. A controller the main
window composes (it reaches the window through its `WindowContext`); every write goes through
core (crisis_apply: one undoable operation) and the window refreshes from its change set."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenuBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.calendar import query
from ngo_calendar.core.crisis import record as crisis_record
from ngo_calendar.core.model import reasons

from ..common.context import WindowContext
from .labels import reason_label, template_label

if TYPE_CHECKING:
    from .dialog import CrisisDialog


class CrisisController:
    """Texts here are translated in the context "Crisis", with the crisis dialogs'."""

    def __init__(self, context: WindowContext) -> None:
        self.context = context
        self.active: crisis_record.CrisisInfo | None = None  # the crisis under way, if any
        self.dialog: CrisisDialog | None = None  # the declare or end dialog while it is open

    # -- building ---------------------------------------------------------------------------
    def build_banner(self, column: QVBoxLayout) -> None:
        """The red banner above the calendar, shown while a crisis lasts."""
        self.banner = QFrame(self.context.dialog_parent)
        self.banner.setObjectName("crisisBanner")
        self.banner.setStyleSheet(
            "#crisisBanner { background: #b71c1c; } #crisisBanner QLabel { color: white; "
            "font-weight: 600; }"
        )
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("crisisBannerText")
        # A long name must not widen the window: the text is cut, whole in its tooltip.
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.banner_label, 1)
        for name, text, slot in (
            (
                "bannerMessage",
                QCoreApplication.translate("Crisis", "Add a message…"),
                self.add_message,
            ),
            ("bannerEnd", QCoreApplication.translate("Crisis", "End the crisis…"), self.end),
        ):
            button = QPushButton(text, self.banner)
            button.setObjectName(name)
            # Clicked, it keeps no keyboard focus: when the banner goes (the crisis ended) the
            # focus went on to the date box, and the view keys typed into it. The Crisis menu
            # reaches the same actions from the keyboard.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.banner_end = button  # its text says "cancel" while the crisis has not begun
        self.banner.hide()
        column.addWidget(self.banner)

    def build_held_tab(self, side: QTabWidget) -> None:
        """The held items, in a tab beside the calendar shown while some are held."""
        self.side = side
        page = QWidget(side)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            QCoreApplication.translate(
                "Crisis", "Paused until the crisis ends; its end re-plans them."
            ),
            page,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.held_list = QListWidget(page)
        self.held_list.setObjectName("heldList")
        self.held_list.setWordWrap(True)
        self.held_list.itemActivated.connect(self._open_held)
        layout.addWidget(self.held_list, 1)
        self.held_tab = side.addTab(page, "")
        side.setTabVisible(self.held_tab, False)

    def build_menu(self, menus: QMenuBar) -> None:
        window = self.context.dialog_parent
        menu = menus.addMenu(QCoreApplication.translate("Crisis", "&Crisis"))
        self.act_declare = QAction(
            QCoreApplication.translate("Crisis", "Declare a crisis…"), window
        )
        self.act_declare.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.act_declare.triggered.connect(self.declare)
        self.act_end_crisis = QAction(
            QCoreApplication.translate("Crisis", "End the crisis…"), window
        )
        self.act_end_crisis.triggered.connect(self.end)
        self.act_crisis_message = QAction(
            QCoreApplication.translate("Crisis", "Add a crisis message…"), window
        )
        self.act_crisis_message.triggered.connect(self.add_message)
        self.act_crisis_rules = QAction(
            QCoreApplication.translate("Crisis", "Crisis rules…"), window
        )
        self.act_crisis_rules.triggered.connect(self.edit_rules)
        for action in (self.act_declare, self.act_end_crisis, self.act_crisis_message):
            window.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_crisis_rules)

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """The banner, the held tab and the menu as the store says (a plain read of one row)."""
        db, tz = self.context.db, self.context.tz
        self.active = found = crisis_record.active(db)
        active = found is not None
        self.act_declare.setEnabled(not active)
        self.act_end_crisis.setEnabled(active)
        self.act_crisis_message.setEnabled(active)
        ahead = found is not None and found.start > datetime.now(UTC)  # not begun yet
        self.act_end_crisis.setText(
            QCoreApplication.translate("Crisis", "Cancel the crisis (not begun)")
            if ahead
            else QCoreApplication.translate("Crisis", "End the crisis…")
        )
        self.banner_end.setText(
            QCoreApplication.translate("Crisis", "Cancel the crisis")
            if ahead
            else QCoreApplication.translate("Crisis", "End the crisis…")
        )
        self.banner.setVisible(active)
        self.held_list.clear()
        self.side.setTabVisible(self.held_tab, active)
        if found is None:
            return
        held = [m for m in found.moves if m["action"] == "hold" and m["phase"] == "start"]
        still = {o.uid: o.status for o in query.items_by_uid(db, [m["uid"] for m in held])}
        shown = 0
        for move in held:
            if move["occurrence"] is None and still.get(move["uid"]) != "held":
                continue  # brought back by hand since
            why = reasons.of_record(move) or move["reason"]
            text = f"{move['title']}\n{_shown(move['before'])} — {reason_label(why)}"
            entry = QListWidgetItem(text, self.held_list)
            entry.setData(Qt.ItemDataRole.UserRole, move["id"])
            shown += 1
        since = found.start.astimezone(tz).strftime("%d/%m/%Y %H:%M")
        if ahead:
            text = QCoreApplication.translate("Crisis", "Crisis “%1” declared, begins %2")
        elif found.expected_end is None:
            text = QCoreApplication.translate(
                "Crisis", "Crisis “%1” since %2: %n item(s) held until it ends"
            )
        else:
            text = QCoreApplication.translate("Crisis", "Crisis “%1” since %2, expected to end %3")
            if shown:
                text += QCoreApplication.translate("Crisis", ": %n item(s) held")
            until = found.expected_end.astimezone(tz).strftime("%d/%m/%Y %H:%M")
            text = text.replace("%3", until)
        text = text.replace("%n", str(shown)).replace("%1", found.name).replace("%2", since)
        self.banner_label.setText(text)
        self.banner_label.setToolTip(text)
        self.side.setTabVisible(self.held_tab, shown > 0)
        self.side.setTabText(
            self.held_tab,
            QCoreApplication.translate("Crisis", "Held (%n)").replace("%n", str(shown)),
        )

    def _open_held(self, entry: QListWidgetItem) -> None:
        occ = query.get_item(self.context.db, entry.data(Qt.ItemDataRole.UserRole))
        if occ is not None:
            self.context.edit_occurrence(occ)

    # -- acting ----------------------------------------------------------------------------
    def declare(self) -> None:
        self._open_dialog(None)

    def end(self) -> None:
        """The end dialog; a crisis that has not begun is cancelled instead, in one step."""
        self.refresh()
        if self.active is None:
            return
        if self.active.start > datetime.now(UTC):
            self.cancel(self.active)
        else:
            self._open_dialog(self.active)

    def cancel(self, crisis: crisis_record.CrisisInfo) -> None:
        """Call off a crisis not yet begun: everything as before it was declared (what was
        done since kept), in one operation that Ctrl+Z takes back."""
        from ngo_calendar.core.crisis import apply as crisis_apply

        db, crisis_id = self.context.db, crisis.id
        done = QCoreApplication.translate(
            "Crisis", "Crisis cancelled: the plan is as it was (Ctrl+Z takes it back)"
        )
        self.context.run_write(lambda: crisis_apply.cancel(db, datetime.now(UTC), crisis_id), done)
        self.refresh()

    def _open_dialog(self, ending: crisis_record.CrisisInfo | None) -> None:
        from .dialog import CrisisDialog

        dialog = self.dialog = CrisisDialog(self.context, ending)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: CrisisDialog) -> None:
        self.dialog = None
        if dialog.changes is not None:
            self.context.apply_changes(dialog.changes)
            done = (
                QCoreApplication.translate("Crisis", "Crisis ended: held items re-planned")
                if dialog.ending
                else QCoreApplication.translate(
                    "Crisis", "Crisis declared: the plan is applied (Ctrl+Z takes it back)"
                )
            )
            self.context.statusBar().showMessage(done, 10000)

    def add_message(self) -> None:
        """A message from a template, now, on a channel the person picks: one operation."""
        from ngo_calendar.core import workspace
        from ngo_calendar.core.crisis import apply as crisis_apply
        from ngo_calendar.core.crisis import messages as crisis_messages

        from .dialog import now_local

        db, window = self.context.db, self.context.dialog_parent
        channels = workspace.channels(db)
        if not channels:
            self.context.show_error(
                QCoreApplication.translate("Crisis", "Add a channel first (File › Settings).")
            )
            return
        names = [template_label(t) for t in crisis_messages.TEMPLATES]
        chosen, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("Crisis", "Crisis message"),
            QCoreApplication.translate("Crisis", "Template:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        channel, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("Crisis", "Crisis message"),
            QCoreApplication.translate("Crisis", "Channel:"),
            [c.name for c in channels],
            0,
            False,
        )
        if not ok:
            return
        limit = next(c.char_limit for c in channels if c.name == channel)
        template = crisis_messages.TEMPLATES[names.index(chosen)]
        language = workspace.settings(db).language
        draft = crisis_messages.draft(
            template, channel, limit, now_local(self.context.tz), language
        )
        self.context.run_write(lambda: crisis_apply.add_messages(db, [draft]))

    def edit_rules(self) -> None:
        """Quiet hours, blackout days and sensitive words: stored in one operation."""
        from .rules_dialog import CrisisRulesDialog

        dialog = CrisisRulesDialog(self.context)

        def closed(result: int) -> None:
            if result and dialog.changes is not None:
                self.context.apply_changes(dialog.changes)

        dialog.finished.connect(closed)
        dialog.open()


def _shown(moment: str | None) -> str:
    """A date or time of the record (ISO, with its offset) as the window shows dates."""
    if not moment:
        return ""
    if "T" not in moment:
        return datetime.fromisoformat(moment).strftime("%d/%m/%Y")
    return datetime.fromisoformat(moment).strftime("%d/%m/%Y %H:%M")
