"""the review thread of an item (comments, requested changes, decisions)

Revision ID: 0004
Revises: 0003

An item's record (what undo puts back) gains its thread, `comments`: the undo entries stored
before get an empty one, so that undoing them still compares like with like.
"""

import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("occurrence", sa.String(length=20), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_item_comments_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_comments")),
    )
    op.create_index(op.f("ix_item_comments_item_id"), "item_comments", ["item_id"])
    _rewrite_undo_entries(lambda record: {**record, "comments": []})


def downgrade() -> None:
    _rewrite_undo_entries(lambda record: {k: v for k, v in record.items() if k != "comments"})
    op.drop_index(op.f("ix_item_comments_item_id"), table_name="item_comments")
    op.drop_table("item_comments")


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
