"""Shared fixtures: the real corpus files, the bundled data, and a temporary database path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
GTC_DATA = DATA / "gtc2025"
SHARED = Path(os.environ.get("PLANNER_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus, read in place (never copied into the repo)."""
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def schedules(corpus: Path) -> Path:
    """The corpus's conference schedules (frab XML and JSON, pretalx, Pentabarf)."""
    return corpus / "schedules"


@pytest.fixture(scope="session")
def gtc_data() -> Path:
    return GTC_DATA


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh SQLite file in a temporary folder."""
    return tmp_path / "planner.sqlite3"
