"""Short searches through the index, and a session list that never reads the long texts.

Every search text ends with two line feeds, and the index's list of trigrams is open to
queries (``session_terms``).

A term of one or two characters has no trigram of its own; the sessions that contain it are
those with a trigram that starts with it. Two line feeds after the text (normalised text
never holds one) give its last characters trigrams too. The index is rebuilt once, in a new
table, because rewriting 100,000 rows in place would index every one of them twice.

``ix_session_listing`` holds every column of the session list in its order, so listing a
catalog reads the index alone (the rows themselves carry summaries and abstracts).
"""

from alembic import op

revision = "0004_search_terms"
down_revision = "0003_catalog_change"
branch_labels = None
depends_on = None


def _rebuild(ending: str) -> None:
    op.execute("CREATE VIRTUAL TABLE session_fts_new USING fts5(body, tokenize='trigram')")
    op.execute(f"INSERT INTO session_fts_new(rowid, body) SELECT rowid, {ending} FROM session_fts")
    op.execute("DROP TABLE session_fts")
    op.execute("ALTER TABLE session_fts_new RENAME TO session_fts")


LISTING_COLUMNS = (
    "conference_id, start_ts IS NULL, start_ts, title, key, code, track_id, room_id, end_ts, "
    "day, time_status, cancelled"
)


def upgrade() -> None:
    _rebuild("body || char(10, 10)")
    op.execute("CREATE VIRTUAL TABLE session_terms USING fts5vocab(session_fts, row)")
    op.execute(f"CREATE INDEX ix_session_listing ON session ({LISTING_COLUMNS})")


def downgrade() -> None:
    op.execute("DROP INDEX ix_session_listing")
    op.execute("DROP TABLE session_terms")
    _rebuild("rtrim(body, char(10))")
