"""The weeks around the one shown, read ahead on the database worker so that paging only puts
weeks together (core.periods) and never waits for the disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ngo_calendar.core.calendar import periods, query
from ngo_calendar.core.calendar.query import Filter, Occurrence
from ngo_calendar.core.workspace import Database

from ..common.db_worker import DatabaseWorker, Job

# Past this many items, a write's own items are not worth reading one by one: read it all again.
SPLICE_AT_MOST = 200


class PeriodCache(QObject):
    """`ready(first, last)` gives a range when every week of it is read; otherwise `request`
    it and `arrived` fires when weeks come in. Other ranges are read ahead with `read_ahead`."""

    arrived = Signal()

    def __init__(self, db: Database, worker: DatabaseWorker, tz: ZoneInfo, parent: QObject) -> None:
        super().__init__(parent)
        self.db, self.worker = db, worker
        self.filter = Filter()
        self.weeks = periods.Weeks(tz)
        self._urgent: list[Job] = []
        self._ahead: list[Job] = []

    def ready(self, first: date, last: date) -> list[Occurrence] | None:
        return self.weeks.ready(first, last)

    def shown(self, first: date, last: date) -> list[Occurrence]:
        return self.weeks.shown(first, last)

    def read_now(self, first: date, last: date) -> list[Occurrence]:
        """Read first..last on this thread (at start, when nothing can be shown before it)."""
        weeks = self.weeks.missing(first, last)
        if weeks:
            found = self._read(weeks)
            self.weeks.store(found, weeks, self.weeks.generation)
        return self.weeks.shown(first, last)

    def request(self, first: date, last: date) -> None:
        """Read the missing weeks of first..last before anything else."""
        self._submit(first, last, urgent=True)

    def read_ahead(self, ranges: list[tuple[date, date]], around: date) -> None:
        """Read these ranges when the worker is free; earlier read-aheads no longer matter."""
        self._ahead = self.worker.drop_waiting(self._ahead)
        dropped = self.weeks.keep_near(around)
        if dropped:  # freed on the worker, not while the page is being painted

            def free(job: Job) -> None:
                for block in dropped:
                    block.clear()

            self.worker.submit(free, label="free")
        for first, last in ranges:
            self._submit(first, last, urgent=False)

    def set_filter(self, flt: Filter) -> None:
        if flt != self.filter:
            self.filter = flt
            self._restart()
            self.weeks.changed()  # the old weeks stay on screen until the new ones are read

    def workspace_changed(self, tz: ZoneInfo) -> None:
        """Another program wrote, or the settings changed: read everything again."""
        self._restart()
        if tz != self.weeks.tz:
            self.weeks.forget(tz)
        else:
            self.weeks.changed()

    def items_changed(self, uids: frozenset[str]) -> None:
        """This window wrote these items: read just them again, over the weeks kept."""
        span = self.weeks.span()
        self._restart()
        if span is None:
            return
        if len(uids) > SPLICE_AT_MOST:
            self.weeks.changed()
            return
        fresh = query.occurrences(self.db, span[0], span[1], self.filter, uids=uids)
        self.weeks.replace(uids, fresh)

    def forget(self) -> None:
        """Drop every week read (they are read again when shown)."""
        self._restart()
        self.weeks.forget()

    def stop(self) -> None:
        self._restart()

    # -- reading ---------------------------------------------------------------------------
    def _restart(self) -> None:
        for job in self._urgent + self._ahead:
            job.cancel()
        self._urgent, self._ahead = [], []

    def _submit(self, first: date, last: date, urgent: bool) -> None:
        pending = {week for job in self._urgent + self._ahead for week in _weeks(job)}
        weeks = [week for week in self.weeks.missing(first, last) if week not in pending]
        if not weeks:
            return
        generation, flt = self.weeks.generation, self.filter
        job = self.worker.submit(
            lambda job: self._read(weeks, flt, job.check),
            lambda found: self._arrived(job, found, generation),
            urgent=urgent,
            label="read weeks",
            tag=weeks,
        )
        (self._urgent if urgent else self._ahead).append(job)

    def _read(
        self,
        weeks: list[date],
        flt: Filter | None = None,
        checkpoint: Callable[[], None] | None = None,
    ) -> list[Occurrence]:
        first, last = weeks[0], periods.week_span(weeks[-1])[1]
        return query.occurrences(self.db, first, last, flt or self.filter, checkpoint=checkpoint)

    def _arrived(self, job: Job, found: list[Occurrence], generation: int) -> None:
        for jobs in (self._urgent, self._ahead):
            if job in jobs:
                jobs.remove(job)
        if self.weeks.store(found, _weeks(job), generation):
            self.arrived.emit()


def _weeks(job: Job) -> list[date]:
    """The weeks a read of this cache is about (its tag, see _submit)."""
    return cast("list[date]", job.tag)


class ReleaseAfterPaint(QObject):
    """Lets the worker go on as soon as a view has painted what the person asked for."""

    def __init__(self, worker: DatabaseWorker, views: list[QWidget], parent: QObject) -> None:
        super().__init__(parent)
        self.worker = worker
        for view in views:
            self.watch(view)

    def watch(self, view: QWidget) -> None:
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.worker.holding():
            QTimer.singleShot(0, self.worker.release)  # after this paint, not before it
        return False
