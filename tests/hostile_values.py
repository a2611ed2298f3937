"""Hostile values for tests/test_hostile_input.py: every option of the command line and the
fields of an item draft, valid and hostile mixed (dates at and beyond the calendar's ends,
daylight-saving gaps, huge and malformed numbers, control characters, surrogate escapes, long
text, RRULEs built from parts, colours, ids, occurrence keys), written against the small
workspace SETUP makes."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from ngo_calendar.core.model.domain import AllDay, ItemDraft, ItemKind, Sensitivity, Status, Timed

# The template: ids 1 single timed, 2 weekly series (one date deleted, one moved, one with its
# own title), 3 monthly all-day series, 4 all-day, 5 an idea, 6 timed with a campaign.
FIRST, LAST = date(1900, 1, 1), date(2200, 12, 31)  # the calendar's span
SETUP = """channel add Facebook --kind facebook --colour #1877f2
channel add Instagram --kind instagram
channel add Lettre --kind newsletter
campaign add 'Noël solidaire' --objective 'Collecter des dons'
item add --title Appel --channel Facebook --at 2026-12-01T18:00
item add --title Distrib --channel Facebook --channel Instagram --at 2026-12-01T09:00 --rrule \
FREQ=WEEKLY;BYDAY=TU
item add --title Lettre --channel Lettre --on 2026-12-05 --rrule FREQ=MONTHLY
item add --title Noël --channel Instagram --on 2026-12-24
item add --title Idée --channel Facebook
item add --title Collecte --channel Facebook --at 2026-12-12T10:00 --duration 90 --campaign \
'Noël solidaire' --tag dons
item delete 2 --occurrence 2026-12-22T09:00
item edit 2 --occurrence 2026-12-15T09:00 --title Spéciale
item move 2 --occurrence 2026-12-08T09:00 --at 2026-12-09T09:00"""


def one_of(*values: str) -> st.SearchStrategy[str]:
    return st.sampled_from(values)


def words(text: str, *more: str) -> st.SearchStrategy[str]:
    return st.sampled_from([*text.split(), *more])


YEARS = words("0001 1899 1900 2026 2026 2200 2201 9999")
DAYS = st.one_of(
    st.builds("{}-{:02d}-{:02d}".format, YEARS, st.integers(1, 12), st.integers(1, 31)),
    words("2026-02-29 2026-13-01 20261201 2026-W49-2 0000-01-01 demain", "", " ", "2026-12-01\n"),
)
TIMES = words("00:00 02:30 09:00 18:00 23:59 24:00 23:59:59.999999 2:30")
OFFSETS = words("Z +00:00 +14:00 -12:00 +23:59 +24:00", "", "", "", "")
MOMENTS = st.one_of(
    st.builds("{}T{}{}".format, DAYS, TIMES, OFFSETS),
    words("2026-03-29T02:30 2026-10-25T02:30 0001-01-01T00:00 9999-12-31T23:59 T", ""),
)
BIG = [str(n) for n in (2**31, 2**31 - 1, 2**63, 2**63 - 1, 10**20, -(2**63) - 1)]
NUMBERS = st.one_of(
    words("-2 -1 0 1 90 1e20 0x10 1_000 ٣ +3 -0", *BIG, "", " 5", "5\n"),
    st.integers(-(10**21), 10**21).map(str),
)
SPECIAL = "\n\t\r\x1b\x7f\x85\u2028\u202e\u200f\udce9😀"
CHARS = st.one_of(st.characters(), st.sampled_from(SPECIAL))
TEXT = st.one_of(
    one_of("", " ", "\t", "caf\udce9", "Titre\nsuite", "a\tb", "\x1b[31m", "\u202eRTL", "😀", "-x"),
    one_of(*("x" * n for n in (81, 121, 301, 10_000)), "Ligne\r", "\u2028", "\x7f", "\x85"),
    st.text(CHARS, max_size=30),
)
ARG_TEXT = TEXT.map(lambda s: s.replace("\x00", ""))  # argv cannot carry NUL
NAMES = st.one_of(one_of("Facebook", "facebook", " FACEBOOK ", "Instagram", "Lettre"), ARG_TEXT)
CAMPAIGNS = st.one_of(one_of("Noël solidaire", "noël SOLIDAIRE", "Printemps"), ARG_TEXT)
OBJECTIVES = st.one_of(one_of("Collecter des dons", "collecter des dons", "Nope"), ARG_TEXT)
STATUSES = st.one_of(words("draft in_review In-Review held published nope", ""), ARG_TEXT)
KINDS = st.one_of(words("post event MILESTONE essential facebook newsletter x", ""), ARG_TEXT)
COLOURS = st.one_of(
    words("#fff #12345g red #1877F2 #1877f2 # #1234567 ＃123456 #１２３４５６", "", "#123456\n"),
    one_of(" #123456", "#123456 "),
    ARG_TEXT,
)
IDS = words("1 2 3 4 5 6 2 3 0 -1 7 1.5 x ٢", str(10**20), str(2**63), "", " 2", "2\n")
KEYS = st.one_of(
    words("20261201 20261201T080000Z 20261201T090000Z 20261208T080000Z 20261215T080000Z"),
    words("20261205 20270105 99991231T235959Z 00010101T000000Z 2026-12-01 2026-12-01T09:00"),
    words("2026-12-08T09:00 9999-12-31T23:59 garbage", "", " "),
    MOMENTS,
    DAYS,
)
EVERY_60 = ",".join(map(str, range(60)))
RULE_PARTS = {
    "INTERVAL": f"1 2 0 -1 1000 1000000 {2**63}",
    "COUNT": f"1 3 0 -1 100000 1000000000 {10**20}",
    "UNTIL": "99991231T235959Z 00010101T000000Z 19000101T000000Z 22001231T235959Z "
    "20261130T000000Z 20270101T000000Z 20261231 2026-12-31 garbage",
    "BYDAY": "MO TU,TH 9MO -5FR 53MO 0MO +1SU -1SU XX 1MO,2MO,3MO,4MO,5MO",
    "BYMONTHDAY": "30 31 -1 0 32 1,15",
    "BYMONTH": "2 13 0 1,2,3",
    "BYHOUR": "9 24 " + ",".join(map(str, range(24))),
    "BYMINUTE": f"0 60 {EVERY_60}",
    "BYSECOND": f"0 61 {EVERY_60}",
    "BYSETPOS": "1 -1 0 367 1,2,3",
    "BYYEARDAY": "366 -366 0 367",
    "BYWEEKNO": "53 -1 0 54",
    "WKST": "MO SU XX",
}


def part_name(part: str) -> str:
    return part.partition("=")[0]


PART = st.sampled_from(sorted(RULE_PARTS)).flatmap(
    lambda k: words(RULE_PARTS[k]).map(f"{k}={{}}".format)
)
RRULES = st.one_of(
    st.builds(
        lambda head, freq, parts, tail: head + ";".join([f"FREQ={freq}", *parts]) + tail,
        words("RRULE: rrule:", "", "", "", ""),
        words("SECONDLY MINUTELY HOURLY HOURLY DAILY DAILY WEEKLY MONTHLY MONTHLY YEARLY BIWEEKLY"),
        st.lists(PART | PART | PART | st.text(CHARS, max_size=8), max_size=3, unique_by=part_name),
        words("; \nFREQ=DAILY \nX", *[""] * 9),
    ),
    words("WEEKLY FREQ=WEEKLY;BYDAY=TU FREQ=DAILY;COUNT=3", ""),
).map(lambda s: s.replace("\x00", ""))
# Each kind of value: (what the rules accept, hostile values mixed with valid ones).
DEC = st.integers(1, 28)
VALUES = {
    "text": (words("Titre Bénévoles", "Appel aux dons", "Café ☕ solidaire"), ARG_TEXT),
    "name": (words("Facebook Instagram Lettre"), NAMES),
    "new": (words("Bluesky Mastodon", "Site web"), NAMES),
    "campaign": (words("Printemps", "Noël solidaire"), CAMPAIGNS),
    "objective": (one_of("Collecter des dons"), OBJECTIVES),
    "audience": (words("Bénévoles Donateurs"), ARG_TEXT),
    "day": (DEC.map("2026-12-{:02d}".format), DAYS),
    "moment": (st.builds("2026-12-{:02d}T{:02d}:30".format, DEC, st.integers(0, 23)), MOMENTS),
    "number": (words("0 3 30 90"), NUMBERS),
    "rrule": (words("FREQ=WEEKLY;BYDAY=TU FREQ=DAILY;COUNT=3 FREQ=MONTHLY;BYMONTHDAY=15"), RRULES),
    "id": (words("1 2 3 4 5 6"), IDS),
    "status": (words("draft in_review approved"), STATUSES),
    "kind": (words("post event milestone"), KINDS),
    "sensitivity": (words("movable time_bound essential"), KINDS),
    "channel": (words("facebook bluesky newsletter"), KINDS),
    "colour": (words("#1877f2 #ABCDEF"), COLOURS),
    "key": (words("20261201T080000Z 2026-12-29T09:00 20261205 2027-01-05"), KEYS),
}


@st.composite
def command(draw: Any, spec: str) -> list[str]:
    """`words <positional> --flag=kind ...` as an argv: up to three parts hostile, the others
    valid or left out (`!` always given, `*` repeatable, no kind: a switch)."""
    parts = spec.split()
    wild = draw(st.sets(st.sampled_from([p for p in parts if p[0] in "-<"]), max_size=3))
    argv: list[str] = []
    for part in parts:
        flag, _, kind = part.partition("=")
        valid, hostile = VALUES.get(kind.strip("*!") or flag.strip("<>"), (None, None))
        if flag.startswith("<"):
            argv.append(draw(hostile if part in wild else valid))
        elif not flag.startswith("-") or valid is None and (part in wild or draw(st.booleans())):
            argv.append(flag)
        elif part in wild:
            for _ in range(draw(st.integers(1, 2 if "*" in kind else 1))):
                argv.append(f"{flag}={draw(hostile)}")
        elif valid is not None and ("!" in kind or draw(st.integers(0, 2)) == 0):
            argv.append(f"{flag}={draw(valid)}")
    return argv


COMMANDS = st.one_of(
    command(
        "item add --title=text! --channel=name*! --at=moment --on=day --status=status --kind=kind "
        "--campaign=campaign --objective=objective --audience=audience* --tag=text* --rrule=rrule "
        "--body=text --duration=number --sensitivity=sensitivity --json"
    ),
    command("item add --title=text! --channel=name! --at=moment! --rrule=rrule! --duration=number"),
    command("item add --title=text! --channel=name! --on=day! --rrule=rrule!"),
    command(
        "item list --from=day --to=day --channel=name* --status=status* --campaign=campaign* "
        "--text=text --backlog --json"
    ),
    command("item show <id> --json"),
    command("item move <id> --at=moment --on=day --occurrence=key --series --backlog"),
    command(
        "item edit <id> --occurrence=key --title=text --body=text --status=status --channel=name* "
        "--as-series"
    ),
    command("item duplicate <id> --at=moment --on=day"),
    command("item delete <id> --occurrence=key"),
    command("channel add <new> --kind=channel! --colour=colour --limit=number --cadence=number"),
    command("campaign add <campaign> --colour=colour --objective=objective --from=day --to=day"),
)

EDGE_DAYS = [
    date(y, m, d) for y, m, d in ((1, 1, 1), (1899, 12, 31), (2200, 12, 31), (9999, 12, 31))
]
EDGE_MOMENTS = [datetime.combine(d, datetime.max.time()) for d in EDGE_DAYS] + [
    datetime(1, 1, 1),
    datetime(1900, 1, 1),
    datetime(2201, 1, 1),
    datetime(2026, 3, 29, 2, 30),
    datetime(2026, 10, 25, 2, 30, fold=1),
]
STARTS = st.one_of(
    st.none(),
    st.builds(
        Timed,
        st.sampled_from(EDGE_MOMENTS)
        | st.datetimes(datetime(1890, 1, 1), datetime(2210, 1, 1))
        | st.datetimes(),
    ),
    st.builds(AllDay, st.sampled_from(EDGE_DAYS) | st.dates()),
)
INTS = st.sampled_from([-1, 0, 1, 90, 1440, 2**31, 2**63, 10**20, -(2**63) - 1]) | st.integers()
CORE_NAMES = st.one_of(one_of("Facebook", "facebook", "Instagram", "Lettre", "Nope"), TEXT)
DAY = DEC.map(lambda d: date(2026, 12, d))
AT_TEN = DEC.map(lambda d: Timed(datetime(2026, 12, d, 10)))
FIELDS = {  # an item draft's fields: (valid, hostile)
    "title": (st.just("Titre"), TEXT),
    "body": (st.just(""), TEXT),
    "notes": (st.just(""), TEXT),
    "channels": (st.just(["Facebook"]), st.lists(CORE_NAMES, max_size=2)),
    "variants": (st.just({}), st.dictionaries(CORE_NAMES, TEXT, max_size=1)),
    "start": (st.none() | DAY.map(AllDay) | AT_TEN, STARTS),
    "duration_minutes": (st.none() | st.just(90), st.none() | INTS),
    "days": (st.just(1), INTS),
    "campaign": (st.none(), st.none() | CAMPAIGNS),
    "objective": (st.none(), st.none() | OBJECTIVES),
    "audiences": (st.just([]), st.lists(TEXT, max_size=1)),
    "tags": (st.just(["dons"]), st.lists(TEXT, max_size=2)),
    "attachments": (st.just([]), st.lists(TEXT, max_size=1)),
    "rrule": (st.none() | VALUES["rrule"][0], st.none() | RRULES),
}


@st.composite
def drafts(draw: Any) -> ItemDraft:
    """An item draft with up to three fields hostile, the others valid."""
    wild = draw(st.sets(st.sampled_from(sorted(FIELDS)), max_size=3))
    values = {name: draw(FIELDS[name][name in wild]) for name in FIELDS}
    if values["rrule"] and values["start"] is None and "start" not in wild:
        values["start"] = Timed(datetime(2026, 12, 1, 10))
    enums = {"kind": ItemKind, "status": Status, "sensitivity": Sensitivity}
    return ItemDraft(**values, **{k: draw(st.sampled_from(e)) for k, e in enums.items()})


DRAFTS = drafts()


def add(*more: str) -> list[str]:
    return ["item", "add", "--title", "X", "--channel", "Facebook", *more]


def ruled(rule: str) -> list[str]:
    return add("--at", "2026-12-01T10:00", "--rrule", rule)


def options(argv: list[str]) -> Iterator[tuple[str, str]]:
    """(flag, value) pairs, written `--flag=value` or `--flag value`."""
    for n, token in enumerate(argv):
        if token.startswith("--") and "=" in token:
            yield tuple(token.split("=", 1))  # type: ignore[misc]
        elif token.startswith("--") and n + 1 < len(argv) and not argv[n + 1].startswith("--"):
            yield token, argv[n + 1]


def windows(values: list[str]) -> list[tuple[date, date]]:
    """The template's month, and the month around each date written in `values` (clamped)."""
    found = [(date(2026, 11, 28), date(2027, 1, 7))]
    for text in values:
        for y, m in re.findall(r"(\d{4})-?(\d{2})-?\d{2}", text)[:2]:
            first = date(min(max(int(y), FIRST.year), LAST.year), min(max(int(m), 1), 12), 1)
            first = min(first, LAST - timedelta(days=40))
            if (first, first + timedelta(days=40)) not in found:
                found.append((first, first + timedelta(days=40)))
    return found[:3]


# --- Crisis plan files (tests/test_hostile_plans.py, tests/cli/test_cli_crisis.py) ------------
# A plan as `crisis plan --json` prints it, edited: a value replaced, a key renamed or dropped,
# the whole file replaced. RAW stands in the JSON text for a fragment written as it is (what
# json.dumps cannot make: NaN, 1e400, a number of 5,000 digits, 100,000 brackets).
RAW = "\x00raw\x00"
RAW_JSON = (
    "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + "0" * 5000, "1" * 30, "-0",
    "[" * 100_000, "{\"a\":" * 100_000, "[" * 21 + "]" * 21, "[" * 20 + "]" * 20, "1.0", "1e2",
    '"\\ud800"', '"\\u0000"', '"caf\\u00e9"', "[1,2", "",
)  # fmt: skip
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([0, -1, 1, 2, 1.9, 2**31, 2**63 - 1, 2**63, 10**30, -(2**63), 1e308, 1e-320]),
    st.integers(),
    st.floats(),
    TEXT,
    MOMENTS,
    DAYS,
    st.sampled_from(["keep", "hold", "shift", "cancel", "SHIFT", "Facebook", "facebook"]),
)
JSON_VALUES = st.one_of(
    JSON_SCALARS,
    st.lists(JSON_SCALARS, max_size=3),
    st.dictionaries(TEXT, JSON_SCALARS, max_size=2),
    st.sampled_from([RAW]),
)
PLAN_KEYS = {
    "crisis": ("name", "from", "until", "channels", "horizon_days", "horizon"),
    "row": ("id", "occurrence", "action", "after", "reason", "before", "title", "why"),
}
ODD_KEYS = st.one_of(
    words("nàme ID id\u0020 \u202eid Id rôws crisis\x00 ＩＤ", "", " "), st.text(CHARS, max_size=6)
)
# The crisis' moments near the calendar's ends, and shifted dates in and out of it.
PLAN_MOMENTS = words(
    "0001-01-01T00:00 1899-12-31T23:59 1900-01-01T00:00 2200-12-31T23:59 9999-12-31T23:59",
    "2200-12-20T10:00", "2026-12-08T08:00+14:00", "2026-12-11T08:00-12:00",
)  # fmt: skip
SHIFTED = words(
    "0001-01-01T00:00+00:00 9999-12-31T23:59-05:00 2201-01-01T10:00+01:00 2200-12-31T23:59-12:00",
    "1899-12-31T23:59+01:00 2026-12-19T11:00 2026-12-19 9999-12-31 0001-01-01 2026-12-19T11:00Z",
    "2026-12-19T11:00+01:00",
)  # fmt: skip


@st.composite
def plan_edits(draw: Any, rows: int) -> list[tuple[str, ...]]:
    """Up to three edits of a plan with `rows` rows: ("set", where, key, value), ("rename",
    where, key, new key), ("drop", where, key), ("row", value) (a row added) or ("file", value);
    `where` is "crisis" or a row's index."""
    edits: list[tuple[Any, ...]] = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["set"] * 6 + ["rename", "drop", "row", "file"]))
        where = draw(st.sampled_from(["crisis", *range(rows)])) if rows else "crisis"
        keys = PLAN_KEYS["crisis" if where == "crisis" else "row"]
        key = draw(st.sampled_from(keys))
        if kind == "set":
            special = {"from": PLAN_MOMENTS, "until": PLAN_MOMENTS, "after": SHIFTED}
            value = draw(st.one_of(special[key], JSON_VALUES) if key in special else JSON_VALUES)
            edits.append(("set", where, key, value))
        elif kind == "rename":
            edits.append(("rename", where, key, draw(ODD_KEYS)))
        elif kind == "drop":
            edits.append(("drop", where, key))
        elif kind == "row":
            edits.append(("row", draw(JSON_VALUES | st.dictionaries(ODD_KEYS, JSON_VALUES))))
        else:
            edits.append(("file", draw(JSON_VALUES)))
    return edits


def edited_plan(plan: dict[str, Any], edits: list[tuple[Any, ...]], raw: str = "") -> str:
    """The plan's JSON text after the edits; RAW values become `raw` as it is."""
    data: Any = copy.deepcopy(plan)
    for edit in edits:
        if edit[0] == "file":
            data = edit[1]
            continue
        if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
            continue
        if edit[0] == "row":
            data["rows"].append(edit[1])
            continue
        where = data.get("crisis") if edit[1] == "crisis" else data["rows"][edit[1]]
        if not isinstance(where, dict):
            continue
        if edit[0] == "set":
            where[edit[2]] = edit[3]
        elif edit[0] == "rename" and edit[2] in where:
            where[edit[3]] = where.pop(edit[2])
        elif edit[0] == "drop":
            where.pop(edit[2], None)
    return json.dumps(data).replace(json.dumps(RAW), raw)
