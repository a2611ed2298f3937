"""The command line's words, and nothing else: `--help` and a usage error need no database
library, so this module imports argparse only (the commands are in __init__ and lists)."""

from __future__ import annotations

import argparse

from ngo_calendar import __version__

from .common import Parser, SubParser


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The command line's arguments. Opening the window (no command word) needs only the
    options every command shares: the commands' parsers are not built for it (a few ms of
    the window's start); anything else, help included, goes through the full parser."""
    if not any(word in ("-h", "--help", "--version") for word in argv):
        args, rest = _global_options(Parser(prog="ngo-calendar")).parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return build_parser().parse_args(argv)


def _global_options(p: Parser) -> Parser:
    p.add_argument("--data-dir", help="workspace folder (default: the user data folder)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--demo", action="store_true", help="fill a new workspace with the demo first")
    return p


def build_parser() -> Parser:
    p = Parser(prog="ngo-calendar", description="Editorial calendar for associations.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(p)
    sub = p.add_subparsers(dest="command", parser_class=SubParser)
    sub.add_parser("demo", help="fill the workspace with a demo association (idempotent)")
    sub.add_parser("undo", help="undo the last change")
    sub.add_parser("redo", help="redo the last undone change")
    _screenshot_parser(sub)
    _list_parsers(sub)
    _review_parsers(sub)
    _crisis_parsers(sub)
    _export_parsers(sub)
    _import_parsers(sub)
    _publish_parsers(sub)

    item = sub.add_parser("item", help="add, list, show, move, duplicate, delete items")
    isub = item.add_subparsers(dest="action", required=True, parser_class=SubParser)
    add = isub.add_parser("add", help="add an item; prints its id")
    add.add_argument("--title", required=True)
    add.add_argument("--channel", action="append", default=[], help="repeat for several")
    _start_options(add)
    add.add_argument("--status", default="draft")
    add.add_argument("--kind", default="post", help="post, event or milestone")
    add.add_argument("--campaign")
    add.add_argument("--objective")
    add.add_argument("--audience", action="append", default=[])
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("--rrule", help="e.g. FREQ=WEEKLY;BYDAY=TU")
    add.add_argument("--body", default="")
    add.add_argument("--notes", default="", help="notes for the team")
    add.add_argument("--duration", type=int, help="minutes")
    add.add_argument("--sensitivity", default="movable", help="movable, time_bound, essential")

    lst = isub.add_parser("list", help="list occurrences in time order")
    lst.add_argument("--from", dest="first", help="first day (default: today)")
    lst.add_argument("--to", dest="last", help="last day, inclusive (default: 30 days on)")
    lst.add_argument("--channel", action="append", default=[])
    lst.add_argument("--status", action="append", default=[])
    lst.add_argument("--campaign", action="append", default=[])
    lst.add_argument("--text", default="")
    lst.add_argument("--backlog", action="store_true", help="list the undated ideas instead")

    find = isub.add_parser(
        "search", help="find items on every date: coming first, then past, then ideas"
    )
    find.add_argument("text", help="words to find (case and accents ignored)")
    find.add_argument("--limit", type=int, default=50, help="at most so many (default 50)")

    show = isub.add_parser("show", help="show one item")
    show.add_argument("id", type=int)
    move = isub.add_parser("move", help="move an item (or one occurrence of a series)")
    move.add_argument("id", type=int)
    _start_options(move)
    move.add_argument("--occurrence", help="which occurrence of a series (its start)")
    move.add_argument("--series", action="store_true", help="move the whole series")
    move.add_argument("--backlog", action="store_true", help="unschedule: back to the ideas")
    edit = isub.add_parser("edit", help="change an item's title, text, status or channels")
    edit.add_argument("id", type=int)
    edit.add_argument("--occurrence", help="only this date of a series (its start)")
    edit.add_argument("--title")
    edit.add_argument("--body")
    edit.add_argument("--notes", help="notes for the team (not with --occurrence)")
    edit.add_argument("--status")
    edit.add_argument("--channel", action="append", default=[], help="repeat for several")
    edit.add_argument(
        "--as-series",
        action="store_true",
        help="with --occurrence: put that date back to the series' title, text and status",
    )
    dup = isub.add_parser("duplicate", help="copy an item; prints the new id")
    dup.add_argument("id", type=int)
    _start_options(dup)
    delete = isub.add_parser("delete", help="delete an item (undo brings it back)")
    delete.add_argument("id", type=int)
    delete.add_argument("--occurrence", help="delete only this occurrence of a series")
    return p


def _start_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--at", help="date and time in the workspace zone, e.g. 2026-12-01T18:00")
    p.add_argument("--on", help="an all-day date, e.g. 2026-12-01")


def _screenshot_parser(sub: argparse._SubParsersAction[SubParser]) -> None:
    shot = sub.add_parser("screenshot", help="render the window offscreen to a PNG and exit")
    shot.add_argument("out")
    shot.add_argument(
        "--view",
        default="month",
        choices=["month", "week", "agenda", "backlog", "review", "crisis", "export"],
    )
    shot.add_argument("--date", help="the day shown (default: today)")
    shot.add_argument("--lang", choices=["fr", "en"])
    shot.add_argument("--size", default="1400x900")
    shot.add_argument("--editor", action="store_true", help="show the item editor on top")


def _list_parsers(sub: argparse._SubParsersAction[SubParser]) -> None:
    channel = sub.add_parser("channel", help="add, change or list channels")
    csub = channel.add_subparsers(dest="action", required=True, parser_class=SubParser)
    cadd = csub.add_parser("add", help="add a channel (a name in use is refused: see edit)")
    cadd.add_argument("name")
    cadd.add_argument("--kind", required=True, help="facebook, instagram, newsletter, ...")
    cadd.add_argument("--colour", default="#607d8b")
    _channel_numbers(cadd)
    cedit = csub.add_parser("edit", help="change a channel: only the options given")
    cedit.add_argument("name")
    cedit.add_argument("--name", dest="new_name", help="rename it")
    cedit.add_argument("--kind")
    cedit.add_argument("--colour")
    _channel_numbers(cedit)
    csub.add_parser("list", help="list channels")
    campaign = sub.add_parser("campaign", help="add, change or list campaigns")
    ksub = campaign.add_subparsers(dest="action", required=True, parser_class=SubParser)
    kadd = ksub.add_parser("add", help="add a campaign (a name in use is refused: see edit)")
    kadd.add_argument("name")
    kadd.add_argument("--colour", default="#8e24aa")
    kadd.add_argument("--objective")
    kadd.add_argument("--from", dest="first")
    kadd.add_argument("--to", dest="last")
    kedit = ksub.add_parser("edit", help="change a campaign: only the options given")
    kedit.add_argument("name")
    kedit.add_argument("--name", dest="new_name", help="rename it")
    kedit.add_argument("--colour")
    kedit.add_argument("--objective", help='"" for none')
    kedit.add_argument("--from", dest="first", help='"" for none')
    kedit.add_argument("--to", dest="last", help='"" for none')
    ksub.add_parser("list", help="list campaigns")
    person = sub.add_parser("person", help="add or list the people who edit and review")
    psub = person.add_subparsers(dest="action", required=True, parser_class=SubParser)
    padd = psub.add_parser("add", help="add a person, or change the role of one")
    padd.add_argument("name")
    padd.add_argument("--role", default="editor", help="editor or reviewer")
    psub.add_parser("list", help="list the people")


def _crisis_parsers(sub: argparse._SubParsersAction[SubParser]) -> None:
    crisis = sub.add_parser("crisis", help="crisis mode: pause, re-plan and restore the plan")
    csub = crisis.add_subparsers(dest="action", required=True, parser_class=SubParser)
    proposed = csub.add_parser("plan", help="print the proposed plan; writes nothing")
    started = csub.add_parser("start", help="declare a crisis and apply its plan (one undo)")
    for p in (proposed, started):
        p.add_argument("--name", dest="crisis_name", required=p is proposed, help="the crisis")
        p.add_argument("--from", dest="crisis_from", help="its start (default: now)")
        p.add_argument("--until", dest="crisis_until", help="its expected end (default: open)")
        p.add_argument(
            "--channel", dest="crisis_channels", action="append", help="a channel it concerns"
        )
        p.add_argument(
            "--horizon",
            type=int,
            default=14,
            help="days after the expected end: shifted items land before it, the rest is held (14)",
        )
    started.add_argument("--plan", dest="plan_file", help="apply this edited plan (JSON)")
    started.add_argument(
        "--message",
        dest="crisis_messages",
        action="append",
        metavar="TEMPLATE:CHANNEL",
        help="add a crisis message at the start: holding, update or thanks, on a channel",
    )
    csub.add_parser("status", help="the active crisis (or the last one) and what it did")
    ended = csub.add_parser("end", help="end the crisis and re-plan what it held")
    ended.add_argument("--at", dest="crisis_at", help="when it ended (default: now)")
    ended.add_argument("--preview", action="store_true", help="print the re-plan; write nothing")
    ended.add_argument(
        "--horizon",
        type=int,
        help="days after the end: re-planned items land before it (default: the crisis' own)",
    )
    ended.add_argument(
        "--restore",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="put the items it shifted back on their original dates still ahead (default)",
    )
    cancelled = csub.add_parser(
        "cancel", help="call off a crisis that has not begun: everything back as it was"
    )
    cancelled.add_argument("--at", dest="crisis_at", help="now (default), before it begins")
    csub.add_parser(
        "undo", help="undo the crisis' start, end or cancel (when it is the last change)"
    )
    rules = csub.add_parser("rules", help="show or change quiet hours, blackout days, words")
    rules.add_argument("--quiet", help="HH:MM-HH:MM (default 21:00-08:00), or none")
    rules.add_argument("--blackout", action="append", help="days with no post: YYYY-MM-DD,...")
    rules.add_argument("--no-blackout", action="store_true", help="clear the blackout days")
    rules.add_argument("--words", help="the sensitive words, separated by commas")
    message = csub.add_parser("message", help="add a crisis message from a template")
    message.add_argument("--template", required=True, help="holding, update or thanks")
    message.add_argument("--channel", dest="crisis_channels", action="append", required=True)
    message.add_argument("--at", dest="crisis_at", help="when (default: now)")


def _export_parsers(sub: argparse._SubParsersAction[SubParser]) -> None:
    export = sub.add_parser("export", help="write the plan for other calendars")
    esub = export.add_subparsers(dest="action", required=True, parser_class=SubParser)
    ics = esub.add_parser("ics", help="an iCalendar file (.ics): Google, Outlook, Thunderbird…")
    ics.add_argument("out", metavar="OUT.ics")
    ics.add_argument("--channel", dest="export_channels", action="append", default=[])
    ics.add_argument("--campaign", dest="export_campaigns", action="append", default=[])
    ics.add_argument("--status", dest="export_statuses", action="append", default=[])
    ics.add_argument("--from", dest="first", help="only items with a date from this day")
    ics.add_argument("--to", dest="last", help="only items with a date up to this day")
    ics.add_argument(
        "--description",
        choices=["full", "title"],
        default="full",
        help="the texts (full) or the titles only, so that drafts stay private",
    )
    ics.add_argument("--per-channel", action="store_true", help="and a file per channel")


def _import_parsers(sub: argparse._SubParsersAction[SubParser]) -> None:
    imported = sub.add_parser("import", help="bring another calendar's events in")
    isub = imported.add_subparsers(dest="action", required=True, parser_class=SubParser)
    ics = isub.add_parser("ics", help="an iCalendar file (.ics) as items, with a report")
    ics.add_argument("file", metavar="FILE.ics")
    ics.add_argument("--channel", dest="import_channel", help="default: the event channel")
    ics.add_argument("--dry-run", action="store_true", help="the report only; writes nothing")


def _publish_parsers(sub: argparse._SubParsersAction[SubParser]) -> None:
    publish = sub.add_parser("publish", help="keep the plan as .ics files in a shared folder")
    psub = publish.add_subparsers(dest="action", required=True, parser_class=SubParser)
    folder = psub.add_parser("folder", help="publish to this folder after every change")
    folder.add_argument("folder", metavar="DIR")
    folder.add_argument("--per-channel", action="store_true", help="and a file per channel")
    folder.add_argument("--description", choices=["full", "title"], default="full")
    psub.add_parser("off", help="stop publishing (the files stay)")
    psub.add_parser("now", help="write the files now")
    psub.add_parser("status", help="where, when last, and any failure")


def _review_parsers(sub: argparse._SubParsersAction[SubParser]) -> None:
    review = sub.add_parser("review", help="the validation queue: submit, approve, send back")
    rsub = review.add_subparsers(dest="action", required=True, parser_class=SubParser)
    rsub.add_parser("queue", help="what waits for review, most urgent first")
    submit = rsub.add_parser("submit", help="send items (or one date of a series) to review")
    submit.add_argument("ids", type=int, nargs="+", metavar="ID")
    submit.add_argument("--occurrence", help="only this date of a series (its start or day)")
    approve = rsub.add_parser("approve", help="approve items in review")
    approve.add_argument("ids", type=int, nargs="+", metavar="ID")
    changes = rsub.add_parser("request-changes", help="send an item back to draft, saying why")
    changes.add_argument("ids", type=int, nargs=1, metavar="ID")
    comment = rsub.add_parser("comment", help="add a remark to an item's review thread")
    comment.add_argument("ids", type=int, nargs=1, metavar="ID")
    for decision in (approve, changes, comment):
        decision.add_argument("--as", dest="person", help="who decides: one of the people")
        decision.add_argument("--occurrence", help="only this date of a series")
        decision.add_argument("--comment", required=decision is not approve)
    sheet = rsub.add_parser(
        "sheet",
        help="write what waits as a review sheet: OUT.html (to decide in a browser) or OUT.pdf",
    )
    sheet.add_argument("out", metavar="OUT")
    sheet.add_argument("--as", dest="person", help="who makes the sheet: one of the people")
    apply = rsub.add_parser("apply", help="record the decisions a reviewer saved from a sheet")
    apply.add_argument("decisions", metavar="DECISIONS")
    settings = rsub.add_parser("settings", help="show or change the validation settings")
    settings.add_argument("--mode", choices=["off", "all", "rules"])
    settings.add_argument("--silent-after", help="hours before publication, or off")
    settings.add_argument("--channel", action="append", help="with --mode rules; repeatable")
    settings.add_argument("--campaign", action="append", help="with --mode rules; repeatable")
    settings.add_argument("--sensitivity", action="append", help="movable, time_bound, essential")
    settings.add_argument(
        "--reopen-on-change", choices=["yes", "no"], help="edited approved items go back"
    )


def _channel_numbers(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, help="characters; 0 for no limit (default: the platform's)")
    p.add_argument("--cadence", type=int, help="target posts per week (default 0)")
