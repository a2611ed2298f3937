"""The words of the reasons shown in reports rather than refusals: why a crisis plan holds,
moves or keeps a post (crisis.*, context "Crisis") and why an import skips an event
(import.*, context "ImportDialog"). reason_texts.py joins them to the refusals' words; the
same rules hold (one entry per code of core/model/reasons.py, %1, %2 in the order of PLACES).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for lupdate (which reads this name); it is translated when shown. Qt's own
    is typed as returning object."""
    return text


REPORT_SOURCES: dict[str, tuple[str, ...]] = {
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
    "crisis.beyond_horizon": (
        QT_TRANSLATE_NOOP(
            "Crisis", "movable: no free slot after the crisis before the horizon; held"
        ),
    ),
    "crisis.moved": (QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),),
    "crisis.moved.over_cadence": (
        QT_TRANSLATE_NOOP("Crisis", "movable: moved after the crisis"),
        QT_TRANSLATE_NOOP("Crisis", "beyond its channels' cadence so that it goes out soon"),
    ),
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
    "crisis.restored": (
        QT_TRANSLATE_NOOP("Crisis", "back to its original date: the crisis ended before it"),
    ),
    "crisis.restore_passed": (
        QT_TRANSLATE_NOOP(
            "Crisis", "its original date has passed: stays where the crisis moved it"
        ),
    ),
    "crisis.restore_changed": (
        QT_TRANSLATE_NOOP("Crisis", "changed since the crisis moved it: left as it is"),
    ),
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
    "import.value": (QT_TRANSLATE_NOOP("ImportDialog", "%1 cannot be kept: %2"),),
    "import.broken": (QT_TRANSLATE_NOOP("ImportDialog", "%1 cannot be read: %2"),),
    "import.repeated": (QT_TRANSLATE_NOOP("ImportDialog", "%1 given more than once"),),
    "import.date_twice": (
        QT_TRANSLATE_NOOP(
            "ImportDialog", "the file changes this date of the series twice: the first is kept"
        ),
    ),
    # Refusals (InputError, UnreadableFile): what a value or a file must be to be accepted.
}
