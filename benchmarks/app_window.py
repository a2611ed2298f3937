"""The app as bench_window.py times its start: `ngo-calendar --data-dir FOLDER`, which exits as
soon as the month view has painted its items. Nothing else differs from the real start: the
month view is patched when the app imports it, so the app imports everything in its own order.

    python benchmarks/app_window.py WORKSPACE_FOLDER
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys

PATCHED = "ngo_calendar.gui.views.month"


def paint_then_exit(module: object) -> None:
    month_view = module.MonthView  # type: ignore[attr-defined]
    painted = month_view.paintEvent

    def paint(view: object, event: object) -> None:
        painted(view, event)
        if view._by_day:  # type: ignore[attr-defined]
            os._exit(0)

    month_view.paintEvent = paint


class PatchOnImport(importlib.abc.MetaPathFinder):
    """Finds nothing itself; wraps the loader of the month view to patch it once loaded."""

    def find_spec(self, name: str, path: object, target: object = None) -> object:
        if name != PATCHED:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        loader = spec.loader
        run_module = loader.exec_module

        def exec_module(module: object) -> None:
            run_module(module)
            paint_then_exit(module)

        loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, PatchOnImport())
sys.argv = ["ngo-calendar", "--data-dir", sys.argv[1]]
from ngo_calendar import app  # noqa: E402

app.main()
