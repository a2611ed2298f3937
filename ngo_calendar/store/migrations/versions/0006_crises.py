"""crisis mode: the crises declared, with their record of what they moved

Revision ID: 0006
Revises: 0005

A crisis is a workspace row like a channel (the unit of work records it, undo puts it back).
Items held or cancelled by a crisis keep their place and get the status `held` or `cancelled`
(a date of a series: in its override); where each came from and why is in the crisis' `moves`,
so no item column changes and the undo entries stored before stay as they are.

Held items are not shown on the calendar (they have no date until the crisis ends): a small
partial index finds them, so the month's first look can leave them out of its counts.
"""

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


def downgrade() -> None:
    op.drop_index("ix_items_held", table_name="items")
    op.drop_table("crises")
