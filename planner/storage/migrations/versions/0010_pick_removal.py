"""Which picks the user removed, so that the backup of picks can tell a removal from a loss.

A pick missing from the database but present in the automatic backup was either removed by
the user (a row here says so) or lost with the file (no row): only the second is restored.
A row lives until the next backup is written without the pick.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_pick_removal"
down_revision = "0009_current_and_ranking"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pick_removal",
        sa.Column("session_key", sa.String, primary_key=True),
        sa.Column("removed_at", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("pick_removal")
