"""Searches answer with list positions, and every import raises the conference's revision.

``listing_position`` holds each session's place in its conference's session list (the order
of ``catalog_repo.listing``: start, unscheduled last, then title, then key), so a search can
return the matching positions, sorted, straight from SQL. ``conference.revision`` tells a
list read before an import from one read after it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_listing_position"
down_revision = "0004_search_terms"
branch_labels = None
depends_on = None

# The list order as of this revision (catalog_repo.LISTING_ORDER says it for the live code).
ORDER = "start_ts IS NULL, start_ts, title, key"


def upgrade() -> None:
    op.add_column(
        "conference", sa.Column("revision", sa.Integer, nullable=False, server_default="0")
    )
    op.create_table(
        "listing_position",
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("session.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("conference_id", sa.String, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.execute(
        "INSERT INTO listing_position (session_id, conference_id, position) "
        f"SELECT id, conference_id, row_number() OVER (PARTITION BY conference_id ORDER BY {ORDER})"
        " - 1 FROM session"
    )


def downgrade() -> None:
    op.drop_table("listing_position")
    op.drop_column("conference", "revision")
