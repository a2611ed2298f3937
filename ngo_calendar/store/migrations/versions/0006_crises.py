"""crisis mode: the crises declared, with their record of what they moved; imported items'
SEQUENCE

Revision ID: 0006
Revises: 0005

A crisis is a workspace row like a channel (the unit of work records it, undo puts it back).
Items held or cancelled by a crisis keep their place and get the status `held` or `cancelled`
(a date of a series: in its override); where each came from and why is in the crisis' `moves`,
so no item column changes and the undo entries stored before stay as they are.

An item imported from another calendar keeps the SEQUENCE it had there (`source_sequence`), so
that importing the same file again updates it only for a newer version. An item's record (what
undo puts back) gains that column: the undo entries stored before get it empty.

Held items are not shown on the calendar (they have no date until the crisis ends): a small
partial index finds them, so the month's first look can leave them out of its counts.
"""

import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

HELD = sa.text("status = 'held'")
revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("expected_end", sa.DateTime(), nullable=True),
        sa.Column("channels", sa.Text(), nullable=False),
        sa.Column("horizon_days", sa.Integer(), nullable=False),
        sa.Column("declared_by", sa.String(length=120), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_by", sa.String(length=120), nullable=True),
        sa.Column("moves", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crises")),
    )
    op.create_index(
        "ix_items_held", "items", ["start_utc"], sqlite_where=HELD, postgresql_where=HELD
    )
    op.add_column("items", sa.Column("source_sequence", sa.Integer(), nullable=True))
    _rewrite_undo_entries(lambda record: {**record, "source_sequence": None})


def downgrade() -> None:
    _rewrite_undo_entries(lambda r: {k: v for k, v in r.items() if k != "source_sequence"})
    with op.batch_alter_table("items") as batch:
        batch.drop_column("source_sequence")
    op.drop_index("ix_items_held", table_name="items")
    op.drop_table("crises")


def _rewrite_undo_entries(change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    conn = op.get_bind()
    for entry_id, records_json in conn.execute(
        sa.text("SELECT id, records_json FROM undo_stack")
    ).all():
        records = json.loads(records_json)
        for record in records:
            if record["kind"] != "item":
                continue
            for side in ("before", "after"):
                if record[side] is not None:
                    record[side] = change(record[side])
        conn.execute(
            sa.text("UPDATE undo_stack SET records_json = :r WHERE id = :i"),
            {"r": json.dumps(records), "i": entry_id},
        )
