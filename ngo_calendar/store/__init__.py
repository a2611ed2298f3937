"""Persistence: SQLAlchemy models, the database and its migrations. Never imports Qt."""

from .database import Database, WorkspaceBusy
from .opening import WorkspaceUnusable

__all__ = ["Database", "WorkspaceBusy", "WorkspaceUnusable"]
