"""The workspace's crisis rules: quiet hours (no post is moved into them), blackout days (no
post is moved onto them) and the sensitive words that flag an item for a second reading. Core
checks and stores them (crisis_rules.update: one operation, undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
)

from ngo_calendar.core.crisis import rules as crisis_rules
from ngo_calendar.core.model.refusals import REFUSALS

if TYPE_CHECKING:
    from ngo_calendar.core.write.changes import Changes

    from ..common.context import WindowContext


class CrisisRulesDialog(QDialog):
    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent)
        self.db = context.db
        self.changes: Changes | None = None
        self.setObjectName("crisisRulesDialog")
        self.setWindowTitle(QCoreApplication.translate("Crisis", "Crisis rules"))
        self.resize(520, 420)
        rules = crisis_rules.read(self.db)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Crisis", "How a crisis plan moves posts after a crisis, in this workspace."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.quiet = QCheckBox(QCoreApplication.translate("Crisis", "No post moved between"), self)
        self.quiet.setObjectName("quietOn")
        self.quiet_from, self.quiet_until = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.quiet_from, self.quiet_until):
            edit.setDisplayFormat("HH:mm")
        start, end = rules.quiet or crisis_rules.DEFAULT_QUIET
        self.quiet_from.setTime(QTime(start.hour, start.minute))
        self.quiet_until.setTime(QTime(end.hour, end.minute))
        self.quiet.setChecked(rules.quiet is not None)
        hours = QHBoxLayout()
        hours.addWidget(self.quiet)
        hours.addWidget(self.quiet_from)
        hours.addWidget(QLabel(QCoreApplication.translate("Crisis", "and"), self))
        hours.addWidget(self.quiet_until)
        form.addRow(QCoreApplication.translate("Crisis", "Quiet hours:"), hours)
        self.blackout = QLineEdit(", ".join(d.isoformat() for d in sorted(rules.blackout)), self)
        self.blackout.setObjectName("blackoutDays")
        self.blackout.setPlaceholderText("2026-12-25, 2027-01-01")
        form.addRow(QCoreApplication.translate("Crisis", "Blackout days:"), self.blackout)
        self.words = QPlainTextEdit("\n".join(rules.words), self)
        self.words.setObjectName("sensitiveWords")
        form.addRow(
            QCoreApplication.translate("Crisis", "Sensitive words\n(one per line):"), self.words
        )
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        from ..common.errors import error_text

        try:
            quiet = None
            if self.quiet.isChecked():
                text = f"{self.quiet_from.time().toString('HH:mm')}-"
                text += self.quiet_until.time().toString("HH:mm")
                quiet = crisis_rules.parse_quiet(
                    text, QCoreApplication.translate("Crisis", "Quiet hours")
                )
            blackout = crisis_rules.parse_days(
                [self.blackout.text()], QCoreApplication.translate("Crisis", "Blackout days")
            )
            words = crisis_rules.parse_words(
                [self.words.toPlainText()], QCoreApplication.translate("Crisis", "Sensitive words")
            )
            self.changes = crisis_rules.update(self.db, quiet, blackout, words)
        except REFUSALS as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
