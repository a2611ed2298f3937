"""The tables' columns for reads that need no ORM object: `columns.Item.start_utc` is the
column of `models.Item.start_utc`, named the same way.

A select of ORM attributes is compiled by the ORM (and its first use sets up every mapper,
10 ms); one of plain columns is not, and needs no ORM import. The window's start and its pages
read only through these.
"""

from __future__ import annotations

from typing import Any

from . import tables

Setting: Any = tables.settings.c
Channel: Any = tables.channels.c
Objective: Any = tables.objectives.c
Audience: Any = tables.audiences.c
Campaign: Any = tables.campaigns.c
Item: Any = tables.items.c
ItemChannel: Any = tables.item_channels.c
ItemAudience: Any = tables.item_audiences.c
ItemTag: Any = tables.item_tags.c
ItemComment: Any = tables.item_comments.c
ItemExdate: Any = tables.item_exdates.c
ItemOverride: Any = tables.item_overrides.c
OverrideChannel: Any = tables.override_channels.c
Crisis: Any = tables.crises.c
ReviewSheet: Any = tables.review_sheets.c
UndoEntry: Any = tables.undo_stack.c
HistoryEntry: Any = tables.history.c
