"""The one write path: every user action is one unit of work (one transaction, the
before and after of the rows it touched, history per changed field, one undo step, a change
set back to the caller), undo and redo, and the reads that see an operation under way.

Features plug their rules in through `unit_of_work.register_policy` (before commit) and
`hooks` (after commit); they never import into this wing to change it.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = [
    "acting",
    "changes",
    "history",
    "hooks",
    "insert",
    "names",
    "reading",
    "record_apply",
    "records",
    "undo",
    "undo_stack",
    "unit_of_work",
]
