"""The tables and columns each schema version has, and the refusal of a file that does not have
what its version row says: a table or a column gone (dropped by hand or by another tool), or a
version row set back while the tables are already those of a later version.

Read from sqlite_master and table_info in one query (under a millisecond), before anything
connects that could write: every command would otherwise fail on the first missing table, and
a migration would run again over tables that are already there (and back the file up first, at
every attempt).
"""

from __future__ import annotations

# Each revision's changes to the tables before it: (tables or columns added, columns removed).
# A test checks the result against the stored file of every released schema
# (tests/store/fixtures) and against store/tables.py for the newest.
_CHANGES: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    "0001": (
        {
            "attachments": ("id", "item_id", "path", "position"),
            "audiences": ("id", "name", "position"),
            "campaigns": ("id", "name", "colour", "objective_id", "starts_on", "ends_on"),
            "channels": (
                "id", "kind", "name", "colour", "char_limit", "weekly_target", "position"
            ),
            "history": ("id", "item_uid", "at", "who", "action", "field", "old", "new"),
            "item_audiences": ("item_id", "audience_id"),
            "item_channels": ("item_id", "channel_id", "position", "variant"),
            "item_exdates": ("item_id", "key"),
            "item_overrides": ("item_id", "key", "start_utc", "start_date", "duration_minutes"),
            "item_tags": ("item_id", "tag"),
            "items": (
                "id", "uid", "revision", "kind", "title", "body", "status", "start_utc",
                "start_date", "duration_minutes", "days", "campaign_id", "objective_id",
                "notes", "sensitivity", "rrule", "created_at", "updated_at",
            ),
            "objectives": ("id", "name", "position"),
            "people": ("id", "name", "role"),
            "settings": ("key", "value"),
            "undo_stack": ("id", "label", "at", "who", "state", "before_json", "after_json"),
        },
        {},
    ),
    "0002": (
        {
            "history": ("subject_key", "subject_kind", "operation"),
            "item_overrides": ("title", "body", "status"),
            "override_channels": ("item_id", "key", "channel_id", "position", "variant"),
            "undo_stack": ("operation", "records_json"),
        },
        {"history": ("item_uid",), "undo_stack": ("before_json", "after_json")},
    ),
    "0003": ({}, {}),  # indexes only
    "0004": ({"item_comments": ("id", "item_id", "occurrence", "at", "who", "kind", "text")}, {}),
    "0005": ({}, {}),  # indexes only
    "0006": (
        {
            "crises": (
                "id", "name", "starts_at", "expected_end", "channels", "horizon_days",
                "declared_by", "declared_at", "ended_at", "ended_by", "moves",
            ),
            "items": ("source_sequence",),
        },
        {},
    ),
    "0007": ({"review_sheets": ("id", "made_at", "made_by", "entries", "reviewers")}, {}),
    "0008": ({"channels": ("file_name",)}, {}),
}  # fmt: skip

Shape = dict[str, frozenset[str]]


def _shapes() -> dict[str, Shape]:
    shapes: dict[str, Shape] = {}
    current: dict[str, set[str]] = {}
    for revision, (added, removed) in _CHANGES.items():
        for table, columns in added.items():
            current.setdefault(table, set()).update(columns)
        for table, columns in removed.items():
            current[table].difference_update(columns)
        shapes[revision] = {table: frozenset(columns) for table, columns in current.items()}
    return shapes


# What a workspace stamped with each revision has, table by table.
SHAPES = _shapes()


def missing(found: Shape, revision: str) -> list[str]:
    """What the file lacks that its revision has ("table x", "column x.y"); nothing for a
    revision this version does not describe."""
    wanted = SHAPES.get(revision)
    if wanted is None:
        return []
    gone = []
    for table, columns in sorted(wanted.items()):
        if table not in found:
            gone.append(f"table {table}")
        else:
            gone.extend(f"column {table}.{c}" for c in sorted(columns - found[table]))
    return gone


def later(found: Shape, revision: str) -> str | None:
    """The newest revision whose tables or columns the file already has though its version row
    says `revision` (a version row set back); None when nothing of a later one is there."""
    if revision not in SHAPES:
        return None
    order = list(SHAPES)
    newest = None
    for newer in order[order.index(revision) + 1 :]:
        added = _CHANGES[newer][0]
        if any(table in found and set(cols) & found[table] for table, cols in added.items()):
            newest = newer
    return newest


def wrong(found: Shape, revision: str | None) -> str | None:
    """What is wrong with a file stamped `revision` whose tables are `found` (the words
    inside "is damaged (...)"), or None."""
    if revision is None:
        return None
    ahead = later(found, revision)  # first: what a set-back row lacks is not the news
    if ahead is not None:
        return (
            f"its version row says schema {revision}, but its tables are already those of "
            f"schema {ahead}"
        )
    gone = missing(found, revision)
    if gone:
        return "missing " + ", ".join(gone[:3]) + (", …" if len(gone) > 3 else "")
    return None
