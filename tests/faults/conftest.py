"""Helpers for the fault tests: a prepared database, child processes, and what survived."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from planner.core.model import Pick
from planner.services.planner import Planner

REPO = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    """The environment of a child planner: this interpreter's, run from the repository."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PLANNER_DB", None)
    return env


def spawn(*args: str) -> subprocess.Popen[str]:
    """A child Python process running ``python -m ARGS``, its stdout a text pipe."""
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=REPO,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def integrity(db: Path) -> str:
    """SQLite's own full integrity check of the file, as a fresh connection sees it."""
    with sqlite3.connect(db) as raw:
        return "; ".join(row[0] for row in raw.execute("PRAGMA integrity_check"))


@dataclass
class WriterLog:
    """What a pick_writer child said: the last committed change per key, and the open one."""

    committed: dict[str, Pick | None] = field(default_factory=dict)
    in_flight: str | None = None

    @classmethod
    def parse(cls, text: str) -> WriterLog:
        log = cls()
        complete = text[: text.rfind("\n") + 1]  # a line cut by the kill is no statement
        for line in complete.splitlines():
            log.read(line)
        return log

    def read(self, line: str) -> None:
        mark, _, rest = line.partition(" ")
        if mark == "?":
            self.in_flight = rest
        elif mark == "+":
            key, priority, note = rest.split(" ", 2)
            self.committed[key] = Pick(key, priority=int(priority), note=note)
            self.in_flight = None
        elif mark == "-":
            self.committed[rest] = None
            self.in_flight = None


@pytest.fixture()
def bundled_db(db_path: Path) -> Path:
    """A database holding the bundled catalog and no picks."""
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
    return db_path


def bundled_keys(db: Path) -> list[str]:
    with Planner(db) as planner:
        return [row.key for row in planner.listing()]
