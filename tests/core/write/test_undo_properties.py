"""Property: any sequence of item, settings and list operations from two writers (the window's
services and the command line, interleaved) undoes all the way back and redoes all the way
forward, every table equal row by row to what it was at each step; a refused operation changes
nothing."""

from __future__ import annotations

import contextlib
import io
import itertools
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_calendar.app import open_workspace, run
from ngo_calendar.core import ItemDraft, Timed, workspace
from ngo_calendar.core.calendar import query
from ngo_calendar.core.items import edit as items
from ngo_calendar.core.items import occurrences
from ngo_calendar.core.model.domain import Status
from ngo_calendar.core.model.refusals import REFUSALS
from ngo_calendar.core.settings import apply as settings_apply
from ngo_calendar.core.settings.apply import CampaignEntry, Removals
from ngo_calendar.core.write import undo
from tests.conftest import forget_undo
from tests.helpers import dump

TITLES = ("Appel", "Collecte", "Bénévoles", "Merci")
NAMES = ("Hiver", "Printemps", "Presse", "Facebook", "Dons")
STATUSES = tuple(s.value for s in Status)
FIRST_DAY = date(2026, 12, 1)
_examples = itertools.count()

pick = st.integers(0, 50)
day = st.integers(0, 20)
hour = st.integers(8, 19)
name = st.sampled_from(NAMES)
title = st.sampled_from(TITLES)
kind = st.sampled_from(("objectives", "audiences"))
OPERATIONS = st.one_of(
    st.tuples(st.just("create"), title, st.integers(0, 1), day, hour, st.booleans()),
    st.tuples(st.just("edit"), pick, title),
    st.tuples(st.just("status"), pick, st.sampled_from(STATUSES)),
    st.tuples(st.just("move"), pick, day, hour),
    st.tuples(st.just("to_day"), pick, day),
    st.tuples(st.just("delete"), pick),
    st.tuples(st.just("status_many"), st.lists(pick, max_size=4), st.sampled_from(STATUSES)),
    st.tuples(st.just("edit_date"), pick, st.integers(0, 3), title, st.sampled_from(STATUSES)),
    st.tuples(st.just("delete_date"), pick, st.integers(0, 3)),
    st.tuples(st.just("settings"), name, st.booleans(), st.booleans()),
    st.tuples(st.just("add_named"), kind, name),
    st.tuples(st.just("rename_named"), kind, pick, name),
    st.tuples(st.just("delete_named"), kind, pick),
    st.tuples(st.just("reorder_channels")),
    st.tuples(st.just("rename_channel"), pick, name),
    st.tuples(st.just("delete_channel"), pick, st.booleans()),
    st.tuples(st.just("person"), name, st.sampled_from(("editor", "reviewer"))),
    st.tuples(st.just("cli_add"), title, st.integers(0, 1), day),
    st.tuples(st.just("cli_move"), pick, day),
    st.tuples(st.just("cli_delete"), pick),
    st.tuples(st.just("cli_edit"), pick, title),
    st.tuples(st.just("cli_channel"), name),
    st.tuples(st.just("cli_campaign"), name),
)


class Writers:
    """The window's services on one connection, the command line in-process on another."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = open_workspace(folder)
        workspace.update_settings(self.db, association="Asso", timezone="Europe/Paris")
        workspace.save_channel(self.db, "Facebook", "facebook")
        workspace.save_channel(self.db, "Lettre", "newsletter")
        forget_undo(self.db)

    def cli(self, *args: str) -> bool:
        """`ngo-calendar ARGS`; True if done, False if refused (exit 2, one line)."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(["--data-dir", str(self.folder), *args])
        assert code in (0, 2), err.getvalue()
        assert code == 0 or len(err.getvalue().splitlines()) == 1, err.getvalue()
        return code == 0

    def ids(self) -> list[int]:
        shown = query.occurrences(self.db, FIRST_DAY - timedelta(days=7), date(2027, 3, 1))
        return sorted({o.item_id for o in shown} | {o.item_id for o in query.backlog(self.db)})

    def item(self, n: int) -> int | None:
        known = self.ids()
        return known[n % len(known)] if known else None

    def dates(self, n: int) -> tuple[int, list[str]] | None:
        """A series (the n-th, round the list) and the keys of its dates."""
        shown = query.occurrences(self.db, FIRST_DAY - timedelta(days=7), date(2027, 3, 1))
        series = sorted({o.item_id for o in shown if o.occurrence_key})
        if not series:
            return None
        chosen = series[n % len(series)]
        return chosen, [o.occurrence_key for o in shown if o.item_id == chosen]

    def top(self) -> int | None:
        with sqlite3.connect(self.folder / "workspace.sqlite") as conn:
            return conn.execute("SELECT max(id) FROM undo_stack WHERE state = 'done'").fetchone()[0]


def at(d: int, h: int = 10) -> datetime:
    return datetime.combine(FIRST_DAY + timedelta(days=d), datetime.min.time()).replace(hour=h)


def perform(w: Writers, op: tuple) -> bool:  # noqa: C901 - one branch per operation
    """Run one operation; False when it was refused (or had nothing to act on)."""
    db, what = w.db, op[0]
    channels = [c.name for c in workspace.channels(db)]
    item_ops = ("edit", "status", "move", "to_day", "delete")
    target = w.item(op[1]) if what in item_ops + ("cli_move", "cli_delete", "cli_edit") else None
    try:
        if what == "create":
            rule = "FREQ=WEEKLY;COUNT=4" if op[5] else None
            chosen = [channels[op[2] % len(channels)]] if channels else []
            draft = ItemDraft(op[1], channels=chosen, start=Timed(at(op[3], op[4])), rrule=rule)
            items.create_item(db, draft)
        elif what == "settings":
            snap = settings_apply.workspace_snapshot(db)
            campaigns = snap.campaigns
            removed = Removals()
            if op[3] and campaigns:
                removed = Removals(campaigns=frozenset({campaigns[0].id}))
                campaigns = campaigns[1:]
            if op[2]:
                campaigns = (*campaigns, CampaignEntry(None, op[1], "#8e24aa", None, None, None))
            settings_apply.apply_settings(
                db, replace(snap, association=op[1], campaigns=campaigns, removed=removed)
            )
        elif what == "add_named":
            workspace.add_named(db, op[1], op[2])
        elif what == "rename_named" or what == "delete_named":
            present = workspace.names(db, op[1])
            if not present:
                return False
            chosen_name = present[op[2] % len(present)]
            if what == "rename_named":
                workspace.rename_named(db, op[1], chosen_name, op[3])
            else:
                workspace.delete_named(db, op[1], chosen_name)
        elif what == "reorder_channels":
            workspace.reorder_channels(db, [c.id for c in workspace.channels(db)][::-1])
        elif what in ("rename_channel", "delete_channel"):
            rows = workspace.channels(db)
            if not rows:
                return False
            row = rows[op[1] % len(rows)]
            if what == "rename_channel":
                workspace.rename_channel(db, row.id, op[2])
            else:
                workspace.delete_channel(db, row.id, force=op[2])
        elif what == "person":
            workspace.save_person(db, op[1], op[2])
        elif what == "cli_add":
            chosen = channels[op[2] % len(channels)] if channels else "Facebook"
            day_text = (FIRST_DAY + timedelta(days=op[3])).isoformat()
            return w.cli("item", "add", "--title", op[1], "--channel", chosen, "--on", day_text)
        elif what == "cli_channel":
            return w.cli("channel", "add", op[1], "--kind", "mastodon")
        elif what == "cli_campaign":
            return w.cli("campaign", "add", op[1])
        elif what in ("edit_date", "delete_date"):
            found = w.dates(op[1])
            if found is None:
                return False
            target, keys = found
            key = keys[op[2] % len(keys)]
            if what == "edit_date":
                occurrences.edit_occurrence(db, target, key, title=op[3], status=Status(op[4]))
            else:
                occurrences.delete_occurrence(db, target, key)
        elif what == "status_many":
            chosen_ids = [w.item(n) for n in op[1]]
            items.set_status_many(db, [i for i in chosen_ids if i], Status(op[2]))
        elif target is None:
            return False
        elif what == "edit":
            draft = items.item_draft(db, target)
            items.update_item(db, target, replace(draft, title=op[2]))
        elif what == "status":
            items.set_status(db, target, Status(op[2]))
        elif what == "move":
            occurrences.move_item(db, target, Timed(at(op[2], op[3])))
        elif what == "to_day":
            occurrences.move_to_day(db, target, FIRST_DAY + timedelta(days=op[2]))
        elif what == "delete":
            items.delete_item(db, target)
        elif what == "cli_move":
            day_text = (FIRST_DAY + timedelta(days=op[2])).isoformat()
            return w.cli("item", "move", str(target), "--on", day_text)
        elif what == "cli_delete":
            return w.cli("item", "delete", str(target))
        elif what == "cli_edit":
            return w.cli("item", "edit", str(target), "--title", op[2])
    except REFUSALS:
        return False
    return True


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(OPERATIONS, min_size=1, max_size=14))
def test_two_writers_undo_all_the_way_and_redo_all_the_way(
    tmp_path: Path, operations: list[tuple]
) -> None:
    w = Writers(tmp_path / f"example-{next(_examples)}")
    try:
        states = [dump(w.folder)]
        # A series and a single item first, so that item operations have something to act on.
        start = [("create", "Série", 0, 0, 9, True), ("create", "Seul", 1, 2, 18, False)]
        for op in start + operations:
            before, top = dump(w.folder), w.top()
            done = perform(w, op)
            if not done or w.top() == top:
                # Refused, or a change that changes nothing: not a row differs.
                assert dump(w.folder) == before, op
                continue
            states.append(dump(w.folder))
        for step in range(len(states) - 1, 0, -1):
            undone = w.cli("undo") if step % 2 else bool(undo.undo(w.db))
            assert undone
            assert dump(w.folder) == states[step - 1], f"after undoing step {step}"
        with pytest.raises(undo.NothingToUndo):
            undo.undo(w.db)
        for step in range(1, len(states)):
            redone = w.cli("redo") if step % 2 else bool(undo.redo(w.db))
            assert redone
            assert dump(w.folder) == states[step], f"after redoing step {step}"
    finally:
        w.db.close()


def test_the_writers_helper_sees_refusals(tmp_path: Path) -> None:
    """The property above relies on these: a refused command is False and changes nothing."""
    w = Writers(tmp_path / "ws")
    try:
        before = dump(w.folder)
        assert not w.cli(
            "item", "add", "--title", "X", "--channel", "Nulle part", "--on", "2026-12-01"
        )
        assert not perform(w, ("status", 0, "approved"))  # no item yet
        assert dump(w.folder) == before
        assert perform(w, ("create", "Appel", 0, 1, 10, True))
        assert dump(w.folder) != before
    finally:
        w.db.close()
