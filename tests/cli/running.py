"""The command line run in this process, as a user's terminal would see it."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``planner --db DB ARGS...``: its exit status, standard output and standard error."""
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err
