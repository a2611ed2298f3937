"""How fast is a month of the calendar in a big workspace? (A script, not a test.)

Builds a 10,000-item workspace in a temporary folder, rows inserted in bulk straight through the
store's models (the item services write history and undo per item: right for users, too slow to
fill a benchmark), spread over twelve months, several channels, some recurring items. Then:

  (a) `query.occurrences` for one month, in this process (median of several runs);
  (b) `ngo-calendar item list --json --from X --to Y` as a user runs it, in a fresh interpreter
      (median wall time of 5 runs), next to `ngo-calendar --version` for the interpreter's own
      start-up cost.

    python benchmarks/bench_item_list.py [--items 10000] [--runs 5] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ngo_calendar.app import open_workspace  # noqa: E402
from ngo_calendar.core import workspace  # noqa: E402
from ngo_calendar.core.calendar import query  # noqa: E402
from ngo_calendar.store import Database  # noqa: E402
from ngo_calendar.store.models import (  # noqa: E402
    Audience,
    Item,
    ItemAudience,
    ItemChannel,
    ItemTag,
)

CHANNELS = (
    ("Facebook", "facebook", "#1877f2"),
    ("Instagram", "instagram", "#c13584"),
    ("LinkedIn", "linkedin", "#0a66c2"),
    ("Newsletter", "newsletter", "#2e7d32"),
    ("Site web", "website", "#6d4c41"),
    ("Événements", "event", "#ef6c00"),
)
RULES = ("FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYDAY=1SA")
STATUSES = ("draft", "in_review", "approved", "published", "published", "cancelled")
RECURRING_SHARE = 0.01  # one item in a hundred repeats: typical of the real plans we have seen
ALL_DAY_SHARE = 0.08


def build(folder: Path, count: int, today: date, seed: int = 7) -> Database:
    """A workspace of `count` items over the twelve months centred on `today`."""
    db = open_workspace(folder)
    workspace.update_settings(db, association="Bench", timezone="Europe/Paris", language="fr")
    for name, kind, colour in CHANNELS:
        workspace.save_channel(db, name, kind, colour, weekly_target=2)
    channel_ids = [c.id for c in workspace.channels(db)]
    rng = random.Random(seed)
    start = datetime.combine(today - timedelta(days=182), datetime.min.time(), tzinfo=UTC)
    now = datetime.now(UTC).replace(microsecond=0)
    rows, links, tags, audiences = [], [], [], []
    with db.transaction() as s:
        audience_ids = list(s.scalars(select(Audience.id)))
        for item_id in range(1, count + 1):
            at = start + timedelta(minutes=15 * rng.randrange(365 * 24 * 4))
            recurring = rng.random() < RECURRING_SHARE
            all_day = not recurring and rng.random() < ALL_DAY_SHARE
            at = at.replace(hour=max(6, min(at.hour, 19)))  # daytime, never in a DST gap
            rows.append(
                {
                    "id": item_id,
                    "uid": f"{uuid.UUID(int=rng.getrandbits(128))}@ngo-calendar",
                    "revision": 0,
                    "kind": "event" if all_day else "post",
                    "title": f"Publication {item_id} : collecte, bénévoles et ramasse",
                    "body": "Texte de la publication. " * rng.randint(1, 12),
                    "status": rng.choice(STATUSES),
                    "start_utc": None if all_day else at,
                    "start_date": at.date() if all_day else None,
                    "duration_minutes": 60 if recurring else None,
                    "days": 1,
                    "notes": "",
                    "sensitivity": "movable",
                    "rrule": rng.choice(RULES) if recurring else None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for pos, channel_id in enumerate(rng.sample(channel_ids, rng.randint(1, 3))):
                links.append({"item_id": item_id, "channel_id": channel_id, "position": pos})
            tags.append({"item_id": item_id, "tag": rng.choice(("dons", "collecte", "bénévolat"))})
            audiences.append({"item_id": item_id, "audience_id": rng.choice(audience_ids)})
        s.execute(insert(Item), rows)
        s.execute(insert(ItemChannel), links)
        s.execute(insert(ItemTag), tags)
        s.execute(insert(ItemAudience), audiences)
    return db


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def in_process(db: Database, first: date, last: date, runs: int) -> tuple[int, float]:
    found, samples = 0, []
    for _ in range(runs):
        t0 = time.perf_counter()
        found = len(query.occurrences(db, first, last))
        samples.append(time.perf_counter() - t0)
    return found, median_ms(samples)


def command(folder: Path, args: list[str], runs: int) -> tuple[str, float]:
    env = dict(os.environ, PYTHONPATH=str(REPO), NGO_CALENDAR_USER="bench")
    out, samples = "", []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "ngo_calendar", "--data-dir", str(folder), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=True,
        )
        samples.append(time.perf_counter() - t0)
        out = proc.stdout
    return out, median_ms(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the workspace folder")
    args = parser.parse_args()
    today = date.today()
    first = today.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    root = Path(tempfile.mkdtemp(prefix="ngo-bench-"))
    folder = root / "ws"
    try:
        t0 = time.perf_counter()
        db = build(folder, args.items, today)
        built = time.perf_counter() - t0
        total = query.count_items(db)
        found, query_ms = in_process(db, first, last, max(args.runs, 7))
        db.close()
        window = ["--from", first.isoformat(), "--to", last.isoformat()]
        listed, list_ms = command(folder, ["item", "list", "--json", *window], args.runs)
        _, version_ms = command(folder, ["--version"], args.runs)
        _, empty_ms = command(folder, ["item", "list", "--json", "--from", "1990-01-01",
                                       "--to", "1990-01-02"], args.runs)  # fmt: skip
        rows = len(json.loads(listed))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        t0 = time.perf_counter()
        sum(range(10**7))  # a CPU yardstick, to compare figures taken on different machines
        yardstick = (time.perf_counter() - t0) * 1000
        print(f"workspace: {total} items ({args.items} asked), built in {built:.1f} s")
        print(f"window: {first} .. {last} (one month)")
        print(f"(a) query.occurrences in-process: {found} occurrences, median {query_ms:.0f} ms")
        print(f"(b) item list --json subprocess:  {rows} rows, median {list_ms:.0f} ms")
        print(f"    for scale: --version {version_ms:.0f} ms, empty window {empty_ms:.0f} ms")
        print(f"    ({args.runs} runs each; 1-minute load average {load:.1f}; "
              f"CPU yardstick sum(range(10**7)) {yardstick:.0f} ms)")  # fmt: skip
        if args.keep:
            print(f"workspace kept in {folder}")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
