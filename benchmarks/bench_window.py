"""The window's figures of issue 13, each next to the floor of the stack measured in the same run.

    python benchmarks/bench_window.py [--sizes 10000 100000] [--runs 5] [--docs]

Workspaces of 10,000 and 100,000 items (bench_item_list.build: twelve months around today), and
one with 500 weekly series over two years, are built in a temporary folder. Then, each in a
fresh interpreter (median of --runs), as the person would see it:

- start to the first painted month with its items: the app (its package compiled to bytecode,
  as installed), and the floor, a bare PySide6 window that imports SQLAlchemy, reads the month
  with one SQL query and paints the titles (benchmarks/floor_window.py);
- paging in the real MainWindow, offscreen: next month, next week, month to week and back,
  from key to painted screen (the read-ahead of the weeks around is let finish between steps,
  as it does while a person looks at a page); its floor is one repaint of the same view;
- peak memory (resident set) of the process that paged the 100,000-item workspace;
- `ngo-calendar --help` and a one-month `item list --json` at 10,000 items, next to the floor
  of a bare `python -c pass`.

With --docs the table replaces the one between the bench_window markers of docs/performance.md.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
MARK_BEGIN, MARK_END = "<!-- bench_window begin -->", "<!-- bench_window end -->"
GOALS = {
    "start": "≤ 1.5× floor",
    "page": {10_000: "≤ 16 ms", 100_000: "≤ 50 ms"},
    "series": "≤ 16 ms",
    "memory": "≤ 250 MiB",
    "help": "≤ 0.15 s",
    "list": "≤ 0.4 s",
}


def child_env(folder: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env["NGO_CALENDAR_USER"] = "bench"
    if folder is not None:
        env["XDG_CONFIG_HOME"] = str(folder / "config")
    return env


def timed_runs(command: list[str], runs: int, env: dict[str, str]) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def build_series(folder: Path, today: date) -> None:
    """500 weekly series over two years (a year back, a year ahead), on the six channels."""
    from bench_item_list import CHANNELS
    from sqlalchemy import insert

    from ngo_calendar.app import open_workspace
    from ngo_calendar.core import workspace
    from ngo_calendar.store.models import Item, ItemChannel

    db = open_workspace(folder)
    workspace.update_settings(db, association="Bench", timezone="Europe/Paris", language="fr")
    for name, kind, colour in CHANNELS:
        workspace.save_channel(db, name, kind, colour, weekly_target=2)
    channel_ids = [c.id for c in workspace.channels(db)]
    first = datetime.combine(today - timedelta(days=365), datetime.min.time(), tzinfo=UTC)
    now = datetime.now(UTC).replace(microsecond=0)
    rows, links = [], []
    for n in range(1, 501):
        start = first + timedelta(days=n % 7, hours=7 + n % 11)
        rows.append(
            dict(id=n, uid=f"series-{n}@bench", revision=0, kind="post", status="approved",
                 title=f"Rendez-vous {n}", body="", start_utc=start, start_date=None,
                 duration_minutes=60, days=1, notes="", sensitivity="movable",
                 rrule="FREQ=WEEKLY;COUNT=104", created_at=now, updated_at=now)
        )  # fmt: skip
        links.append({"item_id": n, "channel_id": channel_ids[n % 6], "position": 0})
    with db.transaction() as session:
        session.execute(insert(Item), rows)
        session.execute(insert(ItemChannel), links)
    db.close()


def paging(folder: Path, steps: int) -> dict[str, float]:
    """In this process: the real window, offscreen; figures in ms, memory in MiB."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from ngo_calendar.app import open_workspace
    from ngo_calendar.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_workspace(folder)
    window = MainWindow(db, folder, today=date.today(), remember=False)
    window.resize(1400, 900)
    window.show()
    app.processEvents()

    def settle() -> None:
        while window.worker.busy() or window.loading:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()

    paints = PaintCounter(app)

    def timed(action) -> float:  # noqa: ANN001
        settle()
        paints.painted.clear()
        began = time.perf_counter()
        action()
        view = window.stack.currentWidget()
        # As the person sees it: until the view, with the new page's items, has been painted
        # by the event loop (a page not read yet counts until it is).
        while window.loading or view not in paints.painted:
            app.processEvents()
        app.processEvents()  # what else changed (titles, counts) is painted in the same pass
        return (time.perf_counter() - began) * 1000

    def median_of(action) -> float:  # noqa: ANN001
        return statistics.median(timed(action) for _ in range(steps))

    figures: dict[str, float] = {}
    window.navigation.show_view("month")
    figures["paint"] = median_of(lambda: window.stack.currentWidget().update())
    figures["month"] = median_of(lambda: window.navigation.step(1))
    figures["shown"] = len(window.shown)
    window.navigation.show_view("week")
    figures["paint_week"] = median_of(lambda: window.stack.currentWidget().update())
    figures["week"] = median_of(lambda: window.navigation.step(1))
    figures["switch"] = median_of(
        lambda: window.navigation.show_view(
            "month" if window.navigation.view_name == "week" else "week"
        )
    )
    figures["memory"] = peak_memory_mib()
    window.close()
    db.close()
    return figures


def peak_memory_mib() -> float:
    """The peak resident set of this process since it started. On Linux, VmHWM: ru_maxrss
    would count the parent's memory at the fork (the parent built the workspaces)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PaintCounter:
    """Counts the paint events of the window's views (an application-wide event filter)."""

    def __init__(self, app) -> None:  # noqa: ANN001
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # noqa: ANN001, N802
                if event.type() == QEvent.Type.Paint:
                    counter.painted.add(watched)
                return False

        self.painted: set[object] = set()
        self.filter = Filter()
        app.installEventFilter(self.filter)


def run_child(args: list[str], folder: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], env=child_env(folder), check=True,
        capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def start_figures(folder: Path, runs: int) -> tuple[float, float]:
    today = date.today()
    first = today.replace(day=1)
    grid = first - timedelta(days=first.weekday())
    floor = timed_runs(
        [sys.executable, str(HERE / "floor_window.py"), str(folder), grid.isoformat()],
        runs,
        child_env(folder),
    )
    app = timed_runs([sys.executable, str(HERE / "app_window.py"), str(folder)], runs,
                     child_env(folder))  # fmt: skip
    return floor, app


def cli_figures(folder: Path, runs: int) -> tuple[float, float, float]:
    env = child_env(folder)
    first = date.today().replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    base = [sys.executable, "-m", "ngo_calendar", "--data-dir", str(folder)]
    floor = timed_runs([sys.executable, "-c", "pass"], runs, env)
    help_ = timed_runs([sys.executable, "-m", "ngo_calendar", "--help"], runs, env)
    listing = timed_runs(
        [*base, "item", "list", "--json", "--from", first.isoformat(), "--to", last.isoformat()],
        runs,
        env,
    )
    return floor, help_, listing


def table(results: dict[str, object]) -> str:
    def ms(value: float) -> str:
        return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"

    lines = [
        "| figure | floor | app | × floor | goal |",
        "| --- | --- | --- | --- | --- |",
    ]
    for size, figures in results["sizes"].items():  # type: ignore[attr-defined]
        count = f"{int(size):,}"
        floor, app = figures["start"]
        lines.append(
            f"| start to first painted month, {count} items | {floor:.2f} s | {app:.2f} s "
            f"| {app / floor:.2f} | {GOALS['start']} |"
        )
    for size, figures in results["sizes"].items():  # type: ignore[attr-defined]
        count, page = f"{int(size):,}", figures["page"]
        goal = GOALS["page"].get(int(size), "")  # type: ignore[union-attr]
        for name, label, floor in (("month", "next month", "paint"),
                                   ("week", "next week", "paint_week"),
                                   ("switch", "month ↔ week", "paint")):  # fmt: skip
            lines.append(
                f"| {label}, {count} items | {ms(page[floor])} (one repaint) "
                f"| {ms(page[name])} | {page[name] / page[floor]:.1f} | {goal} |"
            )
    series = results["series"]
    lines.append(
        f"| next month with 500 weekly series over two years | {ms(series['paint'])} (one "
        f"repaint) | {ms(series['month'])} | {series['month'] / series['paint']:.1f} "
        f"| {GOALS['series']} |"
    )
    big = max(results["sizes"], key=int)  # type: ignore[arg-type]
    memory = results["sizes"][big]["page"]["memory"]  # type: ignore[index]
    lines.append(
        f"| peak memory, {int(big):,} items (start and paging) | | {memory:.0f} MiB | "
        f"| {GOALS['memory']} |"
    )
    floor, help_, listing = results["cli"]  # type: ignore[misc]
    lines.append(
        f"| `ngo-calendar --help` | {floor:.2f} s (`python -c pass`) | {help_:.2f} s "
        f"| {help_ / floor:.1f} | {GOALS['help']} |"
    )
    lines.append(
        f"| `item list --json`, one month of 10,000 items | {floor:.2f} s | {listing:.2f} s "
        f"| {listing / floor:.1f} | {GOALS['list']} |"
    )
    return "\n".join(lines)


def write_docs(text: str) -> None:
    readme = REPO / "docs" / "performance.md"
    content = readme.read_text(encoding="utf-8")
    begin, end = content.index(MARK_BEGIN) + len(MARK_BEGIN), content.index(MARK_END)
    readme.write_text(content[:begin] + "\n" + text + "\n" + content[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--steps", type=int, default=9)
    parser.add_argument("--docs", action="store_true")
    parser.add_argument("--paging", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.paging:  # the child that pages
        print(json.dumps(paging(Path(args.paging), args.steps)))
        sys.stdout.flush()
        os._exit(0)  # PySide6 may crash tearing widgets down at exit; the figures are out
    from bench_item_list import build

    # The package as an installed one is: compiled to bytecode (pip does so on install). Under
    # PYTHONDONTWRITEBYTECODE (set on some machines, this one included) every start of the app
    # would otherwise compile its 70 modules again, 90 ms the floor's one script does not pay.
    compileall.compile_dir(REPO / "ngo_calendar", quiet=1)
    today = date.today()
    results: dict[str, object] = {"sizes": {}}
    with tempfile.TemporaryDirectory() as temp:
        for size in args.sizes:
            folder = Path(temp) / str(size)
            build(folder, size, today).close()
            figures = {
                "start": start_figures(folder, args.runs),
                "page": run_child(["--paging", str(folder), "--steps", str(args.steps)], folder),
            }
            if size == min(args.sizes):
                results["cli"] = cli_figures(folder, args.runs)
            results["sizes"][size] = figures  # type: ignore[index]
            print(f"{size:,} items: {json.dumps(figures)}", file=sys.stderr)
        folder = Path(temp) / "series"
        build_series(folder, today)
        results["series"] = run_child(["--paging", str(folder), "--steps", str(args.steps)],
                                      folder)  # fmt: skip
    load = os.getloadavg()
    text = table(results)
    print(text)
    print(f"\n{os.cpu_count()} CPUs, load average {load[0]:.1f}, {datetime.now():%Y-%m-%d}")
    if args.docs:
        write_docs(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
