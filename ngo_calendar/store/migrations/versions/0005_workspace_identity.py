"""the workspace's identity (for review sheets); an index of ideas

Revision ID: 0005
Revises: 0004

Every workspace gets an id and a secret in its settings: a review sheet carries the id, and the
decisions a reviewer saves from it are sealed with a key derived from the secret, so a file
from another workspace, or one edited by hand, is refused (core/review/decisions.py). The
secret is not a password: it only tells this workspace's sheets from others.

The ideas (undated items) get a partial index: the backlog, read at start and after each
write, read every all-day item to find them (10 ms at 100,000 items).
"""

import secrets
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

UNDATED = sa.text("start_utc IS NULL AND start_date IS NULL")
IDENTITY = ("workspace_id", "review_sheet_secret")


def upgrade() -> None:
    op.create_index(
        "ix_items_undated",
        "items",
        ["start_utc", "start_date"],
        sqlite_where=UNDATED,
        postgresql_where=UNDATED,
    )
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(
        settings,
        [
            {"key": "workspace_id", "value": uuid.uuid4().hex},
            {"key": "review_sheet_secret", "value": secrets.token_hex(32)},
        ],
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key IN ('workspace_id', 'review_sheet_secret')"))
    op.drop_index("ix_items_undated", table_name="items")
