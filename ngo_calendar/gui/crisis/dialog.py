"""Declaring a crisis, or ending one: what it is, then the proposed plan as a table the person
can change, then Apply (one operation: Ctrl+Z takes it all back). The plan is computed and
applied on the database worker, so a plan over a thousand items never freezes the window;
closing the dialog cancels what is under way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from ngo_calendar.core import workspace
from ngo_calendar.core.crisis.messages import TEMPLATES
from ngo_calendar.core.crisis.plan import DEFAULT_HORIZON_DAYS, Crisis

from .labels import template_label
from .table import (
    ACTION,
    AFTER,
    BEFORE,
    ITEM,
    REASON,
    Message,
    PlanDelegate,
    PlanFilter,
    PlanModel,
    within_calendar,
)

if TYPE_CHECKING:
    from ngo_calendar.core.crisis.record import CrisisInfo
    from ngo_calendar.core.write.changes import Changes

    from ..common.context import WindowContext
    from ..common.db_worker import Job


def now_local(tz: Any) -> datetime:
    return datetime.now(UTC).astimezone(tz).replace(second=0, microsecond=0, tzinfo=None)


class CrisisDialog(QDialog):
    """`ending`: the crisis to end (its info), else a new crisis is declared."""

    def __init__(self, context: WindowContext, ending: CrisisInfo | None = None) -> None:
        super().__init__(context.dialog_parent)
        self.context, self.db, self.tz, self.ending = context, context.db, context.tz, ending
        self.setObjectName("crisisDialog")
        self.setWindowTitle(
            QCoreApplication.translate("Crisis", "End the crisis")
            if ending
            else QCoreApplication.translate("Crisis", "Declare a crisis")
        )
        self.resize(1180, 660)  # the plan's seven columns, whole, on a 1280-wide screen
        self.proposal: Any = None
        self.changes: Changes | None = None
        self._job: Job | None = None
        self._asked: tuple[Any, ...] = ()  # the inputs the plan shown was made for
        self._current: Any = None  # the crisis being ended, as read with its re-plan
        layout = QVBoxLayout(self)
        form = QFormLayout()
        now = now_local(self.tz)
        self.start_edit = self._moment(now)
        if ending is None:
            self.name_edit = QLineEdit(self)
            self.name_edit.setObjectName("crisisName")
            self.name_edit.setPlaceholderText(
                QCoreApplication.translate("Crisis", "e.g. Floods in the valley")
            )
            form.addRow(QCoreApplication.translate("Crisis", "Name:"), self.name_edit)
            form.addRow(QCoreApplication.translate("Crisis", "From:"), self.start_edit)
            self.open_ended = QCheckBox(
                QCoreApplication.translate("Crisis", "Open-ended (end unknown)"), self
            )
            self.open_ended.setObjectName("openEnded")
            self.end_edit = self._moment(now + timedelta(days=3))
            self.open_ended.toggled.connect(lambda on: self.end_edit.setEnabled(not on))
            self.open_ended.toggled.connect(self._outdated)
            until = QHBoxLayout()
            until.addWidget(self.end_edit)
            until.addWidget(self.open_ended)
            form.addRow(QCoreApplication.translate("Crisis", "Expected end:"), until)
            self.channel_list = QListWidget(self)
            self.channel_list.setObjectName("crisisChannels")
            self.channel_list.setMaximumHeight(90)
            for channel in workspace.channels(self.db):
                entry = QListWidgetItem(channel.name, self.channel_list)
                entry.setCheckState(Qt.CheckState.Unchecked)
            form.addRow(
                QCoreApplication.translate("Crisis", "Channels (none ticked: all):"),
                self.channel_list,
            )
            self.channel_list.itemChanged.connect(self._outdated)
            form.addRow(QCoreApplication.translate("Crisis", "Horizon:"), self._horizon(None))
        else:
            intro = QCoreApplication.translate(
                "Crisis", "The crisis “%1” began on %2. Its held items are re-planned from its end."
            )
            since = ending.start.astimezone(self.tz).strftime("%d/%m/%Y %H:%M")
            form.addRow(QLabel(intro.replace("%1", ending.name).replace("%2", since), self))
            form.addRow(QCoreApplication.translate("Crisis", "Ended at:"), self.start_edit)
            form.addRow(QCoreApplication.translate("Crisis", "Horizon:"), self._horizon(ending))
            # Ending early: what the crisis shifted goes back to its original dates still
            # ahead (each row can say otherwise: its action, keep, leaves it where it is).
            self.restore = QCheckBox(
                QCoreApplication.translate(
                    "Crisis", "Put the items it shifted back on their original dates"
                ),
                self,
            )
            self.restore.setObjectName("restoreDates")
            self.restore.setChecked(True)
            self.restore.setToolTip(
                QCoreApplication.translate(
                    "Crisis",
                    "Only the dates still ahead; an item changed since the crisis moved it "
                    "stays as it is.",
                )
            )
            self.restore.toggled.connect(self.preview)
            form.addRow("", self.restore)
        layout.addLayout(form)
        self.preview_button = QPushButton(
            QCoreApplication.translate("Crisis", "Show the plan"), self
        )
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setShortcut("Ctrl+P")
        self.preview_button.clicked.connect(self.preview)
        top = QHBoxLayout()
        top.addWidget(self.preview_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        top.addWidget(self.summary, 1)
        self.show_kept = QCheckBox(QCoreApplication.translate("Crisis", "Show kept items"), self)
        self.show_kept.setObjectName("showKept")
        top.addWidget(self.show_kept)
        layout.addLayout(top)
        self.model = PlanModel(self.tz, self)
        self.rows = PlanFilter(self)
        self.rows.setSourceModel(self.model)
        self.show_kept.toggled.connect(self.rows.set_show_kept)
        self.table = QTableView(self)
        self.table.setObjectName("planTable")
        self.table.setModel(self.rows)
        self.table.setItemDelegate(PlanDelegate(self.tz, self.table))
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        for column, width in (
            (ACTION, 100),
            (ITEM, 250),
            (BEFORE, 120),
            (AFTER, 120),
            (REASON, 340),
        ):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        if ending is None:
            layout.addLayout(self._message_row())
        self.error = QLabel(self)
        self.error.setObjectName("crisisError")
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            QCoreApplication.translate("Crisis", "Apply the plan"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.model.refused.connect(self.error.setText)
        self.model.edited.connect(self._summarise)
        if ending is None:
            self.name_edit.setFocus()
        else:  # the end is now unless said otherwise: its re-plan is shown at once
            self.preview()

    def _moment(self, value: datetime) -> QDateTimeEdit:
        day = QDate(value.year, value.month, value.day)
        clock = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
        edit = QDateTimeEdit(QDateTime(day, clock), self)
        edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        edit.setCalendarPopup(True)
        within_calendar(edit)
        edit.dateTimeChanged.connect(self._outdated)
        return edit

    def _horizon(self, ending: CrisisInfo | None) -> QSpinBox:
        """How far after the end shifted items may land; what has no room by then is held."""
        self.horizon = QSpinBox(self)
        self.horizon.setObjectName("crisisHorizon")
        self.horizon.setRange(1, 365)
        self.horizon.setValue(DEFAULT_HORIZON_DAYS if ending is None else ending.horizon_days)
        self.horizon.valueChanged.connect(self._outdated)
        self.horizon.setSuffix(QCoreApplication.translate("Crisis", " days after the end"))
        self.horizon.setToolTip(
            QCoreApplication.translate(
                "Crisis",
                "Shifted items land before the horizon, beyond a channel's weekly target if "
                "they must; what has no room by then is held.",
            )
        )
        return self.horizon

    def _message_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("Crisis", "Crisis message:"), self))
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("templateBox")
        for name in TEMPLATES:
            self.template_box.addItem(template_label(name), name)
        self.message_channel = QComboBox(self)
        self.message_channel.setObjectName("messageChannel")
        for channel in workspace.channels(self.db):
            self.message_channel.addItem(channel.name)
        add = QPushButton(QCoreApplication.translate("Crisis", "Add at the top"), self)
        add.setObjectName("addMessage")
        add.clicked.connect(self.add_message)
        row.addWidget(self.template_box)
        row.addWidget(self.message_channel)
        row.addWidget(add)
        row.addStretch(1)
        return row

    # -- the plan ---------------------------------------------------------------------------
    def _when(self, edit: QDateTimeEdit) -> datetime:
        from ngo_calendar.core.model.timing import local_to_utc

        wall = cast("datetime", edit.dateTime().toPython())  # PySide6 types it as object
        return local_to_utc(wall.replace(second=0, microsecond=0), self.tz)

    def _inputs(self) -> tuple[Any, ...]:
        """What the plan depends on (not the name): a change of any makes it outdated."""
        try:
            if self.ending is not None:
                return (self._when(self.start_edit), self.horizon.value(), self.restore.isChecked())
            wanted = self.crisis()
        except Exception:  # noqa: BLE001 - a time that does not exist: not the planned one
            return ()
        return (wanted.start, wanted.end, wanted.channels, wanted.horizon_days)

    def crisis(self) -> Crisis:
        start = self._when(self.start_edit)
        ticked = [
            self.channel_list.item(i).text()
            for i in range(self.channel_list.count())
            if self.channel_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        end = None if self.open_ended.isChecked() else self._when(self.end_edit)
        return Crisis(self.name_edit.text(), start, end, frozenset(ticked), self.horizon.value())

    def preview(self) -> None:
        """Compute the plan on the database worker; the table shows it when it comes back."""
        self.error.clear()
        try:
            if self.ending is None:
                wanted = self.crisis()
                from ngo_calendar.core.crisis.propose import check_crisis, propose

                check_crisis(wanted)
                work: Any = lambda job: (propose(self.db, wanted), None)  # noqa: E731
            else:
                at, horizon = self._when(self.start_edit), self.horizon.value()
                if at <= self.ending.start:  # said in the window's words, in local time
                    self._too_early()
                    return
                restore = self.restore.isChecked()
                from ngo_calendar.core.crisis.end import propose_end

                work = lambda job: propose_end(self.db, at, horizon, restore)  # noqa: E731
        except Exception as exc:  # noqa: BLE001 - core's refusal, shown where it applies
            self._failed(exc)
            return
        if self._job is not None:
            self._job.cancel()
        self._asked = self._inputs()
        self.summary.setText(QCoreApplication.translate("Crisis", "Planning…"))
        self.apply_button.setEnabled(False)  # asking again starts again: no half-old plan
        self._job = self.context.worker.submit(work, self._planned, self._failed, urgent=True)

    def _planned(self, found: tuple[Any, Any]) -> None:
        self._job = None
        self.proposal, self._current = found
        self.model.set_rows(self.proposal.rows)
        self.table.resizeRowsToContents()  # a long reason on three lines, not cut
        self.preview_button.setEnabled(True)
        self.apply_button.setEnabled(True)
        self._summarise()

    def _failed(self, exc: BaseException) -> None:
        from ..common.errors import error_text

        self._job = None
        self.preview_button.setEnabled(True)
        self.buttons.setEnabled(True)
        self.summary.clear()
        self.error.setText(error_text(exc) if isinstance(exc, Exception) else str(exc))

    def _too_early(self) -> None:
        assert self.ending is not None
        begins = self.ending.start.astimezone(self.tz).strftime("%d/%m/%Y %H:%M")
        self.summary.clear()
        self.apply_button.setEnabled(False)
        self.error.setText(
            QCoreApplication.translate(
                "Crisis",
                "The crisis begins on %1: its end must come after. To call it off before "
                "it begins, use Cancel the crisis on its banner or in the Crisis menu.",
            ).replace("%1", begins)
        )

    def _outdated(self) -> None:
        if self.proposal is not None and self._inputs() != self._asked:
            self.apply_button.setEnabled(False)
            self.summary.setText(
                QCoreApplication.translate("Crisis", "The crisis changed: show the plan again")
            )

    def _summarise(self) -> None:
        counts = self.model.counts()
        text = QCoreApplication.translate(
            "Crisis", "%1 kept, %2 held, %3 shifted, %4 cancelled, %5 new message(s)"
        )
        for n, value in enumerate(
            (
                counts["keep"],
                counts["hold"],
                counts["shift"],
                counts["cancel"],
                len(self.model.messages),
            )
        ):
            text = text.replace(f"%{n + 1}", str(value))
        back = sum(r.action == "shift" and r.why.code == "crisis.restored" for r in self.model.rows)
        if back:
            text += QCoreApplication.translate(
                "Crisis", " (back on their original dates: %1)"
            ).replace("%1", str(back))
        if self.ending is not None and not self.model.rows:
            text = QCoreApplication.translate(
                "Crisis", "Nothing was held: ending the crisis only closes it."
            )
        self.summary.setText(text)

    def add_message(self) -> None:
        start = self._when(self.start_edit).astimezone(self.tz).replace(tzinfo=None)
        template = self.template_box.currentData()
        self.model.add_message(Message(template, self.message_channel.currentText(), start))

    # -- applying ---------------------------------------------------------------------------
    def apply(self) -> None:
        if self.proposal is None or self._job is not None:
            return
        from dataclasses import replace

        from ngo_calendar.core.crisis import apply as crisis_apply
        from ngo_calendar.core.crisis import messages as crisis_messages

        proposal = replace(self.proposal, rows=list(self.model.rows))
        if self.ending is None:  # the name as it is now (renaming changes no row)
            from ngo_calendar.core.crisis.propose import check_crisis

            named = replace(proposal.crisis, name=self.name_edit.text().strip())
            try:
                proposal = replace(proposal, crisis=check_crisis(named))
            except Exception as exc:  # noqa: BLE001 - core's refusal, shown in the dialog
                self._failed(exc)
                return
        db, language = self.db, workspace.settings(self.db).language
        limits = {c.name: c.char_limit for c in workspace.channels(db)}
        drafts = [
            crisis_messages.draft(m.template, m.channel, limits.get(m.channel), m.start, language)
            for m in self.model.messages
        ]
        if self.ending is None:
            work: Any = lambda job: crisis_apply.start(db, proposal, messages=drafts)  # noqa: E731
        else:
            at, crisis_id = self._when(self.start_edit), self._current.id
            work = lambda job: crisis_apply.end(db, proposal, at, crisis_id)  # noqa: E731
        self.buttons.setEnabled(False)  # a write is not stopped halfway: it ends whole
        self.summary.setText(QCoreApplication.translate("Crisis", "Applying…"))
        self._job = self.context.worker.submit(work, self._applied, self._failed, urgent=True)

    def _applied(self, changes: Changes) -> None:
        self._job = None
        self.changes = changes
        self.accept()

    def done(self, result: int) -> None:
        if self._job is not None and result != QDialog.DialogCode.Accepted:
            self._job.cancel()  # what is under way is dropped (a write still ends whole)
        super().done(result)
