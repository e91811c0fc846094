"""Each session keeps a digest of what is stored of it, so that a new version of a schedule
is compared without reading the old one back, and an unchanged session is not written again;
and the search index's trigrams are listed in a table of their own.

``session.digest`` is ``convert.content_json``'s digest of the session's content. Sessions
stored before this revision have none: the next import of their conference rewrites them
once, as every import did before.

``search_vocab`` holds every trigram the index holds (and perhaps a few it no longer does), so
that a one- or two-letter search finds the trigrams that start with it by a range of a plain
index: FTS5's own vocabulary table counts every matching row to answer the same question.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_speed"
down_revision = "0011_agenda_lookups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("session", sa.Column("digest", sa.String, nullable=True))
    op.execute("CREATE TABLE search_vocab (term TEXT PRIMARY KEY) WITHOUT ROWID")
    op.execute("INSERT INTO search_vocab SELECT term FROM session_terms")


def downgrade() -> None:
    op.execute("DROP TABLE search_vocab")
    op.execute("ALTER TABLE session DROP COLUMN digest")
