"""The import report's reasons (core/ics/importer.py, core/ics/read.py: English sentences, some
with a value in them) as a person reads them, translated; an unknown one is shown as it is."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def reason_label(reason: str) -> str:
    return "; ".join(_one(part) for part in reason.split("; "))


def _one(part: str) -> str:
    fixed = {
        "new": QCoreApplication.translate("ImportDialog", "new"),
        "a newer version (SEQUENCE)": QCoreApplication.translate(
            "ImportDialog", "a newer version (SEQUENCE)"
        ),
        "already in the workspace (an item of this workspace)": QCoreApplication.translate(
            "ImportDialog", "already in the workspace (an item of this workspace)"
        ),
        "no start (DTSTART)": QCoreApplication.translate("ImportDialog", "no start (DTSTART)"),
        "a changed date of a series the file lacks": QCoreApplication.translate(
            "ImportDialog", "a changed date of a series the file lacks"
        ),
        "the file holds this UID twice: the first is kept": QCoreApplication.translate(
            "ImportDialog", "the file holds this UID twice: the first is kept"
        ),
        "no UID in the file: one made from its title and start": QCoreApplication.translate(
            "ImportDialog", "no UID in the file: one made from its title and start"
        ),
    }
    if part in fixed:
        return fixed[part]
    found = re.fullmatch(r"floating time read in (.+)", part)
    if found:
        return QCoreApplication.translate("ImportDialog", "floating time read in %1").replace(
            "%1", found[1]
        )
    found = re.fullmatch(r"already in the workspace \(SEQUENCE (\d+), not newer than (\d+)\)", part)
    if found:
        text = QCoreApplication.translate(
            "ImportDialog", "already in the workspace (SEQUENCE %1, not newer than %2)"
        )
        return text.replace("%1", found[1]).replace("%2", found[2])
    found = re.fullmatch(r"a repeat rule this calendar cannot keep: (.+)", part)
    if found:
        return QCoreApplication.translate(
            "ImportDialog", "a repeat rule this calendar cannot keep: %1"
        ).replace("%1", found[1])
    return part
