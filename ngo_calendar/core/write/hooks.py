"""Where features plug their rules into the one write path, without the write path knowing
them.

- Before commit (`register_item_policy`): a policy sees each item an operation is about to
  record as changed, its record before and after, on the operation's own connection, and may
  add changes of its own (fields set on that item, in the same transaction, history and undo
  step). Review registers "an approved item whose text or date changed goes back to review".
  Policies run for user operations, never for undo and redo (they put back what was).
- A list entry renamed or deleted (`register_rename_policy`): a feature that names channels
  or campaigns by name in its settings follows the new name in the same operation (review's
  rules do).
- After commit (`AFTER_COMMIT`): what runs after every committed operation, whichever program
  made it; app.py (the composition root) puts the published folder's refresh here. A failure
  there never fails the saved write.

A policy is registered by the name of its module and function and imported at the first
operation that needs it, so that registering loads nothing (the window's start stays without
the ORM and without the features' modules).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

AFTER_COMMIT: list[Callable[[Any, Any], None]] = []

ItemPolicy = Callable[[Any, dict[str, Any], dict[str, Any]], dict[str, Any]]
"""(connection, record before, record after) -> the fields to set on the item ({}: none)."""

RenamePolicy = Callable[[Any, str, dict[str, str | None]], None]
"""(session, kind of entry, {old name: new name, or None when deleted}) -> None."""

_ITEM_POLICIES: dict[str, str | ItemPolicy] = {}
_RENAME_POLICIES: dict[str, str | RenamePolicy] = {}


def _load(policy: Any) -> Any:
    if isinstance(policy, str):
        module, _, attr = policy.partition(":")
        return getattr(importlib.import_module(module), attr)
    return policy


def register_item_policy(name: str, policy: str | ItemPolicy) -> None:
    """Register (or replace) the policy called `name`: a function, or "module:function"."""
    _ITEM_POLICIES[name] = policy


def unregister_item_policy(name: str) -> None:
    _ITEM_POLICIES.pop(name, None)


def item_policies() -> list[ItemPolicy]:
    """The registered policies, in registration order, imported where given by name."""
    found = []
    for name, policy in list(_ITEM_POLICIES.items()):
        _ITEM_POLICIES[name] = loaded = _load(policy)
        found.append(loaded)
    return found


def amend_item(conn: Any, before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The fields every policy sets on one changed item, later policies seeing the earlier."""
    extra: dict[str, Any] = {}
    for policy in item_policies():
        more = policy(conn, before, {**after, **extra})
        extra.update(more)
    return extra


def register_rename_policy(name: str, policy: str | RenamePolicy) -> None:
    """Register (or replace) what follows renamed or deleted list entries."""
    _RENAME_POLICIES[name] = policy


def unregister_rename_policy(name: str) -> None:
    _RENAME_POLICIES.pop(name, None)


def entries_renamed(session: Any, kind: str, renamed: dict[str, str | None]) -> None:
    """Channels or campaigns (`kind`) renamed or deleted inside an operation: every registered
    policy follows them, in the same operation (one undo puts everything back)."""
    for name, policy in list(_RENAME_POLICIES.items()):
        _RENAME_POLICIES[name] = loaded = _load(policy)
        loaded(session, kind, renamed)
