"""Core's reasons (core/model/reasons.py: a code and its values) as a person reads them, in the
window's language: one table keyed by the codes, never by matching English sentences. The
English texts here are core's, word for word (a test compares the two tables and checks that
each has its French translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ngo_calendar.core.model.reasons import Reason, from_text


def texts() -> dict[str, str]:
    """Each code's text in the installed language, with %1, %2 for its values (in the order of
    PLACES). Literal strings, so that lupdate finds them (contexts Crisis and ImportDialog)."""
    moved = QCoreApplication.translate("Crisis", "movable: moved after the crisis")
    return {
        "crisis.no_channel": QCoreApplication.translate(
            "Crisis", "on no channel the crisis concerns"
        ),
        "crisis.before": QCoreApplication.translate("Crisis", "before the crisis"),
        "crisis.after": QCoreApplication.translate("Crisis", "after the crisis"),
        "crisis.message": QCoreApplication.translate("Crisis", "crisis communication"),
        "crisis.essential": QCoreApplication.translate("Crisis", "essential"),
        "crisis.time_bound": QCoreApplication.translate(
            "Crisis", "time-bound: its moment falls inside the crisis"
        ),
        "crisis.event": QCoreApplication.translate("Crisis", "tied to a fixed date (an event)"),
        "crisis.held": QCoreApplication.translate("Crisis", "movable: held until the crisis ends"),
        "crisis.no_slot": QCoreApplication.translate(
            "Crisis", "movable: no free slot after the crisis within a year; held"
        ),
        "crisis.moved": moved,
        "crisis.moved.week": moved
        + ", "
        + QCoreApplication.translate(
            "Crisis", "to the first week with room in its channels' cadence"
        ),
        "crisis.moved.day": moved
        + ", "
        + QCoreApplication.translate(
            "Crisis", "to the first day with room in its channels' cadence"
        ),
        "crisis.moved.blackout": moved
        + ", "
        + QCoreApplication.translate("Crisis", "to the day after a blackout day"),
        "crisis.moved.quiet": moved
        + ", "
        + QCoreApplication.translate("Crisis", "to the end of quiet hours"),
        "crisis.moved.minute": moved
        + ", "
        + QCoreApplication.translate("Crisis", "to the next free minute"),
        "crisis.by_hand": QCoreApplication.translate("Crisis", "set by hand"),
        "crisis.date_by_hand": QCoreApplication.translate("Crisis", "date set by hand"),
        "crisis.later": QCoreApplication.translate(
            "Crisis", "after the crisis' window: sensitive words, to read again before it goes out"
        ),
        "crisis.template": QCoreApplication.translate("Crisis", "crisis message from a template"),
        "crisis.given": "%1",
        "import.new": QCoreApplication.translate("ImportDialog", "new"),
        "import.newer": QCoreApplication.translate("ImportDialog", "a newer version (SEQUENCE)"),
        "import.not_newer": QCoreApplication.translate(
            "ImportDialog", "already in the workspace (SEQUENCE %1, not newer than %2)"
        ),
        "import.ours": QCoreApplication.translate(
            "ImportDialog", "already in the workspace (an item of this workspace)"
        ),
        "import.no_start": QCoreApplication.translate("ImportDialog", "no start (DTSTART)"),
        "import.bad_start": QCoreApplication.translate(
            "ImportDialog", "a start that is neither a date nor a time: %1"
        ),
        "import.no_series": QCoreApplication.translate(
            "ImportDialog", "a changed date of a series the file lacks"
        ),
        "import.twice": QCoreApplication.translate(
            "ImportDialog", "the file holds this UID twice: the first is kept"
        ),
        "import.no_uid": QCoreApplication.translate(
            "ImportDialog", "no UID in the file: one made from its title and start"
        ),
        "import.floating": QCoreApplication.translate("ImportDialog", "floating time read in %1"),
        "import.rule": QCoreApplication.translate(
            "ImportDialog", "a repeat rule this calendar cannot keep: %1"
        ),
    }


# The values a code's text names, in the order of %1, %2 (core's names for them).
PLACES: dict[str, tuple[str, ...]] = {
    "crisis.given": ("text",),
    "import.not_newer": ("sequence", "known"),
    "import.bad_start": ("value",),
    "import.floating": ("zone",),
    "import.rule": ("rule",),
}


def reason_text(why: Reason | str) -> str:
    """A reason in the window's language. A text (a record kept before reasons had codes) is
    read back through core's table; one no code words is shown as it is."""
    found = why if isinstance(why, Reason) else from_text(why)
    if found is None:
        return str(why)
    text = texts()[found.code]
    values = found.params
    for n, name in enumerate(PLACES.get(found.code, ()), start=1):
        text = text.replace(f"%{n}", values.get(name, ""))
    return text


def reasons_text(reasons: tuple[Reason, ...] | list[Reason]) -> str:
    return "; ".join(reason_text(r) for r in reasons)
