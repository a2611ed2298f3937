"""Property: for any workspace (single items, all-day items and series, on a few channels) and
any crisis (closed or open, on some channels or all), starting it applies a plan that keeps the
plan's invariants and loses nothing; ending it (an open one, or a closed one early) brings
back everything it held and puts what it shifted back on its original dates still ahead; and
undoing puts every row of every table back, field for field."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_calendar.app import open_workspace
from ngo_calendar.core import workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.calendar.filters import EVERY_STATUS, Filter
from ngo_calendar.core.crisis import apply as crisis_apply
from ngo_calendar.core.crisis import propose as crisis
from ngo_calendar.core.crisis import record as crisis_record
from ngo_calendar.core.crisis.end import propose_end
from ngo_calendar.core.crisis.plan import HOLD, SHIFT, Crisis
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.model.domain import AllDay, ItemDraft, Sensitivity, Status, Timed
from tests.conftest import forget_undo
from tests.helpers import check_invariants, dump, local

FIRST = date(2026, 3, 16)  # two weeks before the change to summer time
CHANNELS = {"Facebook": 7, "Instagram": 3, "Lettre": 0}
_examples = itertools.count()

item_specs = st.lists(
    st.tuples(
        st.integers(0, 20),  # day
        st.integers(7, 22),  # hour (some in quiet hours)
        st.sampled_from((0, 30)),
        st.lists(st.sampled_from(sorted(CHANNELS)), min_size=1, max_size=2, unique=True),
        st.sampled_from(("movable", "movable", "time_bound", "essential")),
        st.sampled_from(("single", "single", "all_day", "weekly", "daily")),
        st.sampled_from(("draft", "in_review", "approved")),
        st.booleans(),  # sensitive words in the text
    ),
    max_size=14,
)
crises = st.tuples(
    st.integers(0, 12),  # start day
    st.integers(0, 23),  # start hour
    st.one_of(st.none(), st.integers(1, 120)),  # length in hours; None: open
    st.lists(st.sampled_from(sorted(CHANNELS)), max_size=2, unique=True),
    st.integers(1, 10),  # ends after (hours), when open
)


ALL = Filter(statuses=EVERY_STATUS)  # held items too


def _fill(db, specs) -> None:  # type: ignore[no-untyped-def]
    for name, weekly in CHANNELS.items():
        workspace.save_channel(db, name, "facebook", "#1877f2", weekly_target=weekly)
    for n, (day, hour, minute, channels, sensitivity, shape, status, sensitive) in enumerate(specs):
        when = datetime.combine(FIRST + timedelta(days=day), datetime.min.time()).replace(
            hour=hour, minute=minute
        )
        items.create_item(
            db,
            ItemDraft(
                title=f"Publication {n}",
                body="Grande fête du quartier" if sensitive else "Nouvelles",
                channels=channels,
                status=Status(status),
                start=AllDay(when.date()) if shape == "all_day" else Timed(when),
                sensitivity=Sensitivity(sensitivity),
                rrule={"weekly": "FREQ=WEEKLY;COUNT=4", "daily": "FREQ=DAILY;COUNT=5"}.get(shape),
            ),
        )
    forget_undo(db)


def _everything(db):  # type: ignore[no-untyped-def]
    return query.occurrences(db, FIRST - timedelta(days=7), FIRST + timedelta(days=800), ALL)


def _dates(db):  # type: ignore[no-untyped-def]
    return Counter((o.item_id, o.occurrence_key) for o in _everything(db))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=item_specs, chosen=crises)
def test_start_end_and_undo_keep_everything(specs, chosen, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp(f"crisis{next(_examples)}") / "ws"
    db = open_workspace(folder)
    try:
        workspace.update_settings(db, timezone="Europe/Paris", language="fr")
        _fill(db, specs)
        before, dates = dump(folder), _dates(db)
        day, hour, length, channels, ends_after = chosen
        start = local(FIRST + timedelta(days=day), hour)
        end = None if length is None else start + timedelta(hours=length)
        proposal = crisis.propose(db, Crisis("Crise", start, end, frozenset(channels)))
        rows = proposal.rows
        check_invariants(proposal.crisis, [r.item for r in rows], rows, crisis.rules_of(db))
        crisis_apply.start(db, proposal)
        # Nothing lost, nothing duplicated: every date of every item is still there, once.
        assert _dates(db) == dates
        now = {(o.item_id, o.occurrence_key): o for o in _everything(db)}
        for row in rows:
            there = now[row.item.key]
            assert (there.start_utc or there.start_date) == (row.after or row.before), row
            assert (there.status == "held") == (row.action == HOLD)
        if crisis_record.active(db) is not None and (end is None or ends_after < length):
            # Its end, early for a closed one: what it shifted to dates still ahead goes back.
            ended = start + timedelta(hours=ends_after)
            replan, current = propose_end(db, ended)
            held = {r.item.key for r in rows if r.action == HOLD}
            shifted = {r.item.key: r.before for r in rows if r.action == SHIFT}
            back = [r for r in replan.rows if r.item.key in shifted]
            assert {r.item.key for r in replan.rows} == held | {r.item.key for r in back}
            for r in back:
                original = shifted[r.item.key]
                ahead = (original if isinstance(original, datetime) else local(original, 0)) > ended
                assert (r.action == SHIFT) == ahead and r.after == (original if ahead else r.before)
            crisis_apply.end(db, replan, ended, current.id)
            back = {(o.item_id, o.occurrence_key): o for o in _everything(db)}
            for r in replan.rows:
                assert (back[r.item.key].status == "held") == (r.action == HOLD)
                if r.action == SHIFT and isinstance(r.after, datetime):
                    assert r.after >= ended
            assert _dates(db) == dates
            crisis_apply.undo_last(db)
        crisis_apply.undo_last(db)
        assert dump(folder) == before
    finally:
        db.close()
