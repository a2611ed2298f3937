"""The floor of the stack for bench_window.py: a bare PySide6 window that imports SQLAlchemy,
reads the six weeks of a month grid with one SQL query and paints the titles, then exits.

    python benchmarks/floor_window.py WORKSPACE_FOLDER FIRST_DAY_OF_GRID
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta

# SQLAlchemy before Qt, as the app does: PySide6 hooks every later import (it reads each
# module's source for its __feature__ switches), which costs 60 ms over SQLAlchemy's modules.
from sqlalchemy import create_engine, text

# isort: split
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

QUERY = text(
    "SELECT item.title, coalesce(item.start_date, date(item.start_utc)) AS day "
    "FROM items AS item WHERE (item.start_utc >= :first AND item.start_utc < :end) "
    "OR (item.start_date >= :first AND item.start_date < :end) ORDER BY day"
)


class Month(QWidget):
    def __init__(self, first: date, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.first = first
        self.by_day: dict[str, list[str]] = {}
        for title, day in rows:
            self.by_day.setdefault(day, []).append(title)

    def paintEvent(self, event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        width, height = self.width() // 7, self.height() // 6
        for index in range(42):
            day = (self.first + timedelta(days=index)).isoformat()
            x, y = (index % 7) * width, (index // 7) * height
            painter.drawRect(x, y, width, height)
            for line, title in enumerate(self.by_day.get(day, [])[:5]):
                painter.drawText(x + 4, y + 18 * (line + 1), title[:30])
        painter.end()
        if self.by_day:
            os._exit(0)


def main() -> None:
    folder, first = sys.argv[1], date.fromisoformat(sys.argv[2])
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{folder}/workspace.sqlite")
    with engine.connect() as connection:
        end = first + timedelta(days=42)
        rows = connection.execute(QUERY, {"first": first.isoformat(), "end": end.isoformat()})
        month = Month(first, [(title, day) for title, day in rows])
    month.resize(1400, 900)
    month.show()
    app.exec()


if __name__ == "__main__":
    main()
