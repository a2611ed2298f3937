"""The workspace's validation rules, read without the ORM: every command and the window's
start look at them (for silent approval) before anything else is loaded."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from ngo_calendar.store import columns

from ..model.domain import Role
from ..workspace import Database
from ..write.reading import plain_reading

MODES = ("off", "all", "rules")
# Who among the workspace's people may approve or ask for changes (an editor writes, and does
# not decide on what is written): the queue's decisions and a review sheet's alike.
REVIEWING_ROLES = frozenset({Role.REVIEWER.value})


@dataclass(frozen=True)
class ReviewRules:
    """The workspace's validation settings."""

    mode: str = "off"
    channels: tuple[str, ...] = ()  # with mode "rules": items on one of these need review
    campaigns: tuple[str, ...] = ()
    sensitivities: tuple[str, ...] = ()
    silent_after_hours: int | None = None  # approved by itself this long before publication
    reopen_on_change: bool = True  # a changed text or date sends an approved item back

    def needs_review(self, channels: Iterable[str], campaign: str | None, sensitivity: str) -> bool:
        if self.mode == "all":
            return True
        if self.mode == "off":
            return False
        return (
            bool(set(channels) & set(self.channels))
            or (campaign is not None and campaign in self.campaigns)
            or sensitivity in self.sensitivities
        )


KEYS = {
    "mode": "review_mode",
    "channels": "review_channels",
    "campaigns": "review_campaigns",
    "sensitivities": "review_sensitivities",
    "silent_after_hours": "review_silent_after_hours",
    "reopen_on_change": "review_reopen_on_change",
}


def rules(db: Database) -> ReviewRules:
    with plain_reading(db) as s:
        return rules_from(s)


def rules_from(s: Any) -> ReviewRules:
    """The rules as one transaction sees them (a session or a connection)."""
    setting = columns.Setting
    stored = dict(
        s.execute(
            select(setting.key, setting.value).where(setting.key.in_(list(KEYS.values())))
        ).all()
    )
    hours = stored.get(KEYS["silent_after_hours"], "")
    return ReviewRules(
        mode=stored.get(KEYS["mode"], "off"),
        channels=tuple(json.loads(stored.get(KEYS["channels"], "[]"))),
        campaigns=tuple(json.loads(stored.get(KEYS["campaigns"], "[]"))),
        sensitivities=tuple(json.loads(stored.get(KEYS["sensitivities"], "[]"))),
        silent_after_hours=int(hours) if hours else None,
        reopen_on_change=stored.get(KEYS["reopen_on_change"], "1") == "1",
    )


def silent_approval_at(rules: ReviewRules, start: datetime | None) -> datetime | None:
    """When an item waiting for review is approved by itself, if the workspace asks for it."""
    if rules.silent_after_hours is None or start is None:
        return None
    return start - timedelta(hours=rules.silent_after_hours)


@dataclass(frozen=True)
class Remark:
    """One entry of an item's review thread."""

    at: datetime
    who: str
    kind: str  # comment | changes | approval
    occurrence: str | None
    text: str


def thread(db: Database, item_id: int) -> list[Remark]:
    """An item's review thread, oldest first."""
    remark = columns.ItemComment
    with plain_reading(db) as s:
        rows = s.execute(
            select(remark.at, remark.who, remark.kind, remark.occurrence, remark.text)
            .where(remark.item_id == item_id)
            .order_by(remark.id)
        ).all()
    return [Remark(*row) for row in rows]


# What "its text or its date" means for an approved item that is changed (see reopens).
TEXT_FIELDS = ("title", "body", "channels")
DATE_FIELDS = ("start_utc", "start_date", "rrule")


def reopens(conn: Any, before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether a change from record `before` to `after` sends an approved item back to review:
    its text or its date changed, the workspace asks for that, and its rules want a review for
    this item. Read on the operation's own connection (core.unit_of_work applies it)."""
    if before["status"] != "approved" or after["status"] != "approved":
        return False
    if all(before[f] == after[f] for f in TEXT_FIELDS + DATE_FIELDS):
        return False
    current = rules_from(conn)
    if current.mode == "off" or not current.reopen_on_change:
        return False
    channel, campaign = columns.Channel, columns.Campaign
    ids = [channel_id for channel_id, _text in after["channels"]]
    names = conn.scalars(select(channel.name).where(channel.id.in_(ids))).all() if ids else []
    campaign_name = None
    if after["campaign_id"] is not None:
        campaign_name = conn.scalar(
            select(campaign.name).where(campaign.id == after["campaign_id"])
        )
    return current.needs_review(names, campaign_name, after["sensitivity"])


def reopen_policy(conn: Any, before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The write path's policy (core/write/hooks.py, registered by core/__init__.py): an
    approved item whose text or date changed goes back to review, as `reopens` says."""
    return {"status": "in_review"} if reopens(conn, before, after) else {}


def follow_rename(session: Any, kind: str, old: str, new: str | None) -> None:
    """A channel or campaign renamed (`new`) or deleted (None) inside an operation: the rules
    name it by its name, so they follow it, in the same operation (one undo puts both back)."""
    follow_renames(session, kind, {old: new})


def follow_renames(session: Any, kind: str, renamed: dict[str, str | None]) -> None:
    """Several at once (names swapped in the settings dialog move together)."""
    from ..workspace import put_setting

    key = KEYS["channels" if kind == "channel" else "campaigns"]
    value = session.scalar(select(columns.Setting.value).where(columns.Setting.key == key))
    names = json.loads(value or "[]")
    if not set(names) & set(renamed):
        return
    kept = {renamed.get(name, name) for name in names} - {None}
    put_setting(session, key, json.dumps(sorted(kept)))
