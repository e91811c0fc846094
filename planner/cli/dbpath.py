"""Which database file a command opens, refused in one clear line when it cannot be one.

``--db PATH``, else ``$PLANNER_DB``, else the user data folder. A path of nothing but spaces,
a device (/dev/null), a folder, or a file of the system's own (/proc, /sys) cannot hold a
database; SQLite would otherwise answer with "disk I/O error" or, worse, make a file named
"   " in the current folder. A missing folder is created, and the user is told where.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from planner.core.errors import UsageError
from planner.core.system_paths import system_folder
from planner.paths import default_db_path


def chosen_db_path(given: Path | None) -> Path:
    """The database path to open, checked; a folder it needs is made (and said so)."""
    source = "--db" if given is not None else "PLANNER_DB"
    if given is None and not os.environ.get("PLANNER_DB"):
        return default_db_path()  # the user data folder: made by the engine, quietly
    text = str(given) if given is not None else os.environ.get("PLANNER_DB", "")
    if not text.strip():
        raise UsageError(f"{source} is {text!r}, which names no file: give the database file")
    path = Path(text).expanduser()
    _check(path, source)
    _make_folder(path)
    return path


def _check(path: Path, source: str) -> None:
    if system_folder(path) is not None:
        raise UsageError(f"{source} {path}: a file of the system's own, not a database file")
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return  # a new database
    except OSError as exc:
        raise UsageError(f"{source} {path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise UsageError(f"{source} {path}: a folder, not a database file")
    if stat.S_ISFIFO(mode):  # opening it would wait for a writer that never comes
        raise UsageError(
            f"{source} {path}: is a named pipe (FIFO), not a database file; give {source} the "
            "name of a regular file (a new name starts a new database)"
        )
    if not stat.S_ISREG(mode):
        raise UsageError(f"{source} {path}: not a regular file (a device or a socket)")


def _make_folder(path: Path) -> None:
    folder = path.parent
    if folder.exists():
        return
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise UsageError(f"{folder}: cannot create the database's folder ({reason})") from None
    sys.stderr.write(f"planner: created the folder {folder} for the new database {path.name}\n")
