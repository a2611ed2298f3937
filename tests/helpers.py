"""Helpers that more than one test module uses, in one place: test modules import from here,
never from one another (tests/test_helpers_used.py checks it). Fixtures stay in the conftest.py
files; a helper used by one module only stays in that module."""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import math
import os
import random
import re
import sqlite3
import sys
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from sqlalchemy import Date, DateTime, Integer, String

from ngo_calendar.core import ItemDraft, Timed
from ngo_calendar.core.calendar import query
from ngo_calendar.core.crisis.plan import (
    ACTIONS,
    CANCEL,
    HOLD,
    KEEP,
    SHIFT,
    Crisis,
    Planned,
    PlanRules,
    Row,
)
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.reasons import ENGLISH, Reason, reason
from ngo_calendar.core.review import decisions as review_decisions
from ngo_calendar.core.review import sheet as review_sheet
from ngo_calendar.store import Database
from ngo_calendar.store.models import Base

if TYPE_CHECKING:  # the window helpers' types: importing this module imports no Qt
    from PySide6.QtCore import QPoint

    from ngo_calendar.gui.window.main_window import MainWindow

# --- Workspace dumps ------------------------------------------------------------------------


def dump(folder: Path) -> dict[str, list[tuple]]:
    """Every row of every table a person's data lives in, read straight from the file."""
    # Left out: history and the undo stack (they grow), and what the store keeps up to date
    # itself (an item's revision and update time: undo raises them, as calendars need).
    conn = sqlite3.connect(folder / "workspace.sqlite")
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name not in ("history", "undo_stack", "alembic_version")
        ]
        found = {}
        for table in sorted(tables):
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            kept = [
                c for c in columns if not (table == "items" and c in ("revision", "updated_at"))
            ]
            rows = conn.execute(f"SELECT {', '.join(kept)} FROM {table}").fetchall()
            found[table] = sorted(rows, key=repr)
        return found
    finally:
        conn.close()


# --- Crisis plans ---------------------------------------------------------------------------

PARIS = ZoneInfo("Europe/Paris")
"""The time zone of the crisis plans' workspaces."""

CHANNELS = ("Facebook", "Instagram", "LinkedIn", "Lettre", "Site")
"""The channels of a planned workspace (check_invariants checks each one's order)."""

CADENCE = {"Facebook": 14, "Instagram": 7, "LinkedIn": 3, "Lettre": 0, "Site": 21}
"""Each channel's weekly target in a planned workspace (0: no limit)."""


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """That wall time in Paris on `day`, as a UTC datetime."""
    return datetime.combine(day, time(hour, minute), PARIS).astimezone(UTC)


def planned_workspace(seed: int, count: int, first: date, days: int) -> list[Planned]:
    """`count` planned items over `days` days from `first`, made up from `seed`."""
    # One item per channel and minute, times from 08:00 to 20:45, a mix of sensitivities, a few
    # events, a few all-day items.
    rng = random.Random(seed)
    taken: set[tuple[str, datetime]] = set()
    made: list[Planned] = []
    while len(made) < count:
        channels = tuple(sorted(rng.sample(CHANNELS, rng.choice((1, 1, 2, 3)))))
        day = first + timedelta(days=rng.randrange(days))
        all_day = rng.random() < 0.05
        start = None if all_day else local(day, rng.randrange(8, 21), rng.choice((0, 15, 30, 45)))
        if start is not None and any((c, start) in taken for c in channels):
            continue
        taken.update((c, start) for c in channels if start is not None)
        roll = rng.random()
        sensitivity = "essential" if roll < 0.1 else "time_bound" if roll < 0.25 else "movable"
        made.append(
            Planned(
                item_id=len(made) + 1,
                occurrence=None,
                title=f"Publication {len(made) + 1}",
                text=rng.choice(("Merci à tous", "Grande fête de quartier", "Concours photo", "")),
                channels=channels,
                start=start,
                day=day if all_day else None,
                kind="event" if rng.random() < 0.05 else "post",
                sensitivity=sensitivity,
                crisis_message=rng.random() < 0.03,
            )
        )
    return made


def check_invariants(
    crisis: Crisis, items: list[Planned], rows: list[Row], rules: PlanRules
) -> None:
    """Assert the rules every crisis plan keeps: nothing lost, shifts allowed and within the
    horizon, the cadence unless the row says it went beyond it, order."""
    tz = rules.tz
    # Nothing lost, nothing duplicated, every row says what and why.
    assert [r.item.key for r in rows] == [i.key for i in items]
    assert all(r.action in ACTIONS and r.reason for r in rows)
    for r in rows:
        if r.action in (KEEP, CANCEL):
            assert r.after == r.before
        if r.action == HOLD:
            assert r.after is None
    shifted = [r for r in rows if r.action == SHIFT]
    assert crisis.end is not None or not shifted
    standing = [r for r in rows if r.action in (KEEP, SHIFT) and r.after is not None]
    for r in shifted:
        assert crisis.end is not None
        assert r.item.sensitivity == "movable" and not r.item.crisis_message
        # Every shift lands within the horizon: nothing is sent months away.
        moment = r.after if isinstance(r.after, datetime) else datetime.combine(r.after, time(), tz)
        assert moment < crisis.horizon, r
        if isinstance(r.after, datetime):
            assert r.after >= crisis.end
            when = r.after.astimezone(tz)
            assert not (when.time() >= time(21) or when.time() < time(8)), r
            assert when.date() not in rules.blackout
        else:
            assert r.after > crisis.end.astimezone(tz).date() - timedelta(days=1)
            assert r.after not in rules.blackout
    # One item per channel and minute, where a shifted item stands.
    minutes = Counter(
        (c, r.after) for r in standing if isinstance(r.after, datetime) for c in r.item.channels
    )
    for r in shifted:
        if isinstance(r.after, datetime):
            assert all(minutes[(c, r.after)] == 1 for c in r.item.channels), r
    # Each channel's cadence, on the days and weeks where a shifted item landed.
    per_day: Counter[tuple[str, date]] = Counter()
    per_week: Counter[tuple[str, date]] = Counter()
    beyond = "crisis.moved.over_cadence"  # what went beyond the cadence does not count in it
    for r in standing:
        day = r.after.astimezone(tz).date() if isinstance(r.after, datetime) else r.after
        assert isinstance(day, date)
        for c in r.item.channels if r.why.code != beyond else ():
            per_day[(c, day)] += 1
            per_week[(c, day - timedelta(days=day.weekday()))] += 1
    for r in shifted:
        day = r.after.astimezone(tz).date() if isinstance(r.after, datetime) else r.after
        assert isinstance(day, date)
        for c in r.item.channels:
            weekly = rules.cadence.get(c, 0)
            if weekly and r.why.code != beyond:
                assert per_day[(c, day)] <= math.ceil(weekly / 7), (c, day)
                assert per_week[(c, day - timedelta(days=day.weekday()))] <= weekly, (c, day)
    # Each channel's order among what moved.
    for channel in sorted({c for r in shifted for c in r.item.channels}):
        moved = [r for r in shifted if channel in r.item.channels]
        moved.sort(key=lambda r: (r.item.at(tz), r.item.item_id))
        afters = [
            r.after if isinstance(r.after, datetime) else datetime.combine(r.after, time(), tz)
            for r in moved
        ]
        assert afters == sorted(afters), channel


# --- iCalendar records ----------------------------------------------------------------------

ICS_FIELDS = ("uid", "title", "body", "kind", "status", "sensitivity", "start_utc", "start_date",
              "duration_minutes", "days", "notes", "rrule", "exdates", "tags")  # fmt: skip
"""The fields of an item that iCalendar carries, which an import must give back."""


def records(db: Database) -> dict[str, dict]:  # type: ignore[type-arg]
    """Every stored item by uid, with the fields iCalendar carries and its dates' overrides."""
    from ngo_calendar.core.write import records as stored
    from ngo_calendar.core.write.reading import reading

    with reading(db) as session:
        ids = [i for (i,) in session.connection().exec_driver_sql("SELECT id FROM items")]
        found = stored.read_items(session.connection(), ids)
    out = {}
    for record in found.values():
        kept = {name: record[name] for name in ICS_FIELDS}
        kept["overrides"] = [o[:7] for o in record["overrides"]]  # key, start, …, status
        out[record["uid"]] = kept
    return out


# --- Review ---------------------------------------------------------------------------------


def status(db: Database, item_id: int) -> str:
    """The stored status of item `item_id` (which must exist)."""
    found = query.get_item(db, item_id)
    assert found is not None
    return found.status


def decide(sheet: review_sheet.Sheet, reviewer: str, choices: dict[int, tuple[str, str]]) -> dict:
    """The file the page saves: for each chosen item (by id), (approve | changes, comment)."""
    rows = [
        {
            "item": e.item_id,
            "uid": e.uid,
            "occurrence": e.occurrence,
            "revision": e.revision,
            "decision": choices[e.item_id][0],
            "comment": choices[e.item_id][1],
        }
        for e in sheet.entries
        if e.item_id in choices
    ]
    text = review_decisions.canonical(sheet.workspace_id, sheet.sheet_id, reviewer, rows)
    return {
        "format": review_decisions.FORMAT,
        "version": review_decisions.VERSION,
        "workspace": sheet.workspace_id,
        "sheet": sheet.sheet_id,
        "reviewer": reviewer,
        "saved": "2026-12-02T13:00:00.000Z",
        "decisions": rows,
        "seal": review_decisions.seal(sheet.key, text),
    }


def page_data(html: str) -> dict[str, Any]:
    """What a review sheet's page carries for its script (ids, key, items), as anybody holding
    the page can read it."""
    return json.loads(html.split('id="sheet-data">', 1)[1].split("</script>", 1)[0])


def sealed(data: dict[str, Any], reviewer: str, rows: list[Any]) -> dict[str, Any]:
    """A decisions file for the page whose `data` is given, sealed with the page's own key, as
    a reviewer holding the page (or anybody) can make it, whatever the rows hold."""
    try:
        text = review_decisions.canonical(data["workspace"], data["sheet"], reviewer, rows)
    except UnicodeEncodeError:  # a lone surrogate: no page can seal it; seal something
        text = b""
    return {
        "format": review_decisions.FORMAT,
        "version": review_decisions.VERSION,
        "workspace": data["workspace"],
        "sheet": data["sheet"],
        "reviewer": reviewer,
        "decisions": rows,
        "seal": review_decisions.seal(data["key"], text),
    }


def row(item: int, uid: str, revision: int, kind: str = "approve", **more: Any) -> dict:
    """One decision as the page writes it."""
    found = {"item": item, "uid": uid, "occurrence": None, "revision": revision}
    return {**found, "decision": kind, "comment": "", **more}


# --- Window helpers (Qt) --------------------------------------------------------------------


def add_item(db: Database, title: str, start, **extra) -> int:  # noqa: ANN001, ANN003
    """Create an item (on Facebook unless `channels` is given) at `start`; its id."""
    draft = ItemDraft(
        title=title, channels=extra.pop("channels", ["Facebook"]), start=start, **extra
    )
    return items.create_item(db, draft).new_id


def cell_center(win: MainWindow, day: date) -> QPoint:
    """The centre of `day`'s cell in the window's month view, where a click or drop lands."""
    index = (day - win.stack.month.first_day()).days
    return win.stack.month.cell_rect(index).center()


def in_hours(hours: float) -> Timed:
    """A start `hours` from now, as wall time in Paris (the queue measures from the clock)."""
    local = (datetime.now(UTC) + timedelta(hours=hours)).astimezone(PARIS)
    return Timed(local.replace(tzinfo=None, second=0, microsecond=0))


def add_in_hours(db: Database, title: str, hours: float) -> int:
    """Create an item on Facebook starting `hours` from now (for the review queue); its id."""
    draft = ItemDraft(title=title, channels=["Facebook"], start=in_hours(hours))
    return items.create_item(db, draft).new_id


def shown(window: MainWindow) -> list[str]:
    """The review queue's lines as the window shows them, once the worker has read them."""
    assert window.wait_until_shown()  # the queue is read on the database worker
    panel = window.review.panel
    return [panel.line(entry) for entry in panel.model.rows]


# --- Command-line helpers -------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]
"""The repository's root folder (the command line runs from its sources)."""

LIST = ("item", "list", "--from", "2026-01-01", "--to", "2026-12-31")
"""A command that only reads the workspace: the items of 2026."""

ADD = ("item", "add", "--title", "Essai", "--channel", "Facebook", "--on", "2026-12-01")
"""A command that writes to the workspace: one item added."""

DB = "workspace.sqlite"
"""The name of the workspace's database file in its data folder."""


@dataclass(frozen=True)
class Result:
    """What a command-line run gave: exit code, standard output, standard error."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def base_env(**extra: str) -> dict[str, str]:
    """The environment of a command-line run: ours without NGO_CALENDAR_*, French, the sources."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NGO_CALENDAR_", "LC_"))}
    env.update(
        NGO_CALENDAR_USER="cli-tester",
        LANG="fr_FR.UTF-8",
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p),
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def one_line(result: Result) -> str:
    """Exit 2, nothing on stdout, one line on stderr and no traceback: the line."""
    assert result.code == 2, result
    assert result.out == "", result
    assert len(result.err_lines) == 1, result.err
    assert "Traceback" not in result.err
    line = result.err_lines[0]
    assert line.startswith("ngo-calendar: error: "), line
    return line


def future(days: int, hour: int = 9) -> str:
    """`days` from today at `hour` o'clock, as the command line takes a start (YYYY-MM-DDTHH:MM)."""
    day = datetime.now(UTC).date() + timedelta(days=days)
    return f"{day.isoformat()}T{hour:02}:00"


# --- reasons ----------------------------------------------------------------------------------

REASON_VALUES = {
    "sequence": "2",
    "known": "3",
    "zone": "Europe/Brussels",
    "rule": "R",
    "value": "x",
}


def reason_sample(code: str) -> Reason:
    """A reason of the code with a value for each name its text holds: a number where the text
    groups its digits ({most:,}), else a text."""
    names = re.findall(r"\{(\w+)(:[^}]*)?\}", ENGLISH[code])
    values: dict[str, object] = {
        name: 12345 if spec else REASON_VALUES.get(name, "some text") for name, spec in names
    }
    if "help" in values:  # a refused rule ends with what a rule looks like: a reason in it
        values["help"] = reason("rule.help")
    return reason(code, **values)


# --- Workspace lists ------------------------------------------------------------------------


def new_item(db: Database, **fields: Any) -> int:
    """An item made with these fields (a title "Post" unless given); returns its id."""
    changes = items.create_item(db, ItemDraft(title=str(fields.pop("title", "Post")), **fields))
    (item_id,) = changes.created_ids
    return item_id


def row_count(db: Database, model: type) -> int:
    from sqlalchemy import func, select

    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def item_revision(db: Database, item_id: int) -> int:
    from ngo_calendar.store.models import Item

    with db.reading() as s:
        return s.get(Item, item_id).revision


def item_uid(db: Database, item_id: int) -> str:
    from ngo_calendar.store.models import Item

    with db.reading() as s:
        return s.get(Item, item_id).uid


def channel_id(db: Database, name: str) -> int:
    from ngo_calendar.core import workspace

    return next(c.id for c in workspace.channels(db) if c.name == name)


def sha256(path: Path) -> str:
    """A file's bytes as a digest: what a test compares before and after a refused command."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def calendar_text(*events: str) -> str:
    """An iCalendar file holding these VEVENTs (each its content lines, LF-separated), CRLF."""
    head = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//tests//hostile//EN\n"
    body = "".join(f"BEGIN:VEVENT\n{event.strip()}\nEND:VEVENT\n" for event in events)
    return (head + body + "END:VCALENDAR\n").replace("\n", "\r\n")


# --- The command line in-process, within a budget of work (the hostile-input tests) ----------

# A command, a listing, a rule read back: each may make at most this many Python calls (the
# largest seen here over every hostile input was 179,061). Counted, not timed: a
# rule expanding for ever, or for years of dates, is caught on a slow machine as on a fast one.
CALL_BUDGET = 5_000_000
REFUSAL = re.compile(r"ngo-calendar( [a-z]+)*: error: ")
LEAST = (("items", "duration_minutes", 0), ("items", "days", 1), ("channels", "char_limit", 0))
MOST_CALLS = [0]  # the largest count seen in this process


class TooSlow(BaseException):
    """Raised past the budget; not an Exception, so `run` cannot turn it into an exit status."""


@contextlib.contextmanager
def work_limit(budget: int = CALL_BUDGET) -> Iterator[None]:
    """At most `budget` Python function calls in the block (threads started there are not
    counted: the command line starts none)."""
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        if event == "call":
            calls += 1
            if calls > budget:
                sys.setprofile(None)
                raise TooSlow(f"still running after {budget:,} calls")

    previous = sys.getprofile()
    sys.setprofile(count)
    try:
        yield
    finally:
        sys.setprofile(previous)
        MOST_CALLS[0] = max(MOST_CALLS[0], calls)


@dataclass(frozen=True)
class InProcess:
    code: int | str
    out: str
    err: str


def cli(folder: Path, *argv: str) -> InProcess:
    """`ngo-calendar --data-dir folder ...` in-process; stdout is strict UTF-8 as on a terminal."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    from ngo_calendar.app import run  # the composition root, only where it is run

    code: int | str
    try:
        with work_limit(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = run(["--data-dir", str(folder), *argv])
            except SystemExit as exc:  # argparse: a usage error is exit(2, one line)
                code = exc.code if isinstance(exc.code, int) else repr(exc.code)
    except TooSlow as exc:
        code = f"too slow: {exc}"
    except Exception as exc:  # noqa: BLE001 - what escapes `run` is the finding
        code = f"escaped {describe(exc)}"
    out.flush(), err.flush()
    return InProcess(code, *(s.buffer.getvalue().decode() for s in (out, err)))  # type: ignore[attr-defined]


def describe(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "ngo_calendar" in f.filename]
    return f"{exc!r}" + (f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else "")


def failed(what: str, result: InProcess, folder: Path) -> str:
    """A failed command, with the logged exception and the deepest product frame it came from."""
    path, where = folder / "logs" / "ngo-calendar.log", ""
    if path.exists() and result.code == 1:
        text = path.read_text(encoding="utf-8", errors="replace").rstrip()
        frames = re.findall(r'File ".*?(ngo_calendar[/\\][^"]+)", line (\d+), in (\w+)', text)
        where = text.splitlines()[-1] + (" at {}:{} {}".format(*frames[-1]) if frames else "")
    return f"{what}: exit {result.code} {result.err.strip()[:300]!r} {where}"


def snapshot(folder: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(folder / "workspace.sqlite")
    tables = ("history", "undo_stack")
    grown = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    conn.close()
    return dump(folder), grown


def rule_breaks(folder: Path) -> list[str]:
    """What the workspace holds that the rules refuse."""
    found: list[str] = []
    conn = sqlite3.connect(folder / "workspace.sqlite")
    try:
        for table in Base.metadata.sorted_tables:
            for col in table.columns:
                kind, select = getattr(col.type, "impl", col.type), f"SELECT {col.name} FROM"
                for (value,) in conn.execute(f"{select} {table.name} WHERE {col.name} NOT NULL"):
                    where = f"{table.name}.{col.name} {str(value)[:40]!r}"
                    if isinstance(kind, String) and kind.length and len(value) > kind.length:
                        found.append(f"{where} is longer than {kind.length}")
                    one_line = col.name in ("name", "title", "tag", "colour")
                    if one_line and re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", value):
                        found.append(f"{where} is not one line")
                    # Instants are kept in UTC: 1900-01-01 00:00 in Paris is 1899-12-31 23:50Z.
                    low = "1899-12-31" if isinstance(kind, DateTime) else "1900-01-01"
                    dated = isinstance(kind, Date | DateTime)
                    if dated and not low <= str(value)[:10] <= "2200-12-31":
                        found.append(f"{where} is outside 1900-2200")
                    if col.name == "colour" and not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
                        found.append(f"{where} is not #rrggbb")
                    if isinstance(kind, Integer) and not -(2**31) <= value < 2**31:
                        found.append(f"{where} is not bounded (32 bits)")
        for table_name in ("channels", "campaigns"):
            names = [n.casefold() for (n,) in conn.execute(f"SELECT name FROM {table_name}")]
            if len(set(names)) != len(names):
                found.append(f"{table_name}: two names differing only by case")
        for table_name, column, low in LEAST:
            for (n,) in conn.execute(f"SELECT {column} FROM {table_name} WHERE {column} < {low}"):
                found.append(f"{table_name}.{column} {n} is below {low}")
        found += series_breaks(conn)
    finally:
        conn.close()
    return found


def series_breaks(conn: sqlite3.Connection) -> list[str]:
    """Stored rules give at least one occurrence, at most one an hour (read with dateutil)."""
    found: list[str] = []
    rows = "SELECT id, rrule, start_utc, start_date FROM items WHERE rrule NOT NULL"
    for item_id, rule, start_utc, start_date in conn.execute(rows):
        try:
            with work_limit():
                if start_utc:
                    instant = datetime.fromisoformat(start_utc).replace(tzinfo=UTC)
                    first = instant.astimezone(PARIS).replace(tzinfo=None)
                else:
                    first = datetime.fromisoformat(start_date)
                plain = re.sub(r"(UNTIL=\d{8}T\d{6})Z", r"\1", rule, flags=re.IGNORECASE)
                slots = list(itertools.islice(rrulestr(plain, dtstart=first), 25))
        except (Exception, TooSlow) as exc:  # noqa: BLE001
            found.append(f"item {item_id} rule {rule!r}: {exc!r}")
            continue
        if not slots:
            found.append(f"item {item_id} rule {rule!r} gives no occurrence")
        elif any(b - a < timedelta(hours=1) for a, b in itertools.pairwise(slots)):
            found.append(f"item {item_id} rule {rule!r} repeats more often than hourly")
    return found


# --- The small workspace the hostile-input tests start from --------------------------------
HOSTILE_USER = "hostile-tester"


def hostile_workspace(folder: Path, setup: str) -> Path:
    """`setup` (command lines, one per line, `\\` continuing one) run in `folder`, then the undo
    stack emptied: the workspace every example starts from a copy of (closed, so a copy is safe)."""
    import shlex

    for line in setup.replace("\\\n", "").splitlines():
        result = cli(folder, *shlex.split(line))
        assert result.code == 0, (line, result)
    conn = sqlite3.connect(folder / "workspace.sqlite")
    with conn:
        conn.execute("DELETE FROM undo_stack")
    conn.close()
    return folder


def copies_of(template: Path, under: Path) -> Any:  # noqa: ANN401 - a context-manager factory
    """A factory of context managers, each giving a new copy of `template` (removed after):
    hypothesis examples are independent."""
    import shutil
    import tempfile

    @contextlib.contextmanager
    def copy() -> Iterator[Path]:
        root = Path(tempfile.mkdtemp(dir=under))
        shutil.copytree(template, root / "ws")
        try:
            yield root / "ws"
        finally:
            shutil.rmtree(root, ignore_errors=True)

    return copy
