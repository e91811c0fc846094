"""Where the planner keeps its files: the user's data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "conference-planner"
DB_FILE = "planner.sqlite3"


def default_db_path() -> Path:
    """$PLANNER_DB, else planner.sqlite3 in the platform's user data folder."""
    override = os.environ.get("PLANNER_DB")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILE
