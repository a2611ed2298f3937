"""Why core decided something, as a code and its values: a crisis plan's row (kept, moved,
held, cancelled, and why), an import report's line (new, updated, skipped, and why).

Core words a reason in English from the one table below (what the command line prints, what a
record keeps); the window words it in the person's language from its own table keyed by the
same codes (gui/common/reasons.py), never by matching English sentences. A test checks that
every code here has its English and French text there.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeAlias

ENGLISH: dict[str, str] = {
    # A crisis plan's rows (core/crisis/plan.py, plan_file.py).
    "crisis.no_channel": "on no channel the crisis concerns",
    "crisis.before": "before the crisis",
    "crisis.after": "after the crisis",
    "crisis.message": "crisis communication",
    "crisis.essential": "essential",
    "crisis.time_bound": "time-bound: its moment falls inside the crisis",
    "crisis.event": "tied to a fixed date (an event)",
    "crisis.held": "movable: held until the crisis ends",
    "crisis.no_slot": "movable: no free slot after the crisis within a year; held",
    "crisis.beyond_horizon": "movable: no free slot after the crisis before the horizon; held",
    "crisis.moved": "movable: moved after the crisis",
    "crisis.moved.over_cadence": (
        "movable: moved after the crisis, beyond its channels' cadence so that it goes out soon"
    ),
    "crisis.moved.week": (
        "movable: moved after the crisis, to the first week with room in its channels' cadence"
    ),
    "crisis.moved.day": (
        "movable: moved after the crisis, to the first day with room in its channels' cadence"
    ),
    "crisis.moved.blackout": "movable: moved after the crisis, to the day after a blackout day",
    "crisis.moved.quiet": "movable: moved after the crisis, to the end of quiet hours",
    "crisis.moved.minute": "movable: moved after the crisis, to the next free minute",
    "crisis.by_hand": "set by hand",
    "crisis.date_by_hand": "date set by hand",
    "crisis.restored": "back to its original date: the crisis ended before it",
    "crisis.restore_passed": "its original date has passed: stays where the crisis moved it",
    "crisis.restore_changed": "changed since the crisis moved it: left as it is",
    "crisis.later": "after the crisis' window: sensitive words, to read again before it goes out",
    "crisis.template": "crisis message from a template",
    "crisis.given": "{text}",  # a reason a person wrote in a plan file, kept as written
    # An import report's lines (core/ics/read.py, importer.py).
    "import.new": "new",
    "import.newer": "a newer version (SEQUENCE)",
    "import.not_newer": "already in the workspace (SEQUENCE {sequence}, not newer than {known})",
    "import.ours": "already in the workspace (an item of this workspace)",
    "import.no_start": "no start (DTSTART)",
    "import.bad_start": "a start that is neither a date nor a time: {value}",
    "import.no_series": "a changed date of a series the file lacks",
    "import.twice": "the file holds this UID twice: the first is kept",
    "import.no_uid": "no UID in the file: one made from its title and start",
    "import.floating": "floating time read in {zone}",
    "import.rule": "a repeat rule this calendar cannot keep: {rule}",
    "import.value": "{property} cannot be kept: {why}",
    "import.broken": "{property} cannot be read: {value}",
    "import.repeated": "{property} given more than once",
    "import.date_twice": "the file changes this date of the series twice: the first is kept",
    # -- Refusals: what a value or a file must be to be accepted (InputError, UnreadableFile). --
    # Values and texts (core/model/checks.py, domain.py).
    "text.utf8": "use text in UTF-8 (some bytes given are not)",
    "text.not_text": "use text",
    "text.empty": "give some text (it cannot be empty)",
    "text.one_line": "use one line of text, without tabs or control characters ({character})",
    "text.control": "use text without control characters ({character})",
    "text.too_long": "use at most {most:,} characters (not {given:,})",
    "text.tags": "use at most {most:,} tags (not {given:,})",
    "text.whole_number": "use a whole number",
    "text.range": "use {low:,} to {high:,}",
    "text.range.characters": "use {low:,} to {high:,} characters",
    "text.range.minutes": "use {low:,} to {high:,} minutes",
    "text.range.days": "use {low:,} to {high:,} days",
    "text.range.posts": "use {low:,} to {high:,} posts a week",
    "text.calendar": "use a date from {first} to {last}",
    "text.colour": "use a colour such as #1877f2 (# and six hex digits)",
    "text.one_of": "use one of: {choices}",
    "text.choice": "one of: {choices}",
    # Dates, times and zones (core/model/timing.py).
    "time.zone": "use an IANA time zone such as Europe/Paris or America/Montreal",
    "time.gap": (
        "this time does not exist in {zone} (clocks move forward that day); "
        "use {after} or later, or an earlier time"
    ),
    "time.date_time": "use a date and time such as 2026-12-01T18:00 (workspace time)",
    "time.date": "use a date such as 2026-12-01",
    "time.at_or_on": "give either --at or --on, not both",
    "time.after_from": "use a day on or after --from ({first})",
    # Repeat rules (core/model/recurrence.py); {help} is rule.help.
    "rule.help": (
        "use an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1MO;COUNT=6"
    ),
    "rule.unreadable": "{help} ({error})",
    "rule.twice": "give {part} only once; {help}",
    "rule.too_often": "repeat hourly at most; {help}",
    "rule.one_value": "give one {part} value (repeat hourly at most); {help}",
    "rule.range": "{part} takes {low} to {high}; {help}",
    "rule.range_signed": "{part} takes {low} to {high} (or minus that); {help}",
    "rule.at_least": "{part} takes {low} or more; {help}",
    "rule.count_and_until": "give COUNT or UNTIL, not both; {help}",
    "rule.count": "use COUNT={most:,} at most; {help}",
    "rule.until_span": "end (UNTIL) on a date from {first} to {last}",
    "rule.until_last": "end (UNTIL) by {last}",
    "rule.until_start": "end (UNTIL) on or after the start ({start})",
    "rule.all_day": "an all-day item repeats daily at most, with no BYHOUR or BYMINUTE",
    "rule.no_date": (
        "this rule gives no date between {start} and {last}; check its parts "
        "(BYMONTH=2;BYMONTHDAY=30 never happens, for one)"
    ),
    # Items and the dates of a series (core/items/).
    "item.no_title": "give the item a title",
    "item.series_needs_date": "a recurring item needs a start date",
    "item.no_channel": "give a dated item at least one channel (an idea may have none)",
    "item.variant": "give variants only for the item's channels",
    "item.uid_taken": "an item with this uid exists already",
    "item.stale": (
        "this item was changed elsewhere meanwhile (it is now at revision {revision}); "
        "close the editor and open the item again"
    ),
    "item.not_series": "only recurring items have occurrences",
    "item.name_date": "name one date of the series",
    "item.not_a_date": "use the key of one of the series' dates",
    "item.series_to_backlog": "a recurring item cannot go back to the backlog",
    "item.move_which": (
        "this item repeats: name the date to move (--occurrence) or move the whole series "
        "(--series)"
    ),
    "item.date_title": "give the date a title, or none to use the series'",
    "item.series_kind": "move a series to a start of the same kind (timed or all-day)",
    "item.named_days": (
        "this rule names its days (a day of the month or a numbered weekday); "
        "change the rule in the item editor instead of moving the series"
    ),
    "item.where": "give where the occurrence goes",
    "item.date_only": (
        "only the date, time, title, text, status and channels of one date can change; "
        "change the rest for the whole series or for this date and the following ones"
    ),
    "item.scope": "save for this date, the whole series, or this date and the following ones",
    # The workspace's lists (core/workspace/, core/settings/apply.py).
    "list.none_yet": "none yet",
    "list.none_yet_add": "none yet (add one in the settings)",
    "list.known": "known: {known}",
    "list.kind": "use objectives or audiences",
    "channel.unknown": "known channel names: {known}",
    "channel.unknown_id": "no channel has this id",
    "channel.no_name": "give the channel a name",
    "channel.taken": (
        "a channel named {quoted} exists already (names are compared regardless of case); "
        "change that one with `channel edit {existing}` or the settings, or choose another name"
    ),
    "channel.in_use": (
        "{count} item uses this channel; move them to another channel before deleting it"
    ),
    "channel.in_use.many": (
        "{count} items use this channel; move them to another channel before deleting it"
    ),
    "channel.order": "give every channel id exactly once",
    "channel.twice": "give each channel once",
    "channel.same_name": "give each channel its own name",
    "channel.deleted": "this channel was deleted meanwhile; reopen the settings",
    "channel.exists": "a channel of that name exists already",
    "campaign.unknown": "known campaign names: {known}",
    "campaign.unknown_name": "no campaign has this name",
    "campaign.no_name": "give the campaign a name",
    "campaign.taken": (
        "a campaign named {quoted} exists already (names are compared regardless of case); "
        "change that one with `campaign edit {existing}` or the settings, or choose another name"
    ),
    "campaign.order": "give every campaign name exactly once",
    "campaign.ends": "end on or after the start",
    "campaign.twice": "give each campaign once",
    "campaign.same_name": "give each campaign its own name",
    "campaign.deleted": "this campaign was deleted meanwhile; reopen the settings",
    "campaign.exists": "a campaign of that name exists already",
    "campaign.objective": "use an objective of the workspace",
    "person.no_name": "give the person a name",
    "person.taken": (
        "a person named {quoted} exists already (names are compared regardless of case); "
        "change that one with the settings, or choose another name"
    ),
    "person.order": "give every person name exactly once",
    "person.twice": "give each person once",
    "person.same_name": "give each person its own name",
    "person.deleted": "this person was deleted meanwhile; reopen the settings",
    "person.exists": "a person of that name exists already",
    "objective.unknown": "known objective names: {known}",
    "objective.no_name": "give the objective a name",
    "objective.taken": (
        "an objective named {quoted} exists already (names are compared regardless of case); "
        "change that one with the settings, or choose another name"
    ),
    "objective.order": "give every objective name exactly once",
    "objective.twice": "give each objective once",
    "objective.same_name": "give each objective its own name",
    "objective.deleted": "this objective was deleted meanwhile; reopen the settings",
    "objective.exists": "an objective of that name exists already",
    "audience.unknown": "known audience names: {known}",
    "audience.no_name": "give the audience a name",
    "audience.taken": (
        "an audience named {quoted} exists already (names are compared regardless of case); "
        "change that one with the settings, or choose another name"
    ),
    "audience.order": "give every audience name exactly once",
    "audience.twice": "give each audience once",
    "audience.same_name": "give each audience its own name",
    "audience.deleted": "this audience was deleted meanwhile; reopen the settings",
    "audience.exists": "an audience of that name exists already",
    # Review (core/review/).
    "review.no_item": "choose at least one item",
    "review.name_item": "name at least one item",
    "review.one_series": "name one series with --occurrence",
    "review.status": "{what} is {status}, not {wanted}",
    "review.item": "item {item}",
    "review.item_on": "item {item} on {occurrence}",
    "review.comment": "say what should change",
    "review.not_a_person": "not one of the workspace's people: {known}",
    "review.sheet_name": "a review sheet is written as .html or .pdf",
    "review.decisions": "a reviewer's decisions",
    "review.other_workspace": "these decisions answer a sheet of another workspace",
    "review.incomplete": "the file lacks its sheet, reviewer or decisions",
    "review.decision_fields": "a decision lacks one of its fields",
    "review.seal": "the file was changed after the reviewer saved it; ask them to save it again",
    "review.format": "not a file of decisions saved from a review sheet",
    "review.version": "version {version}; this program reads {readable}",
    "review.unknown_reviewer": "{name} is not one of the workspace's people",
    "review.no_reviewer": "the reviewer gave no name",
    "review.field": "not what a review sheet writes here",
    "review.field_unknown": "a field a review sheet does not write",
    "review.decision_field": "its {field} is not what a review sheet writes",
    "review.unknown_sheet": (
        "these decisions answer a sheet this workspace never made; make a new sheet"
    ),
    "review.may_not_review": "{name} may not review (role: {role})",
    "review.nobody_reviews": (
        "nobody may review: give one of the people the role reviewer (person add NAME --role "
        "reviewer)"
    ),
    # Crisis mode's refusals (core/crisis/): what is declared, ended, undone, or read from a
    # plan file (its rows are codes of their own, crisis.* above).
    "crisis_input.no_name": "give the crisis a name",
    "crisis_input.end_after_start": "the end must come after the start",
    "crisis_input.end_after_crisis": "the end must come after the crisis' start",
    "crisis_input.active": "the crisis “{name}” is still active: end it first (crisis end)",
    "crisis_input.none_active": "no crisis is active",
    "crisis_input.begun": "the crisis has already begun: end it instead",
    "crisis_input.no_longer_active": "this crisis is no longer active",
    "crisis_input.gone": "“{title}” no longer exists",
    "crisis_input.changed": "“{title}” changed since the plan was made",
    "crisis_input.needs_date": "“{title}”: a shifted item needs a new date",
    "crisis_input.needs_its_date": "“{title}”: a shifted item needs its new date",
    "crisis_input.after_time": "a date and time (the item has a time)",
    "crisis_input.after_day": "a date (the item lasts the whole day)",
    "crisis_input.not_last": (
        "the last change is not a crisis' start or end: undo the later changes first"
    ),
    "crisis_input.quiet": "HH:MM-HH:MM, e.g. 21:00-08:00, or none",
    "crisis_input.quiet_range": "hours 00 to 23, minutes 00 to 59",
    "crisis_input.quiet_same": "the quiet hours must not start and end at the same time",
    "crisis_input.day": "a date as YYYY-MM-DD",
    "crisis_input.word": "a word or short phrase (80 characters at most)",
    "crisis_input.words": "at most {most} words",
    "crisis_input.horizon": "a number of days from 1 to 365",
    "crisis_input.plan": "a crisis plan",
    "crisis_input.not_a_plan": "not a crisis plan (`crisis plan --json`)",
    "crisis_input.no_head": "missing: the file must be `crisis plan --json`",
    "crisis_input.moment": "a date and time is needed",
    "crisis_input.name": "the crisis' name is needed",
    "crisis_input.channels": "a list of channel names",
    "crisis_input.rows": "a list of rows is needed",
    "crisis_input.row": "each row is an object",
    "crisis_input.row_id": "an item id (a number) is needed",
    "crisis_input.row_occurrence": "a date key of the series, or null",
    "crisis_input.row_reason": "a line of text, or null",
    "crisis_input.no_item": "no item {item} in this workspace",
    "crisis_input.not_planned": (
        "item {item} is not planned in this crisis' window now "
        "(changed since the plan was made?): make the plan again"
    ),
    "crisis_input.two_rows": "item {item} has two rows",
    "crisis_input.no_after": "a shifted item needs its new date",
    "crisis_input.bad_after": "{value} is not a date and time with its offset, as printed",
    "crisis_input.bad_after_day": "{value} is not a date",
    # iCalendar files and the published folder (core/ics/).
    "ics.too_large": "too large for a calendar file",
    "ics.not_utf8": "not UTF-8 text: not an iCalendar file",
    "ics.binary": "binary data: not an iCalendar file",
    "ics.unreadable": "not a readable iCalendar file ({error})",
    "ics.not_a_line": "not an iCalendar line: {line}",
    "ics.outside": "content outside BEGIN:VCALENDAR",
    "ics.begin": "the file must begin a VCALENDAR",
    "ics.end": "END:{name} where {expected} should end",
    "ics.end_nothing": "END:{name} where nothing should end",
    "ics.empty": "empty, or not an iCalendar file (no VCALENDAR)",
    "ics.cut_short": "the file ends inside {name} (begun line {line}): cut short?",
    "ics.no_date": "these have no date to export; use {accepted}",
    "ics.description": "{one} or {other}",
    "publish.folder": "an existing folder (made by the sync app)",
    "publish.no_folder": "no folder is set: publish folder DIR first",
    "publish.not_there": "{folder}: the folder is not there (unplugged or not synced?)",
    "publish.failed": "{error}",
    # Files read or written whole (core/model/files.py, json_file.py): the system's words for
    # the usual failures, else its own message.
    "file.missing": "No such file or directory",
    "file.denied": "Permission denied",
    "file.is_folder": "Is a directory",
    "file.not_folder": "Not a directory",
    "file.disk_full": "No space left on device",
    "file.read_only": "Read-only file system",
    "file.error": "{error}",
    "file.too_large": "too large to be {what}",
    "file.not_regular": "not a regular file (a device, a pipe or a folder): give a file's path",
    "file.not_utf8": "not UTF-8 text",
    "file.not_json": "not JSON ({error})",
    "file.too_deep": "brackets nested more than {most} levels deep",
    "file.not_a_number": "{value} is not a number a JSON file may hold",
    "file.huge_number": "{value}: too large a number",
    "file.no_pdf": "Qt wrote no PDF there",
    # The command line's own refusals (cli/, and the window's command-line options).
    "cli.where": "give --at, --on or --backlog",
    "cli.as_series": "use it with --occurrence",
    "cli.backlog_dated": "back to the ideas means no date: drop --at and --on",
    "cli.limit": "give a number from 1 to {most}",
    "cli.notes_series": "notes belong to the whole series: drop --occurrence",
    "cli.occurrence": "name one date of the series, e.g. 2026-12-01T09:00",
    "cli.silent_after": "hours, or off",
    "cli.plan_names": "the plan file names the crisis already",
    "cli.crisis_name": "give the crisis a name, or an edited plan (--plan)",
    "cli.message": "TEMPLATE:CHANNEL, e.g. holding:Facebook",
    "cli.ics_name": "a file name ending in .ics",
    "cli.size": "use WIDTHxHEIGHT such as 1400x900",
    "cli.size_range": "use a size between 320x240 and 8000x8000",
    "cli.png": "use a writable path ending in .png",
    # What is not there (NotFoundError).
    "found.item": "no item with id {id}",
    "found.channel": "no channel with id {id}",
    "found.campaign": "no campaign named {quoted}",
    "found.objective": "no objective named {quoted}",
    "found.audience": "no audience named {quoted}",
    "found.person": "no person named {quoted}",
    # Undo and redo (core/write/undo.py): NothingToUndo, StackMoved, UndoConflict.
    "undo.nothing.undo": "nothing to undo",
    "undo.nothing.redo": "nothing to redo",
    "undo.moved.undo": (
        "the last change is now “{label}” (made elsewhere, e.g. from the command line); "
        "undo again to undo it"
    ),
    "undo.moved.redo": (
        "the last change is now “{label}” (made elsewhere, e.g. from the command line); "
        "redo again to redo it"
    ),
    "undo.conflict.undo": "cannot undo “{label}”: {problems}",
    "undo.conflict.redo": "cannot redo “{label}”: {problems}",
    "undo.overwrite.undo": (
        "cannot undo “{label}”: the workspace changed since in a way it would overwrite ({error})"
    ),
    "undo.overwrite.redo": (
        "cannot redo “{label}”: the workspace changed since in a way it would overwrite ({error})"
    ),
    "undo.outside.undo": "cannot undo “{label}”: it would also change {names}, changed after it",
    "undo.outside.redo": "cannot redo “{label}”: it would also change {names}, changed after it",
    # The entry's records, read back from the workspace, are not as written (core/write/
    # record_check.py): a damaged disk, a hand edit.
    "undo.damaged.undo": (
        "cannot undo “{label}”: what the workspace recorded of it is damaged; make the change "
        "by hand"
    ),
    "undo.damaged.redo": (
        "cannot redo “{label}”: what the workspace recorded of it is damaged; make the change "
        "by hand"
    ),
    "undo.problems": "{first}; {rest}",  # several problems, one after the other
    "undo.deleted": "{name} was deleted since",
    "undo.exists": "{name} exists again",
    "undo.changed": "{name} was changed since ({fields})",
    # A row as a person names it (core/write/records.py: describe).
    "undo.record.item": "“{title}”",
    "undo.record.setting": "the setting {key}",
    "undo.record.objective": "the objective “{name}”",
    "undo.record.audience": "the audience “{name}”",
    "undo.record.channel": "the channel “{name}”",
    "undo.record.person": "the person “{name}”",
    "undo.record.campaign": "the campaign “{name}”",
    "undo.record.crisis": "the crisis “{name}”",
    "undo.record.other": "the {kind} row {key}",
}


# A reason's value: a text, a number (its text in the table may group its digits: {most:,}),
# or another reason (a refusal carried into an import report's line, "none yet" in a list).
Value: TypeAlias = "str | int | Reason"


@dataclass(frozen=True)
class Reason:
    """A code of ENGLISH and the values its text names."""

    code: str
    values: tuple[tuple[str, Value], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.code not in ENGLISH:
            raise KeyError(f"no reason with the code {self.code!r}")

    @property
    def params(self) -> dict[str, str]:
        """Each value in English (a reason worded, a number as digits)."""
        return {name: str(value) for name, value in self.values}

    @property
    def raw(self) -> dict[str, Value]:
        """Each value as given: a text, a number or a reason."""
        return dict(self.values)

    def __str__(self) -> str:
        return ENGLISH[self.code].format(
            **{n: str(v) if isinstance(v, Reason) else v for n, v in self.values}
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            **{n: v.as_json() if isinstance(v, Reason) else str(v) for n, v in self.values},
        }


def reason(code: str, **values: object) -> Reason:
    """A reason of the code; a value is kept as a number or a reason, anything else as text."""
    return Reason(code, tuple(sorted((k, _value(v)) for k, v in values.items())))


def _value(value: object) -> Value:
    if isinstance(value, Reason) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return str(value)


# The system's usual failures to read or write a file, by error number: the code whose English
# is the system's own message (a system that words it otherwise gets "file.error" instead).
OS_ERRORS = {
    errno.ENOENT: "file.missing",
    errno.EACCES: "file.denied",
    errno.EISDIR: "file.is_folder",
    errno.ENOTDIR: "file.not_folder",
    errno.ENOSPC: "file.disk_full",
    errno.EROFS: "file.read_only",
}


def os_reason(exc: OSError) -> Reason:
    """Why a file could not be read or written, as the system says it (its English message,
    word for word, for the command line), with a code the window translates."""
    said = exc.strerror or str(exc)
    code = OS_ERRORS.get(exc.errno or 0)
    if code is not None and ENGLISH[code] == said:
        return reason(code)
    return reason("file.error", error=said)


# The codes a stored text can be read back as (a crisis' record, a plan file, written before
# reasons had codes): the rows of a plan and the lines of an import. A refusal is never stored.
RECORDED = ("crisis.", "import.")


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    found = []
    for code, text in ENGLISH.items():
        if not code.startswith(RECORDED):
            continue
        parts = re.split(r"\{(\w+)(?::[^}]*)?\}", text)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+)" for i, part in enumerate(parts)
        )
        found.append((re.compile(regex), code))
    return found


def from_text(text: str) -> Reason | None:
    """The reason a text words (a record or a plan file written before reasons had codes, or
    edited by hand), from the same table; None for a text no code words."""
    for pattern, code in _patterns():
        if code == "crisis.given":
            continue  # it words any text: a text no other code words is given by a person
        matched = pattern.fullmatch(text)
        if matched:
            return reason(code, **matched.groupdict())
    return None


def given(text: str) -> Reason:
    """A reason as a person wrote it: its code when a code words it, else kept as written."""
    return from_text(text) or reason("crisis.given", text=text)


def of_record(record: dict[str, Any]) -> Reason | None:
    """The reason of a stored row (a crisis' record, a plan's JSON): its `why` when it has
    one, else its English `reason` read back (records kept before reasons had codes)."""
    why = record.get("why")
    if isinstance(why, dict) and why.get("code") in ENGLISH:
        return _of_json(why)
    text = record.get("reason")
    return from_text(text) if isinstance(text, str) else None


def _of_json(why: dict[str, Any]) -> Reason:
    """A reason from its JSON (as_json): a reason within read back too, and a number its text
    groups ({most:,}) read back as a number."""
    code = str(why["code"])
    grouped = set(re.findall(r"\{(\w+):,\}", ENGLISH[code]))
    values: dict[str, object] = {}
    for name, value in why.items():
        if name == "code":
            continue
        if isinstance(value, dict) and value.get("code") in ENGLISH:
            value = _of_json(value)
        elif name in grouped and isinstance(value, str) and value.isdigit():
            value = int(value)
        values[name] = value
    return reason(code, **values)
