"""What an operation changed, keyed by what lasts: the window, the undo stack and publication
refresh from it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# What a change set flags, for the panels that read each: dated items (the calendar), undated
# ones (the ideas), the review queue, crisis mode (crises, held items), the published folder
# (any change), the workspace's lists, its settings.
AREAS = ("items", "ideas", "review", "crisis", "publication", "lists", "settings")


@dataclass(frozen=True)
class Changes:
    """Returned by every write.

    Items are named by uid (they become iCalendar UIDs; an id can pass to another item after a
    deletion, a uid never). `workspace` names the kinds of workspace data touched: "settings",
    "channels", "campaigns", "people", "objectives", "audiences" (core.records.PLURAL). `ids`
    gives the current id of each created or updated item, for the command line, which shows
    ids. `operation` is the operation's number in the history.
    """

    label: str = ""
    created: frozenset[str] = field(default_factory=frozenset)
    updated: frozenset[str] = field(default_factory=frozenset)
    deleted: frozenset[str] = field(default_factory=frozenset)
    workspace: frozenset[str] = field(default_factory=frozenset)
    ids: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False)
    # The operation's number in the history (None: nothing was recorded). The window keeps the
    # numbers of its own operations, so that its store watch knows its own commits.
    operation: int | None = field(default=None, compare=False)
    # The areas the operation touched (AREAS), so that each panel decides what to read again;
    # None: not known (a change set made by hand), read as every area.
    areas: frozenset[str] | None = field(default=None, compare=False)

    def touches(self, area: str) -> bool:
        """Whether `area` (one of AREAS) may have changed."""
        return self.areas is None or area in self.areas

    @property
    def items(self) -> frozenset[str]:
        return self.created | self.updated | self.deleted

    def __bool__(self) -> bool:
        return bool(self.items) or bool(self.workspace)

    @property
    def new_id(self) -> int:
        """The id of the one item this operation created."""
        if len(self.created) != 1:
            raise ValueError(f"{len(self.created)} items were created, not one")
        return self.ids[next(iter(self.created))]

    @property
    def created_ids(self) -> frozenset[int]:
        return frozenset(self.ids[uid] for uid in self.created)

    @property
    def updated_ids(self) -> frozenset[int]:
        return frozenset(self.ids[uid] for uid in self.updated)
