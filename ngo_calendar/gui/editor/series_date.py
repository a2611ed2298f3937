"""The line above the editor's tabs when it shows one date of a series: what that date has of
its own (its title, text, status, channels; moved from its place) and a button that puts its
fields back to the series' values (saved for this date, the date then follows the series)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

BAR_STYLE = (
    "QFrame#series_date { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 4px; }"
)


class SeriesDateBar(QFrame):
    """Emits `use_series` when the person asks for the series' values on this date."""

    use_series = Signal()

    def __init__(self, own: tuple[str, ...], moved: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("series_date")
        self.setStyleSheet(BAR_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Use the series' values"))
        self.button.setToolTip(
            self.tr(
                "Put this date's title, text, status and channels back to the series' ones "
                "(its date stays as it is)."
            )
        )
        self.button.clicked.connect(self._use_series)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.set_own(own, moved)

    def set_own(self, own: tuple[str, ...], moved: bool) -> None:
        names = {
            "title": self.tr("title"),
            "body": self.tr("text"),
            "status": self.tr("status"),
            "channels": self.tr("channels"),
        }
        lines = [self.tr("One date of a repeating series.")]
        if own:
            listed = ", ".join(names[o] for o in own if o in names)
            lines.append(self.tr("This date has its own %1.").replace("%1", listed))
        if moved:
            lines.append(self.tr("It was moved from its place in the series."))
        if not own and not moved:
            lines.append(self.tr("It follows the series."))
        self.label.setText(" ".join(lines))
        self.button.setVisible(bool(own))

    def _use_series(self) -> None:
        self.use_series.emit()
        self.label.setText(
            self.tr("One date of a repeating series. Saved for this date, it follows the series.")
        )
        self.button.hide()
