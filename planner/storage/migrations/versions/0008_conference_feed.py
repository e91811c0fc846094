"""Conferences added by URL remember where they came from, for `planner refresh`.

``conference_feed``: one row per conference added from the web, with the URL (never a
password or token), the ETag and Last-Modified of the last answer for a conditional GET, a
digest of the body last stored, and when it was last fetched and last checked. No foreign key
to ``conference``: like the picks, it outlives a catalog being stored again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_conference_feed"
down_revision = "0007_calendar_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conference_feed",
        sa.Column("conference_id", sa.String, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("etag", sa.Text, nullable=True),
        sa.Column("last_modified", sa.Text, nullable=True),
        sa.Column("digest", sa.String, nullable=True),
        sa.Column("fetched_at", sa.Integer, nullable=True),
        sa.Column("checked_at", sa.Integer, nullable=True),
        sa.Column("secret_dropped", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_table("conference_feed")
