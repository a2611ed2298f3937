"""The Attachments tab: file paths, image thumbnails, missing files shown greyed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..common import file_dialogs

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})
THUMBNAIL_SIZE = 64
PATH_ROLE = Qt.ItemDataRole.UserRole
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1


class _FileList(QListWidget):
    """A list that takes files dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)


class AttachmentsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_folder = str(Path.home())
        self.list = _FileList()
        self.list.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setEnabled(False)
        hint = QLabel(
            self.tr(
                "Files are linked, not copied: keep them in a shared folder. "
                "Double-click to open one; drop files here to add them."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.list.itemActivated.connect(self._open)
        self.list.files_dropped.connect(self.add_paths)

    def paths(self) -> list[str]:
        return [self.list.item(i).data(PATH_ROLE) for i in range(self.list.count())]

    def set_paths(self, paths: list[str]) -> None:
        self.list.clear()
        self.add_paths(paths, allow_duplicates=True)

    def add_paths(self, paths: list[str], allow_duplicates: bool = False) -> None:
        known = set(self.paths())
        for path in paths:
            if allow_duplicates or path not in known:
                self.list.addItem(self._item(path))
                known.add(path)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def _item(self, path: str) -> QListWidgetItem:
        file = Path(path)
        item = QListWidgetItem(file.name or path)
        item.setData(PATH_ROLE, path)
        style = self.style()
        if not file.is_file():
            item.setData(MISSING_ROLE, True)
            item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            item.setToolTip(self.tr("File not found: %1").replace("%1", path))
            item.setText(self.tr("%1 (file not found)").replace("%1", file.name or path))
            return item
        item.setData(MISSING_ROLE, False)
        item.setToolTip(path)
        icon = QIcon()
        if file.suffix.lower() in IMAGE_SUFFIXES:
            pixmap = QPixmap(path)
            if not pixmap.isNull():
                icon = QIcon(
                    pixmap.scaled(
                        THUMBNAIL_SIZE,
                        THUMBNAIL_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        if icon.isNull():
            icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        item.setIcon(icon)
        return item

    def _choose_files(self) -> None:
        paths, _ = file_dialogs.open_files(
            self,
            self.tr("Add attachments"),
            self._last_folder,
            self.tr("All files (*);;Images (*.png *.jpg *.jpeg *.gif *.webp)"),
        )
        if paths:
            self._last_folder = str(Path(paths[0]).parent)
            self.add_paths(paths)

    def _open(self, item: QListWidgetItem) -> None:
        if not item.data(MISSING_ROLE):
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(PATH_ROLE)))
