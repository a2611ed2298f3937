"""The window's words for core's reasons (core/model/reasons.py), one entry per code: the
English of each, word for word as core's, marked for lupdate so that the translations hold it
(a test compares the two tables and checks each code has its French), the context each is
translated in, and the names of the values its %1, %2 stand for. How a reason is put in words
from this table is gui/common/reasons.py."""

from __future__ import annotations

from .report_texts import QT_TRANSLATE_NOOP, REPORT_SOURCES

# Each code's text in English: its parts, each translated (in the context its code's first word
# names: Crisis, ImportDialog, or Refusals for what core refuses) and joined with ", " when
# shown; %1, %2 stand for its values in the order of PLACES. Only the code asked for is
# translated (an import report words a thousand lines).
REFUSALS = "Refusals"
CONTEXT = {
    "crisis": "Crisis",
    "import": "ImportDialog",
    **{
        prefix: REFUSALS
        for prefix in (
            "text",
            "time",
            "rule",
            "item",
            "list",
            "channel",
            "campaign",
            "person",
            "objective",
            "audience",
            "review",
            "crisis_input",
            "ics",
            "publish",
            "file",
            "cli",
            "found",
            "undo",
        )
    },
}


SOURCES: dict[str, tuple[str, ...]] = {
    **REPORT_SOURCES,  # crisis plans and import reports: report_texts.py
    "text.utf8": (QT_TRANSLATE_NOOP("Refusals", "use text in UTF-8 (some bytes given are not)"),),
    "text.not_text": (QT_TRANSLATE_NOOP("Refusals", "use text"),),
    "text.empty": (QT_TRANSLATE_NOOP("Refusals", "give some text (it cannot be empty)"),),
    "text.one_line": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "use one line of text, without tabs or control characters (%1)",
        ),
    ),
    "text.control": (QT_TRANSLATE_NOOP("Refusals", "use text without control characters (%1)"),),
    "text.too_long": (QT_TRANSLATE_NOOP("Refusals", "use at most %1 characters (not %2)"),),
    "text.tags": (QT_TRANSLATE_NOOP("Refusals", "use at most %1 tags (not %2)"),),
    "text.whole_number": (QT_TRANSLATE_NOOP("Refusals", "use a whole number"),),
    "text.range": (QT_TRANSLATE_NOOP("Refusals", "use %1 to %2"),),
    "text.range.characters": (QT_TRANSLATE_NOOP("Refusals", "use %1 to %2 characters"),),
    "text.range.minutes": (QT_TRANSLATE_NOOP("Refusals", "use %1 to %2 minutes"),),
    "text.range.days": (QT_TRANSLATE_NOOP("Refusals", "use %1 to %2 days"),),
    "text.range.posts": (QT_TRANSLATE_NOOP("Refusals", "use %1 to %2 posts a week"),),
    "text.calendar": (QT_TRANSLATE_NOOP("Refusals", "use a date from %1 to %2"),),
    "text.colour": (
        QT_TRANSLATE_NOOP("Refusals", "use a colour such as #1877f2 (# and six hex digits)"),
    ),
    "text.one_of": (QT_TRANSLATE_NOOP("Refusals", "use one of: %1"),),
    "text.choice": (QT_TRANSLATE_NOOP("Refusals", "one of: %1"),),
    "time.zone": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "use an IANA time zone such as Europe/Paris or America/Montreal",
        ),
    ),
    "time.gap": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "this time does not exist in %1 (clocks move forward that day); use %2 or later, or "
            "an earlier time",
        ),
    ),
    "time.date_time": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "use a date and time such as 2026-12-01T18:00 (workspace time)",
        ),
    ),
    "time.date": (QT_TRANSLATE_NOOP("Refusals", "use a date such as 2026-12-01"),),
    "time.at_or_on": (QT_TRANSLATE_NOOP("Refusals", "give either --at or --on, not both"),),
    "time.after_from": (QT_TRANSLATE_NOOP("Refusals", "use a day on or after --from (%1)"),),
    "rule.help": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "use an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1MO;COUNT=6",
        ),
    ),
    "rule.unreadable": (QT_TRANSLATE_NOOP("Refusals", "%1 (%2)"),),
    "rule.twice": (QT_TRANSLATE_NOOP("Refusals", "give %1 only once; %2"),),
    "rule.too_often": (QT_TRANSLATE_NOOP("Refusals", "repeat hourly at most; %1"),),
    "rule.one_value": (
        QT_TRANSLATE_NOOP("Refusals", "give one %1 value (repeat hourly at most); %2"),
    ),
    "rule.range": (QT_TRANSLATE_NOOP("Refusals", "%1 takes %2 to %3; %4"),),
    "rule.range_signed": (QT_TRANSLATE_NOOP("Refusals", "%1 takes %2 to %3 (or minus that); %4"),),
    "rule.at_least": (QT_TRANSLATE_NOOP("Refusals", "%1 takes %2 or more; %3"),),
    "rule.count_and_until": (QT_TRANSLATE_NOOP("Refusals", "give COUNT or UNTIL, not both; %1"),),
    "rule.count": (QT_TRANSLATE_NOOP("Refusals", "use COUNT=%1 at most; %2"),),
    "rule.until_span": (QT_TRANSLATE_NOOP("Refusals", "end (UNTIL) on a date from %1 to %2"),),
    "rule.until_last": (QT_TRANSLATE_NOOP("Refusals", "end (UNTIL) by %1"),),
    "rule.until_start": (QT_TRANSLATE_NOOP("Refusals", "end (UNTIL) on or after the start (%1)"),),
    "rule.all_day": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "an all-day item repeats daily at most, with no BYHOUR or BYMINUTE",
        ),
    ),
    "rule.no_date": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "this rule gives no date between %1 and %2; check its parts (BYMONTH=2;BYMONTHDAY=30 "
            "never happens, for one)",
        ),
    ),
    "item.no_title": (QT_TRANSLATE_NOOP("Refusals", "give the item a title"),),
    "item.series_needs_date": (
        QT_TRANSLATE_NOOP("Refusals", "a recurring item needs a start date"),
    ),
    "item.no_channel": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "give a dated item at least one channel (an idea may have none)",
        ),
    ),
    "item.variant": (QT_TRANSLATE_NOOP("Refusals", "give variants only for the item's channels"),),
    "item.uid_taken": (QT_TRANSLATE_NOOP("Refusals", "an item with this uid exists already"),),
    "item.stale": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "this item was changed elsewhere meanwhile (it is now at revision %1); close the "
            "editor and open the item again",
        ),
    ),
    "item.not_series": (QT_TRANSLATE_NOOP("Refusals", "only recurring items have occurrences"),),
    "item.name_date": (QT_TRANSLATE_NOOP("Refusals", "name one date of the series"),),
    "item.not_a_date": (QT_TRANSLATE_NOOP("Refusals", "use the key of one of the series' dates"),),
    "item.series_to_backlog": (
        QT_TRANSLATE_NOOP("Refusals", "a recurring item cannot go back to the backlog"),
    ),
    "item.move_which": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "this item repeats: name the date to move (--occurrence) or move the whole series "
            "(--series)",
        ),
    ),
    "item.date_title": (
        QT_TRANSLATE_NOOP("Refusals", "give the date a title, or none to use the series'"),
    ),
    "item.series_kind": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "move a series to a start of the same kind (timed or all-day)",
        ),
    ),
    "item.named_days": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "this rule names its days (a day of the month or a numbered weekday); change the rule "
            "in the item editor instead of moving the series",
        ),
    ),
    "item.where": (QT_TRANSLATE_NOOP("Refusals", "give where the occurrence goes"),),
    "item.date_only": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "only the date, time, title, text, status and channels of one date can change; "
            "change the rest for the whole series or for this date and the following ones",
        ),
    ),
    "item.scope": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "save for this date, the whole series, or this date and the following ones",
        ),
    ),
    "list.none_yet": (QT_TRANSLATE_NOOP("Refusals", "none yet"),),
    "list.none_yet_add": (QT_TRANSLATE_NOOP("Refusals", "none yet (add one in the settings)"),),
    "list.known": (QT_TRANSLATE_NOOP("Refusals", "known: %1"),),
    "list.kind": (QT_TRANSLATE_NOOP("Refusals", "use objectives or audiences"),),
    "channel.unknown": (QT_TRANSLATE_NOOP("Refusals", "known channel names: %1"),),
    "channel.unknown_id": (QT_TRANSLATE_NOOP("Refusals", "no channel has this id"),),
    "channel.no_name": (QT_TRANSLATE_NOOP("Refusals", "give the channel a name"),),
    "channel.taken": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "a channel named %1 exists already (names are compared regardless of case); change "
            "that one with `channel edit %2` or the settings, or choose another name",
        ),
    ),
    "channel.in_use": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "%1 item uses this channel; move them to another channel before deleting it",
        ),
    ),
    "channel.in_use.many": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "%1 items use this channel; move them to another channel before deleting it",
        ),
    ),
    "channel.order": (QT_TRANSLATE_NOOP("Refusals", "give every channel id exactly once"),),
    "channel.twice": (QT_TRANSLATE_NOOP("Refusals", "give each channel once"),),
    "channel.same_name": (QT_TRANSLATE_NOOP("Refusals", "give each channel its own name"),),
    "channel.deleted": (
        QT_TRANSLATE_NOOP("Refusals", "this channel was deleted meanwhile; reopen the settings"),
    ),
    "channel.exists": (QT_TRANSLATE_NOOP("Refusals", "a channel of that name exists already"),),
    "campaign.unknown": (QT_TRANSLATE_NOOP("Refusals", "known campaign names: %1"),),
    "campaign.unknown_name": (QT_TRANSLATE_NOOP("Refusals", "no campaign has this name"),),
    "campaign.no_name": (QT_TRANSLATE_NOOP("Refusals", "give the campaign a name"),),
    "campaign.taken": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "a campaign named %1 exists already (names are compared regardless of case); change "
            "that one with `campaign edit %2` or the settings, or choose another name",
        ),
    ),
    "campaign.order": (QT_TRANSLATE_NOOP("Refusals", "give every campaign name exactly once"),),
    "campaign.ends": (QT_TRANSLATE_NOOP("Refusals", "end on or after the start"),),
    "campaign.twice": (QT_TRANSLATE_NOOP("Refusals", "give each campaign once"),),
    "campaign.same_name": (QT_TRANSLATE_NOOP("Refusals", "give each campaign its own name"),),
    "campaign.deleted": (
        QT_TRANSLATE_NOOP("Refusals", "this campaign was deleted meanwhile; reopen the settings"),
    ),
    "campaign.exists": (QT_TRANSLATE_NOOP("Refusals", "a campaign of that name exists already"),),
    "campaign.objective": (QT_TRANSLATE_NOOP("Refusals", "use an objective of the workspace"),),
    "person.no_name": (QT_TRANSLATE_NOOP("Refusals", "give the person a name"),),
    "person.taken": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "a person named %1 exists already (names are compared regardless of case); change "
            "that one with the settings, or choose another name",
        ),
    ),
    "person.order": (QT_TRANSLATE_NOOP("Refusals", "give every person name exactly once"),),
    "person.twice": (QT_TRANSLATE_NOOP("Refusals", "give each person once"),),
    "person.same_name": (QT_TRANSLATE_NOOP("Refusals", "give each person its own name"),),
    "person.deleted": (
        QT_TRANSLATE_NOOP("Refusals", "this person was deleted meanwhile; reopen the settings"),
    ),
    "person.exists": (QT_TRANSLATE_NOOP("Refusals", "a person of that name exists already"),),
    "objective.unknown": (QT_TRANSLATE_NOOP("Refusals", "known objective names: %1"),),
    "objective.no_name": (QT_TRANSLATE_NOOP("Refusals", "give the objective a name"),),
    "objective.taken": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "an objective named %1 exists already (names are compared regardless of case); change "
            "that one with the settings, or choose another name",
        ),
    ),
    "objective.order": (QT_TRANSLATE_NOOP("Refusals", "give every objective name exactly once"),),
    "objective.twice": (QT_TRANSLATE_NOOP("Refusals", "give each objective once"),),
    "objective.same_name": (QT_TRANSLATE_NOOP("Refusals", "give each objective its own name"),),
    "objective.deleted": (
        QT_TRANSLATE_NOOP("Refusals", "this objective was deleted meanwhile; reopen the settings"),
    ),
    "objective.exists": (
        QT_TRANSLATE_NOOP("Refusals", "an objective of that name exists already"),
    ),
    "audience.unknown": (QT_TRANSLATE_NOOP("Refusals", "known audience names: %1"),),
    "audience.no_name": (QT_TRANSLATE_NOOP("Refusals", "give the audience a name"),),
    "audience.taken": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "an audience named %1 exists already (names are compared regardless of case); change "
            "that one with the settings, or choose another name",
        ),
    ),
    "audience.order": (QT_TRANSLATE_NOOP("Refusals", "give every audience name exactly once"),),
    "audience.twice": (QT_TRANSLATE_NOOP("Refusals", "give each audience once"),),
    "audience.same_name": (QT_TRANSLATE_NOOP("Refusals", "give each audience its own name"),),
    "audience.deleted": (
        QT_TRANSLATE_NOOP("Refusals", "this audience was deleted meanwhile; reopen the settings"),
    ),
    "audience.exists": (QT_TRANSLATE_NOOP("Refusals", "an audience of that name exists already"),),
    "review.no_item": (QT_TRANSLATE_NOOP("Refusals", "choose at least one item"),),
    "review.name_item": (QT_TRANSLATE_NOOP("Refusals", "name at least one item"),),
    "review.one_series": (QT_TRANSLATE_NOOP("Refusals", "name one series with --occurrence"),),
    "review.status": (QT_TRANSLATE_NOOP("Refusals", "%1 is %2, not %3"),),
    "review.item": (QT_TRANSLATE_NOOP("Refusals", "item %1"),),
    "review.item_on": (QT_TRANSLATE_NOOP("Refusals", "item %1 on %2"),),
    "review.comment": (QT_TRANSLATE_NOOP("Refusals", "say what should change"),),
    "review.not_a_person": (
        QT_TRANSLATE_NOOP("Refusals", "not one of the workspace's people: %1"),
    ),
    "review.sheet_name": (
        QT_TRANSLATE_NOOP("Refusals", "a review sheet is written as .html or .pdf"),
    ),
    "review.decisions": (QT_TRANSLATE_NOOP("Refusals", "a reviewer's decisions"),),
    "review.other_workspace": (
        QT_TRANSLATE_NOOP("Refusals", "these decisions answer a sheet of another workspace"),
    ),
    "review.incomplete": (
        QT_TRANSLATE_NOOP("Refusals", "the file lacks its sheet, reviewer or decisions"),
    ),
    "review.decision_fields": (
        QT_TRANSLATE_NOOP("Refusals", "a decision lacks one of its fields"),
    ),
    "review.seal": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "the file was changed after the reviewer saved it; ask them to save it again",
        ),
    ),
    "review.format": (
        QT_TRANSLATE_NOOP("Refusals", "not a file of decisions saved from a review sheet"),
    ),
    "review.version": (QT_TRANSLATE_NOOP("Refusals", "version %1; this program reads %2"),),
    "review.unknown_reviewer": (
        QT_TRANSLATE_NOOP("Refusals", "%1 is not one of the workspace's people"),
    ),
    "review.no_reviewer": (QT_TRANSLATE_NOOP("Refusals", "the reviewer gave no name"),),
    "review.field": (QT_TRANSLATE_NOOP("Refusals", "not what a review sheet writes here"),),
    "review.field_unknown": (
        QT_TRANSLATE_NOOP("Refusals", "a field a review sheet does not write"),
    ),
    "review.decision_field": (
        QT_TRANSLATE_NOOP("Refusals", "its %1 is not what a review sheet writes"),
    ),
    "review.unknown_sheet": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "these decisions answer a sheet this workspace never made; make a new sheet",
        ),
    ),
    "review.may_not_review": (QT_TRANSLATE_NOOP("Refusals", "%1 may not review (role: %2)"),),
    "review.nobody_reviews": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "nobody may review: give one of the people the role reviewer (person add NAME "
            "--role reviewer)",
        ),
    ),
    "crisis_input.no_name": (QT_TRANSLATE_NOOP("Refusals", "give the crisis a name"),),
    "crisis_input.end_after_start": (
        QT_TRANSLATE_NOOP("Refusals", "the end must come after the start"),
    ),
    "crisis_input.end_after_crisis": (
        QT_TRANSLATE_NOOP("Refusals", "the end must come after the crisis' start"),
    ),
    "crisis_input.active": (
        QT_TRANSLATE_NOOP("Refusals", "the crisis “%1” is still active: end it first (crisis end)"),
    ),
    "crisis_input.none_active": (QT_TRANSLATE_NOOP("Refusals", "no crisis is active"),),
    "crisis_input.begun": (
        QT_TRANSLATE_NOOP("Refusals", "the crisis has already begun: end it instead"),
    ),
    "crisis_input.no_longer_active": (
        QT_TRANSLATE_NOOP("Refusals", "this crisis is no longer active"),
    ),
    "crisis_input.gone": (QT_TRANSLATE_NOOP("Refusals", "“%1” no longer exists"),),
    "crisis_input.changed": (
        QT_TRANSLATE_NOOP("Refusals", "“%1” changed since the plan was made"),
    ),
    "crisis_input.needs_date": (
        QT_TRANSLATE_NOOP("Refusals", "“%1”: a shifted item needs a new date"),
    ),
    "crisis_input.needs_its_date": (
        QT_TRANSLATE_NOOP("Refusals", "“%1”: a shifted item needs its new date"),
    ),
    "crisis_input.after_time": (
        QT_TRANSLATE_NOOP("Refusals", "a date and time (the item has a time)"),
    ),
    "crisis_input.after_day": (
        QT_TRANSLATE_NOOP("Refusals", "a date (the item lasts the whole day)"),
    ),
    "crisis_input.not_last": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "the last change is not a crisis' start or end: undo the later changes first",
        ),
    ),
    "crisis_input.quiet": (
        QT_TRANSLATE_NOOP("Refusals", "HH:MM-HH:MM, e.g. 21:00-08:00, or none"),
    ),
    "crisis_input.quiet_range": (
        QT_TRANSLATE_NOOP("Refusals", "hours 00 to 23, minutes 00 to 59"),
    ),
    "crisis_input.quiet_same": (
        QT_TRANSLATE_NOOP("Refusals", "the quiet hours must not start and end at the same time"),
    ),
    "crisis_input.day": (QT_TRANSLATE_NOOP("Refusals", "a date as YYYY-MM-DD"),),
    "crisis_input.word": (
        QT_TRANSLATE_NOOP("Refusals", "a word or short phrase (80 characters at most)"),
    ),
    "crisis_input.words": (QT_TRANSLATE_NOOP("Refusals", "at most %1 words"),),
    "crisis_input.horizon": (QT_TRANSLATE_NOOP("Refusals", "a number of days from 1 to 365"),),
    "crisis_input.plan": (QT_TRANSLATE_NOOP("Refusals", "a crisis plan"),),
    "crisis_input.not_a_plan": (
        QT_TRANSLATE_NOOP("Refusals", "not a crisis plan (`crisis plan --json`)"),
    ),
    "crisis_input.no_head": (
        QT_TRANSLATE_NOOP("Refusals", "missing: the file must be `crisis plan --json`"),
    ),
    "crisis_input.moment": (QT_TRANSLATE_NOOP("Refusals", "a date and time is needed"),),
    "crisis_input.name": (QT_TRANSLATE_NOOP("Refusals", "the crisis' name is needed"),),
    "crisis_input.channels": (QT_TRANSLATE_NOOP("Refusals", "a list of channel names"),),
    "crisis_input.rows": (QT_TRANSLATE_NOOP("Refusals", "a list of rows is needed"),),
    "crisis_input.row": (QT_TRANSLATE_NOOP("Refusals", "each row is an object"),),
    "crisis_input.row_id": (QT_TRANSLATE_NOOP("Refusals", "an item id (a number) is needed"),),
    "crisis_input.row_occurrence": (
        QT_TRANSLATE_NOOP("Refusals", "a date key of the series, or null"),
    ),
    "crisis_input.row_reason": (QT_TRANSLATE_NOOP("Refusals", "a line of text, or null"),),
    "crisis_input.no_item": (QT_TRANSLATE_NOOP("Refusals", "no item %1 in this workspace"),),
    "crisis_input.not_planned": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "item %1 is not planned in this crisis' window now (changed since the plan was "
            "made?): make the plan again",
        ),
    ),
    "crisis_input.two_rows": (QT_TRANSLATE_NOOP("Refusals", "item %1 has two rows"),),
    "crisis_input.no_after": (QT_TRANSLATE_NOOP("Refusals", "a shifted item needs its new date"),),
    "crisis_input.bad_after": (
        QT_TRANSLATE_NOOP("Refusals", "%1 is not a date and time with its offset, as printed"),
    ),
    "crisis_input.bad_after_day": (QT_TRANSLATE_NOOP("Refusals", "%1 is not a date"),),
    "ics.too_large": (QT_TRANSLATE_NOOP("Refusals", "too large for a calendar file"),),
    "ics.not_utf8": (QT_TRANSLATE_NOOP("Refusals", "not UTF-8 text: not an iCalendar file"),),
    "ics.binary": (QT_TRANSLATE_NOOP("Refusals", "binary data: not an iCalendar file"),),
    "ics.unreadable": (QT_TRANSLATE_NOOP("Refusals", "not a readable iCalendar file (%1)"),),
    "ics.not_a_line": (QT_TRANSLATE_NOOP("Refusals", "not an iCalendar line: %1"),),
    "ics.outside": (QT_TRANSLATE_NOOP("Refusals", "content outside BEGIN:VCALENDAR"),),
    "ics.begin": (QT_TRANSLATE_NOOP("Refusals", "the file must begin a VCALENDAR"),),
    "ics.end": (QT_TRANSLATE_NOOP("Refusals", "END:%1 where %2 should end"),),
    "ics.end_nothing": (QT_TRANSLATE_NOOP("Refusals", "END:%1 where nothing should end"),),
    "ics.empty": (QT_TRANSLATE_NOOP("Refusals", "empty, or not an iCalendar file (no VCALENDAR)"),),
    "ics.cut_short": (
        QT_TRANSLATE_NOOP("Refusals", "the file ends inside %1 (begun line %2): cut short?"),
    ),
    "ics.no_date": (QT_TRANSLATE_NOOP("Refusals", "these have no date to export; use %1"),),
    "ics.description": (QT_TRANSLATE_NOOP("Refusals", "%1 or %2"),),
    "publish.folder": (QT_TRANSLATE_NOOP("Refusals", "an existing folder (made by the sync app)"),),
    "publish.no_folder": (
        QT_TRANSLATE_NOOP("Refusals", "no folder is set: publish folder DIR first"),
    ),
    "publish.not_there": (
        QT_TRANSLATE_NOOP("Refusals", "%1: the folder is not there (unplugged or not synced?)"),
    ),
    "publish.failed": (QT_TRANSLATE_NOOP("Refusals", "%1"),),
    "file.missing": (QT_TRANSLATE_NOOP("Refusals", "No such file or directory"),),
    "file.denied": (QT_TRANSLATE_NOOP("Refusals", "Permission denied"),),
    "file.is_folder": (QT_TRANSLATE_NOOP("Refusals", "Is a directory"),),
    "file.not_folder": (QT_TRANSLATE_NOOP("Refusals", "Not a directory"),),
    "file.disk_full": (QT_TRANSLATE_NOOP("Refusals", "No space left on device"),),
    "file.read_only": (QT_TRANSLATE_NOOP("Refusals", "Read-only file system"),),
    "file.error": (QT_TRANSLATE_NOOP("Refusals", "%1"),),
    "file.not_regular": (
        QT_TRANSLATE_NOOP(
            "Refusals", "not a regular file (a device, a pipe or a folder): give a file's path"
        ),
    ),
    "file.too_large": (QT_TRANSLATE_NOOP("Refusals", "too large to be %1"),),
    "file.not_utf8": (QT_TRANSLATE_NOOP("Refusals", "not UTF-8 text"),),
    "file.not_json": (QT_TRANSLATE_NOOP("Refusals", "not JSON (%1)"),),
    "file.too_deep": (QT_TRANSLATE_NOOP("Refusals", "brackets nested more than %1 levels deep"),),
    "file.not_a_number": (
        QT_TRANSLATE_NOOP("Refusals", "%1 is not a number a JSON file may hold"),
    ),
    "file.huge_number": (QT_TRANSLATE_NOOP("Refusals", "%1: too large a number"),),
    "file.no_pdf": (QT_TRANSLATE_NOOP("Refusals", "Qt wrote no PDF there"),),
    "cli.where": (QT_TRANSLATE_NOOP("Refusals", "give --at, --on or --backlog"),),
    "cli.as_series": (QT_TRANSLATE_NOOP("Refusals", "use it with --occurrence"),),
    "cli.backlog_dated": (
        QT_TRANSLATE_NOOP("Refusals", "back to the ideas means no date: drop --at and --on"),
    ),
    "cli.limit": (QT_TRANSLATE_NOOP("Refusals", "give a number from 1 to %1"),),
    "cli.notes_series": (
        QT_TRANSLATE_NOOP("Refusals", "notes belong to the whole series: drop --occurrence"),
    ),
    "cli.occurrence": (
        QT_TRANSLATE_NOOP("Refusals", "name one date of the series, e.g. 2026-12-01T09:00"),
    ),
    "cli.silent_after": (QT_TRANSLATE_NOOP("Refusals", "hours, or off"),),
    "cli.plan_names": (QT_TRANSLATE_NOOP("Refusals", "the plan file names the crisis already"),),
    "cli.crisis_name": (
        QT_TRANSLATE_NOOP("Refusals", "give the crisis a name, or an edited plan (--plan)"),
    ),
    "cli.message": (QT_TRANSLATE_NOOP("Refusals", "TEMPLATE:CHANNEL, e.g. holding:Facebook"),),
    "cli.ics_name": (QT_TRANSLATE_NOOP("Refusals", "a file name ending in .ics"),),
    "cli.size": (QT_TRANSLATE_NOOP("Refusals", "use WIDTHxHEIGHT such as 1400x900"),),
    "cli.size_range": (QT_TRANSLATE_NOOP("Refusals", "use a size between 320x240 and 8000x8000"),),
    "cli.png": (QT_TRANSLATE_NOOP("Refusals", "use a writable path ending in .png"),),
    "found.item": (QT_TRANSLATE_NOOP("Refusals", "no item with id %1"),),
    "found.channel": (QT_TRANSLATE_NOOP("Refusals", "no channel with id %1"),),
    "found.campaign": (QT_TRANSLATE_NOOP("Refusals", "no campaign named %1"),),
    "found.objective": (QT_TRANSLATE_NOOP("Refusals", "no objective named %1"),),
    "found.audience": (QT_TRANSLATE_NOOP("Refusals", "no audience named %1"),),
    "found.person": (QT_TRANSLATE_NOOP("Refusals", "no person named %1"),),
    "undo.nothing.undo": (QT_TRANSLATE_NOOP("Refusals", "nothing to undo"),),
    "undo.nothing.redo": (QT_TRANSLATE_NOOP("Refusals", "nothing to redo"),),
    "undo.moved.undo": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "the last change is now “%1” (made elsewhere, e.g. from the command line); undo again to undo it",  # noqa: E501 - one text for lupdate
        ),
    ),
    "undo.moved.redo": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "the last change is now “%1” (made elsewhere, e.g. from the command line); redo again to redo it",  # noqa: E501 - one text for lupdate
        ),
    ),
    "undo.conflict.undo": (QT_TRANSLATE_NOOP("Refusals", "cannot undo “%1”: %2"),),
    "undo.conflict.redo": (QT_TRANSLATE_NOOP("Refusals", "cannot redo “%1”: %2"),),
    "undo.overwrite.undo": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "cannot undo “%1”: the workspace changed since in a way it would overwrite (%2)",
        ),
    ),
    "undo.overwrite.redo": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "cannot redo “%1”: the workspace changed since in a way it would overwrite (%2)",
        ),
    ),
    "undo.outside.undo": (
        QT_TRANSLATE_NOOP(
            "Refusals", "cannot undo “%1”: it would also change %2, changed after it"
        ),
    ),
    "undo.outside.redo": (
        QT_TRANSLATE_NOOP(
            "Refusals", "cannot redo “%1”: it would also change %2, changed after it"
        ),
    ),
    "undo.damaged.undo": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "cannot undo “%1”: what the workspace recorded of it is damaged; make the change "
            "by hand",
        ),
    ),
    "undo.damaged.redo": (
        QT_TRANSLATE_NOOP(
            "Refusals",
            "cannot redo “%1”: what the workspace recorded of it is damaged; make the change "
            "by hand",
        ),
    ),
    "undo.problems": (QT_TRANSLATE_NOOP("Refusals", "%1; %2"),),
    "undo.deleted": (QT_TRANSLATE_NOOP("Refusals", "%1 was deleted since"),),
    "undo.exists": (QT_TRANSLATE_NOOP("Refusals", "%1 exists again"),),
    "undo.changed": (QT_TRANSLATE_NOOP("Refusals", "%1 was changed since (%2)"),),
    "undo.record.item": (QT_TRANSLATE_NOOP("Refusals", "“%1”"),),
    "undo.record.setting": (QT_TRANSLATE_NOOP("Refusals", "the setting %1"),),
    "undo.record.objective": (QT_TRANSLATE_NOOP("Refusals", "the objective “%1”"),),
    "undo.record.audience": (QT_TRANSLATE_NOOP("Refusals", "the audience “%1”"),),
    "undo.record.channel": (QT_TRANSLATE_NOOP("Refusals", "the channel “%1”"),),
    "undo.record.person": (QT_TRANSLATE_NOOP("Refusals", "the person “%1”"),),
    "undo.record.campaign": (QT_TRANSLATE_NOOP("Refusals", "the campaign “%1”"),),
    "undo.record.crisis": (QT_TRANSLATE_NOOP("Refusals", "the crisis “%1”"),),
    "undo.record.other": (QT_TRANSLATE_NOOP("Refusals", "the %1 row %2"),),
}
