"""Choosing a file, in the window's language. Qt's own file dialog (the one used where the system
offers none: most Linux desktops without a portal, and every offscreen run) labels two of its
rows "&Look in:" and "Files of &type:", texts Qt's French catalogue (qtbase_fr) does not hold
in that form: they showed in English in the French window. The dialogs here are Qt's, with
those labels given in our own catalogue (context "FileDialogs"). A system's native dialog
speaks the system's language and ignores them.

Same arguments and results as QFileDialog's static functions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

Mode = QFileDialog.FileMode


def make_dialog(
    parent: QWidget | None, caption: str, folder: str, filters: str, saving: bool, mode: Mode
) -> QFileDialog:
    """The dialog, not yet shown (tests look at it)."""
    dialog = QFileDialog(parent, caption, folder, filters)
    dialog.setObjectName("fileDialog")
    dialog.setFileMode(mode)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if saving else QFileDialog.AcceptMode.AcceptOpen
    )
    labels = QFileDialog.DialogLabel
    dialog.setLabelText(labels.LookIn, QCoreApplication.translate("FileDialogs", "&Look in:"))
    dialog.setLabelText(
        labels.FileType, QCoreApplication.translate("FileDialogs", "Files of &type:")
    )
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if not dialog.exec():
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, folder: str, filters: str) -> tuple[str, str]:
    files, chosen = _run(make_dialog(parent, caption, folder, filters, False, Mode.ExistingFile))
    return (files[0] if files else ""), chosen


def open_files(
    parent: QWidget | None, caption: str, folder: str, filters: str
) -> tuple[list[str], str]:
    return _run(make_dialog(parent, caption, folder, filters, False, Mode.ExistingFiles))


def save_file(parent: QWidget | None, caption: str, folder: str, filters: str) -> tuple[str, str]:
    files, chosen = _run(make_dialog(parent, caption, folder, filters, True, Mode.AnyFile))
    return (files[0] if files else ""), chosen


def choose_folder(parent: QWidget | None, caption: str, folder: str) -> str:
    dialog = make_dialog(parent, caption, folder, "", False, Mode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    files, _chosen = _run(dialog)
    return files[0] if files else ""
