"""occurrences that differ, history of every subject, undo records per row

Revision ID: 0002
Revises: 0001

- item_overrides gain their own title, body and status, and override_channels their own
  channels, so that one date of a series can differ as an iCalendar RECURRENCE-ID does;
- history speaks of any subject (an item, a setting, a list entry), with an operation number
  shared by the entries of one user action;
- the undo stack keeps, per operation, the rows it touched, each before and after. The entries
  of 0001 (whole-item snapshots by id, and whole-workspace states for a settings change) are
  converted so that they can still be undone and redone.
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# 0001 kept a settings change as the whole workspace: settings by key and each list by id.
LISTS = {
    "objectives": "objective",
    "audiences": "audience",
    "channels": "channel",
    "campaigns": "campaign",
    "people": "person",
}


def upgrade() -> None:
    with op.batch_alter_table("item_overrides") as batch:
        batch.add_column(sa.Column("title", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("body", sa.Text(), nullable=True))
        batch.add_column(sa.Column("status", sa.String(length=20), nullable=True))
    op.create_table(
        "override_channels",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("variant", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channels.id"],
            name=op.f("fk_override_channels_channel_id_channels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id", "key"],
            ["item_overrides.item_id", "item_overrides.key"],
            name=op.f("fk_override_channels_item_id_item_overrides"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "key", "channel_id", name=op.f("pk_override_channels")),
    )

    # history: nothing references it, so the table copy of batch mode is safe here.
    with op.batch_alter_table("history") as batch:
        batch.drop_index("ix_history_item_uid")
        batch.alter_column("item_uid", new_column_name="subject_key")
        batch.add_column(
            sa.Column("subject_kind", sa.String(length=20), nullable=False, server_default="item")
        )
        batch.add_column(sa.Column("operation", sa.Integer(), nullable=True))
    with op.batch_alter_table("history") as batch:
        batch.create_index("ix_history_subject_key", ["subject_key"], unique=False)
        batch.create_index("ix_history_operation", ["operation"], unique=False)

    with op.batch_alter_table("undo_stack") as batch:
        batch.add_column(sa.Column("operation", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("records_json", sa.Text(), nullable=True))
    conn = op.get_bind()
    entries = conn.execute(sa.text("SELECT id, before_json, after_json FROM undo_stack")).all()
    for entry_id, before_json, after_json in entries:
        records = convert(json.loads(before_json), json.loads(after_json))
        conn.execute(
            sa.text("UPDATE undo_stack SET records_json = :r WHERE id = :i"),
            {"r": json.dumps(records), "i": entry_id},
        )
    with op.batch_alter_table("undo_stack") as batch:
        batch.alter_column("records_json", existing_type=sa.Text(), nullable=False)
        batch.drop_column("before_json")
        batch.drop_column("after_json")


def convert(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """One 0001 undo entry as the records of 0002."""
    records: list[dict[str, Any]] = []
    if "workspace" in before or "workspace" in after:
        records += _workspace_records(before["workspace"], after["workspace"])
        before, after = before["items"], after["items"]
    for key in sorted(set(before) | set(after), key=int):
        old, new = _item(before.get(key)), _item(after.get(key))
        uid = (old or new or {}).get("uid")
        if uid is not None:
            records.append({"kind": "item", "key": uid, "before": old, "after": new})
    return records


def _item(snap: dict[str, Any] | None) -> dict[str, Any] | None:
    if snap is None:
        return None
    snap = dict(snap)
    # Overrides gain their own title, body, status (none: as the series) and channels.
    snap["overrides"] = [[*o[:4], None, None, None, []] for o in snap["overrides"]]
    return snap


def _workspace_records(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for key in sorted(set(old["settings"]) | set(new["settings"])):
        a, b = old["settings"].get(key), new["settings"].get(key)
        if a != b:
            records.append(
                {
                    "kind": "setting",
                    "key": key,
                    "before": None if a is None else {"key": key, "value": a},
                    "after": None if b is None else {"key": key, "value": b},
                }
            )
    for table, kind in LISTS.items():
        rows_before = {row["id"]: row for row in old.get(table, [])}
        rows_after = {row["id"]: row for row in new.get(table, [])}
        for row_id in sorted(set(rows_before) | set(rows_after)):
            a, b = rows_before.get(row_id), rows_after.get(row_id)
            if a != b:
                records.append({"kind": kind, "key": row_id, "before": a, "after": b})
    return records


def downgrade() -> None:
    # Undo entries cannot go back to whole-workspace snapshots: the older program starts with
    # an empty undo stack (its history and data are kept).
    op.execute("DELETE FROM undo_stack")
    with op.batch_alter_table("undo_stack") as batch:
        batch.add_column(sa.Column("before_json", sa.Text(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("after_json", sa.Text(), nullable=False, server_default="{}"))
        batch.drop_column("records_json")
        batch.drop_column("operation")
    with op.batch_alter_table("history") as batch:
        batch.drop_index("ix_history_operation")
        batch.drop_index("ix_history_subject_key")
        batch.drop_column("operation")
        batch.drop_column("subject_kind")
        batch.alter_column("subject_key", new_column_name="item_uid")
    with op.batch_alter_table("history") as batch:
        batch.create_index("ix_history_item_uid", ["item_uid"], unique=False)
    op.drop_table("override_channels")
    with op.batch_alter_table("item_overrides") as batch:
        batch.drop_column("status")
        batch.drop_column("body")
        batch.drop_column("title")
