"""Items read as plain rows for the calendar views: columns and a few grouped selects, no ORM
objects. Building thousands of ORM objects per screen made paging a month visibly slow."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, select

from ngo_calendar.store.columns import (
    Item,
    ItemAudience,
    ItemChannel,
    ItemExdate,
    ItemOverride,
    ItemTag,
    OverrideChannel,
)

from ..model.recurrence import Override

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COLUMNS = (
    Item.id,
    Item.uid,
    Item.revision,
    Item.title,
    Item.body,
    Item.kind,
    Item.status,
    Item.sensitivity,
    Item.start_utc,
    Item.start_date,
    Item.duration_minutes,
    Item.days,
    Item.campaign_id,
    Item.objective_id,
    Item.notes,
    Item.rrule,
)
# A query of those columns: SQLAlchemy types the rows of a select of that many columns as Any.
ItemSelect = Select[*tuple[Any, ...]]
# SQLite accepts tens of thousands of parameters, other databases fewer: stay well below.
CHUNK = 500


@dataclass
class ItemRow:
    id: int
    uid: str
    revision: int
    title: str
    body: str
    kind: str
    status: str
    sensitivity: str
    start_utc: datetime | None
    start_date: date | None
    duration_minutes: int | None
    days: int
    campaign_id: int | None
    objective_id: int | None
    notes: str
    rrule: str | None
    channels: list[tuple[int, str | None]] = field(default_factory=list)  # (channel id, variant)
    audiences: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    exdates: list[str] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)


def item_select() -> ItemSelect:
    """The columns of ItemRow; add `where` clauses (filters.filtered works on it) and load."""
    return select(*COLUMNS)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def load(
    session: Session,
    query: ItemSelect,
    checkpoint: Callable[[], None] | None = None,
    links: bool = True,
) -> list[ItemRow]:
    """The items `query` selects, with their links; `checkpoint` is called between chunks.
    Without `links`, a series' exceptions and moved dates only (attach_links adds the rest)."""
    # On the session's connection: plain rows, without the ORM's result processing (which took
    # half of a large read and gives nothing to columns read as values).
    connection = session.connection()
    rows = [ItemRow(*values) for values in connection.execute(query)]
    by_id = {row.id: row for row in rows}
    if links:
        attach_links(session, rows, checkpoint)
    recurring = [row.id for row in rows if row.rrule is not None]
    for chunk in _chunks(recurring):
        _attach_series(connection, by_id, chunk)
    return rows


def attach_links(
    session: Session, rows: list[ItemRow], checkpoint: Callable[[], None] | None = None
) -> None:
    """Each row's channels, audiences and tags."""
    connection = session.connection()
    by_id = {row.id: row for row in rows}
    for chunk in _chunks(list(by_id)):
        if checkpoint is not None:
            checkpoint()
        _attach(connection, by_id, chunk)


def _attach(connection: Connection, by_id: dict[int, ItemRow], ids: Iterable[int]) -> None:
    links = select(ItemChannel.item_id, ItemChannel.channel_id, ItemChannel.variant)
    links = links.where(ItemChannel.item_id.in_(ids)).order_by(
        ItemChannel.item_id, ItemChannel.position
    )
    for item_id, channel_id, variant in connection.execute(links):
        by_id[item_id].channels.append((channel_id, variant))
    audiences = select(ItemAudience.item_id, ItemAudience.audience_id).where(
        ItemAudience.item_id.in_(ids)
    )
    for item_id, audience_id in connection.execute(audiences):
        by_id[item_id].audiences.append(audience_id)
    tags = select(ItemTag.item_id, ItemTag.tag).where(ItemTag.item_id.in_(ids))
    for item_id, tag in connection.execute(tags.order_by(ItemTag.item_id, ItemTag.tag)):
        by_id[item_id].tags.append(tag)


def _attach_series(connection: Connection, by_id: dict[int, ItemRow], ids: Iterable[int]) -> None:
    exdates = select(ItemExdate.item_id, ItemExdate.key).where(ItemExdate.item_id.in_(ids))
    for item_id, key in connection.execute(exdates):
        by_id[item_id].exdates.append(key)
    own: dict[tuple[int, str], list[tuple[int, str | None]]] = {}
    links = select(
        OverrideChannel.item_id,
        OverrideChannel.key,
        OverrideChannel.channel_id,
        OverrideChannel.variant,
    ).where(OverrideChannel.item_id.in_(ids))
    for item_id, key, channel_id, variant in connection.execute(
        links.order_by(OverrideChannel.position)
    ):
        own.setdefault((item_id, key), []).append((channel_id, variant))
    overrides = select(
        ItemOverride.item_id,
        ItemOverride.key,
        ItemOverride.start_utc,
        ItemOverride.start_date,
        ItemOverride.duration_minutes,
        ItemOverride.title,
        ItemOverride.body,
        ItemOverride.status,
    ).where(ItemOverride.item_id.in_(ids))
    for item_id, key, start_utc, start_date, duration, title, body, status in connection.execute(
        overrides
    ):
        channels = tuple(own.get((item_id, key), ()))
        by_id[item_id].overrides.append(
            Override(key, start_utc, start_date, duration, title, body, status, channels=channels)
        )
