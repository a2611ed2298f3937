"""SQLAlchemy 2 models of a workspace. Portable SQL only: the same schema runs on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), date: Date(), str: String()}


class Setting(Base):
    """Workspace settings as key/value pairs (association name, time zone, language, ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Channel(Base):
    __tablename__ = "channels"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#607d8b")
    char_limit: Mapped[int | None] = mapped_column(Integer)
    weekly_target: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Objective(Base):
    __tablename__ = "objectives"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Audience(Base):
    __tablename__ = "audiences"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#8e24aa")
    objective_id: Mapped[int | None] = mapped_column(ForeignKey("objectives.id"))
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]


class Person(Base):
    """Someone who edits or reviews; for attribution only (there is no login)."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="editor")


# The conditions of the partial indexes on items (series, single items).
SERIES = text("rrule IS NOT NULL")
SINGLE = text("rrule IS NULL")


class Item(Base):
    """A post, an event or a milestone. `uid` becomes the iCalendar UID, `revision` SEQUENCE."""

    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="post")
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # Exactly one of start_utc (timed) and start_date (all-day) is set, or neither (backlog).
    start_utc: Mapped[datetime | None]
    start_date: Mapped[date | None]
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer, default=1)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"))
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objectives.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[str] = mapped_column(String(20), default="movable")
    rrule: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    channels: Mapped[list[ItemChannel]] = relationship(
        cascade="all, delete-orphan", order_by="ItemChannel.position"
    )
    audiences: Mapped[list[ItemAudience]] = relationship(cascade="all, delete-orphan")
    tags: Mapped[list[ItemTag]] = relationship(cascade="all, delete-orphan")
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", order_by="Attachment.position"
    )
    exdates: Mapped[list[ItemExdate]] = relationship(cascade="all, delete-orphan")
    overrides: Mapped[list[ItemOverride]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_items_start_utc", "start_utc"),
        Index("ix_items_start_date", "start_date"),
        # Partial: a full index on rrule misled SQLite into reading every single item for
        # "rrule IS NULL" (migration 0003). The migrations make the schema, on every database
        # (PostgreSQL's partial condition is there); naming `postgresql_where` here too would
        # load SQLAlchemy's PostgreSQL dialect at every start, for nothing (30 ms).
        Index("ix_items_series", "rrule", sqlite_where=SERIES),
        Index("ix_items_single_duration_minutes", "duration_minutes", sqlite_where=SINGLE),
        Index("ix_items_single_days", "days", sqlite_where=SINGLE),
    )  # fmt: skip


class ItemChannel(Base):
    """An item on a channel, with that channel's own text when it differs from the body."""

    __tablename__ = "item_channels"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    variant: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[Channel] = relationship(lazy="joined")


class ItemAudience(Base):
    __tablename__ = "item_audiences"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    audience_id: Mapped[int] = mapped_column(
        ForeignKey("audiences.id", ondelete="CASCADE"), primary_key=True
    )
    audience: Mapped[Audience] = relationship(lazy="joined")


class ItemTag(Base):
    __tablename__ = "item_tags"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(80), primary_key=True)


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ItemExdate(Base):
    """An occurrence removed from a series (iCalendar EXDATE), keyed by its original start."""

    __tablename__ = "item_exdates"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(20), primary_key=True)


class ItemOverride(Base):
    """One occurrence that differs from its series (iCalendar RECURRENCE-ID), keyed by its
    original start: moved elsewhere, or with its own title, text, status or channels.

    Its start is always set (its own slot when only its content differs); a null title, body or
    status, and no channels, mean "as the series".
    """

    __tablename__ = "item_overrides"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    start_utc: Mapped[datetime | None]
    start_date: Mapped[date | None]
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(20))
    channels: Mapped[list[OverrideChannel]] = relationship(
        cascade="all, delete-orphan", order_by="OverrideChannel.position"
    )


class OverrideChannel(Base):
    """A channel of one occurrence that has its own channels, with its own text there."""

    __tablename__ = "override_channels"
    item_id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    variant: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        ForeignKeyConstraint(
            ["item_id", "key"],
            ["item_overrides.item_id", "item_overrides.key"],
            ondelete="CASCADE",
        ),
    )


class HistoryEntry(Base):
    """Append-only: who changed which field of what, when, from what to what.

    The subject is an item (by uid), a setting (by key) or a list entry such as a channel (by
    id); a key rather than a foreign key, so the history outlives what it describes. Entries
    written by one user action share its `operation` number.
    """

    __tablename__ = "history"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(20), default="item", server_default="item")
    subject_key: Mapped[str] = mapped_column(String(64), index=True)
    operation: Mapped[int | None] = mapped_column(Integer, index=True)
    at: Mapped[datetime]
    who: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str | None] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class UndoEntry(Base):
    """One undoable operation: the records it touched, each as it was before and after.

    Kept in the store so that the window and the command line share one undo stack.
    `records_json` is a JSON list of {"kind", "key", "before", "after"} (see core.records).
    """

    __tablename__ = "undo_stack"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]
    who: Mapped[str] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(10), default="done")  # done | undone
    operation: Mapped[int | None] = mapped_column(Integer)
    records_json: Mapped[str] = mapped_column(Text)


__all__ = [
    "Attachment",
    "Audience",
    "Base",
    "Campaign",
    "Channel",
    "HistoryEntry",
    "Item",
    "ItemAudience",
    "ItemChannel",
    "ItemExdate",
    "ItemOverride",
    "ItemTag",
    "Objective",
    "OverrideChannel",
    "Person",
    "Setting",
    "UndoEntry",
]
