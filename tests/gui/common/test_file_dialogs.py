"""The file dialogs speak the window's language (issue 28, point 15): Qt's own dialog showed
"Look in:" and "Files of type:" in English in the French window (Qt's French catalogue has
these texts without their & only)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel

from ngo_calendar.gui.common import file_dialogs
from ngo_calendar.gui.common.i18n import Translations


def labels(dialog: QFileDialog) -> list[str]:
    return [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]


def test_every_row_of_the_file_dialog_is_french(translations: Translations, tmp_path) -> None:  # noqa: ANN001
    translations.install("fr")
    for saving, mode in (
        (False, QFileDialog.FileMode.ExistingFile),
        (True, QFileDialog.FileMode.AnyFile),
    ):
        dialog = file_dialogs.make_dialog(
            None, "Importer", str(tmp_path), "Fichiers d'agenda (*.ics)", saving, mode
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        shown = labels(dialog)
        assert "Voir dans\xa0:" in shown and "Fichiers de type\xa0:" in shown, shown
        assert not any(word in " ".join(shown) for word in ("Look in", "Files of", "File name"))
        assert dialog.acceptMode() == (
            QFileDialog.AcceptMode.AcceptSave if saving else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.deleteLater()
