"""Drag and drop between views: what travels is the item id and, for a series, the occurrence."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-ngo-calendar-occurrence"


@dataclass(frozen=True)
class DraggedItem:
    item_id: int
    occurrence_key: str | None  # set when one occurrence of a recurring item is dragged
    from_backlog: bool = False


def to_mime(dragged: DraggedItem) -> QMimeData:
    mime = QMimeData()
    payload = {
        "item_id": dragged.item_id,
        "occurrence_key": dragged.occurrence_key,
        "from_backlog": dragged.from_backlog,
    }
    mime.setData(MIME_TYPE, json.dumps(payload).encode())
    return mime


def from_mime(mime: QMimeData) -> DraggedItem | None:
    if not mime.hasFormat(MIME_TYPE):
        return None
    data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
    return DraggedItem(int(data["item_id"]), data.get("occurrence_key"), bool(data["from_backlog"]))
