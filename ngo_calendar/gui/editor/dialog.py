"""The item editor: a dialog that returns what was entered; the caller saves through the services.

The dialog never touches the store. Checks that need the workspace happen when the caller saves;
the caller then shows the service's InputError with `show_error` and runs the dialog again:

    dialog = ItemEditor(context, draft, parent)
    while dialog.exec():
        try:
            items.update_item(db, item_id, dialog.draft())
            break
        except InputError as exc:
            dialog.show_error(exc.field, str(exc))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo

from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_calendar.core.calendar.query import too_long_for
from ngo_calendar.core.model.domain import ItemDraft, Timed
from ngo_calendar.core.workspace import ChannelInfo
from ngo_calendar.core.write.history import Change

from ..common.labels import (
    action_label,
    field_label,
    kind_label,
    sensitivity_help,
    sensitivity_label,
    status_label,
)
from .attachments import AttachmentsTab
from .general import GeneralTab
from .history import HistoryTab
from .recurrence import RecurrenceTab
from .series_date import SeriesDateBar
from .text import TextTab

__all__ = [
    "EditorContext",
    "ItemEditor",
    "action_label",
    "edit_item",
    "field_label",
    "kind_label",
    "sensitivity_help",
    "sensitivity_label",
    "status_label",
]

ERROR_STYLE = (
    "QLabel { color: #b71c1c; background: #ffebee; border: 1px solid #ef9a9a;"
    " border-radius: 4px; padding: 6px; }"
)


@dataclass(frozen=True)
class EditorContext:
    """What the dialog offers to choose from; read from the workspace by the caller."""

    channels: list[ChannelInfo]
    campaigns: list[str]
    objectives: list[str]
    audiences: list[str]
    history: list[Change] = field(default_factory=list)  # item_history() of an existing item
    timezone: tzinfo | None = None  # for the history's times; None: the computer's zone
    # Whether saving this draft sends an approved item back to review (core.review decides).
    reopens_review: Callable[[ItemDraft], bool] | None = None
    # One date of a series: the series as it is, what the date has of its own, whether it
    # was moved from its slot (the dialog then says so, and offers the series' values).
    series: ItemDraft | None = None
    own: tuple[str, ...] = ()
    moved: bool = False


class ItemEditor(QDialog):
    def __init__(
        self,
        context: EditorContext,
        draft: ItemDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ItemEditor")
        self._revision = draft.revision if draft is not None else None
        self._reopens_review = context.reopens_review
        is_new = draft is None or (not draft.title and not context.history)
        self.setWindowTitle(self.tr("New item") if is_new else self.tr("Edit item"))
        self.setSizeGripEnabled(True)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.general = GeneralTab(
            context.channels, context.campaigns, context.objectives, context.audiences
        )
        self._limits = {c.name: c.char_limit for c in context.channels}
        self.text = TextTab(self._limits)
        self.recurrence = RecurrenceTab(zone=context.timezone)
        self.attachments = AttachmentsTab()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            self.tr(
                "Notes for the team, never published: sources, contacts, "
                "what to check before it goes out."
            )
        )
        self.history = HistoryTab(context.history, context.timezone)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.text, self.tr("Text"))
        self.tabs.addTab(self.recurrence, self.tr("Recurrence"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.notes_edit, self.tr("Notes"))
        self.tabs.addTab(self.history, self.tr("History"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        self.series_date: SeriesDateBar | None = None
        self._series = context.series
        if context.series is not None:
            self.series_date = SeriesDateBar(context.own, context.moved)
            self.series_date.use_series.connect(self.use_series_values)
            layout.addWidget(self.series_date)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        self.general.changed.connect(self._check)
        self.general.channels_changed.connect(self._channels_changed)
        self.general.start_changed.connect(self._start_changed)
        self.recurrence.changed.connect(self._check)
        self.text.changed.connect(self._mark_overflow)

        self._load(draft or ItemDraft(title=""))
        self._loaded = self.draft()  # what Escape compares with before throwing edits away
        self.resize(820, 620)
        self.general.title_edit.setFocus()

    # -- the API the caller uses --------------------------------------------------------------

    def draft(self) -> ItemDraft:
        """What is entered now, whether or not it passes the dialog's own checks."""
        g = self.general
        return ItemDraft(
            title=g.title_edit.text(),
            kind=g.kind(),
            body=self.text.body(),
            channels=g.channel_list.checked(),
            variants=self.text.variants(),
            status=g.status(),
            start=g.start(),
            duration_minutes=g.duration(),
            days=g.days_spin.value(),
            campaign=g.campaign(),
            objective=g.objective(),
            audiences=g.audience_list.checked(),
            tags=g.tags(),
            attachments=self.attachments.paths(),
            notes=self.notes_edit.toPlainText(),
            sensitivity=g.sensitivity(),
            rrule=self.recurrence.rule(),
            revision=self._revision,
        )

    def use_series_values(self) -> None:
        """One date of a series: its title, text, status and channels as the series has them
        (its date and time stay)."""
        series = self._series
        if series is None:
            return
        g = self.general
        g.title_edit.setText(series.title)
        g.status_combo.setCurrentIndex(g.status_combo.findData(series.status))
        g.set_channels(series.channels)
        self.text.set_body(series.body)
        self.text.set_variants(series.variants)
        self._channels_changed()

    def show_error(self, field: str, message: str) -> None:
        """Show a refusal from the services at the top and put the cursor where it applies.

        `field` is InputError.field: title, start, duration, days, rrule, channel, variant,
        campaign, objective, audience, ...; an unknown field only shows the message.
        """
        self.error_label.setText(message)
        self.error_label.show()
        target = self._focus_target(field)
        if target is None:
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is target or (page is not None and page.isAncestorOf(target)):
                self.tabs.setCurrentIndex(index)
                break
        # Works while the dialog is hidden too: Qt gives the focus when the window shows again.
        target.setFocus()

    def reasons(self) -> list[str]:
        """Why the dialog cannot be accepted now (empty when it can)."""
        found = []
        if not self.general.title_edit.text().strip():
            found.append(self.tr("Give the item a title."))
        if not self.general.channel_list.checked():
            found.append(self.tr("Tick at least one channel."))
        problem = self.recurrence.error()
        if problem:
            found.append(problem)
        return found

    def accept(self) -> None:
        if self.reasons():
            return  # Ctrl+Return bypasses the disabled button; the checks still hold
        too_long = self.too_long()
        if too_long and not self.confirm_too_long(too_long):
            return  # back to the text, to shorten it
        reopens = self._reopens_review
        if reopens is not None and reopens(self.draft()) and not self.confirm_reopen():
            return
        self.error_label.hide()
        super().accept()

    def confirm_reopen(self) -> bool:
        """Saving changes the text or the date of an approved item: it goes back to review."""
        answer = QMessageBox.question(
            self,
            self.tr("Approved item"),
            self.tr(
                "This item is approved. Saving a new text or date sends it back to review, as "
                "the workspace asks. Save?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def too_long(self) -> tuple[str, ...]:
        """The ticked channels whose text is over their limit (core's count, as the views')."""
        draft = self.draft()
        links = ((n, draft.variants.get(n), self._limits.get(n)) for n in draft.channels)
        return too_long_for(draft.body, links)

    def confirm_too_long(self, channels: tuple[str, ...]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Text too long"))
        text = self.tr(
            "The text is longer than %1 allows. Save anyway? The item stays marked ⚠ in the "
            "calendar until the text is shortened."
        )
        box.setText(text.replace("%1", ", ".join(channels)))
        save = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back to the text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is save:
            return True
        self.tabs.setCurrentWidget(self.text)
        return False

    def reject(self) -> None:
        """Escape, Cancel or the close button: edits are thrown away only when the person says
        so; with nothing changed the dialog just closes."""
        if self.draft() != self._loaded and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Throw away the changes made to this item?"))
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # -- internals ----------------------------------------------------------------------------

    def _load(self, draft: ItemDraft) -> None:
        self.general.load(draft)
        self.text.set_body(draft.body)
        self.text.set_variants(draft.variants)
        self._channels_changed()
        series = self._series
        if series is not None and series.start is not None:
            # One date of a series: the rule is the series', read from its first date (the
            # date's own start does not change it).
            first = series.start
            anchor = first.local if isinstance(first, Timed) else first.day
            self.recurrence.set_rule(draft.rrule, anchor, True)
        else:
            self.recurrence.set_rule(draft.rrule, self.general.shown_start(), self.general.dated())
        self.attachments.set_paths(draft.attachments)
        self.notes_edit.setPlainText(draft.notes)
        self._check()

    def _start_changed(self) -> None:
        if self._series is None:  # a date of a series keeps the series' rule as it is
            self.recurrence.set_start(self.general.shown_start(), self.general.dated())

    def _channels_changed(self) -> None:
        checked = set(self.general.channel_list.checked())
        # Channel tabs follow the workspace's order, which people know, not the ticking order.
        ordered = [n for n in self.general.channel_list.names() if n in checked]
        self.text.set_channels(ordered)

    def _check(self) -> None:
        reasons = self.reasons()
        self.ok_button.setEnabled(not reasons)
        self.ok_button.setToolTip("\n".join(reasons))
        self.reason_label.setText(reasons[0] if reasons else "")
        index = self.tabs.indexOf(self.recurrence)
        self.tabs.setTabIcon(index, self._warning_icon(self.recurrence.error() is not None))

    def _mark_overflow(self) -> None:
        index = self.tabs.indexOf(self.text)
        overflow = self.text.has_overflow()
        self.tabs.setTabIcon(index, self._warning_icon(overflow))
        self.tabs.setTabToolTip(
            index, self.tr("A text is too long for one of its channels.") if overflow else ""
        )

    def _warning_icon(self, shown: bool) -> QIcon:
        if not shown:
            return QIcon()
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _focus_target(self, field: str) -> QWidget | None:
        name = field.lower()
        if name == "rrule":
            return self.recurrence.focus_target()
        if name in ("body", "variant", "variants"):
            return self.text.body_edit
        if name in ("attachment", "attachments"):
            return self.attachments.list
        if name == "notes":
            return self.notes_edit
        if name == "occurrence":
            name = "start"
        return self.general.focus_target(name)


def edit_item(
    parent: QWidget | None, context: EditorContext, draft: ItemDraft | None = None
) -> tuple[ItemDraft | None, bool]:
    """Shows the dialog modally; returns (draft, True) when accepted, (None, False) otherwise."""
    dialog = ItemEditor(context, draft, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.draft(), True
        return None, False
    finally:
        dialog.deleteLater()
