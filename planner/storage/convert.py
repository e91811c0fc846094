"""Turning core Session objects into row values and back; nothing else.

Instants become integer epoch seconds (UTC); tuples of text become JSON arrays.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from planner.core.model import Session, TimeStatus
from planner.core.textnorm import normalize


def to_ts(instant: datetime | None) -> int | None:
    return None if instant is None else int(instant.timestamp())


def from_ts(seconds: int | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def session_day(session: Session, zone: ZoneInfo) -> date | None:
    """The conference day a session belongs to: the schedule's own, else the local start date."""
    if session.day is not None:
        return session.day
    if session.start is None:
        return None
    return session.start.astimezone(zone).date()


# Ends every search text: normalised text never holds a line feed, so no query matches it, and
# with it the text's last two characters start trigrams of their own (see catalog_repo).
SEARCH_END = "\n\n"


def search_body(session: Session) -> str:
    """The normalised text the search index holds for one session (ending in SEARCH_END)."""
    parts: list[str] = [session.title, session.code or "", session.summary, session.abstract]
    parts += session.highlights
    parts += session.topics
    parts += session.speakers
    parts.append(session.room or "")
    return normalize(" \n ".join(p for p in parts if p)) + SEARCH_END


def session_values(session: Session, zone: ZoneInfo) -> dict[str, Any]:
    """Column values of the session table (without track_id, room_id and id)."""
    return {
        "key": session.key,
        "conference_id": session.conference_id,
        "code": session.code,
        "title": session.title,
        "start_ts": to_ts(session.start),
        "end_ts": to_ts(session.end),
        "day": session_day(session, zone),
        "time_status": session.time_status.value,
        "time_note": session.time_note,
        "summary": session.summary,
        "abstract": session.abstract,
        "highlights": json.dumps(session.highlights, ensure_ascii=False),
        "topics": json.dumps(session.topics, ensure_ascii=False),
        "sources": json.dumps(session.sources, ensure_ascii=False),
        "url": session.url,
        "language": session.language,
        "recorded": session.recorded,
        "delivery": session.delivery,
        "series": session.series,
        "cancelled": False,
    }


def session_from_values(
    row: Any, track: str | None, room: str | None, speakers: Sequence[str]
) -> Session:
    """A core Session from a session-table row (any object with the column attributes)."""
    return Session(
        key=row.key,
        conference_id=row.conference_id,
        title=row.title,
        code=row.code,
        track=track,
        start=from_ts(row.start_ts),
        end=from_ts(row.end_ts),
        day=row.day,
        time_status=TimeStatus(row.time_status),
        time_note=row.time_note,
        room=room,
        speakers=tuple(speakers),
        topics=tuple(json.loads(row.topics)),
        highlights=tuple(json.loads(row.highlights)),
        summary=row.summary,
        abstract=row.abstract,
        url=row.url,
        language=row.language,
        recorded=bool(row.recorded),
        delivery=row.delivery,
        series=row.series,
        sources=tuple(json.loads(row.sources)),
    )
