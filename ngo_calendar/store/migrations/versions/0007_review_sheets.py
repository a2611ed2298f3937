"""review sheets: what each sheet held when it was made, so that a reviewer's decisions are
applied only about that, by people who may review

Revision ID: 0007
Revises: 0006

A review sheet is a page the reviewer takes away (core/review/sheet.py). Until now the
workspace kept nothing of it: the page carries the key its decisions are sealed with, so
whoever held one sheet could seal decisions about any item. The workspace now records each
sheet when it is made: its id (the one the page and its decisions file carry), when and by
whom it was made, what it held (`entries`, a JSON list of [item id, uid, occurrence key or
null, revision]) and the names it offered as reviewers (`reviewers`, a JSON list).

A record, not a workspace row the unit of work follows: no history, no undo entry, so no undo
entry stored before changes. Sheets made before this revision were never recorded, so their
decisions are refused; the volunteer makes a new sheet.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_sheets",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=120), nullable=False),
        sa.Column("entries", sa.Text(), nullable=False),
        sa.Column("reviewers", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_sheets")),
    )


def downgrade() -> None:
    op.drop_table("review_sheets")
