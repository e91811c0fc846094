"""The catalog tables, the user's picks, and the trigram search index."""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conference",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("timezone", sa.String, nullable=False),
        sa.Column("first_day", sa.Date),
        sa.Column("last_day", sa.Date),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("imported_at", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "track",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "conference_id",
            sa.String,
            sa.ForeignKey("conference.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("conference_id", "name"),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "conference_id",
            sa.String,
            sa.ForeignKey("conference.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.Text, nullable=False),
        sa.UniqueConstraint("conference_id", "name"),
    )
    op.create_table(
        "speaker",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "conference_id",
            sa.String,
            sa.ForeignKey("conference.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.Text, nullable=False),
        sa.UniqueConstraint("conference_id", "name"),
    )
    op.create_table(
        "session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String, nullable=False, unique=True),
        sa.Column(
            "conference_id",
            sa.String,
            sa.ForeignKey("conference.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("code", sa.String),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("track_id", sa.Integer, sa.ForeignKey("track.id", ondelete="SET NULL")),
        sa.Column("room_id", sa.Integer, sa.ForeignKey("room.id", ondelete="SET NULL")),
        sa.Column("start_ts", sa.Integer),
        sa.Column("end_ts", sa.Integer),
        sa.Column("day", sa.Date),
        sa.Column("time_status", sa.String, nullable=False),
        sa.Column("time_note", sa.Text, nullable=False, server_default=""),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("abstract", sa.Text, nullable=False, server_default=""),
        sa.Column("highlights", sa.Text, nullable=False, server_default="[]"),
        sa.Column("topics", sa.Text, nullable=False, server_default="[]"),
        sa.Column("sources", sa.Text, nullable=False, server_default="[]"),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.String),
        sa.Column("recorded", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("delivery", sa.String, nullable=False, server_default="in-person"),
        sa.Column("series", sa.String),
        sa.Column("cancelled", sa.Boolean, nullable=False, server_default="0"),
    )
    op.create_index("ix_session_conference_start", "session", ["conference_id", "start_ts"])
    op.create_index("ix_session_conference_day", "session", ["conference_id", "day"])
    op.create_index("ix_session_code", "session", ["conference_id", "code"])
    op.create_table(
        "session_speaker",
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("session.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "speaker_id",
            sa.Integer,
            sa.ForeignKey("speaker.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "pick",
        sa.Column("session_key", sa.String, primary_key=True),
        sa.Column("conference_id", sa.String, nullable=False),
        sa.Column("priority", sa.Integer, nullable=False, server_default="3"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("state", sa.String, nullable=False, server_default="attending"),
        sa.Column("planned_start_ts", sa.Integer),
        sa.Column("planned_end_ts", sa.Integer),
        sa.Column("created_at", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.Integer, nullable=False, server_default="0"),
        sa.CheckConstraint("priority BETWEEN 1 AND 5", name="ck_pick_priority"),
    )
    op.create_index("ix_pick_conference_id", "pick", ["conference_id"])
    # Trigram full-text index over the normalised search text (rowid = session.id).
    op.execute("CREATE VIRTUAL TABLE session_fts USING fts5(body, tokenize='trigram')")


def downgrade() -> None:
    op.execute("DROP TABLE session_fts")
    for table in ("pick", "session_speaker", "session", "speaker", "room", "track", "conference"):
        op.drop_table(table)
