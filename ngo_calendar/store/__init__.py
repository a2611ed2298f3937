"""Persistence: SQLAlchemy models, the database and its migrations. Never imports Qt."""

from .database import Database, WorkspaceBusy

__all__ = ["Database", "WorkspaceBusy"]
