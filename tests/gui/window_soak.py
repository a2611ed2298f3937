"""Drive the real main window for a long while and watch the reference count of None.

A script, run in a subprocess by test_binding_refcount.py (an abort there fails the test instead
of killing pytest). PySide6 6.12.0 drops a reference to None on every binding call that returns
nothing; on Python 3.11 the count then reaches zero and the interpreter aborts with "Fatal Python
error: none_dealloc". With a sound binding the count stays put. (From Python 3.12 None is immortal
and the count is meaningless, but the window is still driven.)

    python tests/gui/window_soak.py [--items 10000] [--steps 500] [--data-dir DIR]

DIR, new or empty, receives the workspace (a temporary folder by default). Prints one JSON line on
stdout: the PySide6 version, the steps done, the seconds taken and the count of None at checkpoints
taken in one and the same state (every view showing today, after gc), the first one after a
warm-up; progress goes to stderr. Exits with os._exit(0) once the figures are out.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("NGO_CALENDAR_USER", "soak")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import PySide6  # noqa: E402
from bench_item_list import build  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit  # noqa: E402

from ngo_calendar.core.items import edit as items  # noqa: E402
from ngo_calendar.gui.editor.dialog import ItemEditor  # noqa: E402
from ngo_calendar.gui.window.main_window import VIEWS, MainWindow  # noqa: E402
from ngo_calendar.store import Database  # noqa: E402

# Typed text stays ASCII (QTest.keyClicks aborts Qt on accented characters); pasted text need not.
TYPED = "Collecte de printemps, benevoles bienvenus! 123 #dons"
PASTED = "Texte collé depuis le presse-papiers, avec accents: éèàç ôû, et un emoji \u2764."
# Paging swings this many steps either side of today: across the year of items that build()
# spreads around today and as far again into empty months, as someone paging far would.
MONTH_SWING, WEEK_SWING = 12, 52
LONG_PASTE = "Un long texte de publication, collé d'un traitement de texte. " * 1500


def open_window(db: Database, folder: Path, today: date) -> MainWindow:
    """The only place that builds the window: change here if its constructor changes."""
    return MainWindow(db, folder, today=today, remember=False)


def settle(window: MainWindow) -> None:
    """What a person sees after a key: the page read (by the worker if it was not ready)."""
    if not window.wait_until_shown():
        raise SystemExit("the page was still not read after a minute")
    window.repaint()
    QApplication.processEvents()


def swing(step: int, half: int) -> int:
    """+1 or -1 so that paging swings from `half` steps ahead to `half` behind the start."""
    return 1 if (step + half) // (2 * half) % 2 == 0 else -1


def page(window: MainWindow, view: str, count: int, half: int) -> int:
    window.navigation.show_view(view)
    for done in range(count):
        window.navigation.step(swing(done, half))
        settle(window)
        if (done + 1) % 25 == 0:
            print(f"{view}: {done + 1} steps, None {sys.getrefcount(None)}", file=sys.stderr)
    return count


def checkpoint(window: MainWindow, origin: date) -> int:
    """The count of None with every view showing `origin`, so that checkpoints compare."""
    window.navigation.anchor = origin
    for view in (*VIEWS, "month"):
        window.navigation.show_view(view)
        settle(window)
    # The weeks kept around depend on the paging before: drop them, so that what is counted
    # is what the views show.
    deadline = time.monotonic() + 60
    while window.worker.busy() and time.monotonic() < deadline:
        QApplication.processEvents()
    if window.worker.busy():
        raise SystemExit("the database worker was still busy after a minute")
    for _ in range(3):  # results on their way to the GUI thread are delivered
        QApplication.processEvents()
    window.periods.forget()
    gc.collect()
    return sys.getrefcount(None)


def type_and_paste(window: MainWindow, long_text: bool) -> int:
    """Open the real editor on a shown item, type and paste into its text fields; chars pasted."""
    occ = window.shown[len(window.shown) // 2]
    editor = ItemEditor(
        window.items.editor_context(occ.uid), items.item_draft(window.db, occ.item_id), window
    )
    editor.show()
    QApplication.processEvents()
    clipboard = QApplication.clipboard()
    pasted = 0
    fields: list[tuple[int, QLineEdit | QPlainTextEdit]] = [
        (0, editor.general.title_edit),
        (0, editor.general.tags_edit),
        *((1, edit) for edit in editor.text.findChildren(QPlainTextEdit)),
        (4, editor.notes_edit),
    ]
    for tab, edit in fields:
        editor.tabs.setCurrentIndex(tab)
        edit.setFocus()
        QTest.keyClicks(edit, TYPED)
        before = len(edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText())
        clipboard.setText(PASTED)
        edit.paste()
        clipboard.setText(LONG_PASTE if long_text else PASTED)
        QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        after = len(edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText())
        pasted += after - before
    editor.done(0)  # closed without saving, and without the question Escape would ask
    editor.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return pasted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=500, help="month steps, and week steps")
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="ngo-soak-"))
    os.environ.setdefault("NGO_CALENDAR_CACHE_DIR", str(root / "cache"))
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}", file=sys.stderr)

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive until os._exit
    today = date.today()
    folder = root / "workspace"
    started = time.perf_counter()
    db = build(folder, args.items, today)
    seconds = {"build": time.perf_counter() - started}
    window = open_window(db, folder, today)
    window.show()
    settle(window)

    # Warm-up: every path once, so that lazy imports and caches are in place before counting.
    page(window, "month", 4, 2)
    page(window, "week", 4, 2)
    type_and_paste(window, long_text=False)
    samples = {"warm": checkpoint(window, today)}
    started = time.perf_counter()
    months = page(window, "month", args.steps, MONTH_SWING)
    seconds["months"] = time.perf_counter() - started
    samples["months"] = checkpoint(window, today)
    started = time.perf_counter()
    weeks = page(window, "week", args.steps, WEEK_SWING)
    seconds["weeks"] = time.perf_counter() - started
    samples["weeks"] = checkpoint(window, today)
    for view in (*VIEWS, *VIEWS):
        window.navigation.show_view(view)
        settle(window)
    samples["views"] = checkpoint(window, today)
    pasted = sum(type_and_paste(window, long_text) for long_text in (False, True, False))
    samples["editor"] = checkpoint(window, today)
    result = {
        "pyside6": PySide6.__version__,
        "python": sys.version.split()[0],
        "items": args.items,
        "month_steps": months,
        "week_steps": weeks,
        "pasted_chars": pasted,
        "seconds": {name: round(value, 1) for name, value in seconds.items()},
        "none_refcount": samples,
    }
    print(json.dumps(result), flush=True)
    sys.stderr.flush()
    # PySide6's teardown at interpreter exit can crash on its own; the figures are out already.
    os._exit(0)


if __name__ == "__main__":
    main()
