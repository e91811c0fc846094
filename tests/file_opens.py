"""Which files this process opens through Python (builtins.open, io.open, os.open...).

The audit hook (PEP 578) sees every Python-level open; SQLite's own opens happen in C and are
not seen, which is the point: the tests assert that nothing but SQLite opens the database
file, because closing any other descriptor of it drops the process's SQLite locks (see
planner/services/lifecycle.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_recording: list[list[str]] = []


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _recording and isinstance(args[0], str | bytes | os.PathLike):
        name = os.fsdecode(args[0])  # type: ignore[arg-type]
        for opened in _recording:
            opened.append(name)


sys.addaudithook(_hook)  # for the whole test run; it records only inside `recording`


@contextmanager
def recording() -> Iterator[list[str]]:
    """The names of the files opened through Python while the block runs."""
    opened: list[str] = []
    _recording.append(opened)
    try:
        yield opened
    finally:
        _recording.remove(opened)


def database_opens(opened: list[str], db: Path) -> list[str]:
    """The opens among ``opened`` of the database file or its -wal, -shm or -journal."""
    names = {os.path.realpath(f"{db}{end}") for end in ("", "-wal", "-shm", "-journal")}
    return [name for name in opened if os.path.realpath(name) in names]
