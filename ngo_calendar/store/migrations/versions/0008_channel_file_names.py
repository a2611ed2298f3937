"""each channel's own file name in exports and the published folder

Revision ID: 0008
Revises: 0007

A channel's file beside the plan's (`plan-facebook.ics`) was named from the channel's name at
each export, so "Face book", "face-book" and "FACE_BOOK" wrote one file, as did "Événements"
and "evenements", and every name without an ASCII letter ("日本語", "📅") wrote `plan-.ics`; a
rename moved the file, and its subscribers lost it. Each channel now keeps its own name part,
given once (core/model/file_names.py): its slug when free, else with a number; never a name
Windows reserves; unique, case-insensitively too (the names are lower case).

The channels already there are named in id order, each with the name its file had (so
subscribers keep their address) unless an earlier channel had it. The rules are copied here,
frozen: a migration must do tomorrow what it does today, whatever the app's code becomes.

A channel's record (what undo puts back) gains the column: the undo entries stored before get
the channel's name part, and a channel deleted since (only its records know it) gets one that
no other channel has, so that undo can bring it back.

SQLite adds a NOT NULL column only with a default (an empty one, never kept: every channel is
named here, and the app names each new one); making the table again without it would drop the
old table, and with foreign keys on, its items' channels with it.
"""

import json
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SLUG_MAX = 60
_NO_LETTERS = "canal"
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")[:_SLUG_MAX]


def _file_name(name: str, used: set[str]) -> str:
    """A free name part for a channel called `name` (as core/model/file_names.py on the day
    of this migration), added to `used`."""
    base = found = _slug(name) or _NO_LETTERS
    if base in _RESERVED or base in used:
        n = 2
        while True:
            found = base[: _SLUG_MAX - len(f"-{n}")].rstrip("-") + f"-{n}"
            if found not in used and found not in _RESERVED:
                break
            n += 1
    used.add(found)
    return found


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column(
        "channels",
        sa.Column("file_name", sa.String(length=80), nullable=False, server_default=""),
    )
    named: dict[int, str] = {}
    used: set[str] = set()
    for channel_id, name in conn.execute(sa.text("SELECT id, name FROM channels ORDER BY id")):
        named[channel_id] = _file_name(name, used)
        conn.execute(
            sa.text("UPDATE channels SET file_name = :f WHERE id = :i"),
            {"f": named[channel_id], "i": channel_id},
        )
    # Deleted channels, known only by their records: by id, with a name of theirs.
    gone: dict[int, str] = {}
    for records in _undo_records(conn):
        for record in records:
            if record["kind"] == "channel":
                for side in ("before", "after"):
                    row = record[side]
                    if row is not None and row["id"] not in named:
                        gone.setdefault(row["id"], row["name"])
    for channel_id in sorted(gone):
        named[channel_id] = _file_name(gone[channel_id], used)
    _rewrite_undo_entries(lambda record: {**record, "file_name": named[record["id"]]})
    op.create_index("ix_channels_file_name", "channels", ["file_name"], unique=True)
    if conn.dialect.name != "sqlite":
        op.alter_column("channels", "file_name", server_default=None)


def downgrade() -> None:
    _rewrite_undo_entries(lambda r: {k: v for k, v in r.items() if k != "file_name"})
    op.drop_index("ix_channels_file_name", table_name="channels")
    # Not through a copy of the table (see above); SQLite 3.35 drops a column in place.
    op.drop_column("channels", "file_name")


def _undo_records(conn: Any) -> list[list[dict[str, Any]]]:
    rows = conn.execute(sa.text("SELECT records_json FROM undo_stack ORDER BY id")).all()
    return [json.loads(records_json) for (records_json,) in rows]


def _rewrite_undo_entries(change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    conn = op.get_bind()
    for entry_id, records_json in conn.execute(
        sa.text("SELECT id, records_json FROM undo_stack")
    ).all():
        records = json.loads(records_json)
        for record in records:
            if record["kind"] != "channel":
                continue
            for side in ("before", "after"):
                if record[side] is not None:
                    record[side] = change(record[side])
        conn.execute(
            sa.text("UPDATE undo_stack SET records_json = :r WHERE id = :i"),
            {"r": json.dumps(records), "i": entry_id},
        )
