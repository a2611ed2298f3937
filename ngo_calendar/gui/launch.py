"""Starting the window (or an offscreen screenshot) from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from ngo_calendar.app import open_workspace
from ngo_calendar.core import query


def launch(folder: Path, args: argparse.Namespace) -> int:
    db = open_workspace(folder)
    if args.demo and query.count_items(db) == 0:
        from ngo_calendar.core.demo import load_demo

        load_demo(db)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("NGO Calendar")
    window.resize(1200, 800)
    window.show()
    return app.exec()
