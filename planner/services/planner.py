"""The Planner facade: the one door the CLI, the window and most tests go through.

Every mutation runs in one transaction and returns a ``Changes`` value that says what it
touched, so that a screen redraws only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.changes import SessionChange
from planner.core.conflicts import ClashGroup, Plan, Slot, best_plan, find_conflicts
from planner.core.errors import NotFoundError, OutputError, PlannerError, StorageError, UsageError
from planner.core.model import (
    Catalog,
    Conference,
    ListingMatches,
    ListingRow,
    Pick,
    PickState,
    Session,
    SessionFilter,
    SessionView,
    conference_of,
)
from planner.core.textnorm import search_terms
from planner.formats.errors import FormatError
from planner.services import backup, pick_edits
from planner.services.agenda_state import AgendaState
from planner.services.backup_writer import BackgroundBackups, in_order
from planner.services.changes import Changes as Changes
from planner.services.changes import PickChange as PickChange
from planner.services.pick_edits import EditResult, Snapshot
from planner.storage import agenda_repo, catalog_repo, picks_repo

if TYPE_CHECKING:
    from planner.formats.agenda_file import AgendaEntry, AgendaFile
    from planner.services.agenda_share import AgendaPreview
    from planner.services.calendar_export import CalendarExport
from planner.storage.engine import (
    DamagedDatabaseError,
    Database,
    damage_marker,
    file_identity,
    open_database,
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportResult:
    conference: Conference
    sessions: int
    kept_cancelled: tuple[Session, ...] = ()
    schedule_changes: tuple[SessionChange, ...] = ()
    changes: Changes = field(default_factory=Changes)
    unscheduled: int = 0


@dataclass(frozen=True, slots=True)
class ChangeView:
    """A schedule change, and whether it touches one of the user's picks."""

    change: SessionChange
    picked: bool


@dataclass(frozen=True, slots=True)
class ConferenceInfo:
    conference: Conference
    events: int


class Planner:
    """The planner over one SQLite file.

    ``recovery`` is None, or a message for the user when the file was found damaged at start:
    it was set aside and the picks were restored from the automatic backup. ``backup_problem``
    is None, or why the latest automatic backup of the picks could not be written.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.recovery: str | None = None
        self.backup_problem: str | None = None
        self._backups: BackgroundBackups | None = None
        try:
            self._db: Database = open_database(db_path)
        except DamagedDatabaseError as exc:
            self._db = self._recover(exc)
        else:
            self._back_up_if_missing()

    def close(self) -> None:
        if self._backups is not None:
            self._backups.close()  # the pending backup is written before the engine goes
            self._backups = None
        self._db.close()

    def __enter__(self) -> Planner:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the automatic backup of picks, and recovery ------------------------------------------

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
        try:
            # In the order of the commits they follow, whichever process made them (see
            # backup_writer): the picks are read inside the lock that orders the writes.
            with in_order(self.backup_path) as ordered:
                if ordered:
                    with self._db.reading() as orm:
                        picks = picks_repo.picks(orm)
                    backup.write_backup(self.backup_path, picks.values())
                else:  # no such lock on this platform: the database's write lock orders them
                    with self._db.transaction() as orm:
                        backup.write_backup(self.backup_path, picks_repo.picks(orm).values())
        except (OSError, StorageError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.backup_problem = (
                f"your picks are saved, but their automatic backup {self.backup_path} could "
                f"not be written ({reason})"
            )
        else:
            self.backup_problem = None
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

    def _back_up_if_missing(self) -> None:
        # A database from before backups existed, or a backup someone deleted.
        if not self.backup_path.exists() and self.picks():
            self._back_up_picks()

    def _recover(self, damage: DamagedDatabaseError) -> Database:
        """Set the damaged file aside, start a fresh one, put the picks back from the backup."""
        if file_identity(self.db_path) != damage.identity:
            # Another planner (the window and the command line started together) has set
            # it aside already: the file here now is its fresh one.
            return open_database(self.db_path)
        aside = backup.aside_path(self.db_path)
        try:
            backup.set_aside(self.db_path, aside)
        except OSError as exc:
            raise StorageError(
                f"{damage}; it could not be set aside ({exc.strerror or exc}): move it away "
                "and start the planner again"
            ) from exc
        damage_marker(self.db_path).unlink(missing_ok=True)
        self._db = open_database(self.db_path)
        saved, trouble = self._saved_picks(aside)
        if saved is not None:
            self._put_back(saved.picks)
        with suppress(PlannerError):  # the picks are back either way; the catalog can follow
            self.ensure_bundled_catalog()
        loaded = {info.conference.id for info in self.conferences()}
        self.recovery = backup.recovery_message(
            self.db_path, damage.detail, aside, saved, trouble, loaded
        )
        return self._db

    def _saved_picks(self, aside: Path) -> tuple[backup.PicksBackup | None, str]:
        """The backup, or None and why not ("" when there simply is none)."""
        try:
            return backup.read_backup(self.backup_path), ""
        except FileNotFoundError:
            return None, ""
        except (OSError, FormatError) as exc:
            trouble = str(exc) if isinstance(exc, FormatError) else (exc.strerror or str(exc))
        with suppress(OSError):
            kept = backup.keep_unreadable_backup(self.backup_path, aside)
            trouble += f"; it was kept as {kept.name}"
        return None, trouble

    def _put_back(self, picks: Iterable[Pick]) -> None:
        with self._db.transaction() as orm:
            for pick in picks:
                picks_repo.put(orm, conference_of(pick.session_key), pick)

    # --- catalogs --------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._db.reading() as orm:
            return not catalog_repo.conferences(orm)

    def ensure_bundled_catalog(self) -> ImportResult | None:
        """Load the bundled GTC 2025 catalog into a database that holds no conference yet."""
        if not self.is_empty():
            return None
        from planner.formats.gtc_bundle import bundled_data_dir, read_gtc_bundle

        return self.store_catalog(read_gtc_bundle(), source=str(bundled_data_dir()))

    def reload_bundled_catalog(self) -> ImportResult:
        from planner.formats.gtc_bundle import bundled_data_dir, read_gtc_bundle

        return self.store_catalog(read_gtc_bundle(), source=str(bundled_data_dir()))

    def store_catalog(
        self, catalog: Catalog, source: str, progress: Progress | None = None
    ) -> ImportResult:
        """Store a catalog whole (one transaction), keeping every pick."""
        with self._db.transaction() as orm:
            kept, diff = catalog_repo.store_catalog(orm, catalog, source, progress)
        changes = Changes(catalogs=frozenset({catalog.conference.id}))
        unscheduled = sum(1 for s in catalog.sessions if not s.scheduled)
        return ImportResult(
            catalog.conference,
            len(catalog.sessions),
            tuple(kept),
            tuple(diff),
            changes,
            unscheduled,
        )

    def schedule_changes(self, conference_id: str | None = None) -> list[ChangeView]:
        """What the latest import changed: changes to the user's picks first, then the rest."""
        conference = self.conference(conference_id)
        with self._db.reading() as orm:
            found = catalog_repo.recorded_changes(orm, conference.id)
            picked = set(picks_repo.picks_for(orm, {c.key for c in found}))
        views = [ChangeView(c, c.key in picked) for c in found]
        return sorted(views, key=lambda v: not v.picked)

    def import_file(
        self, path: Path, *, day: date | None = None, progress: Progress | None = None
    ) -> ImportResult:
        """Read a schedule file in any known format and store it."""
        from planner.formats.registry import ReadOptions, read_catalog

        catalog = read_catalog(path, ReadOptions(date=day))
        return self.store_catalog(catalog, source=str(path), progress=progress)

    def conferences(self) -> list[ConferenceInfo]:
        with self._db.reading() as orm:
            return [
                ConferenceInfo(c, catalog_repo.event_count(orm, c.id))
                for c in catalog_repo.conferences(orm)
            ]

    def conference(self, conference_id: str | None = None) -> Conference:
        """The named conference, or the default one (the first loaded)."""
        with self._db.reading() as orm:
            if conference_id is None:
                found = catalog_repo.conferences(orm)
                if not found:
                    raise NotFoundError("the database holds no conference yet")
                return found[0]
            conference = catalog_repo.conference(orm, conference_id)
        if conference is None:
            raise NotFoundError(f"--conference {conference_id}: no such conference")
        return conference

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
        query = query or SessionFilter()
        conference = self.conference(query.conference_id)
        if query.track is not None and query.track not in dict(self.tracks(conference.id)):
            raise NotFoundError(f"--track {query.track}: no such track in {conference.id}")
        with self._db.reading() as orm:
            ids = catalog_repo.search_ids(orm, search_terms(query.search or ""))
            keys = set(picks_repo.picks(orm, conference.id)) if query.bookmarked else None
            found = catalog_repo.query_sessions(
                orm, conference.id, track=query.track, day=query.day, ids=ids, keys=keys
            )
            return self._views(orm, conference.id, found)

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
        """The session key for a key or a session code (``S72484``)."""
        text = key_or_code.strip()
        with self._db.reading() as orm:
            if catalog_repo.sessions_by_keys(orm, [text]):
                return text
            keys = catalog_repo.find_by_code(orm, text, conference_id)
        if len(keys) == 1:
            return keys[0]
        if not keys:
            raise NotFoundError(f"{text}: no session with this key or code")
        raise UsageError(f"{text}: several sessions have this code; use a key: {', '.join(keys)}")

    def session(self, key_or_code: str) -> SessionView:
        key = self.resolve_key(key_or_code)
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
        self, keys: Iterable[str], edit: pick_edits.Edit, *, resolve: bool = False
    ) -> EditResult:
        """Change picks in one transaction (see ``pick_edits``); the backup follows."""
        result = pick_edits.apply_edit(self._db, keys, edit, resolve=resolve)
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
    ) -> Changes:
        """Bookmark sessions, or change an existing bookmark's priority, note or state."""
        edit = pick_edits.bookmarking(priority, note, state)
        return self.edit_picks(keys, edit, resolve=True).changes

    def unbookmark(self, keys: Iterable[str]) -> Changes:
        return self.edit_picks(keys, pick_edits.removing, resolve=True).changes

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
    ) -> CalendarExport:
        """Write the picks (or the whole catalog) as an .ics file that updates on re-export."""
        from planner.services.calendar_export import export_calendar

        conference = self.conference(conference_id)
        query = SessionFilter(conference_id=conference.id, bookmarked=not all_sessions)
        views = self.sessions(query)
        scope = f"{conference.id}:{'all' if all_sessions else 'picks'}"
        return export_calendar(self._db, conference, views, out, scope=scope,
                               alarm_minutes=alarm_minutes, now=now)  # fmt: skip

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

        agenda = agenda_share.read(path)
        with self._db.reading() as orm:
            known = catalog_repo.conference(orm, agenda.conference_id) is not None
        conference = self.conference(agenda.conference_id if known else None)
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
