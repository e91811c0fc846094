"""Conferences that live on the web: added by their URL, refreshed while they run.

An import from a URL goes the way of a file (the format chosen by content, one transaction,
every pick kept) and remembers where it came from (``Feed``) in that same transaction. A
refresh asks the server conditionally (If-None-Match, If-Modified-Since): a 304, or a body
byte for byte the one stored last, changes nothing but the time it was checked; anything else
is stored through the same path as a re-import, and the result says first which of the
user's picks changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from planner.core.changes import ChangeKind
from planner.core.errors import UsageError
from planner.core.feeds import Feed
from planner.core.model import Catalog, Conference
from planner.formats.errors import FormatError
from planner.formats.registry import ReadOptions, read_catalog_bytes
from planner.services.urls import FetchError, checked_url, looks_like_html, redact, web_page_error
from planner.services.zone_choice import read_with_zone

if TYPE_CHECKING:
    from planner.services.fetch import Downloaded, Fetched
    from planner.services.planner import Changes, ChangeView, ImportResult, Planner, Progress

# The changes to a pick that send the user somewhere else, or nowhere: worth a notification.
MOVES_ME = frozenset({ChangeKind.MOVED, ChangeKind.ROOM, ChangeKind.CANCELLED})


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """What one refresh of a conference found."""

    conference: Conference
    url: str  # without secrets
    imported: ImportResult | None  # None: nothing new (a 304, or the same bytes again)
    not_modified: bool = False  # the server itself said so (304)
    mine: tuple[ChangeView, ...] = ()  # the changes to the user's picks, in schedule order

    @property
    def updated(self) -> bool:
        return self.imported is not None

    @property
    def picks_changed(self) -> int:
        """How many of the user's picks this refresh changed."""
        return len({view.change.key for view in self.mine})

    @property
    def moves_me(self) -> tuple[ChangeView, ...]:
        """The changes to my picks that move, re-room or cancel one (worth telling at once)."""
        return tuple(view for view in self.mine if view.change.kind in MOVES_ME)

    @property
    def changes(self) -> Changes:
        from planner.services.planner import Changes

        return self.imported.changes if self.imported is not None else Changes()


def import_url(
    planner: Planner,
    url: str,
    *,
    options: ReadOptions,
    downloaded: Downloaded | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Fetch ``url``, store its schedule and remember the URL (without its secrets).

    The zone is settled as for a file (planner/services/zone_choice.py): the schedule's own,
    the user's ``options.timezone``, or the one remembered for the conference.
    """
    from planner.services.fetch import fetch  # httpx: loaded when a URL is first fetched

    target = checked_url(url)
    safe, dropped = redact(target)
    fetched = fetch(target, progress=downloaded)
    catalog, chosen = read_with_zone(planner, lambda o: _read(fetched, o), options)
    now = now or datetime.now(UTC)
    feed = Feed(
        conference_id=catalog.conference.id,
        url=safe,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        digest=_digest(fetched),
        fetched_at=now,
        checked_at=now,
        secret_dropped=dropped,
    )
    return planner.store_catalog(catalog, safe, progress, chosen, also=_writing(feed))


def refresh(
    planner: Planner,
    conference_id: str | None,
    *,
    downloaded: Downloaded | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> RefreshResult:
    """Fetch the conference's schedule again; store it only if it changed."""
    conference = planner.conference(conference_id)
    feed = planner.feed(conference.id)
    if feed is None:
        raise UsageError(
            f"{conference.id}: {conference.title} was not added from a URL, so there is nothing "
            "to refresh; add a conference by its address with `planner import URL`"
        )
    if feed.secret_dropped:
        raise FetchError(
            feed.url,
            "its address held a password or token, which the planner does not keep",
            "refresh it with `planner import` and the full address",
        )
    from planner.services.fetch import fetch

    fetched = fetch(
        feed.url, etag=feed.etag, last_modified=feed.last_modified, progress=downloaded
    )
    now = now or datetime.now(UTC)
    if fetched.not_modified or _digest(fetched) == feed.digest:
        planner.save_feed(
            replace(
                feed,
                checked_at=now,
                etag=fetched.etag or feed.etag,
                last_modified=fetched.last_modified or feed.last_modified,
            )
        )
        return RefreshResult(conference, feed.url, None, fetched.not_modified)
    # The conference keeps its id whatever the new version calls itself: the URL is its.
    options = ReadOptions(conference_id=conference.id)
    catalog, _ = read_with_zone(planner, lambda o: _read(fetched, o), options)
    renewed = replace(
        feed,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        digest=_digest(fetched),
        fetched_at=now,
        checked_at=now,
    )
    imported = planner.store_catalog(
        catalog, feed.url, progress, also=_writing(renewed), make_current=False
    )
    mine = tuple(view for view in planner.schedule_changes(conference.id) if view.picked)
    return RefreshResult(conference, feed.url, imported, False, mine)


def _writing(feed: Feed) -> Callable[[Any], None]:
    """Writes ``feed`` inside the transaction that stores the catalog."""
    from planner.storage import live_repo

    return lambda orm: live_repo.put(orm, feed)


def _read(fetched: Fetched, options: ReadOptions) -> Catalog:
    """The catalog in a fetched body, by content; errors name the URL, not a file."""
    assert fetched.body is not None
    try:
        return read_catalog_bytes(fetched.body, _stand_in_name(fetched.url), options)
    except FormatError as exc:
        if looks_like_html(fetched.body):
            raise web_page_error(fetched.url) from None
        raise FormatError(fetched.url, exc.reason, exc.line) from None


def _stand_in_name(url: str) -> Path:
    """The file a URL names (``schedule.xml``), for the readers' tie-breaks and fallbacks."""
    parts = urlsplit(url)
    name = PurePosixPath(unquote(parts.path)).name
    return Path(name or parts.hostname or "schedule")


def _digest(fetched: Fetched) -> str | None:
    return None if fetched.body is None else hashlib.sha256(fetched.body).hexdigest()
