"""One item's row inside an operation: found by id (or refused), given a start."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ngo_calendar.store.models import Item

from ..model import checks
from ..model.domain import AllDay, NotFoundError, Start, Timed
from ..model.reasons import reason
from ..model.timing import local_to_utc


def set_start(item: Item, start: Start, tz: ZoneInfo) -> None:
    """Put a start on an item, refusing one outside the workspace's calendar."""
    if isinstance(start, Timed):
        checks.calendar_date(start.local, "start")
        item.start_utc = local_to_utc(start.local, tz)
        item.start_date = None
    elif isinstance(start, AllDay):
        item.start_utc, item.start_date = None, checks.calendar_date(start.day, "start")
    else:
        item.start_utc = item.start_date = None


def get(session: Session, item_id: int) -> Item:
    """The item as it is in the store now, inside the operation's transaction."""
    if not isinstance(item_id, int) or not 1 <= item_id <= checks.MAX_ID:
        raise NotFoundError(reason("found.item", id=item_id))
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError(reason("found.item", id=item_id))
    return item
