"""Core's reasons (core/model/reasons.py: a code and its values) as a person reads them, in the
window's language: one table keyed by the codes, never by matching English sentences. The
English texts here are core's, word for word (a test compares the two tables and checks that
each has its French translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ngo_calendar.core.model.reasons import Reason, from_text

# Each code's text in English: its parts, each translated (in the context Crisis or ImportDialog,
# as the code begins) and joined with ", " when shown; %1, %2 stand for its values in the order
# of PLACES. Only the code asked for is translated (an import report words a thousand lines).
CONTEXT = {"crisis": "Crisis", "import": "ImportDialog"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for lupdate (which reads this name); it is translated when shown. Qt's own
    is typed as returning object."""
    return text


SOURCES: dict[str, tuple[str, ...]] = {
    "crisis.no_channel": (QT_TRANSLATE_NOOP("Crisis", "on no channel the crisis concerns"),),
    "crisis.before": (QT_TRANSLATE_NOOP("Crisis", "before the crisis"),),
    "crisis.after": (QT_TRANSLATE_NOOP("Crisis", "after the crisis"),),
    "crisis.message": (QT_TRANSLATE_NOOP("Crisis", "crisis communication"),),
    "crisis.essential": (QT_TRANSLATE_NOOP("Crisis", "essential"),),
    "crisis.time_bound": (
        QT_TRANSLATE_NOOP("Crisis", "time-bound: its moment falls inside the crisis"),
    ),
    "crisis.event": (QT_TRANSLATE_NOOP("Crisis", "tied to a fixed date (an event)"),),
    "crisis.held": (QT_TRANSLATE_NOOP("Crisis", "movable: held until the crisis ends"),),
    "crisis.no_slot": (
        QT_TRANSLATE_NOOP("Crisis", "movable: no free slot after the crisis within a year; held"),
    ),
    "crisis.moved": (QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),),
    "crisis.moved.week": (
        QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),
        QT_TRANSLATE_NOOP("Crisis", "to the first week with room in its channels' cadence"),
    ),
    "crisis.moved.day": (
        QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),
        QT_TRANSLATE_NOOP("Crisis", "to the first day with room in its channels' cadence"),
    ),
    "crisis.moved.blackout": (
        QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),
        QT_TRANSLATE_NOOP("Crisis", "to the day after a blackout day"),
    ),
    "crisis.moved.quiet": (
        QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),
        QT_TRANSLATE_NOOP("Crisis", "to the end of quiet hours"),
    ),
    "crisis.moved.minute": (
        QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),
        QT_TRANSLATE_NOOP("Crisis", "to the next free minute"),
    ),
    "crisis.by_hand": (QT_TRANSLATE_NOOP("Crisis", "set by hand"),),
    "crisis.date_by_hand": (QT_TRANSLATE_NOOP("Crisis", "date set by hand"),),
    "crisis.later": (
        QT_TRANSLATE_NOOP(
            "Crisis", "after the crisis' window: sensitive words, to read again before it goes out"
        ),
    ),
    "crisis.template": (QT_TRANSLATE_NOOP("Crisis", "crisis message from a template"),),
    "crisis.given": (),  # the text a person wrote, as it is
    "import.new": (QT_TRANSLATE_NOOP("ImportDialog", "new"),),
    "import.newer": (QT_TRANSLATE_NOOP("ImportDialog", "a newer version (SEQUENCE)"),),
    "import.not_newer": (
        QT_TRANSLATE_NOOP(
            "ImportDialog", "already in the workspace (SEQUENCE %1, not newer than %2)"
        ),
    ),
    "import.ours": (
        QT_TRANSLATE_NOOP("ImportDialog", "already in the workspace (an item of this workspace)"),
    ),
    "import.no_start": (QT_TRANSLATE_NOOP("ImportDialog", "no start (DTSTART)"),),
    "import.bad_start": (
        QT_TRANSLATE_NOOP("ImportDialog", "a start that is neither a date nor a time: %1"),
    ),
    "import.no_series": (
        QT_TRANSLATE_NOOP("ImportDialog", "a changed date of a series the file lacks"),
    ),
    "import.twice": (
        QT_TRANSLATE_NOOP("ImportDialog", "the file holds this UID twice: the first is kept"),
    ),
    "import.no_uid": (
        QT_TRANSLATE_NOOP("ImportDialog", "no UID in the file: one made from its title and start"),
    ),
    "import.floating": (QT_TRANSLATE_NOOP("ImportDialog", "floating time read in %1"),),
    "import.rule": (
        QT_TRANSLATE_NOOP("ImportDialog", "a repeat rule this calendar cannot keep: %1"),
    ),
}


# The values a code's text names, in the order of %1, %2 (core's names for them).
PLACES: dict[str, tuple[str, ...]] = {
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
    parts = SOURCES[found.code]
    if not parts:
        return found.params.get("text", "")
    context = CONTEXT[found.code.split(".")[0]]
    text = ", ".join(QCoreApplication.translate(context, source) for source in parts)
    values = found.params
    for n, name in enumerate(PLACES.get(found.code, ()), start=1):
        text = text.replace(f"%{n}", values.get(name, ""))
    return text


def reasons_text(reasons: tuple[Reason, ...] | list[Reason]) -> str:
    return "; ".join(reason_text(r) for r in reasons)
