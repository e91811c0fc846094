"""Storage for live schedules: the URLs of conferences added from the web.

``conference_feed`` holds one row per conference added by URL, beside the catalog tables: an
import from a file leaves it alone, an import from a URL writes it in the same transaction as
the catalog, and a refresh the server answered with 304 touches only its ``checked_at``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from planner.core.feeds import Feed
from planner.storage.convert import from_ts, to_ts
from planner.storage.tables import FeedRow


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
