"""The workspace's tables, in SQLAlchemy Core. Portable SQL only: the same schema runs on
PostgreSQL. The migrations make the schema; these describe it.

The ORM classes of `models` are mapped onto these tables. Reads that need no ORM object (the
window's start and its pages, `columns`) use them alone: importing the ORM and declaring its
classes took a fifth of the window's start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Instants are stored as naive UTC and always come back timezone-aware (UTC).

    SQLite keeps no zone; storing UTC only means sorting and range queries compare like with like.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC instant is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _required(name: str, *parts: Any, **options: Any) -> Column[Any]:
    return Column(name, *parts, nullable=False, **options)


def _optional(name: str, *parts: Any, **options: Any) -> Column[Any]:
    return Column(name, *parts, nullable=True, **options)


def _owned_by_item() -> Column[int]:
    return Column("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)


# Workspace settings as key/value pairs (association name, time zone, language, ...).
settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    _required("value", Text),
)

channels = Table(
    "channels",
    metadata,
    _id(),
    _required("kind", String(20)),
    _required("name", String(80), unique=True),
    _required("colour", String(9), default="#607d8b"),
    _optional("char_limit", Integer),
    _required("weekly_target", Integer, default=0),
    _required("position", Integer, default=0),
    # Its own file's name part in an export or the published folder (`plan-facebook.ics`):
    # given when the channel is created (core/model/file_names.py), kept when it is renamed.
    _required("file_name", String(80)),
    Index("ix_channels_file_name", "file_name", unique=True),
)

objectives = Table(
    "objectives",
    metadata,
    _id(),
    _required("name", String(120), unique=True),
    _required("position", Integer, default=0),
)

audiences = Table(
    "audiences",
    metadata,
    _id(),
    _required("name", String(120), unique=True),
    _required("position", Integer, default=0),
)

campaigns = Table(
    "campaigns",
    metadata,
    _id(),
    _required("name", String(120), unique=True),
    _required("colour", String(9), default="#8e24aa"),
    _optional("objective_id", Integer, ForeignKey("objectives.id")),
    _optional("starts_on", Date()),
    _optional("ends_on", Date()),
)

# Someone who edits or reviews; for attribution only (there is no login).
people = Table(
    "people",
    metadata,
    _id(),
    _required("name", String(120), unique=True),
    _required("role", String(20), default="editor"),
)

# The conditions of the partial indexes on items (series, single items).
SERIES = text("rrule IS NOT NULL")
SINGLE = text("rrule IS NULL")
UNDATED = text("start_utc IS NULL AND start_date IS NULL")
HELD = text("status = 'held'")

# A post, an event or a milestone. `uid` becomes the iCalendar UID, `revision` SEQUENCE.
# Exactly one of start_utc (timed) and start_date (all-day) is set, or neither (backlog).
items = Table(
    "items",
    metadata,
    _id(),
    _required("uid", String(64), unique=True),
    _required("revision", Integer, default=0),
    _required("kind", String(20), default="post"),
    _required("title", String(300)),
    _required("body", Text, default=""),
    _required("status", String(20), default="draft"),
    _optional("start_utc", UTCDateTime()),
    _optional("start_date", Date()),
    _optional("duration_minutes", Integer),
    _required("days", Integer, default=1),
    _optional("campaign_id", Integer, ForeignKey("campaigns.id", ondelete="SET NULL")),
    _optional("objective_id", Integer, ForeignKey("objectives.id", ondelete="SET NULL")),
    _required("notes", Text, default=""),
    _required("sensitivity", String(20), default="movable"),
    _optional("rrule", String(500)),
    _required("created_at", UTCDateTime()),
    _required("updated_at", UTCDateTime()),
    # An item imported from another calendar: the SEQUENCE it had there, so that importing the
    # file again updates it only when the other calendar has a newer version (migration 0006).
    _optional("source_sequence", Integer),
    Index("ix_items_start_utc", "start_utc"),
    Index("ix_items_start_date", "start_date"),
    # Partial: a full index on rrule misled SQLite into reading every single item for
    # "rrule IS NULL" (migration 0003). The migrations make the schema, on every database
    # (PostgreSQL's partial condition is there); naming `postgresql_where` here too would
    # load SQLAlchemy's PostgreSQL dialect at every start, for nothing (30 ms).
    Index("ix_items_series", "rrule", sqlite_where=SERIES),
    Index("ix_items_single_duration_minutes", "duration_minutes", sqlite_where=SINGLE),
    Index("ix_items_single_days", "days", sqlite_where=SINGLE),
    # The ideas (undated): without it, the backlog read every all-day item (migration 0005).
    Index("ix_items_undated", "start_utc", "start_date", sqlite_where=UNDATED),
    # Items held in a crisis, left out of the month's counts (migration 0006).
    Index("ix_items_held", "start_utc", sqlite_where=HELD),
)

# An item on a channel, with that channel's own text when it differs from the body.
item_channels = Table(
    "item_channels",
    metadata,
    _owned_by_item(),
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True),
    _required("position", Integer, default=0),
    _optional("variant", Text),
)

item_audiences = Table(
    "item_audiences",
    metadata,
    _owned_by_item(),
    Column(
        "audience_id", Integer, ForeignKey("audiences.id", ondelete="CASCADE"), primary_key=True
    ),
)

item_tags = Table(
    "item_tags",
    metadata,
    _owned_by_item(),
    Column("tag", String(80), primary_key=True),
)

attachments = Table(
    "attachments",
    metadata,
    _id(),
    _required("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), index=True),
    _required("path", Text),
    _required("position", Integer, default=0),
)

# An occurrence removed from a series (iCalendar EXDATE), keyed by its original start.
item_exdates = Table(
    "item_exdates",
    metadata,
    _owned_by_item(),
    Column("key", String(20), primary_key=True),
)

# The review thread of an item: comments, requested changes and decisions, oldest first.
# `occurrence` names one date of a series (its key) when the remark is about that date only.
item_comments = Table(
    "item_comments",
    metadata,
    _id(),
    _required("item_id", Integer, ForeignKey("items.id", ondelete="CASCADE"), index=True),
    _optional("occurrence", String(20)),
    _required("at", UTCDateTime()),
    _required("who", String(120)),
    _required("kind", String(20), default="comment"),  # comment | changes | approval
    _required("text", Text),
)

# One occurrence that differs from its series (iCalendar RECURRENCE-ID), keyed by its original
# start: moved elsewhere, or with its own title, text, status or channels. Its start is always
# set (its own slot when only its content differs); a null title, body or status, and no
# channels, mean "as the series".
item_overrides = Table(
    "item_overrides",
    metadata,
    _owned_by_item(),
    Column("key", String(20), primary_key=True),
    _optional("start_utc", UTCDateTime()),
    _optional("start_date", Date()),
    _optional("duration_minutes", Integer),
    _optional("title", String(300)),
    _optional("body", Text),
    _optional("status", String(20)),
)

# A channel of one occurrence that has its own channels, with its own text there.
override_channels = Table(
    "override_channels",
    metadata,
    Column("item_id", Integer, primary_key=True),
    Column("key", String(20), primary_key=True),
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True),
    _required("position", Integer, default=0),
    _optional("variant", Text),
    ForeignKeyConstraint(
        ["item_id", "key"], ["item_overrides.item_id", "item_overrides.key"], ondelete="CASCADE"
    ),
)

# A crisis declared in crisis mode: when, where, who, and its record: each planned item the
# crisis moved, held or cancelled, from where to where and why (`moves`, a JSON list, kept for the
# handover report). At most one has no `ended_at` (core/crisis/apply.py sees to it).
crises = Table(
    "crises",
    metadata,
    _id(),
    _required("name", String(200)),
    _required("starts_at", UTCDateTime()),
    _optional("expected_end", UTCDateTime()),
    _required("channels", Text, default="[]"),  # JSON list of channel names; empty: all
    _required("horizon_days", Integer, default=14),
    _required("declared_by", String(120)),
    _required("declared_at", UTCDateTime()),
    _optional("ended_at", UTCDateTime()),
    _optional("ended_by", String(120)),
    _required("moves", Text, default="[]"),
)

# A review sheet as it was made (core/review/sheet.py): the decisions saved from it are applied
# only about what it held, by people who may review (core/review/decisions.py). `entries` is a
# JSON list of [item id, uid, occurrence key or null, revision]; `reviewers` a JSON list of the
# names the page offered. Not followed by the unit of work: no history, no undo (migration 0007).
review_sheets = Table(
    "review_sheets",
    metadata,
    Column("id", String(32), primary_key=True),  # the sheet's id, as its page carries it
    _required("made_at", UTCDateTime()),
    _required("made_by", String(120)),
    _required("entries", Text, default="[]"),
    _required("reviewers", Text, default="[]"),
)

# Append-only: who changed which field of what, when, from what to what. The subject is an
# item (by uid), a setting (by key) or a list entry such as a channel (by id); a key rather
# than a foreign key, so the history outlives what it describes. Entries written by one user
# action share its `operation` number.
history = Table(
    "history",
    metadata,
    _id(),
    _required("subject_kind", String(20), default="item", server_default="item"),
    _required("subject_key", String(64), index=True),
    _optional("operation", Integer, index=True),
    _required("at", UTCDateTime()),
    _required("who", String(120)),
    _required("action", String(20)),
    _optional("field", String(40)),
    _optional("old", Text),
    _optional("new", Text),
)

# One undoable operation: the records it touched, each as it was before and after. Kept in the
# store so that the window and the command line share one undo stack. `records_json` is a JSON
# list of {"kind", "key", "before", "after"} (see core.records).
undo_stack = Table(
    "undo_stack",
    metadata,
    _id(),
    _required("label", String(200)),
    _required("at", UTCDateTime()),
    _required("who", String(120)),
    _required("state", String(10), default="done"),  # done | undone
    _optional("operation", Integer),
    _required("records_json", Text),
)
