"""Storage for live schedules: the URLs of conferences added from the web, and what is on now.

``conference_feed`` holds one row per conference added by URL, beside the catalog tables: an
import from a file leaves it alone, an import from a URL writes it in the same transaction as
the catalog, and a refresh the server answered with 304 touches only its ``checked_at``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from planner.core.feeds import Feed
from planner.core.now_next import Happening
from planner.storage.convert import from_ts, to_ts
from planner.storage.tables import FeedRow, RoomRow, SessionRow


def _feed(row: FeedRow) -> Feed:
    return Feed(
        conference_id=row.conference_id,
        url=row.url,
        etag=row.etag,
        last_modified=row.last_modified,
        digest=row.digest,
        fetched_at=from_ts(row.fetched_at),
        checked_at=from_ts(row.checked_at),
        secret_dropped=bool(row.secret_dropped),
    )


def feed(orm: Orm, conference_id: str) -> Feed | None:
    row = orm.get(FeedRow, conference_id)
    return None if row is None else _feed(row)


def feeds(orm: Orm) -> list[Feed]:
    rows = orm.execute(select(FeedRow).order_by(FeedRow.conference_id)).scalars()
    return [_feed(row) for row in rows]


def put(orm: Orm, feed: Feed) -> None:
    """Insert or replace the feed of ``feed.conference_id``."""
    row = orm.get(FeedRow, feed.conference_id)
    if row is None:
        row = FeedRow(conference_id=feed.conference_id)
        orm.add(row)
    row.url = feed.url
    row.etag = feed.etag
    row.last_modified = feed.last_modified
    row.digest = feed.digest
    row.fetched_at = to_ts(feed.fetched_at)
    row.checked_at = to_ts(feed.checked_at)
    row.secret_dropped = feed.secret_dropped
    orm.flush()


def running_between(
    orm: Orm, conference_id: str, start: datetime, end: datetime, limit: int
) -> list[Happening]:
    """The sessions running at some moment in [start, end), by start, at most ``limit``.

    For "what else is on now": the ``ix_session_conference_start`` index bounds the scan to
    sessions that started before ``end``; cancelled ones are left out.
    """
    query = (
        select(SessionRow.key, SessionRow.title, RoomRow.name, SessionRow.start_ts,
               SessionRow.end_ts)
        .outerjoin(RoomRow, RoomRow.id == SessionRow.room_id)
        .where(
            SessionRow.conference_id == conference_id,
            SessionRow.start_ts < to_ts(end),
            SessionRow.end_ts > to_ts(start),
            SessionRow.cancelled.is_(False),
        )
        .order_by(SessionRow.start_ts, SessionRow.title)
        .limit(limit)
    )  # fmt: skip
    return [
        Happening(key, title, room, _instant(s), _instant(e))
        for key, title, room, s, e in orm.execute(query)
    ]


def _instant(seconds: int | None) -> datetime:
    # (The query keeps only rows with both times: a NULL compares neither < nor >.)
    return datetime.fromtimestamp(seconds or 0, UTC)
