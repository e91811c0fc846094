"""The folders that are the system's own (/dev, /proc, /sys): the planner makes no file there.

No database lives there and no export belongs there: run as root, ``export agenda /dev/full``
would otherwise replace the device with a file. A rule on the path alone (nothing is looked
at), shared by the database path check of the command line and every file an export writes.
"""

from __future__ import annotations

import os
from pathlib import Path

SYSTEM_FOLDERS = (Path("/proc"), Path("/sys"), Path("/dev"))


def system_folder(path: str | Path) -> Path | None:
    """The system folder that ``path`` lies in, or None (always None off POSIX)."""
    if os.name != "posix":
        return None
    absolute = Path(os.path.abspath(path))
    return next((folder for folder in SYSTEM_FOLDERS if absolute.is_relative_to(folder)), None)
