"""What a service changed: views, the undo stack and (later) publication refresh from it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Returned by every write. Ids are item ids; `workspace` covers settings and lists."""

    label: str = ""
    created: frozenset[int] = field(default_factory=frozenset)
    updated: frozenset[int] = field(default_factory=frozenset)
    deleted: frozenset[int] = field(default_factory=frozenset)
    workspace: bool = False

    @property
    def items(self) -> frozenset[int]:
        return self.created | self.updated | self.deleted

    def __bool__(self) -> bool:
        return bool(self.items) or self.workspace
