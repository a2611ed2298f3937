"""How long the window takes to show the next month and the next week with 10,000 items.

    python benchmarks/bench_views.py [--items 10000]

Builds the workspace with bench_item_list.build, opens the real MainWindow offscreen, and
times Page Down (query of the visible range + repaint) in the month and week views.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_item_list import build  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ngo_calendar.gui.main_window import MainWindow  # noqa: E402


def time_steps(window: MainWindow, view: str, steps: int) -> list[float]:
    window.show_view(view)
    samples = []
    for _ in range(steps):
        began = time.perf_counter()
        window.step(1)
        window.repaint()  # paint now, as the person would see it
        QApplication.processEvents()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=8)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        db = build(Path(folder), args.items, today)
        window = MainWindow(db, Path(folder), today=today, remember=False)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        print(f"items in workspace: {args.items}")
        for view in ("month", "week"):
            samples = time_steps(window, view, args.steps)
            print(
                f"{view:>5}: next {view}: median {statistics.median(samples):.0f} ms, "
                f"worst {max(samples):.0f} ms over {len(samples)} steps "
                f"({len(window.shown)} occurrences on the last screen)"
            )
        window.close()
        db.close()
    sys.stdout.flush()
    # PySide6 can crash while tearing widgets down at interpreter exit; the figures are out.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
