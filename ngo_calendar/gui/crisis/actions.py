"""What the window does in crisis mode: the Crisis menu (declare, end, add a message, undo), the
banner while a crisis lasts, and the held items in a tab of their own. A mixin of MainWindow;
every write goes through core (crisis_apply: one undoable operation) and the window refreshes
from its change set."""

from __future__ import annotations

from datetime import datetime
from typing import Any

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

from .labels import reason_label, template_label


class CrisisActions:
    side: QTabWidget
    crisis: Any = None  # the active crisis (core.crisis_record.CrisisInfo) or None
    crisis_dialog: Any = None

    # -- building ---------------------------------------------------------------------------
    def _build_crisis_banner(self, column: QVBoxLayout) -> None:
        owner: Any = self
        self.banner = QFrame(owner)
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
                self.add_crisis_message,
            ),
            ("bannerEnd", QCoreApplication.translate("Crisis", "End the crisis…"), self.end_crisis),
        ):
            button = QPushButton(text, self.banner)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.banner.hide()
        column.addWidget(self.banner)

    def _build_held_tab(self, side: QTabWidget) -> None:
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
        self._held_tab = side.addTab(page, "")
        side.setTabVisible(self._held_tab, False)

    def _build_crisis_menu(self, menus: QMenuBar) -> None:
        owner: Any = self
        menu = menus.addMenu(QCoreApplication.translate("Crisis", "&Crisis"))
        self.act_declare = QAction(QCoreApplication.translate("Crisis", "Declare a crisis…"), owner)
        self.act_declare.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.act_declare.triggered.connect(self.declare_crisis)
        self.act_end_crisis = QAction(
            QCoreApplication.translate("Crisis", "End the crisis…"), owner
        )
        self.act_end_crisis.triggered.connect(self.end_crisis)
        self.act_crisis_message = QAction(
            QCoreApplication.translate("Crisis", "Add a crisis message…"), owner
        )
        self.act_crisis_message.triggered.connect(self.add_crisis_message)
        self.act_crisis_rules = QAction(
            QCoreApplication.translate("Crisis", "Crisis rules…"), owner
        )
        self.act_crisis_rules.triggered.connect(self.edit_crisis_rules)
        for action in (self.act_declare, self.act_end_crisis, self.act_crisis_message):
            owner.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_crisis_rules)

    # -- reading ---------------------------------------------------------------------------
    def refresh_crisis(self) -> None:
        """The banner, the held tab and the menu as the store says (a plain read of one row)."""
        owner: Any = self
        self.crisis = found = crisis_record.active(owner.db)
        active = found is not None
        self.act_declare.setEnabled(not active)
        self.act_end_crisis.setEnabled(active)
        self.act_crisis_message.setEnabled(active)
        self.banner.setVisible(active)
        self.held_list.clear()
        self.side.setTabVisible(self._held_tab, active)
        if found is None:
            return
        held = [m for m in found.moves if m["action"] == "hold" and m["phase"] == "start"]
        still = {o.uid: o.status for o in query.items_by_uid(owner.db, [m["uid"] for m in held])}
        shown = 0
        for move in held:
            if move["occurrence"] is None and still.get(move["uid"]) != "held":
                continue  # brought back by hand since
            why = reasons.of_record(move) or move["reason"]
            text = f"{move['title']}\n{_shown(move['before'])} — {reason_label(why)}"
            entry = QListWidgetItem(text, self.held_list)
            entry.setData(Qt.ItemDataRole.UserRole, move["id"])
            shown += 1
        since = found.start.astimezone(owner.tz).strftime("%d/%m/%Y %H:%M")
        if found.expected_end is None:
            text = QCoreApplication.translate(
                "Crisis", "Crisis “%1” since %2: %n item(s) held until it ends"
            )
        else:
            text = QCoreApplication.translate("Crisis", "Crisis “%1” since %2, expected to end %3")
            if shown:
                text += QCoreApplication.translate("Crisis", ": %n item(s) held")
            until = found.expected_end.astimezone(owner.tz).strftime("%d/%m/%Y %H:%M")
            text = text.replace("%3", until)
        text = text.replace("%n", str(shown)).replace("%1", found.name).replace("%2", since)
        self.banner_label.setText(text)
        self.banner_label.setToolTip(text)
        self.side.setTabVisible(self._held_tab, shown > 0)
        self.side.setTabText(
            self._held_tab,
            QCoreApplication.translate("Crisis", "Held (%n)").replace("%n", str(shown)),
        )

    def _open_held(self, entry: QListWidgetItem) -> None:
        owner: Any = self
        occ = query.get_item(owner.db, entry.data(Qt.ItemDataRole.UserRole))
        if occ is not None:
            owner.edit_occurrence(occ)

    # -- acting ----------------------------------------------------------------------------
    def declare_crisis(self) -> None:
        self._crisis_dialog(None)

    def end_crisis(self) -> None:
        self.refresh_crisis()
        if self.crisis is not None:
            self._crisis_dialog(self.crisis)

    def _crisis_dialog(self, ending: Any) -> None:
        from .dialog import CrisisDialog

        owner: Any = self
        dialog = self.crisis_dialog = CrisisDialog(owner, ending)
        dialog.finished.connect(lambda _result: self._crisis_dialog_closed(dialog))
        dialog.open()

    def _crisis_dialog_closed(self, dialog: Any) -> None:
        owner: Any = self
        self.crisis_dialog = None
        if dialog.changes is not None:
            owner.apply_changes(dialog.changes)
            done = (
                QCoreApplication.translate("Crisis", "Crisis ended: held items re-planned")
                if dialog.ending
                else QCoreApplication.translate(
                    "Crisis", "Crisis declared: the plan is applied (Ctrl+Z takes it back)"
                )
            )
            owner.statusBar().showMessage(done, 10000)

    def add_crisis_message(self) -> None:
        """A message from a template, now, on a channel the person picks: one operation."""
        owner: Any = self
        from ngo_calendar.core import workspace
        from ngo_calendar.core.crisis import apply as crisis_apply
        from ngo_calendar.core.crisis import messages as crisis_messages

        from .dialog import now_local

        channels = workspace.channels(owner.db)
        if not channels:
            owner.show_error(
                QCoreApplication.translate("Crisis", "Add a channel first (File › Settings).")
            )
            return
        names = [template_label(t) for t in crisis_messages.TEMPLATES]
        chosen, ok = QInputDialog.getItem(
            owner,
            QCoreApplication.translate("Crisis", "Crisis message"),
            QCoreApplication.translate("Crisis", "Template:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        channel, ok = QInputDialog.getItem(
            owner,
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
        language = workspace.settings(owner.db).language
        draft = crisis_messages.draft(template, channel, limit, now_local(owner.tz), language)
        owner.run_write(lambda: crisis_apply.add_messages(owner.db, [draft]))

    def edit_crisis_rules(self) -> None:
        """Quiet hours, blackout days and sensitive words: stored in one operation."""
        from .rules_dialog import CrisisRulesDialog

        owner: Any = self
        dialog = CrisisRulesDialog(owner)
        dialog.finished.connect(
            lambda result: (
                result and dialog.changes is not None and owner.apply_changes(dialog.changes)
            )
        )
        dialog.open()


def _shown(moment: str | None) -> str:
    """A date or time of the record (ISO, with its offset) as the window shows dates."""
    if not moment:
        return ""
    if "T" not in moment:
        return datetime.fromisoformat(moment).strftime("%d/%m/%Y")
    return datetime.fromisoformat(moment).strftime("%d/%m/%Y %H:%M")
