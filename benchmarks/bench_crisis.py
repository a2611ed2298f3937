"""How long a crisis over 1,000 planned items takes to plan, to apply and to undo.

    python benchmarks/bench_crisis.py [--items 1000] [--runs 5]

Builds a workspace (in a temporary folder) whose `--items` planned items all fall inside a
crisis' window: five channels over three weeks, a tenth essential, a tenth time-bound, the rest
movable, one in twenty a weekly series. The crisis lasts five days from the first day; its plan
covers every item (keep, shift, cancel). Then, on the same items, each run times:

- the floor: what any tool must do at least, in plain SQL in one transaction: read the 1,000
  items with their channels, and update the status and start of each (rolled back);
- plan: core.crisis.propose (reading the workspace and the pure plan);
- apply: core.crisis_apply.start (one operation of the unit of work: history, undo step);
- undo: core.crisis_apply.undo_last.

Prints the medians and each one's ratio to the floor; the issue's goal is 100 ms each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ngo_calendar.app import open_workspace  # noqa: E402
from ngo_calendar.core import workspace  # noqa: E402
from ngo_calendar.core.crisis import apply as crisis_apply
from ngo_calendar.core.crisis import propose as crisis
from ngo_calendar.core.crisis.plan import Crisis  # noqa: E402
from ngo_calendar.store import Database  # noqa: E402
from ngo_calendar.store.models import Item, ItemChannel  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")
FIRST = date(2027, 3, 1)
CHANNELS = (("Facebook", 21), ("Instagram", 14), ("LinkedIn", 7), ("Lettre", 3), ("Site", 14))


def build(folder: Path, count: int, seed: int = 7) -> Database:
    db = open_workspace(folder)
    workspace.update_settings(db, association="Bench", timezone="Europe/Paris", language="fr")
    for name, weekly in CHANNELS:
        workspace.save_channel(db, name, "facebook", "#1877f2", weekly_target=weekly)
    ids = [c.id for c in workspace.channels(db)]
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    rows, links = [], []
    for item_id in range(1, count + 1):
        day = FIRST + timedelta(days=rng.randrange(21))
        local = datetime.combine(day, clock(rng.randrange(8, 20), rng.choice((0, 15, 30, 45))))
        roll = rng.random()
        rows.append(
            {
                "id": item_id,
                "uid": f"{uuid.UUID(int=rng.getrandbits(128))}@ngo-calendar",
                "revision": 0,
                "kind": "post",
                "title": f"Publication {item_id}",
                "body": rng.choice(("Merci à tous", "Grande fête de quartier", "Nouvelles")),
                "status": rng.choice(("draft", "in_review", "approved")),
                "start_utc": local.replace(tzinfo=PARIS).astimezone(UTC),
                "start_date": None,
                "duration_minutes": None,
                "days": 1,
                "notes": "",
                "sensitivity": "essential"
                if roll < 0.1
                else "time_bound"
                if roll < 0.2
                else "movable",
                "rrule": "FREQ=WEEKLY;COUNT=3" if rng.random() < 0.05 else None,
                "created_at": now,
                "updated_at": now,
            }
        )
        for pos, channel_id in enumerate(rng.sample(ids, rng.randint(1, 2))):
            links.append({"item_id": item_id, "channel_id": channel_id, "position": pos})
    with db.transaction() as s:
        s.execute(insert(Item), rows)
        s.execute(insert(ItemChannel), links)
    return db


def floor(db: Database) -> float:
    began = time.perf_counter()
    with db.transaction() as s:
        found = s.execute(
            text(
                "SELECT items.id, items.start_utc, items.status, item_channels.channel_id "
                "FROM items JOIN item_channels ON item_channels.item_id = items.id"
            )
        ).all()
        ids = sorted({row[0] for row in found})
        s.execute(
            text("UPDATE items SET status = 'held', start_utc = start_utc WHERE id = :id"),
            [{"id": i} for i in ids],
        )
        s.rollback()  # measured, not kept
    return time.perf_counter() - began


def timed(work):  # noqa: ANN001, ANN201
    began = time.perf_counter()
    result = work()
    return time.perf_counter() - began, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    start = datetime.combine(FIRST, clock(8), PARIS)
    declared = Crisis("Bench", start, start + timedelta(days=5))
    with tempfile.TemporaryDirectory() as folder:
        db = build(Path(folder) / "ws", args.items)
        floors, plans, applies, undos = [], [], [], []
        counts: dict[str, int] = {}
        for _ in range(args.runs):
            floors.append(floor(db))
            took, planned = timed(lambda: crisis.propose(db, declared))
            plans.append(took)
            counts = {
                a: sum(r.action == a for r in planned.rows)
                for a in ("keep", "shift", "cancel", "hold")
            }
            applies.append(timed(lambda: crisis_apply.start(db, planned))[0])  # noqa: B023
            undos.append(timed(lambda: crisis_apply.undo_last(db))[0])
        db.close()
    rows = sum(counts.values())
    print(f"crisis over {args.items} items ({rows} dates planned: {counts}); median of {args.runs}")
    base = statistics.median(floors)
    print(f"floor: read the items, update each, one transaction: {base * 1000:.0f} ms")
    for name, samples in (("plan", plans), ("apply", applies), ("undo", undos)):
        median = statistics.median(samples)
        print(f"{name:>5}: {median * 1000:.0f} ms ({median / base:.1f}x the floor; goal 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
