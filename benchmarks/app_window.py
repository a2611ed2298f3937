"""The app as bench_window.py times its start: `ngo-calendar --data-dir FOLDER`, which exits as
soon as the month view has painted its items. Nothing else differs from the real start.

    python benchmarks/app_window.py WORKSPACE_FOLDER
"""

from __future__ import annotations

import os
import sys

from ngo_calendar import app
from ngo_calendar.gui.month_view import MonthView

painted = MonthView.paintEvent


def paint_then_exit(view: MonthView, event: object) -> None:
    painted(view, event)
    if view._by_day:
        os._exit(0)


MonthView.paintEvent = paint_then_exit  # type: ignore[method-assign]
sys.argv = ["ngo-calendar", "--data-dir", sys.argv[1]]
app.main()
