"""The Text tab: the main body, one optional text per checked channel, live character counters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

OVERFLOW_COLOUR = "#c62828"
COUNTER_COLUMNS = 2


class CharCounter(QLabel):
    """'123 / 280', turning red with 'over by N characters' past the channel's limit.

    Characters are counted as Python's len() of the text, the same everywhere in the project.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overflow = False
        self.over_by = 0

    def show_count(self, length: int, limit: int | None, prefix: str = "") -> None:
        self.over_by = max(0, length - limit) if limit is not None else 0
        self.overflow = self.over_by > 0
        if limit is None:
            text = self.tr("%n character(s) (no limit)", "", length)
        else:
            text = f"{length} / {limit}"
            if self.overflow:
                over = self.tr("over by %n character(s)", "", self.over_by)
                text = f"{text} — {over}"
        self.setText(prefix + text)
        self.setProperty("overflow", self.overflow)
        # Colour and weight both, so that the overflow also shows to colour-blind users.
        self.setStyleSheet(f"color: {OVERFLOW_COLOUR}; font-weight: bold;" if self.overflow else "")


class ChannelText(QWidget):
    """One channel's own text: empty means the main text goes out on that channel."""

    def __init__(self, name: str, limit: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.limit = name, limit
        hint = QLabel(
            self.tr("Text used only on %1. Leave it empty to use the main text.").replace(
                "%1", name
            )
        )
        hint.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("Empty: the main text is used on this channel."))
        self.copy_button = QPushButton(self.tr("Start from the main text"))
        self.copy_button.setToolTip(self.tr("Copy the main text here to shorten or adapt it."))
        self.counter = CharCounter()
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.edit, 1)
        layout.addLayout(bottom)

    def text(self) -> str:
        return self.edit.toPlainText()

    def own(self) -> bool:
        return bool(self.text().strip())

    def update_count(self, body: str) -> None:
        if self.own():
            self.counter.show_count(len(self.text()), self.limit, self.tr("Own text: "))
        else:
            self.counter.show_count(len(body), self.limit, self.tr("Main text: "))


class TextTab(QWidget):
    """Emits `changed` on every edit, so the dialog can mark the tab when a text overflows."""

    changed = Signal()

    def __init__(self, limits: dict[str, int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._limits = dict(limits)
        self._checked: list[str] = []
        # Kept for unchecked channels too, so unticking a channel by mistake loses no text.
        self.channel_texts: dict[str, ChannelText] = {}
        self.main_counters: dict[str, CharCounter] = {}  # the checked channels' counters
        self._all_counters: dict[str, CharCounter] = {}

        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(self.tr("The text of the post, for every channel."))
        self.total_counter = CharCounter()
        self._counter_grid = QGridLayout()
        self._counter_grid.setContentsMargins(0, 0, 0, 0)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.addWidget(self.body_edit, 1)
        main_layout.addWidget(self.total_counter)
        main_layout.addLayout(self._counter_grid)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(main, self.tr("All channels"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.body_edit.textChanged.connect(self._refresh)

    # -- public -------------------------------------------------------------------------------

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def set_body(self, text: str) -> None:
        self.body_edit.setPlainText(text)

    def set_variants(self, variants: dict[str, str]) -> None:
        """Each channel's own text; a channel left out has none (the main text goes out)."""
        for name in self.channel_texts:
            if name not in variants:
                self.channel_texts[name].edit.clear()
        for name, text in variants.items():
            self._channel_text(name).edit.setPlainText(text)

    def variants(self) -> dict[str, str]:
        """Own texts of the checked channels only: the services refuse any other."""
        return {
            name: self.channel_texts[name].text()
            for name in self._checked
            if name in self.channel_texts and self.channel_texts[name].own()
        }

    def set_channels(self, names: list[str]) -> None:
        """Show one tab per checked channel, in the order given."""
        self._checked = list(names)
        while self.tabs.count() > 1:
            self.tabs.removeTab(1)
        for name in names:
            self.tabs.addTab(self._channel_text(name), name)
        self._rebuild_counters()
        self._refresh()

    def has_overflow(self) -> bool:
        return any(c.overflow for c in self.main_counters.values()) or any(
            self.channel_texts[n].counter.overflow for n in self._checked
        )

    def show_channel(self, name: str) -> None:
        widget = self.channel_texts.get(name)
        index = self.tabs.indexOf(widget) if widget else -1
        self.tabs.setCurrentIndex(max(0, index))

    # -- internals ----------------------------------------------------------------------------

    def _channel_text(self, name: str) -> ChannelText:
        if name not in self.channel_texts:
            page = ChannelText(name, self._limits.get(name))
            page.edit.textChanged.connect(self._refresh)
            page.copy_button.clicked.connect(lambda: page.edit.setPlainText(self.body()))
            self.channel_texts[name] = page
        return self.channel_texts[name]

    def _rebuild_counters(self) -> None:
        # Counters are kept per channel and only re-placed: deleting them later would leave
        # stale labels painted until the event loop gets round to it.
        while self._counter_grid.count():
            self._counter_grid.takeAt(0)
        for counter in self._all_counters.values():
            counter.hide()
        self.main_counters = {}
        for i, name in enumerate(self._checked):
            counter = self._all_counters.setdefault(name, CharCounter())
            self.main_counters[name] = counter
            self._counter_grid.addWidget(counter, i // COUNTER_COLUMNS, i % COUNTER_COLUMNS)
            counter.show()

    def _refresh(self) -> None:
        body = self.body()
        self.total_counter.show_count(len(body), None)
        self.total_counter.setVisible(not self._checked)
        for name, counter in self.main_counters.items():
            page = self.channel_texts[name]
            if page.own():
                counter.setText(self.tr("%1: uses its own text").replace("%1", name))
                counter.overflow = False
                counter.setStyleSheet("")
                counter.setEnabled(False)
            else:
                counter.setEnabled(True)
                counter.show_count(len(body), page.limit, self.tr("%1: ").replace("%1", name))
        bar = self.tabs.tabBar()
        normal = bar.palette().color(QPalette.ColorRole.WindowText)
        for name in self._checked:
            page = self.channel_texts[name]
            page.update_count(body)
            index = self.tabs.indexOf(page)
            colour = QColor(OVERFLOW_COLOUR) if page.counter.overflow else normal
            bar.setTabTextColor(index, colour)
            bar.setTabToolTip(index, page.counter.text())
        self.changed.emit()
