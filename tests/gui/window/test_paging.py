"""Paging never waits for the disk: the weeks around the one shown are read ahead on the one
database worker, a page not ready yet is shown as it is and filled in when read, and the
worker's results come back on the GUI thread."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from ngo_calendar.core.model.domain import Timed
from ngo_calendar.gui.common.db_worker import DatabaseWorker, Job
from ngo_calendar.gui.common.dnd import DraggedItem
from ngo_calendar.gui.window.main_window import MainWindow
from tests.helpers import add_item


@pytest.fixture
def worker(qapp: QApplication):  # noqa: ANN001, ANN201
    running = DatabaseWorker()
    yield running
    running.stop()


def test_jobs_run_off_the_gui_thread_and_answer_on_it(qtbot, worker: DatabaseWorker) -> None:  # noqa: ANN001
    ran_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []

    def work(job: Job) -> int:
        ran_on.append(threading.current_thread())
        return 42

    worker.submit(work, lambda result: answered_on.append((threading.current_thread(), result)))
    qtbot.waitUntil(lambda: bool(answered_on))
    assert ran_on[0] is not threading.main_thread()
    assert answered_on == [(threading.main_thread(), 42)]


def test_urgent_jobs_go_first_and_cancelled_ones_never_start(
    qtbot,
    worker: DatabaseWorker,  # noqa: ANN001
) -> None:
    gate = threading.Event()
    order: list[str] = []
    worker.submit(lambda job: gate.wait(5), label="blocking")  # holds the thread meanwhile
    later = worker.submit(lambda job: order.append("later"))
    dropped = worker.submit(lambda job: order.append("dropped"))
    worker.submit(lambda job: order.append("urgent"), urgent=True)
    assert worker.drop_waiting([dropped]) == []
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy())
    assert order == ["urgent", "later"]
    assert not later.cancelled and dropped.cancelled


def test_a_failing_job_reaches_its_handler_and_progress_is_reported(
    qtbot,
    worker: DatabaseWorker,  # noqa: ANN001
) -> None:
    failures: list[BaseException] = []
    worker.submit(lambda job: 1 / 0, failed=failures.append)
    steps: list[tuple[int, int]] = []

    def counting(job: Job) -> None:
        for done in range(1, 4):
            job.check()
            job.progress(done, 3)

    job = worker.submit(counting)
    job.on_progress = lambda done, total: steps.append((done, total))
    qtbot.waitUntil(lambda: bool(failures) and len(steps) == 3)
    assert isinstance(failures[0], ZeroDivisionError)
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_a_held_worker_waits_until_released(qtbot, worker: DatabaseWorker) -> None:  # noqa: ANN001
    done: list[int] = []
    worker.hold()
    worker.submit(lambda job: 7, done.append)
    qtbot.wait(100)
    assert done == []  # the window is painting: the job waits
    worker.release()
    qtbot.waitUntil(lambda: done == [7])


def settle(window: MainWindow, timeout_s: float = 60.0) -> None:
    """The worker idle and the page shown (asserted: a page never read fails the test)."""
    deadline = time.monotonic() + timeout_s
    while (window.worker.busy() or window.loading) and time.monotonic() < deadline:
        QApplication.processEvents()
    assert not (window.worker.busy() or window.loading), "the worker never went idle"
    QApplication.processEvents()


def test_the_next_page_is_ready_without_a_read_on_the_gui_thread(
    window: MainWindow, gui_thread_reads: list
) -> None:
    add_item(window.db, "En janvier", Timed(datetime(2027, 1, 14, 10, 0)))
    add_item(window.db, "La semaine suivante", Timed(datetime(2026, 12, 9, 10, 0)))
    window.refresh()
    settle(window)
    gui_thread_reads.clear()
    window.act_next.trigger()
    assert not window.loading
    assert [o.title for o in window.shown] == ["En janvier"]
    settle(window)
    window.navigation.show_view("week")
    window.navigation.go_to(date(2026, 12, 2))
    settle(window)
    window.act_next.trigger()
    assert not window.loading and [o.title for o in window.shown] == ["La semaine suivante"]
    assert gui_thread_reads == []  # every page came from weeks the worker had read ahead


def test_a_page_not_read_yet_shows_at_once_and_fills_in(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    add_item(window.db, "Loin devant", Timed(datetime(2030, 6, 12, 10, 0)))
    window.refresh()
    settle(window)
    window.navigation.go_to(date(2030, 6, 12))
    assert window.loading and window.shown == []
    assert window.navigation.anchor == date(2030, 6, 12)  # the page itself moved at once
    assert "Reading the calendar" in window.counts_label.text()
    qtbot.waitUntil(lambda: [o.title for o in window.shown] == ["Loin devant"])
    assert not window.loading and "Reading" not in window.counts_label.text()


def test_a_write_in_the_window_reads_only_its_items_again(
    window: MainWindow, gui_thread_reads: list
) -> None:
    item_id = add_item(window.db, "À déplacer", Timed(datetime(2026, 12, 3, 10, 0)))
    window.refresh()
    settle(window)
    gui_thread_reads.clear()
    occ = next(o for o in window.shown if o.item_id == item_id)
    window.items.drop_on_day(DraggedItem(item_id, None), date(2026, 12, 10))
    assert [
        o.start_utc.astimezone(window.tz).day for o in window.shown if o.item_id == item_id
    ] == [10]
    assert [uids for _, _, uids in gui_thread_reads] == [frozenset({occ.uid})]  # that item only
