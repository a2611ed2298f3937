"""What the person asked to see: the filter of every view and of `item list`, applied in SQL
where it can be, and to each date of a series (its own status, channels and texts) where not.
Search ignores case and accents.

Items held in a crisis have no date until it ends: they are left out unless the statuses asked
for name `held` (the window lists them apart; `item list --status held` shows them)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ngo_calendar.store.columns import (
    Audience,
    Campaign,
    Channel,
    Item,
    ItemAudience,
    ItemChannel,
    Objective,
)

from .rows import ItemRow, ItemSelect

HELD = "held"
EVERY_STATUS = ("idea", "draft", "in_review", "approved", "published", "cancelled", HELD)

if TYPE_CHECKING:
    from .query import Occurrence


@dataclass(frozen=True)
class Filter:
    """What to show. Empty fields do not filter; lists match any of their values."""

    text: str = ""
    channels: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(
            self.text.strip()
            or self.channels
            or self.campaigns
            or self.statuses
            or self.objectives
            or self.audiences
        )


def filtered(query: ItemSelect, flt: Filter, per_date: bool = False) -> ItemSelect:
    """The filter in SQL; with `per_date` (series, whose dates can have their own status and
    channels) status and channels are left to date_matches."""
    if flt.statuses and not per_date:
        query = query.where(Item.status.in_(flt.statuses))
    elif not flt.statuses and not per_date:
        query = query.where(Item.status != HELD)
    if flt.campaigns:
        query = query.where(
            Item.campaign_id.in_(select(Campaign.id).where(Campaign.name.in_(flt.campaigns)))
        )
    if flt.objectives:
        query = query.where(
            Item.objective_id.in_(select(Objective.id).where(Objective.name.in_(flt.objectives)))
        )
    if flt.channels and not per_date:
        named = select(Channel.id).where(Channel.name.in_(flt.channels))
        on_channel = select(ItemChannel.item_id).where(ItemChannel.channel_id.in_(named))
        query = query.where(Item.id.in_(on_channel))
    if flt.audiences:
        named = select(Audience.id).where(Audience.name.in_(flt.audiences))
        for_audience = select(ItemAudience.item_id).where(ItemAudience.audience_id.in_(named))
        query = query.where(Item.id.in_(for_audience))
    return query


def folded(text: str) -> str:
    """Text as search compares it: without case or accents, so « benevoles », « Bénévoles »
    and « BÉNÉVOLES » find the same items (SQLite's LIKE ignores case for ASCII only)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("œ", "oe").replace("æ", "ae")


def text_matches(item: ItemRow, text: str) -> bool:
    needle = folded(text.strip())
    if not needle:
        return True
    haystack = " ".join(
        [item.title, item.body, item.notes]
        + item.tags
        + [variant or "" for _channel, variant in item.channels]
    )
    return needle in folded(haystack)


def date_matches(occ: Occurrence, flt: Filter, notes: str) -> bool:
    """One date of a series against the filter: its own status, channels and texts."""
    if flt.statuses and occ.status not in flt.statuses:
        return False
    if not flt.statuses and occ.status == HELD:
        return False
    if flt.channels and not set(flt.channels) & set(occ.channels):
        return False
    needle = folded(flt.text.strip())
    if not needle:
        return True
    haystack = " ".join([occ.title, occ.body, notes, *occ.tags, *occ.variants.values()])
    return needle in folded(haystack)
