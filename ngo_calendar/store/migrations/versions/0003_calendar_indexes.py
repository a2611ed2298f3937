"""indexes the calendar's reads can use on a large workspace

Revision ID: 0003
Revises: 0002

- the index on items.rrule becomes partial (series only). As a full index, SQLite chose it for
  "rrule IS NULL" (every single item) over the index on the start, and read the whole table
  for each page: 0.7 s for one month of a 100,000-item workspace;
- the longest single item (duration and days), which a read asks for to look back far enough,
  comes from two partial indexes instead of a scan of every item.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SERIES = sa.text("rrule IS NOT NULL")
SINGLE = sa.text("rrule IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_index("ix_items_rrule_present")
    op.create_index(
        "ix_items_series", "items", ["rrule"], sqlite_where=SERIES, postgresql_where=SERIES
    )
    for column in ("duration_minutes", "days"):
        op.create_index(
            f"ix_items_single_{column}",
            "items",
            [column],
            sqlite_where=SINGLE,
            postgresql_where=SINGLE,
        )


def downgrade() -> None:
    for column in ("duration_minutes", "days"):
        op.drop_index(f"ix_items_single_{column}", table_name="items")
    op.drop_index("ix_items_series", table_name="items")
    with op.batch_alter_table("items") as batch:
        batch.create_index("ix_items_rrule_present", ["rrule"], unique=False)
