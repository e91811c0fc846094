"""Each conference remembers what settled its time zone, and the zone the user chose for it.

``zone_source`` says whether the zone is the file's own, only stands in for its UTC offsets,
comes from its city, was chosen by the user, or is a guess (``core.model.ZoneSource``): a
conference imported before this revision had its zone from the file, as far as anyone knew.
``chosen_timezone`` is the zone given with ``planner import --timezone`` (or in the window's
import dialog) for a file that names none; it outlives re-imports, so the next version of the
same schedule is read in it too.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_conference_zone"
down_revision = "0005_listing_position"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conference") as batch:
        batch.add_column(
            sa.Column("zone_source", sa.String, nullable=False, server_default="file")
        )
        batch.add_column(sa.Column("chosen_timezone", sa.String, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conference") as batch:
        batch.drop_column("chosen_timezone")
        batch.drop_column("zone_source")
