"""Inserting many rows through the driver's own executemany.

SQLAlchemy's per-row handling of parameters costs more than SQLite's work when an operation
writes tens of thousands of rows at once (an import's history: eight entries per event).
Values still go through each column's bind processor, as SQLAlchemy would pass them, so what is
stored is the same either way; the placeholders follow the driver's parameter style.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT the rows (dicts with the same keys) into the table, in one executemany."""
    if not rows:
        return
    names = list(rows[0])
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    mark = _PLACEHOLDER[dialect.paramstyle]
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([mark] * len(names))})"
    )
    processed: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = [
        (i, processor, {})
        for i, name in enumerate(names)
        # The dialect's own form of the type (SQLite's DATETIME writes its text form): the
        # generic type's processor would leave that to the driver, which writes another form.
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        is not None
    ]
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = [row[n] for n in names]
        for i, convert, seen in processed:
            value = values[i]
            if value is None:
                continue
            # The same instant on every row of an operation: converted once.
            done = seen.get(value)
            if done is None:
                done = seen[value] = convert(value)
            values[i] = done
        params.append(tuple(values))
    conn.exec_driver_sql(statement, params)
