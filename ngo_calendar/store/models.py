"""The ORM classes of a workspace, mapped onto the tables of `tables` (one schema, described
once). Writes go through these (the unit of work tracks their objects); reads that need no
object use the tables' columns (`columns`) and never import the ORM."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from . import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


# The annotations below are for type checkers and readers: the columns, their types and
# defaults come from the tables.


class Setting(Base):
    """Workspace settings as key/value pairs (association name, time zone, language, ...)."""

    __table__ = tables.settings
    key: Mapped[str]
    value: Mapped[str]


class Channel(Base):
    __table__ = tables.channels
    id: Mapped[int]
    kind: Mapped[str]
    name: Mapped[str]
    colour: Mapped[str]
    char_limit: Mapped[int | None]
    weekly_target: Mapped[int]
    position: Mapped[int]
    file_name: Mapped[str]


class Objective(Base):
    __table__ = tables.objectives
    id: Mapped[int]
    name: Mapped[str]
    position: Mapped[int]


class Audience(Base):
    __table__ = tables.audiences
    id: Mapped[int]
    name: Mapped[str]
    position: Mapped[int]


class Campaign(Base):
    __table__ = tables.campaigns
    id: Mapped[int]
    name: Mapped[str]
    colour: Mapped[str]
    objective_id: Mapped[int | None]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]


class Person(Base):
    """Someone who edits or reviews; for attribution only (there is no login)."""

    __table__ = tables.people
    id: Mapped[int]
    name: Mapped[str]
    role: Mapped[str]


class Crisis(Base):
    """A crisis declared in crisis mode, with its record of what it moved (see `tables`)."""

    __table__ = tables.crises
    id: Mapped[int]
    name: Mapped[str]
    starts_at: Mapped[datetime]
    expected_end: Mapped[datetime | None]
    channels: Mapped[str]
    horizon_days: Mapped[int]
    declared_by: Mapped[str]
    declared_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    ended_by: Mapped[str | None]
    moves: Mapped[str]


class ReviewSheet(Base):
    """A review sheet as it was made: what it held, whom it offered (see `tables`)."""

    __table__ = tables.review_sheets
    id: Mapped[str]
    made_at: Mapped[datetime]
    made_by: Mapped[str]
    entries: Mapped[str]
    reviewers: Mapped[str]


class Item(Base):
    """A post, an event or a milestone. `uid` becomes the iCalendar UID, `revision` SEQUENCE."""

    __table__ = tables.items
    id: Mapped[int]
    uid: Mapped[str]
    revision: Mapped[int]
    kind: Mapped[str]
    title: Mapped[str]
    body: Mapped[str]
    status: Mapped[str]
    # Exactly one of start_utc (timed) and start_date (all-day) is set, or neither (backlog).
    start_utc: Mapped[datetime | None]
    start_date: Mapped[date | None]
    duration_minutes: Mapped[int | None]
    days: Mapped[int]
    campaign_id: Mapped[int | None]
    objective_id: Mapped[int | None]
    notes: Mapped[str]
    sensitivity: Mapped[str]
    rrule: Mapped[str | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    source_sequence: Mapped[int | None]

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
    comments: Mapped[list[ItemComment]] = relationship(
        cascade="all, delete-orphan", order_by="ItemComment.id"
    )


class ItemChannel(Base):
    """An item on a channel, with that channel's own text when it differs from the body."""

    __table__ = tables.item_channels
    item_id: Mapped[int]
    channel_id: Mapped[int]
    position: Mapped[int]
    variant: Mapped[str | None]
    channel: Mapped[Channel] = relationship(lazy="joined")


class ItemAudience(Base):
    __table__ = tables.item_audiences
    item_id: Mapped[int]
    audience_id: Mapped[int]
    audience: Mapped[Audience] = relationship(lazy="joined")


class ItemTag(Base):
    __table__ = tables.item_tags
    item_id: Mapped[int]
    tag: Mapped[str]


class Attachment(Base):
    __table__ = tables.attachments
    id: Mapped[int]
    item_id: Mapped[int]
    path: Mapped[str]
    position: Mapped[int]


class ItemExdate(Base):
    """An occurrence removed from a series (iCalendar EXDATE), keyed by its original start."""

    __table__ = tables.item_exdates
    item_id: Mapped[int]
    key: Mapped[str]


class ItemComment(Base):
    """A remark in an item's review thread: a comment, requested changes, a decision."""

    __table__ = tables.item_comments
    id: Mapped[int]
    item_id: Mapped[int]
    occurrence: Mapped[str | None]
    at: Mapped[datetime]
    who: Mapped[str]
    kind: Mapped[str]
    text: Mapped[str]


class ItemOverride(Base):
    """One occurrence that differs from its series (iCalendar RECURRENCE-ID): see tables."""

    __table__ = tables.item_overrides
    item_id: Mapped[int]
    key: Mapped[str]
    start_utc: Mapped[datetime | None]
    start_date: Mapped[date | None]
    duration_minutes: Mapped[int | None]
    title: Mapped[str | None]
    body: Mapped[str | None]
    status: Mapped[str | None]
    channels: Mapped[list[OverrideChannel]] = relationship(
        cascade="all, delete-orphan", order_by="OverrideChannel.position"
    )


class OverrideChannel(Base):
    """A channel of one occurrence that has its own channels, with its own text there."""

    __table__ = tables.override_channels
    item_id: Mapped[int]
    key: Mapped[str]
    channel_id: Mapped[int]
    position: Mapped[int]
    variant: Mapped[str | None]


class HistoryEntry(Base):
    """Append-only: who changed which field of what, when, from what to what (see tables)."""

    __table__ = tables.history
    id: Mapped[int]
    subject_kind: Mapped[str]
    subject_key: Mapped[str]
    operation: Mapped[int | None]
    at: Mapped[datetime]
    who: Mapped[str]
    action: Mapped[str]
    field: Mapped[str | None]
    old: Mapped[str | None]
    new: Mapped[str | None]


class UndoEntry(Base):
    """One undoable operation: the records it touched, each as it was before and after."""

    __table__ = tables.undo_stack
    id: Mapped[int]
    label: Mapped[str]
    at: Mapped[datetime]
    who: Mapped[str]
    state: Mapped[str]  # done | undone
    operation: Mapped[int | None]
    records_json: Mapped[str]


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
    "ItemComment",
    "ItemExdate",
    "ItemOverride",
    "ItemTag",
    "Objective",
    "OverrideChannel",
    "Person",
    "ReviewSheet",
    "Setting",
    "UndoEntry",
]
