"""Sessions found by their code in any case through an index; a pick made again forgets that
it was removed.

A user types codes (``bookmark 4668``, ``show s72484``) and they are matched as SQLite's
``lower()`` folds them. Without an index on that expression every lookup read the whole
session table: 50 ms at 100,000 sessions for one code or ten thousand. The conference comes
second, so that a lookup within one conference uses it too (the queries name the index: with
a conference given, SQLite would rather walk all of that conference's sessions).

``pick_removal`` records the picks the user removed (migration 0010), so that the backup can
tell them from picks a damaged file lost. A pick written again (bookmarked anew, or an undo)
is no longer removed: triggers delete its record, whichever statement wrote the pick, and the
records that bookmarks of many keys at once left behind go now.
"""

from alembic import op

revision = "0013_codes_and_removals"
down_revision = "0012_speed"
branch_labels = None
depends_on = None

_TRIGGERS = {
    "pick_removal_undone_insert": "AFTER INSERT ON pick",
    "pick_removal_undone_update": "AFTER UPDATE ON pick",
}


def upgrade() -> None:
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_session_code_folded ON session (lower(code), conference_id)"
    )
    for name, when in _TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS {name} {when} FOR EACH ROW BEGIN "
            "DELETE FROM pick_removal WHERE session_key = NEW.session_key; END"
        )
    op.execute("DELETE FROM pick_removal WHERE session_key IN (SELECT session_key FROM pick)")


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_session_code_folded")
