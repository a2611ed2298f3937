"""Long work on the database worker that shows how far it got and can be stopped: core is
told a `Progress` (core.domain) that passes the figures to the window and raises `Stopped`
once the person pressed Cancel, so an operation under way rolls back and a file is not
written. Stopping this way, rather than cancelling the job, still delivers what finished
before the stop was seen (an import that committed is shown, never lost)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from ngo_calendar.core.model.domain import Progress


class Stopped(Exception):
    """The person pressed Cancel: the work stopped there and wrote nothing."""


def stoppable(stop: threading.Event) -> Callable[[Any], Progress]:
    """For a job: the Progress to give core (runs on the worker thread)."""

    def for_job(job: Any) -> Progress:
        def told(done: int, total: int) -> None:
            if stop.is_set():
                raise Stopped
            job.progress(done, total)
            job.check()  # waits while the window paints an answer to the person

        return told

    return for_job
