"""Where a conference's schedule lives on the web, and what the server said of it last time.

A conference added by its URL keeps a ``Feed``: the address (as safe to show: no password,
no token), the validators for a conditional GET (ETag, Last-Modified), a digest of the body
last stored (so that a server without validators sending the same bytes changes nothing),
and when it was last fetched and last asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Feed:
    """A conference's schedule URL and the state of its last fetch."""

    conference_id: str
    url: str  # with any password or token taken out (see services/fetch.redact)
    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None  # sha256 of the last body stored, hex
    fetched_at: datetime | None = None  # the last time a new body was stored
    checked_at: datetime | None = None  # the last time the server was asked (a 304 too)
    # The address the user gave held a password or token, which the planner does not keep:
    # a refresh then needs the full address again (`planner import URL`).
    secret_dropped: bool = False
