"""Migration 0007: a database from before calendar sync gains its record, every pick kept."""

from __future__ import annotations

import sqlite3

from planner.services.planner import Planner
from planner.storage.tables import SCHEMA_HEAD
from tests.storage.old_schemas import as_schema_0005


def test_a_database_without_the_sync_record_is_upgraded_and_keeps_its_picks(db_path):
    with Planner(db_path) as planner:
        planner.ensure_bundled_catalog()
        planner.bookmark(["S72484"], priority=5, note="前排")
        picks = planner.picks()
    with sqlite3.connect(db_path) as raw:  # from before calendar sync
        as_schema_0005(raw)
    with Planner(db_path) as planner:
        assert planner.picks() == picks
        assert planner.synced_calendars() == []
    with sqlite3.connect(db_path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert {"sync_calendar", "sync_event"} <= tables and version == SCHEMA_HEAD
