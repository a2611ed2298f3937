"""How long one operation over 1,000 items takes to write, undo and redo.

    python benchmarks/bench_bulk_undo.py [--items 1000] [--runs 5]

Builds a workspace with bench_item_list.build, then times, on the same items:
- the floor: the same change as one plain SQL UPDATE in one transaction (no history, no undo);
- the write: one operation of the unit of work (items loaded by one query; each is moved a day,
  approved and tagged), with its history, revisions and undo step;
- its undo and its redo.
Prints medians and the ratio to the floor, so the figures mean something on a busy machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_item_list import build  # noqa: E402
from sqlalchemy import select, text  # noqa: E402
from sqlalchemy.orm import selectinload  # noqa: E402

from ngo_calendar.core.write import undo, unit_of_work  # noqa: E402
from ngo_calendar.store import Database  # noqa: E402
from ngo_calendar.store.models import Item, ItemTag  # noqa: E402


def floor(db: Database, ids: list[int]) -> float:
    began = time.perf_counter()
    with db.transaction() as s:
        s.execute(
            text(
                "UPDATE items SET status = 'approved', start_utc = datetime(start_utc, '+1 day') "
                f"WHERE id IN ({', '.join(map(str, ids))})"
            )
        )
        s.rollback()  # measured, not kept
    return time.perf_counter() - began


def write(db: Database, ids: list[int]) -> float:
    began = time.perf_counter()
    with unit_of_work.write(db, "bench") as uow:
        query = select(Item).where(Item.id.in_(ids)).options(selectinload(Item.tags))
        for item in uow.session.scalars(query):
            if item.start_utc is not None:
                item.start_utc += timedelta(days=1)
            item.status = "approved"
            item.tags.append(ItemTag(tag="bench"))
    return time.perf_counter() - began


def timed(work) -> float:  # noqa: ANN001
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000, help="items the operation changes")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = build(Path(folder), max(args.items, 1000), date.today())
        ids = list(range(1, args.items + 1))
        floors, writes, undos, redos = [], [], [], []
        for _ in range(args.runs):
            floors.append(floor(db, ids))
            writes.append(write(db, ids))
            undos.append(timed(lambda: undo.undo(db)))
            redos.append(timed(lambda: undo.redo(db)))
            undo.undo(db)  # back to the start for the next run
        db.close()
    base = statistics.median(floors)
    print(f"items changed by one operation: {args.items} (median of {args.runs} runs)")
    print(f"floor: one SQL UPDATE in one transaction: {base * 1000:.0f} ms")
    for name, samples in (("write", writes), ("undo", undos), ("redo", redos)):
        median = statistics.median(samples)
        print(f"{name:>5}: {median * 1000:.0f} ms ({median / base:.0f}x the floor)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
