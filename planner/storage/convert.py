"""Turning core Session objects into row values and back; nothing else.

Instants become integer epoch seconds (UTC); tuples of text become JSON arrays.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from hashlib import blake2b
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
# The columns of the search index, and how much a match in each weighs in a ranking (bm25).
SEARCH_COLUMNS = ("title", "meta", "body")
SEARCH_WEIGHTS = (10.0, 4.0, 1.0)
# Between the parts normalised in one call: a private-use character, which no folding touches.
_PART = "\ue000"


def search_fields(session: Session) -> tuple[str, str, str]:
    """The normalised texts the search index holds for one session, each ending in SEARCH_END.

    The title; what names it or its people and place (code, speakers, track, room, topics);
    and what describes it (summary, abstract, highlights). A match in the title ranks first.
    """
    return search_texts(*_sources(session))


def search_texts(title: str, meta: Sequence[str], body: Sequence[str]) -> tuple[str, str, str]:
    """``search_fields`` from the parts themselves (what migrations have at hand)."""
    return _folded([_parts(title, meta, body)])[0]


def search_fields_of(sessions: Sequence[Session]) -> list[tuple[str, str, str]]:
    """``search_fields`` of many sessions, folded in one call (OpenCC's cost is mostly per
    call); the same texts as one by one."""
    return _folded([_parts(*_sources(s)) for s in sessions])


def _sources(session: Session) -> tuple[str, list[str], list[str]]:
    meta = [session.code or "", *session.speakers, session.track or "", session.room or "",
            *session.topics]  # fmt: skip
    return session.title, meta, [session.summary, session.abstract, *session.highlights]


def _parts(title: str, meta: Sequence[str], body: Sequence[str]) -> tuple[str, str, str]:
    return title, " \n ".join(p for p in meta if p), " \n ".join(p for p in body if p)


def _folded(texts: Sequence[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The texts normalised, those in plain ASCII apart (they need no Unicode folding)."""
    plain = [n for n, parts in enumerate(texts) if all(part.isascii() for part in parts)]
    others = sorted(set(range(len(texts))) - set(plain))
    result: list[tuple[str, str, str]] = [("", "", "")] * len(texts)
    for group in (plain, others):
        for n, folded in zip(group, _normalised([texts[n] for n in group]), strict=True):
            result[n] = folded
    return result


def _normalised(texts: Sequence[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    if not texts:
        return []
    # Between the parts, a private-use character that no folding touches, nor joins with
    # its neighbours; a part's own is made a space first.
    joined = _PART.join(part.replace(_PART, " ") for parts in texts for part in parts)
    folded = [part.strip() + SEARCH_END for part in normalize(joined).split(_PART)]
    return [(folded[n], folded[n + 1], folded[n + 2]) for n in range(0, len(folded), 3)]


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


# The order of ``row_content``: what the session table (and its speaker links) keep of a session.
CONTENT_COLUMNS = ("key", "conference_id", "code", "title", "track", "room", "start_ts", "end_ts",
                   "day", "time_status", "time_note", "summary", "abstract", "highlights",
                   "topics", "sources", "url", "language", "recorded", "delivery", "series",
                   "speakers")  # fmt: skip
CONTENT_INDEX = {name: n for n, name in enumerate(CONTENT_COLUMNS)}


def row_content(session: Session, zone: ZoneInfo) -> list[Any]:
    """Everything stored of a session, as plain JSON values in ``CONTENT_COLUMNS`` order.

    Track and room are names (the storage finds their ids); speakers a list of distinct names.
    Two sessions with the same content are stored alike, so its digest tells an unchanged
    session in a new version of a schedule without reading the old one back.
    """
    day = session_day(session, zone)
    return [
        session.key, session.conference_id, session.code, session.title,
        session.track or None, session.room or None, to_ts(session.start), to_ts(session.end),
        day.isoformat() if day is not None else None, session.time_status.value,
        session.time_note, session.summary, session.abstract,
        _json(session.highlights), _json(session.topics), _json(session.sources),
        session.url, session.language, bool(session.recorded), session.delivery, session.series,
        [name for name in dict.fromkeys(session.speakers) if name],
    ]  # fmt: skip


# One encoder for them all: json.dumps with an option makes a new one at every call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _json(values: Sequence[str]) -> str:
    return _ENCODE(values) if values else "[]"


def content_json(content: list[Any]) -> tuple[str, str]:
    """The content as JSON text, and its digest (what ``session.digest`` holds)."""
    text = _ENCODE(content)
    return text, blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
