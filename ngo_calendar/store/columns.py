"""The tables' columns for reads that need no ORM object: `columns.Item.start_utc` is the
plain column of `models.Item.start_utc`.

A select of ORM attributes is compiled by the ORM (and its first use sets up every mapper,
10 ms); one of plain columns is not. The window's start and paging read only through these.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table

from . import models


def _columns(model: type) -> Any:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table.c


Setting = _columns(models.Setting)
Channel = _columns(models.Channel)
Objective = _columns(models.Objective)
Audience = _columns(models.Audience)
Campaign = _columns(models.Campaign)
Item = _columns(models.Item)
ItemChannel = _columns(models.ItemChannel)
ItemAudience = _columns(models.ItemAudience)
ItemTag = _columns(models.ItemTag)
ItemExdate = _columns(models.ItemExdate)
ItemOverride = _columns(models.ItemOverride)
OverrideChannel = _columns(models.OverrideChannel)
UndoEntry = _columns(models.UndoEntry)
