"""One database per process: opened, checked, recovered and backed up once, then shared.

THE RULE. Nothing in a process that holds SQLite connections opens the database file (or its
-wal and -shm files) with plain ``open()``, ``os.open()``, ``Path.read_bytes()`` or anything
else that makes a file descriptor of its own. The reason: POSIX record locks belong to the
process and the file, not to the descriptor, and closing ANY descriptor of the file drops
EVERY lock the process holds on it, SQLite's included. Another process (the command line
next to the window) then believes nobody else has the file open, checkpoints and deletes the
WAL, and this process goes on writing its picks into a WAL file that no longer has a name:
they are gone when it exits (sqlite.org/howtocorrupt.html, section 2.2). SQLite itself is
safe: its unix VFS shares one descriptor per file among a process's connections and defers
closing it while locks are held. So every question about the file goes to SQLite, or to
``stat`` (which opens nothing), and files the user names (a schedule, an agenda) are checked
not to be the database before they are read (``refuse_database_file``).

HOW. ``acquire`` opens a file the first time a process asks for it: the engine is made, the
file checked, a damaged one set aside, the picks the file lost put back from the automatic
backup, and the backup brought up to date; every later ``acquire`` of the same file in the
process (the window's search and import workers, a second ``Planner``) shares that one engine
(SQLAlchemy's pool is thread-safe) until the last ``release``.
"""

from __future__ import annotations

import os
import threading
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from planner.core.errors import OutputError, StorageError, UsageError
from planner.core.model import Pick, conference_of
from planner.formats.atomic import target_problem
from planner.formats.errors import FormatError
from planner.services import backup
from planner.storage import catalog_repo, picks_repo
from planner.storage.engine import (
    DamagedDatabaseError,
    Database,
    damage_marker,
    file_identity,
    open_database,
)
from planner.storage.salvage import salvage_picks

_COMPANIONS = ("", "-wal", "-shm", "-journal")


@dataclass
class Lease:
    """One user's share of an open database; ``recovery`` only for the one that opened it."""

    path: Path
    database: Database
    recovery: str | None = None
    backup_problem: str | None = None
    released: bool = False


@dataclass
class _Open:
    database: Database
    path: Path
    users: int = 0


_LOCK = threading.Lock()
_OPEN: dict[str, _Open] = {}


def _key(path: Path) -> str:
    return os.path.realpath(path.expanduser())


def acquire(path: Path) -> Lease:
    """The database at ``path``, opened (and recovered) if this process has not yet."""
    key = _key(path)
    with _LOCK:
        opened = _OPEN.get(key)
        if opened is not None:
            opened.users += 1
            return Lease(path, opened.database)
        lease = _start(path.expanduser())
        _OPEN[key] = _Open(lease.database, path.expanduser(), users=1)
        return lease


def release(lease: Lease) -> None:
    """Give the lease back; the last one closes the engine."""
    if lease.released:
        return
    lease.released = True
    with _LOCK:
        for key, opened in list(_OPEN.items()):
            if opened.database is lease.database:
                opened.users -= 1
                if opened.users <= 0:
                    del _OPEN[key]
                    opened.database.close()
                return


def is_database_file(path: Path, *, writing: bool = False) -> bool:
    """Whether ``path`` is a file of an open database (or, ``writing``, one of its backups,
    or the name one of them takes when it is not there at the moment)."""
    wanted = file_identity(Path(path))
    if wanted is None and not writing:
        return False
    real = os.path.realpath(path)
    with _LOCK:
        paths = [opened.path for opened in _OPEN.values()]
    for db_path in paths:
        names = [Path(f"{db_path}{end}") for end in _COMPANIONS]
        if writing:
            names += [backup.generation_path(db_path, n) for n in range(backup.GENERATIONS + 1)]
        if wanted is not None and any(file_identity(name) == wanted for name in names):
            return True
        if writing and any(os.path.realpath(name) == real for name in names):
            return True
    return False


def refuse_database_file(path: Path, what: str, *, writing: bool = False) -> None:
    """Refuse ``path`` as ``what`` if it is an open database (see THE RULE above).

    Compared by device and inode from ``stat``, so a link or another name of the file is seen
    too. Reading it would open and close a descriptor of the database in this process;
    writing over it (``writing``; the backups of picks count then too) would replace the
    user's data with an export.
    """
    if is_database_file(path, writing=writing):
        raise UsageError(f"{path}: is one of the planner's own data files, not {what}")


def refuse_export_target(path: Path, what: str) -> None:
    """Refuse ``path`` as the file an export (``what``: "a calendar to write") replaces,
    unless it is a regular file or a new name: never the planner's own data files, a folder,
    a named pipe, a device or a file of the system's (see formats/atomic.py)."""
    refuse_database_file(path, what, writing=True)
    problem = target_problem(path)
    if problem is not None:
        raise OutputError(f"{path}: {problem}, not {what}; nothing was written")


# --- opening and recovering ----------------------------------------------------------------


def _how_found(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "missing"
    return "empty" if size == 0 else ""


def _start(path: Path) -> Lease:
    found = _how_found(path)
    aside: Path | None = None
    try:
        database = open_database(path)
    except DamagedDatabaseError as damage:
        database, aside = _recover(path, damage)
        found = f"damaged ({damage.detail}); it was set aside as {aside.name}" if aside else ""
    lease = Lease(path, database)
    if not database.read_only:
        _reconcile(lease, found, aside)
    return lease


def _recover(path: Path, damage: DamagedDatabaseError) -> tuple[Database, Path | None]:
    """Set the damaged file aside and open a fresh one in its place."""
    if file_identity(path) != damage.identity:
        # Another planner (the window and the command line started together) has set it
        # aside already: the file here now is its fresh one.
        return open_database(path), None
    if not damage.certain and not backup.backups_exist(path):
        raise StorageError(
            f"{path}: is not an SQLite database, or its first page is damaged; it was left as "
            "it is (no automatic backup of picks lies beside it, so it may not be the "
            "planner's): give --db another file, or move this one away"
        ) from damage
    aside = backup.aside_path(path)
    try:
        backup.set_aside(path, aside)
    except OSError as exc:
        raise StorageError(
            f"{damage}; it could not be set aside ({exc.strerror or exc}): move it away "
            "and start the planner again"
        ) from exc
    damage_marker(path).unlink(missing_ok=True)
    return open_database(path), aside


def _reconcile(lease: Lease, found: str, aside: Path | None) -> None:
    """Put back the picks the file lost, bring the backup up to date, and say what was done."""
    database, path = lease.database, lease.path
    newest = backup.newest_readable(path, keep_beside=aside or path)
    salvaged = salvage_picks(aside) if aside is not None else ([], set())
    lost = _put_back_lost(database, newest.backup, salvaged)
    fresh = aside is not None
    if fresh or lost:
        _ensure_bundled_catalog(database)
    if lost or newest.troubles or _behind(database, path, newest.backup):
        lease.backup_problem = back_up(database, path) or None
    lease.recovery = _message(database, path, found, fresh, newest, lost)


def _wanted(saved: backup.PicksBackup | None, salvaged: tuple[list[Pick], set[str]]) -> list[Pick]:
    """The backup's picks, less those a damaged file records as removed since, plus the picks
    the damaged file still holds that the backup lacks (it may have been behind)."""
    from_file, removed = salvaged
    kept = [p for p in (saved.picks if saved else ()) if p.session_key not in removed]
    have = {p.session_key for p in kept}
    return kept + [p for p in from_file if p.session_key not in have]


def _put_back_lost(
    database: Database,
    saved: backup.PicksBackup | None,
    salvaged: tuple[list[Pick], set[str]],
) -> list[Pick]:
    """The picks the backup holds that the database neither holds nor records as removed,
    put back. Looked for without the write lock first (nearly always there are none); if
    some seem lost, the backup is read again under the write lock, which every backup is
    written under: read before, it may be older than a removal another process just made."""
    wanted = _wanted(saved, salvaged)
    if not wanted:
        return []
    with database.reading() as orm:
        if not picks_repo.lost(orm, wanted):
            return []
    with database.transaction() as orm:
        with suppress(OSError, FormatError):  # else as read a moment ago
            saved = backup.read_backup(saved.path) if saved is not None else None
        lost = picks_repo.lost(orm, _wanted(saved, salvaged))
        for pick in lost:
            picks_repo.put(orm, conference_of(pick.session_key), pick)
    return lost


def _behind(database: Database, path: Path, saved: backup.PicksBackup | None) -> bool:
    """Whether the backup misses what the database holds (read without taking the write lock:
    at most starts, nothing needs writing, and another program may be writing for seconds)."""
    with database.reading() as orm:
        picks, removed = picks_repo.picks(orm), picks_repo.removed_keys(orm)
    if saved is None:
        return bool(picks or removed)
    current = saved.path == backup.backup_path(path) and not saved.problems
    return not current or bool(removed) or saved.by_key() != picks


def _message(
    database: Database, path: Path, found: str, fresh: bool, newest: backup.Found, lost: list[Pick]
) -> str | None:
    """What to tell the user, or None when the start was an ordinary one."""
    if fresh or (lost and found):
        parts = [f"{path.name} was {found}"]
    elif lost:
        parts = [f"{path.name} lacked {len(lost)} pick(s) that its automatic backup holds"]
    elif newest.troubles:
        parts = []
    else:
        return None  # a first start, or a database emptied while it held no picks
    with database.reading() as orm:
        loaded = {c.id for c in catalog_repo.conferences(orm)}
    missing = sorted({conference_of(p.session_key) for p in lost} - loaded)
    in_backup = newest.backup.by_key() if newest.backup else {}
    from_backup = sum(1 for p in lost if p.session_key in in_backup)
    parts += backup.restored_message(
        newest, from_backup, missing, fresh=fresh, salvaged=len(lost) - from_backup
    )
    return ". ".join(parts) + "."


def _ensure_bundled_catalog(database: Database) -> None:
    """A recovered database gets the bundled catalog back, so that its picks show at once."""
    from planner.core.errors import PlannerError
    from planner.formats.gtc_bundle import bundled_data_dir, read_gtc_bundle
    from planner.services import catalog_import

    try:
        with database.reading() as orm:
            if catalog_repo.conferences(orm):
                return
        source = catalog_import.CatalogAsSource(read_gtc_bundle())
        catalog_import.store(database, source, str(bundled_data_dir()))
    except PlannerError:
        return  # the picks are back either way; the catalog can follow


def back_up(database: Database, path: Path) -> str:
    """Write the backup of every pick by the policy (services/backup); why it failed, or ""."""
    if database.read_only:
        return ""
    where = backup.backup_path(path)
    try:
        with database.transaction() as orm:
            picks = picks_repo.picks(orm)
            # Under the write lock, so that backups land in the order of the commits they
            # follow, whichever process made them.
            backup.save(path, picks, picks_repo.removed_keys(orm))
            picks_repo.forget_removals(orm)
    except (OSError, StorageError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return (
            f"your picks are saved, but their automatic backup {where} could not be "
            f"written ({reason})"
        )
    return ""
