"""Each session keeps a digest of what is stored of it, so that a new version of a schedule
is compared without reading the old one back, and an unchanged session is not written again.

``session.digest`` is ``convert.content_json``'s digest of the session's content. Sessions
stored before this revision have none: the next import of their conference rewrites them
once, as every import did before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_speed"
down_revision = "0007_current_and_ranking"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("session", sa.Column("digest", sa.String, nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE session DROP COLUMN digest")
