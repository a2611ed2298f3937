"""Who acts in this window: the person the history names for what is done here.

The review tab's "Acting as" box chooses among the workspace's people (or this computer's own
name); the choice is remembered in the workspace's window.ini. The status bar always shows who
acts (a click there opens the box). After a restart, a remembered person other than this
computer's own name is not taken back in silence: the window asks, and until the answer what
is done is signed with this computer's name (a reviewer's name chosen once must not become the
author of everything that follows).

Texts here are translated in the context "ReviewActions", with the review tab's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QComboBox, QMessageBox, QToolButton, QWidget

from ngo_calendar.core.write import acting

KEY = "acting_person"  # in window.ini


class WhoActs:
    """The box, the status bar's button and the question after a restart."""

    def __init__(
        self, box: QComboBox, status: QToolButton, folder: Path, open_box: Callable[[], None]
    ) -> None:
        self.box, self.status, self.folder = box, status, folder
        self.people: list[str] = []
        self.roles: dict[str, str] = {}
        self.confirmed = False  # the remembered person was chosen, or confirmed, this session
        self.question: QMessageBox | None = None
        status.setObjectName("actingStatus")
        status.setAutoRaise(True)
        status.setToolTip(
            QCoreApplication.translate(
                "ReviewActions", "Who the history names for what you do here; click to change"
            )
        )
        status.clicked.connect(open_box)
        box.activated.connect(self.chosen)

    def _settings(self) -> QSettings:
        return QSettings(str(self.folder / "window.ini"), QSettings.Format.IniFormat)

    def remembered(self) -> str:
        return str(self._settings().value(KEY, "") or "")

    def _remember(self, name: str) -> None:
        stored = self._settings()
        stored.setValue(KEY, name)
        stored.sync()

    def fill(self, people: list[tuple[str, str]]) -> None:
        """The workspace's people (read again after the settings change): who acts follows."""
        self.people = [name for name, _role in people]
        self.roles = dict(people)
        remembered = self.remembered()
        if remembered not in self.people:
            acting.act_as(None)
        elif self.confirmed:
            acting.act_as(remembered)
        else:
            acting.act_as(None)  # until the person says who they are
            if self.question is None:
                QTimer.singleShot(0, lambda: self._ask(remembered))
        box = self.box
        chosen = acting.current_user() if self.people else ""
        box.blockSignals(True)
        box.clear()
        box.addItem(
            QCoreApplication.translate("ReviewActions", "%1 (this computer)").replace(
                "%1", acting.default_user()
            ),
            "",
        )
        roles = {
            "editor": QCoreApplication.translate("ReviewActions", "editor"),
            "reviewer": QCoreApplication.translate("ReviewActions", "reviewer"),
        }
        for name in self.people:
            role = self.roles.get(name, "")
            box.addItem(f"{name} ({roles.get(role, role)})" if role else name, name)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)
        self.show()

    def chosen(self, index: int) -> None:
        name = str(self.box.itemData(index) or "")
        self._remember(name)
        self.confirmed = True
        acting.act_as(name or None)
        self.show()

    def show(self) -> None:
        self.status.setText(
            QCoreApplication.translate("ReviewActions", "Acting as %1").replace(
                "%1", acting.current_user()
            )
        )

    def _ask(self, name: str) -> None:
        parent = self.box.window()
        if self.question is not None or not isinstance(parent, QWidget) or self.confirmed:
            return
        box = self.question = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ReviewActions", "Who is acting?"),
            QCoreApplication.translate(
                "ReviewActions",
                "Last time, what was done here was signed “%1”. Is it still %1 at the keyboard?",
            ).replace("%1", name),
            parent=parent,
        )
        box.setObjectName("actingQuestion")
        yes = box.addButton(
            QCoreApplication.translate("ReviewActions", "Yes, sign “%1”").replace("%1", name),
            QMessageBox.ButtonRole.YesRole,
        )
        mine = QCoreApplication.translate("ReviewActions", "No, sign “%1”").replace(
            "%1", acting.default_user()
        )
        box.addButton(mine, QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes)

        def answered() -> None:
            if box.clickedButton() is yes:
                self.confirmed = True
                acting.act_as(name)
            else:
                self._remember("")
                acting.act_as(None)
            self.fill([(person, self.roles.get(person, "")) for person in self.people])

        box.finished.connect(answered)
        box.open()  # not exec(): the window stays usable (what is done meanwhile: this computer)
