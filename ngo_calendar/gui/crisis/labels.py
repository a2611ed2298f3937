"""Crisis mode's words as a person reads them: actions, reasons and templates, translated.
Reasons are worded from their codes (gui/common/reasons.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ngo_calendar.core.model.reasons import Reason

from ..common.reasons import reason_text


def action_label(action: str) -> str:
    return {
        "keep": QCoreApplication.translate("Crisis", "Keep"),
        "hold": QCoreApplication.translate("Crisis", "Hold"),
        "shift": QCoreApplication.translate("Crisis", "Shift"),
        "cancel": QCoreApplication.translate("Crisis", "Cancel"),
        "new": QCoreApplication.translate("Crisis", "New"),
    }.get(action, action)


def template_label(name: str) -> str:
    return {
        "holding": QCoreApplication.translate("Crisis", "Holding statement"),
        "update": QCoreApplication.translate("Crisis", "Update"),
        "thanks": QCoreApplication.translate("Crisis", "Thank-you"),
    }.get(name, name)


def reason_label(why: Reason | str) -> str:
    """A row's reason in the window's language (gui/common/reasons.py: by its code)."""
    return reason_text(why)
