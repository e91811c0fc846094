"""The other runs of a picked session are found through an index, not a scan of the catalog.

Reading a pick with its session (``agenda_repo``) names the session's other runs (the same
series, at other times). FOSDEM gives every talk a series of its own, so without an index that
lookup scanned the whole conference for every pick read: once per star click in the window.
"""

from alembic import op

revision = "0010_agenda_lookups"
down_revision = "0005_listing_position"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_session_series", "session", ["conference_id", "series"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_session_series", table_name="session", if_exists=True)
