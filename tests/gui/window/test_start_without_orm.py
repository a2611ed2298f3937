"""The window's start reads through plain columns: until the first edit, SQLAlchemy's ORM and
the models are not even imported (they were a fifth of the time to the first painted month).
The first edit loads them and works as before."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from ngo_calendar.app import open_workspace
from ngo_calendar.core import AllDay, ItemDraft, workspace
from ngo_calendar.core.items import edit as items

# Starts the real window on a workspace, paints the month, reports what was imported, then
# makes an edit through the window's own operations and reports again.
PROBE = """
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ngo_calendar.app import open_workspace
from ngo_calendar.gui.window.main_window import MainWindow

ORM = ("sqlalchemy.orm", "ngo_calendar.store.models", "ngo_calendar.core.write.unit_of_work")
app = QApplication([])
db = open_workspace(Path(sys.argv[1]))
window = MainWindow(db, Path(sys.argv[1]), today=date(2026, 12, 2), remember=False)
window.show()
assert window.wait_until_shown()
window.stack.month.repaint()
print("after start:", sorted(m for m in sys.modules if m.startswith(ORM)))
occ = window.stack.month.occurrences_on(date(2026, 12, 9))[0]
from ngo_calendar.core.model.domain import Status
window.items.set_status(occ, Status.APPROVED)
print("after an edit:", sorted(m for m in sys.modules if m.startswith(ORM)))
print("status:", window.stack.month.occurrences_on(date(2026, 12, 9))[0].status)
db.close()
"""


def test_the_window_starts_without_the_orm_and_loads_it_at_the_first_edit(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "ws"
    db = open_workspace(folder)
    workspace.save_channel(db, "Facebook", "facebook", "#1877f2")
    items.create_item(
        db, ItemDraft(title="Collecte", channels=["Facebook"], start=AllDay(date(2026, 12, 9)))
    )
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "after start: []" in lines
    loaded = next(line for line in lines if line.startswith("after an edit:"))
    assert "sqlalchemy.orm" in loaded and "ngo_calendar.core.write.unit_of_work" in loaded
    assert "status: approved" in lines
