"""The window's one database worker: work that can take longer than a frame (reading a period
that is not ready, the weeks around the one shown; later imports, exports, publication) runs on
a thread of its own, one job at a time, and its result comes back on the GUI thread.

A job is a function of one argument, the Job itself, through which it can report progress and
notice it was cancelled. Jobs asked for as urgent go before the others. A cancelled job is not
started, and the result of one cancelled while running is dropped.

Python runs one thread at a time, so a job running while the window paints would slow the
paint down. The window `hold()`s the worker when the person acts and `release()`s it once the
answer is painted; a job waits at its next `check()`."""

from __future__ import annotations

import atexit
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

# However long a paint takes (or if none comes: a minimised window), the worker goes on after
# this: a hold never stops it for good.
HOLD_AT_MOST_S = 0.5
HOLD_AT_MOST_MS = int(HOLD_AT_MOST_S * 1000)


class Cancelled(Exception):
    """Raised by Job.check() inside a job that was cancelled: it stops where it is."""


class Job:
    def __init__(
        self,
        work: Callable[[Job], Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[BaseException], None] | None,
        label: str,
        tag: object = None,
    ) -> None:
        self.work, self.done, self.failed, self.label = work, done, failed, label
        self.tag = tag  # what the job is about, for the code that submitted it
        self.on_progress: Callable[[int, int], None] | None = None
        self._cancelled = threading.Event()
        self.started = False  # set on the worker thread when the job begins
        self._worker: DatabaseWorker | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        """Inside a long job, between steps: wait while the window paints, and stop here if
        the job was cancelled."""
        if self._worker is not None:
            self._worker.job_thread.free.wait(HOLD_AT_MOST_S)
        if self.cancelled:
            raise Cancelled(self.label)

    def progress(self, done: int, total: int) -> None:
        """Inside a job: how far it got; shown on the GUI thread by `on_progress`."""
        if self._worker is not None:
            self._worker.job_thread.progressed.emit(self, done, total)


class _Thread(QThread):
    finished_job = Signal(object, object)  # job, result
    failed_job = Signal(object, object)  # job, exception
    progressed = Signal(object, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.queue: deque[Job] = deque()
        self.wake = threading.Condition()
        self.stopping = False
        self.running: Job | None = None
        self.free = threading.Event()  # cleared while the window paints an answer
        self.free.set()

    def run(self) -> None:
        while True:
            with self.wake:
                while not self.queue and not self.stopping:
                    self.wake.wait()
                if self.stopping:
                    return
                job = self.running = self.queue.popleft()
                job.started = True
            try:
                self._run(job)
            finally:
                self.running = None

    def _run(self, job: Job) -> None:
        self.free.wait(HOLD_AT_MOST_S)
        if job.cancelled:
            return
        try:
            result = job.work(job)
        except Cancelled:
            return
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.failed_job.emit(job, exc)
        else:
            self.finished_job.emit(job, result)

    def ask_to_stop(self) -> None:
        self.free.set()
        with self.wake:
            for job in self.queue:
                job.cancel()
            self.queue.clear()
            self.stopping = True
            self.wake.notify()


# The threads have no Qt parent, so Qt never destroys one still running (which aborts the
# process): they end when their worker goes, and the last are waited for at exit.
_THREADS: list[_Thread] = []


@atexit.register
def _stop_all() -> None:
    for thread in _THREADS:
        thread.ask_to_stop()
        thread.wait()


class DatabaseWorker(QObject):
    """One thread for the window's long database work; `stop()` before the database closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Not `thread`: that is QObject.thread(), the thread this object lives in.
        self.job_thread = thread = _Thread()
        _THREADS.append(thread)
        self.destroyed.connect(lambda *_: thread.ask_to_stop())
        # Signals from the thread are queued to this object's (the GUI) thread.
        self.job_thread.finished_job.connect(self._deliver)
        self.job_thread.failed_job.connect(self._fail)
        self.job_thread.progressed.connect(self._progress)
        self.job_thread.start()
        self._hold_ends = QTimer(self)
        self._hold_ends.setSingleShot(True)
        self._hold_ends.timeout.connect(self.release)

    def hold(self) -> None:
        """The person acted: jobs wait at their next check until `release()`."""
        self.job_thread.free.clear()
        self._hold_ends.start(HOLD_AT_MOST_MS)

    def release(self) -> None:
        self._hold_ends.stop()
        self.job_thread.free.set()

    def holding(self) -> bool:
        return not self.job_thread.free.is_set()

    def submit(
        self,
        work: Callable[[Job], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        urgent: bool = False,
        label: str = "",
        tag: object = None,
    ) -> Job:
        job = Job(work, done, failed, label, tag)
        job._worker = self
        with self.job_thread.wake:
            if urgent:
                self.job_thread.queue.appendleft(job)
            else:
                self.job_thread.queue.append(job)
            self.job_thread.wake.notify()
        return job

    def drop_waiting(self, jobs: list[Job]) -> list[Job]:
        """Cancel those of `jobs` not yet started; the ones still worth waiting for."""
        with self.job_thread.wake:
            for job in jobs:
                if not job.started:
                    job.cancel()
            return [job for job in jobs if job.started and not job.cancelled]

    def busy(self) -> bool:
        """A job is running or waiting (its result may not have reached the GUI thread yet)."""
        with self.job_thread.wake:
            waiting = any(not job.cancelled for job in self.job_thread.queue)
        return waiting or self.job_thread.running is not None

    def stop(self) -> None:
        """Drop waiting jobs, let the running one end, and end the thread."""
        self.job_thread.ask_to_stop()
        self.job_thread.wait()
        if self.job_thread in _THREADS:
            _THREADS.remove(self.job_thread)

    def _deliver(self, job: Job, result: object) -> None:
        if not job.cancelled and job.done is not None:
            job.done(result)

    def _fail(self, job: Job, exc: BaseException) -> None:
        if job.cancelled:
            return
        if job.failed is not None:
            job.failed(exc)
        else:  # as if raised here: the window's exception hook logs it and says so
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _progress(self, job: Job, done: int, total: int) -> None:
        if not job.cancelled and job.on_progress is not None:
            job.on_progress(done, total)
