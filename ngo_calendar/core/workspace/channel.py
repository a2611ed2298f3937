"""The workspace's channels (Facebook, the newsletter, the website...): reading them, finding
one by name, creating, changing, renaming, deleting and ordering them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ngo_calendar.store import Database, columns

from ..model import checks
from ..model.domain import DEFAULT_CHAR_LIMITS, ChannelKind, InputError, NotFoundError, parse_enum
from ..model.file_names import channel_file_name
from ..model.reasons import reason
from ..write import hooks
from ..write.changes import Changes
from ..write.reading import plain_reading
from .lists import clean_name, delete_entry, refuse_taken, reorder, write

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ChannelInfo:
    id: int
    kind: str
    name: str
    colour: str
    char_limit: int | None
    weekly_target: int
    file_name: str  # its file's name part (`plan-facebook.ics`): given once, kept on a rename


def channels(db: Database) -> list[ChannelInfo]:
    with plain_reading(db) as s:
        c = columns.Channel
        rows = s.execute(
            select(
                c.id, c.kind, c.name, c.colour, c.char_limit, c.weekly_target, c.file_name
            ).order_by(c.position, c.id)
        )
        return [ChannelInfo(*row) for row in rows]


def find_channel(db: Database, name: str, field: str = "channel") -> ChannelInfo:
    """The channel of that name, regardless of case; refused with the known names."""
    name = checks.one_line(name, field, checks.CHANNEL_NAME_MAX)
    found = channels(db)
    for channel in found:
        if channel.name.casefold() == name.casefold():
            return channel
    known = ", ".join(c.name for c in found) or reason("list.none_yet")
    raise InputError(field, name, reason("channel.unknown", known=known))


def check_colour(colour: str) -> str:
    return checks.colour(colour)


def check_char_limit(char_limit: int | None) -> int | None:
    """A channel's character limit: None for no limit, else 1 to a million."""
    if char_limit is None:
        return None
    return checks.whole_number(char_limit, "char_limit", 1, checks.MAX_CHAR_LIMIT, "characters")


def check_weekly_target(weekly_target: int) -> int:
    return checks.whole_number(
        weekly_target, "weekly_target", 0, checks.MAX_WEEKLY_TARGET, "posts a week"
    )


def save_channel(
    db: Database,
    name: str,
    kind: str,
    colour: str = "#607d8b",
    char_limit: int | None = -1,
    weekly_target: int = 0,
    channel_id: int | None = None,
    who: str | None = None,
) -> Changes:
    """Create a channel, or update the one with `channel_id`. A limit of -1 means the
    platform's own (see DEFAULT_CHAR_LIMITS), None no limit. A new channel gets its file's
    name (core/model/file_names.py); a change, even of the name, keeps it."""
    name = checks.one_line(name, "name", checks.CHANNEL_NAME_MAX)
    channel_kind = parse_enum(ChannelKind, "kind", checks.one_line(kind, "kind", 20))
    limit = DEFAULT_CHAR_LIMITS[channel_kind] if char_limit == -1 else check_char_limit(char_limit)
    check_weekly_target(weekly_target)
    colour = check_colour(colour)
    if channel_id is not None:
        checks.whole_number(channel_id, "channel id", 1, checks.MAX_ID)
    from ngo_calendar.store.models import Channel

    with write(db, "channel", who) as uow:
        s = uow.session
        refuse_taken(s, Channel, "channel", name, channel_id)
        row = s.get(Channel, channel_id) if channel_id else None
        if channel_id is not None and row is None:
            raise InputError("channel id", channel_id, reason("channel.unknown_id"))
        if row is None:
            position = s.scalar(select(func.count()).select_from(Channel)) or 0
            row = Channel(position=position, file_name=new_file_name(s, name))
            s.add(row)
        row.name, row.kind, row.colour = name, channel_kind.value, colour
        row.char_limit, row.weekly_target = limit, weekly_target
    return uow.changes


def new_file_name(session: Session, name: str) -> str:
    """The file name part a channel called `name`, created in this session's transaction,
    gets: none of the other channels', stored or about to be (core/model/file_names.py)."""
    from ngo_calendar.store.models import Channel

    with session.no_autoflush:  # a new channel added already (and not named yet) waits
        stored = session.scalars(select(Channel.file_name)).all()
    pending = [row.file_name for row in session.new if isinstance(row, Channel)]
    return channel_file_name(name, [*stored, *(f for f in pending if f)])


def rename_channel(db: Database, channel_id: int, name: str, who: str | None = None) -> Changes:
    from ngo_calendar.store.models import Channel

    name = clean_name(name, "channel")
    with write(db, "rename channel", who) as uow:
        row = uow.session.get(Channel, channel_id)
        if row is None:
            raise NotFoundError(reason("found.channel", id=channel_id))
        refuse_taken(uow.session, Channel, "channel", name, row.id)
        hooks.entries_renamed(uow.session, "channel", {row.name: name})
        row.name = name
    return uow.changes


def delete_channel(
    db: Database, channel_id: int, force: bool = False, who: str | None = None
) -> Changes:
    """Delete a channel. Refused while items use it, unless `force`: then those items lose the
    channel (and their text for it, which their history keeps) but stay in the calendar."""
    from ngo_calendar.store.models import Channel

    with write(db, "delete channel", who) as uow:
        row = uow.session.get(Channel, channel_id)
        if row is None:
            raise NotFoundError(reason("found.channel", id=channel_id))
        delete_entry(uow.session, row, force=force)
    return uow.changes


def reorder_channels(db: Database, channel_ids: Sequence[int], who: str | None = None) -> Changes:
    """Put the channels in this order; the ids must be exactly the workspace's channels."""
    from ngo_calendar.store.models import Channel

    with write(db, "reorder channels", who) as uow:
        reorder(uow.session, Channel, list(channel_ids), "id", "channels", "channel")
    return uow.changes
