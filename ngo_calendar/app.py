"""Composition root: where the workspace lives, opening it, then the window or the command line."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from ngo_calendar.core import workspace
from ngo_calendar.store import Database

APP_NAME = "ngo-calendar"
ENV_DATA_DIR = "NGO_CALENDAR_DATA_DIR"


def data_dir(explicit: str | None = None) -> Path:
    """--data-dir, else NGO_CALENDAR_DATA_DIR, else the user data folder of this system."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def open_workspace(folder: Path) -> Database:
    """Open (creating or migrating as needed) the workspace database in `folder`."""
    db = Database.open_folder(folder)
    if db.last_backup is not None:
        logging.getLogger(__name__).info("backup before migration: %s", db.last_backup)
    workspace.ensure_seeded(db)
    return db
