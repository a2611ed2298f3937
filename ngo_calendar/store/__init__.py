"""Persistence: SQLAlchemy models, the database and its migrations. Never imports Qt."""

from .database import Database

__all__ = ["Database"]
