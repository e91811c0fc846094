"""What a pick change costs in SQL: one write transaction of a handful of statements."""

from __future__ import annotations

import threading
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
    """Every statement the planner's engine runs on this thread, BEGIN and COMMIT included.

    Counted with SQLAlchemy's events rather than SQLite's trace callback, which reports the
    statements a trigger runs as the statement that fired it, once more each.
    """

    def __init__(self, planner: Planner) -> None:
        self.seen: list[str] = []
        engine = planner._db.engine
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", lambda _conn: self._record("COMMIT"))
        event.listen(engine, "rollback", lambda _conn: self._record("ROLLBACK"))

    def _statement(self, _conn, _cursor, sql, *_args) -> None:  # type: ignore[no-untyped-def]
        self._record(sql)

    def _record(self, sql: str) -> None:
        # The backup's thread reads the picks after each change: its statements are not the
        # change's.
        if threading.current_thread() is threading.main_thread():
            self.seen.append(sql)


def test_a_star_and_an_unstar_are_a_handful_of_statements_in_one_write_transaction(planner):
    planner.flush_backups()
    counted = Statements(planner)
    # A star: BEGIN, one SELECT of the pick with its session, one upsert, COMMIT. An unstar
    # records the removal too (for the backup: services/lifecycle.py), one statement more.
    for kind, count in ((PickChange.ADDED, 4), (PickChange.REMOVED, 5)):
        counted.seen.clear()
        result = planner.edit_picks([KEYNOTE], pick_edits.toggling)
        assert result.changes.kinds == {kind}
        seen = counted.seen
        assert seen[0] == "BEGIN IMMEDIATE" and seen[-1] == "COMMIT", seen
        assert len(seen) == count, seen
        assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]
        planner.flush_backups()


def test_undoing_a_priority_change_is_one_write_transaction_too(planner):
    planner.bookmark([KEYNOTE])
    result = planner.edit_picks([KEYNOTE], pick_edits.bookmarking(priority=5))
    planner.flush_backups()
    counted = Statements(planner)
    planner.restore(result.before)
    assert [s for s in counted.seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE"]
    assert len(counted.seen) == 4, counted.seen


def test_a_change_made_elsewhere_is_noticed_with_the_next_change(planner, db_path):
    state = planner.agenda_state("gtc2025")
    with Planner(db_path) as terminal:  # the command line, writing at the same time
        terminal.bookmark(["S72643"])
    changes = planner.edit_picks([KEYNOTE], pick_edits.toggling).changes
    assert state.updated(changes) is None  # stale: the window reads the agenda afresh
    fresh = planner.agenda_state("gtc2025")
    assert set(fresh.picks) == {KEYNOTE, "gtc2025/S72643"}
    again = planner.edit_picks(["S74181"], pick_edits.bookmarking(), resolve=True).changes
    folded = fresh.updated(again)
    assert folded is not None and set(folded.picks) == set(planner.picks())


def test_reading_picks_with_their_sessions_looks_other_runs_up_by_series(planner):
    # Not by walking the conference in time order for every key: at 100,000 sessions that made
    # a bookmark of 10,000 codes take twenty minutes.
    import sqlite3

    from planner.storage import agenda_repo

    with sqlite3.connect(planner.db_path) as raw:
        query = (f"WITH w(key) AS (VALUES ('gtc2025/S72484')) SELECT w.key AS wanted, "
                 f"{agenda_repo._COLUMNS} FROM w LEFT JOIN session s ON s.key = w.key "
                 f"{agenda_repo._JOINS}")  # fmt: skip
        plan = " | ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + query))
    assert "SEARCH o USING INDEX ix_session_series" in plan, plan
    assert "ix_session_conference_start" not in plan, plan


def test_codes_are_found_in_any_case_through_their_index(planner):
    import sqlite3

    from planner.storage import catalog_repo

    with planner._db.reading() as orm:
        assert catalog_repo.find_by_code(orm, "s72484") == [KEYNOTE]
        assert catalog_repo.find_by_code(orm, "S72484", "gtc2025") == [KEYNOTE]
        assert catalog_repo.keys_by_code(orm, ["s72484", "S74495"], "gtc2025") == {
            "s72484": [KEYNOTE], "S74495": ["gtc2025/S74495"],
        }  # fmt: skip
    with sqlite3.connect(planner.db_path) as raw:
        for query, params in (
            ("SELECT key FROM session INDEXED BY ix_session_code_folded "
             "WHERE lower(code) = lower(?) AND conference_id = ?", ("s1", "gtc2025")),
            ("SELECT key FROM session INDEXED BY ix_session_code_folded "
             "WHERE lower(code) IN (SELECT lower(value) FROM json_each(?))", ('["s1"]',)),
        ):  # fmt: skip
            plan = " | ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + query, params))
            assert "SEARCH session USING INDEX ix_session_code_folded" in plan, plan


def test_a_brief_change_names_its_sessions_and_changes_the_same_picks(planner):
    edit = pick_edits.bookmarking(priority=4)
    brief = planner.edit_picks(["s72484", "S74495"], edit, resolve=True, brief=True)
    assert brief.keys == (KEYNOTE, "gtc2025/S74495")
    view = brief.changes.views[KEYNOTE]
    title = planner.session(KEYNOTE).session.title
    assert (view.session.code, view.session.title) == ("S72484", title)
    assert view.pick is not None and view.pick.priority == 4
    assert set(planner.picks()) == {KEYNOTE, "gtc2025/S74495"}


def test_a_pick_made_again_is_no_longer_recorded_as_removed(planner):
    from planner.storage import picks_repo

    planner.bookmark(["S72484"])
    planner.unbookmark(["S72484"])
    with planner._db.reading() as orm:
        assert KEYNOTE in picks_repo.removed_keys(orm)
    planner.bookmark(["S72484", "S74495"])  # many at once: one statement for them all
    with planner._db.reading() as orm:
        assert KEYNOTE not in picks_repo.removed_keys(orm)
