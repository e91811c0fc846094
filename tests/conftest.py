"""Shared fixtures: the project's own sample files, the bundled data, and a temporary database.

Two layers of test data. ``tests/fixtures/`` holds small files written for the project, one or
more for every format the planner reads (see its README): every reader, the update path and the
exports are tested on them, so a bare clone passes its suite. The real-world corpus of published
schedules (``../shared/corpus``, or ``$PLANNER_SHARED/corpus``) is an extra layer: a test that
asks for the ``corpus`` fixture is marked ``corpus`` and runs when the corpus is there; when it
is not, those tests are left out with one line in the summary saying where the corpus goes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.generated import generated_schedule

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
GTC_DATA = DATA / "gtc2025"
FIXTURES = REPO / "tests" / "fixtures"
SHARED = Path(os.environ.get("PLANNER_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
LARGE_SESSIONS = 2_000  # as many as a big conference (FOSDEM has 943): imports take a while

_LEFT_OUT = pytest.StashKey[int]()


@pytest.hookimpl(tryfirst=True)  # before -m selects by marker, so `-m corpus` sees the marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the corpus tests; leave them out, counted, when the corpus is not there."""
    uses_corpus = [item for item in items if "corpus" in getattr(item, "fixturenames", ())]
    for item in uses_corpus:
        item.add_marker(pytest.mark.corpus)
    if CORPUS.is_dir() or not uses_corpus:
        return
    left_out = set(uses_corpus)
    config.hook.pytest_deselected(items=uses_corpus)
    items[:] = [item for item in items if item not in left_out]
    config.stash[_LEFT_OUT] = len(uses_corpus)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    left_out = config.stash.get(_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(
            f"{left_out} tests on the real-world corpus were not run: it is not at {CORPUS} "
            "(put the corpus there, or set PLANNER_SHARED to the folder holding corpus/)"
        )


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus, read in place (never copied into the repo)."""
    if not CORPUS.is_dir():  # only when run by hand past the collection hook above
        pytest.skip(f"the real-world corpus is not at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def schedules(corpus: Path) -> Path:
    """The corpus's conference schedules (frab XML and JSON, pretalx, Pentabarf)."""
    return corpus / "schedules"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The project's own sample files (tests/fixtures/, see its README)."""
    return FIXTURES


@pytest.fixture(scope="session")
def large_schedule(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated frab schedule.xml of 2,000 sessions (conference ``bench-2000``)."""
    return generated_schedule(tmp_path_factory.mktemp("large"), LARGE_SESSIONS)


@pytest.fixture(scope="session")
def gtc_data() -> Path:
    return GTC_DATA


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh SQLite file in a temporary folder."""
    return tmp_path / "planner.sqlite3"
