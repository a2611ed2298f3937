"""The calendar's reads use the indexes made for them: SQLite's query plan for every statement a
page read runs. Without statistics SQLite plans the same way for ten rows as for 100,000, so a
small workspace shows the plan a large one gets. A full index on rrule once led it to read every
single item for each page (0.7 s a month at 100,000 items)."""

from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy import event

from ngo_calendar.core import AllDay, ItemDraft, Timed
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.store import Database

# A search of the items table is fine through these: the start (a bounded range), the series'
# partial index, the single items' lengths, the primary key, the uid.
GOOD = re.compile(
    r"SEARCH items USING (COVERING )?INDEX ix_items_start_(utc|date) \(start_\w+>\?? ?AND"
    r"|SEARCH items USING (COVERING )?INDEX ix_items_series"
    r"|SEARCH items USING (COVERING )?INDEX ix_items_single_(duration_minutes|days)"
    r"|SEARCH items USING INTEGER PRIMARY KEY"
    r"|SEARCH items USING (COVERING )?INDEX sqlite_autoindex_items_1 \(uid=\?\)"
)


def _plans_of_a_read(
    db: Database, read: object = None, **kwargs: object
) -> list[tuple[str, list[str]]]:
    statements: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        if read is None:
            query.occurrences(db, date(2026, 3, 30), date(2026, 5, 10), **kwargs)  # type: ignore[arg-type]
        else:
            read(db)  # type: ignore[operator]
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    plans = []
    raw = db.engine.raw_connection()
    try:
        for statement, parameters in statements:
            rows = raw.cursor().execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            plans.append((statement, [row[-1] for row in rows]))
    finally:
        raw.close()
    return plans


def _workspace(db: Database) -> None:
    def add(title: str, **fields: object) -> None:
        items.create_item(db, ItemDraft(title, channels=["Facebook"], **fields))  # type: ignore[arg-type]

    for day in range(1, 29):
        add(f"post {day}", start=Timed(datetime(2026, 4, day, 9, 0)))
    add("fair", start=AllDay(date(2026, 4, 18)), days=2)
    add("weekly", start=Timed(datetime(2026, 1, 6, 18, 0)), rrule="FREQ=WEEKLY")


def test_a_page_read_searches_items_only_through_their_indexes(cdb: Database) -> None:
    _workspace(cdb)
    plans = _plans_of_a_read(cdb)
    assert len(plans) >= 3  # the longest item, the single items, the series, their links
    for statement, plan in plans:
        for line in plan:
            if re.search(r"\bitems\b", line):
                assert GOOD.search(line), f"{line!r} in the plan of:\n{statement}"


def test_reading_the_items_a_write_changed_uses_the_same_indexes(cdb: Database) -> None:
    _workspace(cdb)
    uids = [o.uid for o in query.occurrences(cdb, date(2026, 4, 1), date(2026, 4, 2))]
    for statement, plan in _plans_of_a_read(cdb, uids=uids):
        for line in plan:
            if re.search(r"\bitems\b", line):
                assert GOOD.search(line), f"{line!r} in the plan of:\n{statement}"


def test_the_ideas_are_found_through_their_own_index(cdb: Database) -> None:
    """The backlog (read at start and after every write) once read every all-day item."""
    _workspace(cdb)
    items.create_item(cdb, ItemDraft("idée", channels=[]))
    plans = _plans_of_a_read(cdb, query.backlog)
    lines = [line for _, plan in plans for line in plan if re.search(r"\bitems\b", line)]
    assert any("ix_items_undated" in line for line in lines), lines
    assert not any(re.match(r"SCAN items\b", line) for line in lines), lines
