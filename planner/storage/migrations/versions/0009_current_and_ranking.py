"""The current conference, kept in the database; a search index in three weighted columns.

``preference`` holds the few choices that the window and the command line share (the current
conference: the one just imported or chosen with ``planner use``). It belongs with the user's
own tables: no import touches it.

``session_fts`` is rebuilt with three columns, so that a search can rank what it finds (bm25,
with a match in the title weighing most): the title; the code, speakers, track, room and
topics; the summary, abstract and highlights. Each ends with two line feeds as before (see
0004). The texts are computed afresh from the session rows with the live normalisation (the
same one every query uses), in batches, into a new table that then takes the old one's name.
"""

import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from planner.storage.convert import search_texts

revision = "0009_current_and_ranking"
down_revision = "0008_conference_feed"
branch_labels = None
depends_on = None

BATCH = 2_000


def _speakers(conn: sa.Connection) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    rows = conn.exec_driver_sql(
        "SELECT ss.session_id, sp.name FROM session_speaker ss "
        "JOIN speaker sp ON sp.id = ss.speaker_id ORDER BY ss.session_id, ss.position"
    )
    for session_id, name in rows:
        names[session_id].append(name)
    return names


def _fill(conn: sa.Connection) -> None:
    speakers = _speakers(conn)
    rows = conn.exec_driver_sql(
        "SELECT s.id, s.title, s.code, s.summary, s.abstract, s.highlights, s.topics, "
        "t.name, r.name FROM session s LEFT JOIN track t ON t.id = s.track_id "
        "LEFT JOIN room r ON r.id = s.room_id"
    ).all()
    insert = "INSERT INTO session_fts_new (rowid, title, meta, body) VALUES (?, ?, ?, ?)"
    for start in range(0, len(rows), BATCH):
        values = []
        for row_id, title, code, summary, abstract, highlights, topics, track, room in rows[
            start : start + BATCH
        ]:
            meta = [code or "", *speakers.get(row_id, ()), track or "", room or ""]
            meta += json.loads(topics or "[]")
            body = [summary or "", abstract or "", *json.loads(highlights or "[]")]
            values.append((row_id, *search_texts(title, meta, body)))
        conn.exec_driver_sql(insert, values)


def upgrade() -> None:
    op.create_table(
        "preference",
        sa.Column("name", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    conn = op.get_bind()
    op.execute(
        "CREATE VIRTUAL TABLE session_fts_new USING fts5(title, meta, body, tokenize='trigram')"
    )
    _fill(conn)
    op.execute("INSERT INTO session_fts_new(session_fts_new) VALUES ('optimize')")
    op.execute("DROP TABLE session_terms")
    op.execute("DROP TABLE session_fts")
    op.execute("ALTER TABLE session_fts_new RENAME TO session_fts")
    op.execute("CREATE VIRTUAL TABLE session_terms USING fts5vocab(session_fts, row)")


def downgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE session_fts_old USING fts5(body, tokenize='trigram')")
    op.execute(
        "INSERT INTO session_fts_old(rowid, body) SELECT rowid, rtrim(title, char(10)) || ' ' "
        "|| rtrim(meta, char(10)) || ' ' || body FROM session_fts"
    )
    op.execute("DROP TABLE session_terms")
    op.execute("DROP TABLE session_fts")
    op.execute("ALTER TABLE session_fts_old RENAME TO session_fts")
    op.execute("CREATE VIRTUAL TABLE session_terms USING fts5vocab(session_fts, row)")
    op.drop_table("preference")
