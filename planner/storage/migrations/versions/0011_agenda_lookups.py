"""Picks read with their sessions in one statement: an index for other runs, a pick counter.

Reading a pick with its session (``agenda_repo``) names the session's other runs (the same
series, at other times). FOSDEM gives every talk a series of its own, so without an index on
(conference, series) that lookup scanned the whole conference for every pick read: once per
star click in the window.

``pick_revision`` holds one number that triggers raise with every row of ``pick`` inserted,
updated or deleted, by any program. The window keeps its agenda up to date from the changes
it makes itself; reading this number with each change tells it whether another program (the
command line) changed picks in between, and so whether it must read them afresh.
"""

from alembic import op

revision = "0011_agenda_lookups"
down_revision = "0010_pick_removal"
branch_labels = None
depends_on = None

_TRIGGERS = {
    "pick_revision_insert": "AFTER INSERT ON pick",
    "pick_revision_update": "AFTER UPDATE ON pick",
    "pick_revision_delete": "AFTER DELETE ON pick",
}


def upgrade() -> None:
    op.create_index("ix_session_series", "session", ["conference_id", "series"], if_not_exists=True)
    op.execute(
        "CREATE TABLE IF NOT EXISTS pick_revision "
        "(id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL)"
    )
    op.execute("INSERT OR IGNORE INTO pick_revision (id, revision) VALUES (1, 0)")
    for name, when in _TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {name} {when} FOR EACH ROW BEGIN "
            "UPDATE pick_revision SET revision = revision + 1 WHERE id = 1; END"
        )


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS pick_revision")
    op.drop_index("ix_session_series", table_name="session", if_exists=True)
