"""Databases as earlier schemas left them, made from a current one, for the upgrade tests.

Each function winds a database at SCHEMA_HEAD back to what an earlier schema wrote; a new
migration adds its undoing to ``as_schema_0005`` (the oldest revision still upgraded from in
one step by every migration after it).
"""

from __future__ import annotations

import sqlite3


def as_schema_0005(raw: sqlite3.Connection) -> None:
    """What schema 0005 wrote: no zone source, no calendar sync, no schedule URLs, one search
    text per session, no current conference, no record of removed picks, no index of sessions
    by series, no counter of pick writes, no session digests, no list of search trigrams, no
    index of codes in any case, no triggers that forget the removal of a pick made again."""
    raw.executescript(
        """
        DROP TRIGGER pick_removal_undone_insert;
        DROP TRIGGER pick_removal_undone_update;
        DROP INDEX ix_session_code_folded;
        DROP INDEX ix_session_series;
        DROP TRIGGER pick_revision_insert;
        DROP TRIGGER pick_revision_update;
        DROP TRIGGER pick_revision_delete;
        DROP TABLE pick_revision;
        DROP TABLE pick_removal;
        ALTER TABLE session DROP COLUMN digest;
        DROP TABLE search_vocab;
        DROP TABLE conference_feed;
        DROP TABLE sync_event;
        DROP TABLE sync_calendar;
        ALTER TABLE conference DROP COLUMN zone_source;
        ALTER TABLE conference DROP COLUMN chosen_timezone;
        DROP TABLE session_terms;
        CREATE VIRTUAL TABLE old_fts USING fts5(body, tokenize='trigram');
        INSERT INTO old_fts(rowid, body) SELECT rowid, rtrim(title, char(10)) || ' ' ||
            rtrim(meta, char(10)) || ' ' || body FROM session_fts;
        DROP TABLE session_fts;
        ALTER TABLE old_fts RENAME TO session_fts;
        CREATE VIRTUAL TABLE session_terms USING fts5vocab(session_fts, row);
        DROP TABLE preference;
        UPDATE alembic_version SET version_num = '0005_listing_position';
        """
    )


def as_schema_0004(raw: sqlite3.Connection) -> None:
    """What schema 0004 wrote: no list positions, no catalog revision."""
    as_schema_0005(raw)
    raw.executescript(
        """
        DROP TABLE listing_position;
        ALTER TABLE conference DROP COLUMN revision;
        UPDATE alembic_version SET version_num = '0004_search_terms';
        """
    )


def as_schema_0003(raw: sqlite3.Connection) -> None:
    """What schema 0003 wrote: no vocabulary or listing index, and search texts without
    their end."""
    as_schema_0004(raw)
    raw.executescript(
        """
        DROP TABLE session_terms;
        DROP INDEX ix_session_listing;
        CREATE VIRTUAL TABLE old_fts USING fts5(body, tokenize='trigram');
        INSERT INTO old_fts(rowid, body) SELECT rowid, rtrim(body, char(10)) FROM session_fts;
        DROP TABLE session_fts;
        ALTER TABLE old_fts RENAME TO session_fts;
        UPDATE alembic_version SET version_num = '0003_catalog_change';
        """
    )
