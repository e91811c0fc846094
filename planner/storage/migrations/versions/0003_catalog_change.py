"""What the latest import of each conference changed, for `planner changes` and the window."""

import sqlalchemy as sa
from alembic import op

revision = "0003_catalog_change"
down_revision = "0002_export_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalog_change",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conference_id", sa.String, nullable=False),
        sa.Column("session_key", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("before", sa.Text, nullable=False, server_default=""),
        sa.Column("after", sa.Text, nullable=False, server_default=""),
        sa.Column("imported_at", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_catalog_change_conference_id", "catalog_change", ["conference_id"])


def downgrade() -> None:
    op.drop_table("catalog_change")
