"""Files dropped on the window: which local files, and whether one is an agenda or a schedule.

A shared agenda is recognised by its content, not its name: the first line that is neither
blank nor a comment reads ``format: conference-planner-agenda``. Anything else dropped is
taken for a schedule and goes to the import, whose readers sniff it in turn.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from planner.services.agenda_share import FORMAT_NAME
from planner.services.lifecycle import is_database_file

SNIFF_BYTES = 4096
_AGENDA_LINE = f"format: {FORMAT_NAME}"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files among the dropped URLs (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    paths = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [path for path in paths if path.is_file()]


def first_content_line(head: str) -> str:
    """The first line that is not blank, a comment or a YAML document marker."""
    for line in head.lstrip("\ufeff").splitlines():
        text = line.strip()
        if text and not text.startswith("#") and text != "---":
            return text
    return ""


def is_agenda_file(path: Path) -> bool:
    """Whether ``path`` holds a shared agenda (False when it cannot be read: import says why)."""
    if is_database_file(path):
        return False  # never opened here (services/lifecycle.py); the import refuses it
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    line = first_content_line(head)
    return line.replace('"', "").replace("'", "") == _AGENDA_LINE
