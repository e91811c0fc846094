"""The names a conference's sessions are found by (tracks, rooms, speakers), and who has them."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session as Orm

from planner.storage.tables import RoomRow, SessionRow, SpeakerRow, TrackRow, session_speaker


def track_names(orm: Orm, conference_id: str) -> list[str]:
    query = select(TrackRow.name).where(TrackRow.conference_id == conference_id)
    return list(orm.execute(query.order_by(TrackRow.position, TrackRow.name)).scalars())


def room_names(orm: Orm, conference_id: str) -> list[str]:
    query = select(RoomRow.name).where(RoomRow.conference_id == conference_id)
    return list(orm.execute(query.order_by(RoomRow.name)).scalars())


def speaker_names(orm: Orm, conference_id: str) -> list[str]:
    query = select(SpeakerRow.name).where(SpeakerRow.conference_id == conference_id)
    return list(orm.execute(query.order_by(SpeakerRow.name)).scalars())


def _chunks(names: Collection[str]) -> list[list[str]]:
    """A statement takes at most so many parameters (older SQLite: 999)."""
    listed = list(names)
    return [listed[start : start + 900] for start in range(0, len(listed), 900)]


def keys_in_rooms(orm: Orm, conference_id: str, rooms: Collection[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(rooms):
        query = (
            select(SessionRow.key)
            .join(RoomRow, RoomRow.id == SessionRow.room_id)
            .where(SessionRow.conference_id == conference_id, RoomRow.name.in_(chunk))
        )
        found.update(orm.execute(query).scalars())
    return found


def keys_with_speakers(orm: Orm, conference_id: str, names: Collection[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(names):
        query = (
            select(SessionRow.key)
            .join(session_speaker, session_speaker.c.session_id == SessionRow.id)
            .join(SpeakerRow, SpeakerRow.id == session_speaker.c.speaker_id)
            .where(SessionRow.conference_id == conference_id, SpeakerRow.name.in_(chunk))
        )
        found.update(orm.execute(query).scalars())
    return found
