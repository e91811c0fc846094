"""What a pick change costs in SQL: one write transaction of a handful of statements."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from planner.services import pick_edits
from planner.services.changes import PickChange
from planner.services.planner import Planner

KEYNOTE = "gtc2025/S72484"


@pytest.fixture()
def planner(db_path: Path):
    with Planner(db_path) as opened:
        opened.ensure_bundled_catalog()
        opened.defer_backups()
        yield opened


class Statements:
    """Every statement SQLite runs on the planner's connections (BEGIN and COMMIT too)."""

    def __init__(self, planner: Planner) -> None:
        self.seen: list[str] = []
        event.listen(planner._db.engine, "checkout", self._traced)

    def _traced(self, dbapi_connection, *_args) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.set_trace_callback(self.seen.append)


def test_a_star_and_an_unstar_are_four_statements_in_one_write_transaction(planner):
    planner.flush_backups()
    counted = Statements(planner)
    for kind in (PickChange.ADDED, PickChange.REMOVED):
        counted.seen.clear()
        result = planner.edit_picks([KEYNOTE], pick_edits.toggling)
        assert result.changes.kinds == {kind}
        seen = counted.seen
        assert seen[0] == "BEGIN IMMEDIATE" and seen[-1] == "COMMIT", seen
        assert len(seen) == 4, seen
        planner.flush_backups()


def test_undoing_a_priority_change_is_one_write_transaction_too(planner):
    planner.bookmark([KEYNOTE])
    result = planner.edit_picks([KEYNOTE], pick_edits.bookmarking(priority=5))
    planner.flush_backups()
    counted = Statements(planner)
    planner.restore(result.before)
    assert [s for s in counted.seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]
    assert len(counted.seen) == 4, counted.seen
