"""Crisis mode's words as a person reads them: actions, reasons and templates, translated.
Core's reasons are a known set of English sentences; an unknown one is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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


def reason_label(reason: str) -> str:
    known = {
        "on no channel the crisis concerns": QCoreApplication.translate(
            "Crisis", "on no channel the crisis concerns"
        ),
        "before the crisis": QCoreApplication.translate("Crisis", "before the crisis"),
        "after the crisis": QCoreApplication.translate("Crisis", "after the crisis"),
        "crisis communication": QCoreApplication.translate("Crisis", "crisis communication"),
        "essential": QCoreApplication.translate("Crisis", "essential"),
        "time-bound: its moment falls inside the crisis": QCoreApplication.translate(
            "Crisis", "time-bound: its moment falls inside the crisis"
        ),
        "tied to a fixed date (an event)": QCoreApplication.translate(
            "Crisis", "tied to a fixed date (an event)"
        ),
        "movable: held until the crisis ends": QCoreApplication.translate(
            "Crisis", "movable: held until the crisis ends"
        ),
        "movable: no free slot after the crisis within a year; held": QCoreApplication.translate(
            "Crisis", "movable: no free slot after the crisis within a year; held"
        ),
        "movable: moved after the crisis": QCoreApplication.translate(
            "Crisis", "movable: moved after the crisis"
        ),
        "set by hand": QCoreApplication.translate("Crisis", "set by hand"),
        "date set by hand": QCoreApplication.translate("Crisis", "date set by hand"),
        "after the crisis' window: sensitive words, to read again before it goes out": (
            QCoreApplication.translate(
                "Crisis",
                "after the crisis' window: sensitive words, to read again before it goes out",
            )
        ),
        "crisis message from a template": QCoreApplication.translate(
            "Crisis", "crisis message from a template"
        ),
    }
    if reason in known:
        return known[reason]
    head, _, way = reason.partition(", to ")
    ways = {
        "the first week with room in its channels' cadence": QCoreApplication.translate(
            "Crisis", "to the first week with room in its channels' cadence"
        ),
        "the first day with room in its channels' cadence": QCoreApplication.translate(
            "Crisis", "to the first day with room in its channels' cadence"
        ),
        "the day after a blackout day": QCoreApplication.translate(
            "Crisis", "to the day after a blackout day"
        ),
        "the end of quiet hours": QCoreApplication.translate("Crisis", "to the end of quiet hours"),
        "the next free minute": QCoreApplication.translate("Crisis", "to the next free minute"),
    }
    if head in known and way in ways:
        return f"{known[head]}, {ways[way]}"
    return reason
