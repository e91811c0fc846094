"""What the last sync put on each CalDAV calendar, so the next one sends only what changed.

One ``sync_calendar`` row per server and calendar (which agenda it holds, and as which user;
never a password), and one ``sync_event`` row per pick on it: where it is, the ETag the
server gave, and a hash of what was sent.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_calendar_sync"
down_revision = "0006_conference_zone"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_calendar",
        sa.Column("server", sa.String, primary_key=True),
        sa.Column("calendar", sa.String, primary_key=True),
        sa.Column("conference_id", sa.String, nullable=False),
        sa.Column("user", sa.String, nullable=False, server_default=""),
        sa.Column("alarm_minutes", sa.Integer, nullable=True),
        sa.Column("synced_at", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "sync_event",
        sa.Column("server", sa.String, primary_key=True),
        sa.Column("calendar", sa.String, primary_key=True),
        sa.Column("session_key", sa.String, primary_key=True),
        sa.Column("href", sa.Text, nullable=False),
        sa.Column("etag", sa.Text, nullable=False, server_default=""),
        sa.Column("content", sa.String, nullable=False, server_default=""),
        sa.Column("fingerprint", sa.String, nullable=False, server_default=""),
        sa.Column("sequence", sa.Integer, nullable=False, server_default="0"),
        sa.Column("synced_at", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("sync_event")
    op.drop_table("sync_calendar")
