"""The Planner facade: the one door the CLI, the window and most tests go through.

Every mutation runs in one transaction and returns a ``Changes`` value that says what it
touched, so that a screen redraws only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from planner.core.changes import SessionChange
from planner.core.conflicts import ClashGroup, Plan, Slot, best_plan, find_conflicts
from planner.core.errors import NotFoundError, OutputError, PlannerError, UsageError
from planner.core.model import (
    Catalog,
    Conference,
    ListingMatches,
    ListingRow,
    Pick,
    PickState,
    Session,
    SessionFilter,
    SessionPage,
    SessionView,
)
from planner.core.textnorm import search_terms
from planner.services import backup, finding, lifecycle, pick_edits
from planner.services.agenda_state import AgendaState
from planner.services.backup_writer import BackgroundBackups
from planner.services.changes import Changes as Changes
from planner.services.changes import PickChange as PickChange
from planner.services.pick_edits import EditResult, Snapshot
from planner.storage import agenda_repo, catalog_repo, picks_repo, preferences_repo

if TYPE_CHECKING:
    from planner.core.feeds import Feed
    from planner.formats.agenda_file import AgendaEntry, AgendaFile
    from planner.services.agenda_share import AgendaPreview
    from planner.services.caldav_server import CalendarAddress
    from planner.services.calendar_export import CalendarExport
    from planner.services.calendar_sync import SyncReport
    from planner.services.fetch import Downloaded
    from planner.services.live import RefreshResult
    from planner.services.pocket_agenda import PocketAgenda
    from planner.storage.sync_repo import SyncTarget
from planner.storage.engine import Database

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportResult:
    conference: Conference
    sessions: int
    kept_cancelled: tuple[Session, ...] = ()
    schedule_changes: tuple[SessionChange, ...] = ()
    changes: Changes = field(default_factory=Changes)
    unscheduled: int = 0
    # What to tell the user about the file as a whole (the zone, all-day events...).
    notes: tuple[str, ...] = ()


class ZoneNeeded(PlannerError):
    """The file names no time zone and nothing settles it: ask the user before storing."""

    def __init__(self, path: Path, conference: Conference) -> None:
        self.path = path
        self.conference = conference
        super().__init__(f"{path}: the schedule names no time zone")


@dataclass(frozen=True, slots=True)
class ChangeView:
    """A schedule change, and whether it touches one of the user's picks."""

    change: SessionChange
    picked: bool


@dataclass(frozen=True, slots=True)
class ConferenceInfo:
    """A conference and what its schedule holds (cancelled sessions kept for picks aside)."""

    conference: Conference
    events: int  # the scheduled sessions
    sessions: int = 0
    unscheduled: int = 0
    current: bool = False


@dataclass(frozen=True, slots=True)
class Revisions:
    """Numbers the database raises with every write of picks (triggers, migration 0011) and
    with every import of a conference's catalog."""

    picks: int
    catalogs: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class RemovedConference:
    conference: Conference
    picks: int  # how many of the user's picks went with it
    saved_to: Path | None  # the agenda file that holds them (None: there were none to save)
    changes: Changes


class Planner:
    """The planner over one SQLite file.

    Every Planner of one file in a process shares one engine, opened, checked and recovered
    once (services/lifecycle.py), so the window and its workers never open the file twice.
    ``recovery`` is None, or a message for the user when the file was found damaged, emptied
    or missing at start and picks were restored from the automatic backup (given to the
    Planner that opened the file). ``read_only`` says the file is on a read-only medium:
    everything can be read, nothing saved. ``backup_problem`` is None, or why the latest
    automatic backup of the picks could not be written.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lease = lifecycle.acquire(db_path)
        self._db: Database = self._lease.database
        self.recovery: str | None = self._lease.recovery
        self.backup_problem: str | None = self._lease.backup_problem
        self._backups: BackgroundBackups | None = None

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    def close(self) -> None:
        if self._backups is not None:
            self._backups.close()  # the pending backup is written before the engine goes
            self._backups = None
        lifecycle.release(self._lease)

    def __enter__(self) -> Planner:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the automatic backup of picks ---------------------------------------------------------

    @property
    def backup_path(self) -> Path:
        """The automatic backup of every pick, beside the database."""
        return backup.backup_path(self.db_path)

    def _back_up_picks(self) -> str:
        """Back up every pick after a change; the reason it failed, or "" (the change stands).

        With ``defer_backups`` the backup is written on a thread of its own and this returns
        the reason the latest one failed, if it did.
        """
        if self._backups is not None:
            self._backups.request()
            return self.backup_problem or ""
        return self._write_backup()

    def _write_backup(self) -> str:
        # What the backup holds, and the order of writes across processes (under the
        # database's write lock), are the lifecycle's (services/lifecycle.py, backup.py).
        self.backup_problem = lifecycle.back_up(self._db, self.db_path) or None
        return self.backup_problem or ""

    def defer_backups(self, on_problem: Callable[[str], None] | None = None) -> None:
        """From now on write the backup off the caller's thread, once per burst of changes.

        For the window: a change returns once it has committed, and the backup (a file
        replaced with an fsync) follows on a thread of its own. ``on_problem`` hears, on that
        thread, why a backup could not be written. ``close`` writes any pending backup.
        """
        if self._backups is None:
            self._backups = BackgroundBackups(self._write_backup, on_problem or (lambda _: None))

    def flush_backups(self) -> None:
        """Wait until the backup holds every change made so far (nothing to wait for unless
        ``defer_backups``)."""
        if self._backups is not None:
            self._backups.flush()

    # --- catalogs --------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._db.reading() as orm:
            return not catalog_repo.conferences(orm)

    def ensure_bundled_catalog(self) -> ImportResult | None:
        """Load the bundled GTC 2025 catalog into a database that holds no conference yet."""
        if self.read_only or not self.is_empty():
            return None
        from planner.formats.gtc_bundle import bundled_data_dir, read_gtc_bundle

        return self.store_catalog(read_gtc_bundle(), source=str(bundled_data_dir()))

    def reload_bundled_catalog(self) -> ImportResult:
        from planner.formats.gtc_bundle import bundled_data_dir, read_gtc_bundle

        return self.store_catalog(read_gtc_bundle(), source=str(bundled_data_dir()))

    def store_catalog(
        self,
        catalog: Catalog,
        source: str,
        progress: Progress | None = None,
        chosen_timezone: str | None = None,
        also: Callable[[Any], None] | None = None,
        make_current: bool = True,
    ) -> ImportResult:
        """Store a catalog whole (one transaction), keeping every pick.

        ``chosen_timezone``: the zone the user chose for the conference, remembered for its
        next imports. ``also`` writes more in the same transaction (a URL import: where it
        came from). ``make_current``: the conference becomes the current one (an import
        does that; a refresh in the background does not).

        Every import comes through here: a date the planner cannot show (years before 1900 or
        after 2200) refuses the whole catalog, naming the event, before anything is stored.
        """
        from planner.services import catalog_import

        return catalog_import.store(
            self._db, catalog_import.CatalogAsSource(catalog), source, progress,
            chosen_timezone, also, make_current,
        )  # fmt: skip

    def schedule_changes(self, conference_id: str | None = None) -> list[ChangeView]:
        """What the latest import changed: changes to the user's picks first, then the rest."""
        conference = self.conference(conference_id)
        with self._db.reading() as orm:
            found = catalog_repo.recorded_changes(orm, conference.id)
            picked = set(picks_repo.picks_for(orm, {c.key for c in found}))
        views = [ChangeView(c, c.key in picked) for c in found]
        return sorted(views, key=lambda v: not v.picked)

    def import_file(
        self,
        path: Path,
        *,
        day: date | None = None,
        timezone: str | None = None,
        progress: Progress | None = None,
        ask_zone: bool = False,
    ) -> ImportResult:
        """Read a schedule file (or a folder of one) in any known format and store it.

        ``timezone`` is the zone of a file that names none; it is remembered for the
        conference, so that its next imports are read in it too. Without one, a file that
        names no zone is read in the zone remembered for its conference (chosen before, or
        named by an earlier import of it). ``ask_zone``: raise ``ZoneNeeded`` instead of
        storing times whose zone is a guess (the window asks the user, then imports again).
        """
        from planner.formats.registry import ReadOptions, read_catalog
        from planner.services.catalog_import import import_streamed
        from planner.services.zone_choice import read_with_zone

        lifecycle.refuse_database_file(path, "a schedule")
        options = ReadOptions(date=day, timezone=timezone)
        streamed = import_streamed(self._db, Path(path), options, progress)
        if streamed is not None:  # a file whose own header settles its zone, read as it streams
            return streamed
        catalog, chosen = read_with_zone(self, lambda o: read_catalog(path, o), options)
        if ask_zone and not catalog.conference.zone_confirmed:
            raise ZoneNeeded(path, catalog.conference)
        return self.store_catalog(catalog, str(path), progress, chosen)

    def remembered_zone(self, conference_id: str) -> str | None:
        """The zone a zone-less schedule of this conference is read in (None: none known)."""
        with self._db.reading() as orm:
            return catalog_repo.remembered_zone(orm, conference_id)

    # --- live schedules: added by URL, refreshed (planner/services/live.py) -----------------

    def import_url(
        self,
        url: str,
        *,
        day: date | None = None,
        timezone: str | None = None,
        downloaded: Downloaded | None = None,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> ImportResult:
        """Fetch a schedule from an http(s) URL, store it, and remember the URL.

        ``timezone`` as for ``import_file``: the zone of a schedule that names none.
        """
        from planner.services import live

        return live.import_url(
            self,
            url,
            options=live.ReadOptions(date=day, timezone=timezone),
            downloaded=downloaded,
            progress=progress,
            now=now,
        )

    def refresh(
        self,
        conference_id: str | None = None,
        *,
        downloaded: Downloaded | None = None,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> RefreshResult:
        """Fetch a conference's schedule again (conditionally) and store it if it changed.

        ``now`` is the time recorded as the last check (the window passes its clock's).
        """
        from planner.services import live

        return live.refresh(self, conference_id, downloaded=downloaded, progress=progress, now=now)

    def feed(self, conference_id: str) -> Feed | None:
        """Where the conference was added from (None: not from a URL)."""
        from planner.storage import live_repo

        with self._db.reading() as orm:
            return live_repo.feed(orm, conference_id)

    def feeds(self) -> list[Feed]:
        """Every conference added from a URL, with the state of its last fetch."""
        from planner.storage import live_repo

        with self._db.reading() as orm:
            return live_repo.feeds(orm)

    def save_feed(self, feed: Feed) -> None:
        from planner.storage import live_repo

        with self._db.transaction() as orm:
            live_repo.put(orm, feed)

    def conferences(self) -> list[ConferenceInfo]:
        current = self.current_conference_id()
        with self._db.reading() as orm:
            return [
                ConferenceInfo(c, *catalog_repo.counts(orm, c.id), current=c.id == current)
                for c in catalog_repo.conferences(orm)
            ]

    def conference(self, conference_id: str | None = None) -> Conference:
        """The named conference (its id in any case: "FOSDEM-2025"), or the current one (else
        the first loaded)."""
        with self._db.reading() as orm:
            if conference_id is None:
                chosen = self._current_id(orm)
                found = catalog_repo.conferences(orm)
                if not found:
                    raise NotFoundError("the database holds no conference yet")
                return next((c for c in found if c.id == chosen), found[0])
            conference = catalog_repo.conference(orm, conference_id)
            if conference is None:
                wanted = conference_id.strip().casefold()
                same = [c for c in catalog_repo.conferences(orm) if c.id.casefold() == wanted]
                conference = same[0] if len(same) == 1 else None
        if conference is None:
            raise NotFoundError(
                f"{conference_id}: no such conference (`planner conferences` lists them)"
            )
        return conference

    def current_conference_id(self) -> str | None:
        """The conference imported or chosen last, by the window or the command line; None
        when none was (a database from before the choice was kept) or it is gone."""
        with self._db.reading() as orm:
            return self._current_id(orm)

    def _current_id(self, orm: object) -> str | None:
        chosen = preferences_repo.get(orm, preferences_repo.CURRENT_CONFERENCE)  # type: ignore[arg-type]
        return chosen if chosen and catalog_repo.conference(orm, chosen) else None  # type: ignore[arg-type]

    def use(self, conference_id: str) -> Conference:
        """Make a conference the current one, for the command line and the window alike."""
        conference = self.conference(conference_id)
        if self.current_conference_id() != conference.id:
            with self._db.transaction() as orm:
                preferences_repo.put(orm, preferences_repo.CURRENT_CONFERENCE, conference.id)
        return conference

    def remove_conference(self, conference_id: str, save_to: Path | None) -> RemovedConference:
        """Remove a conference's catalog and the user's picks of it, their picks first saved
        to the agenda file ``save_to`` (nothing is removed if it cannot be written).

        The picks are compared again inside the removal: a pick made meanwhile (by the window,
        say) stops it rather than going unsaved.
        """
        conference = self.conference(conference_id)
        picks = self.picks(conference.id)
        saved = None
        if picks and save_to is not None:
            self.save_agenda(save_to, conference_id=conference.id)
            saved = save_to
        with self._db.transaction() as orm:
            if picks_repo.picks(orm, conference.id) != picks:
                raise UsageError(f"{conference.id}: its picks changed meanwhile; nothing removed")
            catalog_repo.delete_conference(orm, conference.id)
            picks_repo.remove(orm, picks)
        changes = Changes(frozenset(picks), frozenset({conference.id}), self._back_up_picks())
        return RemovedConference(conference, len(picks), saved, changes)

    def tracks(self, conference_id: str | None = None) -> list[tuple[str, int]]:
        conference = self.conference(conference_id)
        with self._db.reading() as orm:
            return catalog_repo.tracks(orm, conference.id)

    def days(self, conference_id: str | None = None) -> list[tuple[date, int]]:
        conference = self.conference(conference_id)
        with self._db.reading() as orm:
            return catalog_repo.days(orm, conference.id)

    # --- sessions --------------------------------------------------------------------------

    def sessions(self, query: SessionFilter | None = None) -> list[SessionView]:
        """The sessions a query asks for (see ``SessionFilter``): in time order, or best first
        for a search."""
        query = query or SessionFilter()
        conference = self.conference(query.conference_id)
        terms = search_terms(query.search or "")
        with self._db.reading() as orm:
            track, keys, ranked = finding.narrowed(orm, conference.id, query, terms)
            found = catalog_repo.query_sessions(
                orm, conference.id, track=track, day=query.day, keys=keys
            )
            views = self._views(orm, conference.id, found)
        return finding.in_order(views, query, ranked)

    def sessions_page(self, query: SessionFilter | None, limit: int) -> SessionPage:
        """The first ``limit`` sessions of ``sessions(query)``, in its order, and how many it
        lists. A search alone is ranked only as far as the page: at 100,000 sessions that is
        the difference between a few milliseconds and a second (``storage.ranking``)."""
        query = query or SessionFilter()
        terms = search_terms(query.search or "")
        if not terms or not finding.search_alone(query):
            views = self.sessions(query)
            return SessionPage(views[:limit], len(views))
        conference = self.conference(query.conference_id)
        with self._db.reading() as orm:
            keys, total = finding.ranked_page(orm, conference.id, terms, limit)
            found = catalog_repo.query_sessions(orm, conference.id, keys=set(keys))
            views = self._views(orm, conference.id, found)
        return SessionPage(finding.in_order(views, query, keys), total)

    def views(self, keys: Iterable[str]) -> dict[str, SessionView]:
        """The sessions of these keys, as lists show them (keys no catalog holds are left out)."""
        with self._db.reading() as orm:
            found = catalog_repo.sessions_by_keys(orm, keys)
            cancelled = catalog_repo.cancelled_keys(orm, found)
            by_conference: dict[str, list[tuple[Session, bool]]] = {}
            for s in found.values():
                by_conference.setdefault(s.conference_id, []).append((s, s.key in cancelled))
            return {
                v.key: v
                for conference_id, sessions in by_conference.items()
                for v in self._views(orm, conference_id, sessions)
            }

    def _views(
        self, orm: object, conference_id: str, found: Sequence[tuple[Session, bool]]
    ) -> list[SessionView]:
        picks = picks_repo.picks_for(orm, (s.key for s, _ in found))  # type: ignore[arg-type]
        runs = catalog_repo.series_runs(
            orm,  # type: ignore[arg-type]
            conference_id,
            (s.series for s, _ in found if s.series),
        )
        return [
            SessionView(
                session=s,
                pick=picks.get(s.key),
                cancelled=cancelled,
                other_runs=tuple(k for k in runs.get(s.series or "", ()) if k != s.key),
            )
            for s, cancelled in found
        ]

    def listing(self, conference_id: str | None = None) -> list[ListingRow]:
        """Every session of a conference as light rows (for lists of any size)."""
        conference = self.conference(conference_id)
        with self._db.reading() as orm:
            return catalog_repo.listing(orm, conference.id)

    def listing_revision(self, conference_id: str | None = None) -> int:
        """The revision of the conference's catalog; read it before ``listing`` (see there)."""
        conference = self.conference(conference_id)
        with self._db.reading() as orm:
            return catalog_repo.listing_revision(orm, conference.id)

    def revisions(self) -> Revisions:
        """The picks' revision and every catalog's, in one read: a window that kept its own
        copies current with its own changes tells from these that another program wrote."""
        with self._db.reading() as orm:
            return Revisions(agenda_repo.picks_revision(orm), catalog_repo.catalog_revisions(orm))

    def matching_ids(self, text: str) -> set[int] | None:
        """Row ids (as in ``listing``) of the sessions matching a search; None for no search."""
        with self._db.reading() as orm:
            return catalog_repo.search_ids(orm, search_terms(text))

    def matching_positions(self, conference_id: str, text: str) -> ListingMatches:
        """Where the sessions matching a search stand in ``listing(conference_id)``.

        Answers for the catalog as it is now: when the revision differs from the one read
        with a listing, that listing is stale (the conference was imported again since).
        """
        with self._db.reading() as orm:
            return catalog_repo.search_positions(orm, conference_id, search_terms(text))

    def resolve_key(self, key_or_code: str, conference_id: str | None = None) -> str:
        """The session key for a key, a session code (``S72484``, ``1007#2`` for the second
        run of a session held twice) or the part of a key after the conference; a code
        several conferences use means the current one's."""
        with self._db.reading() as orm:
            return self._resolver(conference_id)(orm, [key_or_code])[0]

    def _resolver(self, conference_id: str | None) -> pick_edits.Resolver:
        if conference_id is not None:  # NotFoundError for a conference not loaded
            conference_id = self.conference(conference_id).id

        def resolve(orm: object, texts: list[str]) -> list[str]:
            scope = conference_id or self._current_id(orm)
            return finding.resolve_keys(orm, [t.strip() for t in texts], conference_id, scope)

        return resolve

    def resolve_keys(
        self, keys_or_codes: Iterable[str], conference_id: str | None = None
    ) -> list[str]:
        """``resolve_key`` of each, with a few queries in all (a bookmark of thousands)."""
        with self._db.reading() as orm:
            return self._resolver(conference_id)(orm, list(keys_or_codes))

    def session(self, key_or_code: str, conference_id: str | None = None) -> SessionView:
        key = self.resolve_key(key_or_code, conference_id)
        with self._db.reading() as orm:
            session = catalog_repo.sessions_by_keys(orm, [key])[key]
            cancelled = key in catalog_repo.cancelled_keys(orm, [key])
            return self._views(orm, session.conference_id, [(session, cancelled)])[0]

    # --- picks -----------------------------------------------------------------------------

    def picks(self, conference_id: str | None = None) -> dict[str, Pick]:
        with self._db.reading() as orm:
            return picks_repo.picks(orm, conference_id)

    def agenda(self, conference_id: str | None = None) -> list[SessionView]:
        """The user's picked sessions, in time order."""
        conference = self.conference(conference_id)
        return self.sessions(SessionFilter(conference_id=conference.id, bookmarked=True))

    def agenda_state(self, conference_id: str | None = None) -> AgendaState:
        """Every pick of a conference with its session, clashes, decisions and plan (one read)."""
        conference = self.conference(conference_id)
        with self._db.reading() as orm:
            revision = agenda_repo.picks_revision(orm)
            found = agenda_repo.agenda(orm, conference.id)
        picks = {item.key: item.pick for item in found if item.pick is not None}
        views = [
            SessionView(item.session, item.pick, item.cancelled, item.other_runs)
            for item in found
            if item.session is not None
        ]
        return AgendaState.build(conference.id, picks, views, revision)

    def running_between(
        self, conference_id: str, start: datetime, end: datetime
    ) -> list[SessionView]:
        """The conference's sessions that run at some moment between ``start`` and ``end``."""
        with self._db.reading() as orm:
            found = agenda_repo.running_between(
                orm, conference_id, int(start.timestamp()), int(end.timestamp())
            )
        return [
            SessionView(item.session, item.pick, item.cancelled, item.other_runs)
            for item in found
            if item.session is not None
        ]

    def edit_picks(
        self,
        keys: Iterable[str],
        edit: pick_edits.Edit,
        *,
        resolve: bool = False,
        conference_id: str | None = None,
        brief: bool = False,
    ) -> EditResult:
        """Change picks in one transaction (see ``pick_edits``); the backup follows.

        With ``resolve``, a key may be a session code, read as ``resolve_key`` reads it (in
        ``conference_id``, else the current conference first). ``brief``: the sessions in the
        changes only name themselves (see ``pick_edits.apply_edit``).
        """
        resolver = self._resolver(conference_id) if resolve else None
        result = pick_edits.apply_edit(self._db, keys, edit, resolve=resolver, brief=brief)
        if result.changes:
            changes = replace(result.changes, message=self._back_up_picks())
            result = replace(result, changes=changes)
        return result

    def bookmark(
        self,
        keys: Iterable[str],
        *,
        priority: int | None = None,
        note: str | None = None,
        state: PickState | None = None,
        conference_id: str | None = None,
    ) -> Changes:
        """Bookmark sessions, or change an existing bookmark's priority, note or state; a code
        is read in ``conference_id`` (else the current conference first)."""
        edit = pick_edits.bookmarking(priority, note, state)
        return self.edit_picks(keys, edit, resolve=True, conference_id=conference_id).changes

    def unbookmark(self, keys: Iterable[str], conference_id: str | None = None) -> Changes:
        return self.edit_picks(
            keys, pick_edits.removing, resolve=True, conference_id=conference_id
        ).changes

    def switch_run(self, from_key: str, to_key: str) -> Changes:
        """Move a pick to another run of the same session (same priority, note), attending it."""
        return self.edit_picks([from_key, to_key], pick_edits.switching(from_key, to_key)).changes

    def snapshot(self, keys: Iterable[str]) -> Snapshot:
        """The current picks of ``keys`` (None where not picked), for undo."""
        keys = list(keys)
        with self._db.reading() as orm:
            found = picks_repo.picks_for(orm, keys)
        return {k: found.get(k) for k in keys}

    def restore(self, snapshot: Snapshot) -> Changes:
        """Put picks back exactly as a snapshot had them (undo and redo)."""
        return self.edit_picks(snapshot, pick_edits.restoring(snapshot)).changes

    # --- sharing ---------------------------------------------------------------------------

    def export_calendar(
        self,
        out: Path,
        *,
        conference_id: str | None = None,
        alarm_minutes: int | None = None,
        all_sessions: bool = False,
        now: datetime | None = None,
        watch_later: bool = False,
    ) -> CalendarExport:
        """Write the picks (or the whole catalog) as an .ics file that updates on re-export.

        Picks to watch later are left out unless ``watch_later`` (then marked, as alternatives
        always are, with their time left free): the calendar shows what the user attends.
        """
        from planner.services.calendar_export import export_calendar

        lifecycle.refuse_export_target(out, "a calendar to write")
        conference = self.conference(conference_id)
        query = SessionFilter(conference_id=conference.id, bookmarked=not all_sessions)
        views = [
            v
            for v in self.sessions(query)
            if all_sessions or watch_later or v.pick is None
            or v.pick.state is not PickState.WATCH_LATER
        ]  # fmt: skip
        scope = f"{conference.id}:{'all' if all_sessions else 'picks'}"
        return export_calendar(self._db, conference, views, out, scope=scope,
                               alarm_minutes=alarm_minutes, now=now)  # fmt: skip

    def sync_calendar(
        self,
        url: str,
        *,
        password: str,
        user: str | None = None,
        conference_id: str | None = None,
        alarm_minutes: int | Literal["remembered"] | None = "remembered",
        on_conflict: str = "report",
        now: datetime | None = None,
    ) -> SyncReport:
        """Make the CalDAV calendar at ``url`` hold exactly the scheduled picks (calendar_sync)."""
        from planner.services.caldav_server import CalendarServer
        from planner.services.calendar_sync import OnConflict, sync_calendar

        address, user = self.sync_address(url, user)
        conference = self.conference(conference_id)
        with CalendarServer(address, user, password) as server:
            return sync_calendar(self._db, conference, self.agenda(conference.id), server,
                                 alarm_minutes=alarm_minutes, on_conflict=OnConflict(on_conflict),
                                 now=now)  # fmt: skip

    def check_calendar(self, url: str, *, password: str, user: str | None = None) -> str | None:
        """The calendar's name if ``url`` is one ("" if unnamed), None if a sync would create it.

        Raises SyncError (the server refused, is unreachable, or the address is no calendar).
        """
        from planner.services.caldav_server import CalendarServer

        address, user = self.sync_address(url, user)
        with CalendarServer(address, user, password) as server:
            name = server.calendar_name()
            if name is None and not server.can_create():
                raise server.no_calendar()
            return name

    def sync_address(self, url: str, user: str | None = None) -> tuple[CalendarAddress, str]:
        """The calendar address in ``url``, and the user: given, in the URL, or synced last."""
        from planner.services.caldav_server import parse_address
        from planner.storage import sync_repo

        address, in_url = parse_address(url)
        if user or in_url:
            return address, user or in_url
        with self._db.reading() as orm:
            found = sync_repo.target(orm, address.server, address.path)
        return address, found.user if found else ""

    def synced_calendars(self, conference_id: str | None = None) -> list[SyncTarget]:
        """The calendars this database has synced (of one conference), the latest first."""
        from planner.storage import sync_repo

        with self._db.reading() as orm:
            return sync_repo.targets(orm, conference_id)

    def pocket_agenda(
        self, conference_id: str | None = None, *, all_sessions: bool = False
    ) -> PocketAgenda:
        """The picks (or the whole catalog) by day, as the printed pocket agenda shows them."""
        from planner.services.pocket_agenda import pocket_agenda

        conference = self.conference(conference_id)
        query = SessionFilter(conference_id=conference.id, bookmarked=not all_sessions)
        views = self.sessions(query)
        return pocket_agenda(conference, views, self.conflicts(conference.id),
                             all_sessions=all_sessions)  # fmt: skip

    def save_agenda(
        self,
        out: Path,
        *,
        conference_id: str | None = None,
        owner: str | None = None,
        now: datetime | None = None,
    ) -> int:
        """Write the user's picks as a shareable agenda file; returns how many picks."""
        from planner.formats.atomic import write_atomically
        from planner.services import agenda_share

        lifecycle.refuse_export_target(out, "an agenda to write")
        conference = self.conference(conference_id)
        agenda = agenda_share.agenda_file(conference, self.agenda(conference.id), owner, now)
        try:
            write_atomically(out, agenda_share.encode(agenda))
        except OSError as exc:
            raise OutputError(f"{out}: cannot write the agenda ({exc.strerror or exc})") from exc
        return len(agenda.entries)

    def read_agenda(self, path: Path) -> AgendaFile:
        """A colleague's agenda file, read and checked (nothing is written)."""
        from planner.services import agenda_share

        lifecycle.refuse_database_file(path, "an agenda file")
        return agenda_share.read(path)

    def colleague_agenda(self, path: Path) -> tuple[AgendaFile, dict[str, AgendaEntry]]:
        """A colleague's agenda as an overlay: their entries by the session key they match.

        Read-only: nothing of theirs is written into the user's picks.
        """
        from planner.formats.agenda_file import match_entries

        agenda = self.read_agenda(path)
        with self._db.reading() as orm:
            known = catalog_repo.conference(orm, agenda.conference_id) is not None
        conference = self.conference(agenda.conference_id if known else None)
        catalog = self.sessions(SessionFilter(conference_id=conference.id))
        matches = match_entries(agenda.entries, (v.session for v in catalog))
        return agenda, {m.session_key: m.entry for m in matches if m.session_key}

    def preview_agenda(self, path: Path, mode: str = "preview") -> AgendaPreview:
        """What merging ("preview", "merge") or replacing with an agenda file would do; nothing
        is written."""
        from planner.services import agenda_share

        agenda = self.read_agenda(path)
        with self._db.reading() as orm:
            known = catalog_repo.conference(orm, agenda.conference_id) is not None
        if not known:
            # Matched against another conference, a merge would add nothing and a replace
            # would remove that conference's picks: refused before anything is read or written.
            raise NotFoundError(agenda_share.unknown_conference_message(path, agenda))
        conference = self.conference(agenda.conference_id)
        catalog = self.sessions(SessionFilter(conference_id=conference.id))
        return agenda_share.preview(
            agenda, agenda_share.Mode(mode), self.picks(conference.id), catalog
        )

    def open_agenda(self, path: Path, mode: str = "preview") -> AgendaPreview:
        """Preview, merge or replace picks from an agenda file; one transaction."""
        result = self.preview_agenda(path, mode)
        if mode != "preview" and result.result:
            self.restore(result.result)
        return result

    # --- clashes ---------------------------------------------------------------------------

    def _slots(self, conference_id: str | None) -> list[Slot]:
        return [
            Slot(
                key=view.key,
                start=view.pick.planned_start or view.session.start,  # type: ignore[union-attr]
                end=view.pick.planned_end or view.session.end,  # type: ignore[union-attr]
                room=view.session.room,
                priority=view.pick.priority,  # type: ignore[union-attr]
                recorded=view.session.recorded,
            )
            for view in self.agenda(conference_id)
            if not view.cancelled and view.pick.state is PickState.ATTENDING  # type: ignore[union-attr]
        ]

    def conflicts(
        self, conference_id: str | None = None, buffer: timedelta = timedelta(0)
    ) -> list[ClashGroup]:
        """Clash groups among the picks the user means to attend."""
        return find_conflicts(self._slots(conference_id), buffer)

    def plan(self, conference_id: str | None = None, buffer: timedelta = timedelta(0)) -> Plan:
        return best_plan(self._slots(conference_id), buffer)

    def apply_plan(self, plan: Plan) -> Changes:
        """Keep the plan's picks as attending; the rest become watch-later or alternatives."""
        states = {k: PickState.ATTENDING for k in plan.keep}
        states.update({k: PickState.WATCH_LATER for k in plan.watch_later})
        states.update({k: PickState.ALTERNATIVE for k in plan.alternatives})
        return self.set_states(states)

    def set_states(self, states: dict[str, PickState]) -> Changes:
        return self.edit_picks(states, pick_edits.setting_states(states)).changes
