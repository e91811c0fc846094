"""What each calendar export said, so that the next one raises SEQUENCE or cancels."""

import sqlalchemy as sa
from alembic import op

revision = "0002_export_history"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_history",
        # One history per exported calendar: "<conference>:picks" or "<conference>:all".
        sa.Column("scope", sa.String, primary_key=True),
        sa.Column("session_key", sa.String, primary_key=True),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False, server_default="0"),
        sa.Column("live", sa.Boolean, nullable=False, server_default="1"),
        sa.Column("exported_at", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("export_history")
