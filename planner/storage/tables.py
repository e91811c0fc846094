"""SQLAlchemy 2.0 typed tables.

Two families live apart: the catalog (conference, track, room, session, speaker), which an
import may replace at any time, and the user's own tables (pick), which nothing but the user
changes. Picks hold the session's stable key, never a row id, and have no foreign key into
the catalog, so reloading or updating a catalog cannot lose one.

Instants are stored as integer seconds since the epoch (UTC): they sort and compare fast in
SQL and carry no zone ambiguity; the conference row keeps the IANA zone beside them.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA_HEAD = "0013_codes_and_removals"
_LISTED = ("start_ts", "title", "key", "code", "track_id", "room_id", "end_ts", "day",
           "time_status", "cancelled")  # fmt: skip


class Base(DeclarativeBase):
    pass


class ConferenceRow(Base):
    __tablename__ = "conference"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(String)
    first_day: Mapped[str | None] = mapped_column(Date, nullable=True)
    last_day: Mapped[str | None] = mapped_column(Date, nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[int] = mapped_column(Integer, default=0)
    # Raised by every import: a session list read at one revision is stale at the next.
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # What settled the zone (core.model.ZoneSource), and the zone the user chose for a file
    # that names none: kept across re-imports, which read the next version in it.
    zone_source: Mapped[str] = mapped_column(String, default="file", server_default="file")
    chosen_timezone: Mapped[str | None] = mapped_column(String, nullable=True)

    tracks: Mapped[list[TrackRow]] = relationship(
        back_populates="conference", cascade="all, delete-orphan", order_by="TrackRow.position"
    )


class TrackRow(Base):
    __tablename__ = "track"
    __table_args__ = (UniqueConstraint("conference_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[str] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    conference: Mapped[ConferenceRow] = relationship(back_populates="tracks")


class RoomRow(Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("conference_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[str] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)


session_speaker = Table(
    "session_speaker",
    Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("speaker_id", ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class SpeakerRow(Base):
    __tablename__ = "speaker"
    __table_args__ = (UniqueConstraint("conference_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[str] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)


class SessionRow(Base):
    __tablename__ = "session"
    __table_args__ = (
        Index("ix_session_conference_start", "conference_id", "start_ts"),
        Index("ix_session_conference_day", "conference_id", "day"),
        Index("ix_session_code", "conference_id", "code"),
        Index("ix_session_series", "conference_id", "series"),  # made by migration 0011
        Index("ix_session_code_folded", text("lower(code)"), "conference_id"),  # migration 0013
        # Covers the session list (catalog_repo.listing) in its order; made by migration 0004.
        Index("ix_session_listing", "conference_id", text("start_ts IS NULL"), *_LISTED),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    conference_id: Mapped[str] = mapped_column(ForeignKey("conference.id", ondelete="CASCADE"))
    code: Mapped[str | None] = mapped_column(String, nullable=True)
    title: Mapped[str] = mapped_column(Text)
    track_id: Mapped[int | None] = mapped_column(
        ForeignKey("track.id", ondelete="SET NULL"), nullable=True
    )
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("room.id", ondelete="SET NULL"), nullable=True
    )
    start_ts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end_ts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    day: Mapped[str | None] = mapped_column(Date, nullable=True)
    time_status: Mapped[str] = mapped_column(String)
    time_note: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    abstract: Mapped[str] = mapped_column(Text, default="")
    highlights: Mapped[str] = mapped_column(Text, default="[]")
    topics: Mapped[str] = mapped_column(Text, default="[]")
    sources: Mapped[str] = mapped_column(Text, default="[]")
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    language: Mapped[str | None] = mapped_column(String, nullable=True)
    recorded: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery: Mapped[str] = mapped_column(String, default="in-person")
    series: Mapped[str | None] = mapped_column(String, nullable=True)
    # A session gone from an updated schedule stays (cancelled) while a pick refers to it.
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    # convert.content_json's digest of what is stored: an unchanged session is not rewritten.
    digest: Mapped[str | None] = mapped_column(String, nullable=True)

    track: Mapped[TrackRow | None] = relationship(lazy="joined")
    room: Mapped[RoomRow | None] = relationship(lazy="joined")
    speakers: Mapped[list[SpeakerRow]] = relationship(
        secondary=session_speaker, order_by=session_speaker.c.position, lazy="selectin"
    )


class ListingPositionRow(Base):
    """Where each session stands in its conference's session list (``catalog_repo.listing``).

    Rewritten by every import, so that a search can answer with list positions in SQL (see
    ``catalog_repo.search_positions``) instead of row ids for the window to look up.
    """

    __tablename__ = "listing_position"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    conference_id: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)


class PickRow(Base):
    """The user's bookmark. Deliberately no foreign key: the catalog may come and go."""

    __tablename__ = "pick"

    session_key: Mapped[str] = mapped_column(String, primary_key=True)
    conference_id: Mapped[str] = mapped_column(String, index=True)
    priority: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String, default="attending")
    planned_start_ts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    planned_end_ts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[int] = mapped_column(Integer, default=0)


class PreferenceRow(Base):
    """A choice the window and the command line share (the current conference), by name.

    The user's own, like picks: no import touches it.
    """

    __tablename__ = "preference"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PickRemovalRow(Base):
    """A pick the user removed, until the backup of picks has been written without it."""

    __tablename__ = "pick_removal"

    session_key: Mapped[str] = mapped_column(String, primary_key=True)
    removed_at: Mapped[int] = mapped_column(Integer, default=0)
class PickRevisionRow(Base):
    """One number, raised by triggers with every pick row written (made by migration 0011).

    Tells a window whether picks changed since it last looked (another program wrote them).
    """

    __tablename__ = "pick_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)


class ExportRow(Base):
    """What the last calendar export said of a session, so the next can raise SEQUENCE or cancel."""

    __tablename__ = "export_history"

    scope: Mapped[str] = mapped_column(String, primary_key=True)
    session_key: Mapped[str] = mapped_column(String, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # True while the session is in the user's exported calendar; a cancelled one goes out once.
    live: Mapped[bool] = mapped_column(Boolean, default=True)
    exported_at: Mapped[int] = mapped_column(Integer, default=0)


class SyncCalendarRow(Base):
    """A calendar on a CalDAV server that the planner keeps in sync with one agenda."""

    __tablename__ = "sync_calendar"

    server: Mapped[str] = mapped_column(String, primary_key=True)  # scheme://host[:port]
    calendar: Mapped[str] = mapped_column(String, primary_key=True)  # the collection's path
    conference_id: Mapped[str] = mapped_column(String)
    user: Mapped[str] = mapped_column(String, default="")  # never the password
    # The reminder the events carry (minutes before; None for none), kept for the next sync.
    alarm_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    synced_at: Mapped[int] = mapped_column(Integer, default=0)


class SyncEventRow(Base):
    """What the last sync put on a server for one pick, as the server confirmed it."""

    __tablename__ = "sync_event"

    server: Mapped[str] = mapped_column(String, primary_key=True)
    calendar: Mapped[str] = mapped_column(String, primary_key=True)
    session_key: Mapped[str] = mapped_column(String, primary_key=True)
    href: Mapped[str] = mapped_column(Text)
    # The server's ETag of our copy ("" once the user accepted its deletion on the server).
    etag: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(String, default="")  # hash of the event sent
    fingerprint: Mapped[str] = mapped_column(String, default="")  # time, room, status (SEQUENCE)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[int] = mapped_column(Integer, default=0)


class ChangeRow(Base):
    """One change the latest import of a conference made to a session."""

    __tablename__ = "catalog_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[str] = mapped_column(String, index=True)
    session_key: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[int] = mapped_column(Integer, default=0)


class FeedRow(Base):
    """Where a conference added by URL is fetched from, and the validators of the last fetch.

    The URL is stored without password or token (services/fetch.redact); no secret is kept.
    """

    __tablename__ = "conference_feed"

    conference_id: Mapped[str] = mapped_column(String, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_modified: Mapped[str | None] = mapped_column(Text, nullable=True)
    digest: Mapped[str | None] = mapped_column(String, nullable=True)
    fetched_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    checked_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    secret_dropped: Mapped[bool] = mapped_column(Boolean, default=False)
