"""Opening the SQLite file: pragmas, schema migrations, damage checks, and clear errors.

Every connection gets WAL journaling (readers never wait for the writer), foreign keys on, and
a busy timeout so that the CLI and the window can write to one file at once: a writing
transaction takes the write lock at BEGIN and waits up to 15 s for it. Opening a file
runs any pending Alembic migration; the common case (already at head) is checked with one
query so that start-up does not pay for Alembic at all.

Nothing here reads the file itself: every question about it (is it SQLite, is it damaged,
whose is it) is asked of SQLite, or of ``stat``, which opens nothing. A process that holds
SQLite connections must never open the database file with plain ``open()``: on POSIX,
closing any descriptor of a file drops every lock the process holds on it, and another
process then checkpoints and deletes the WAL this one still writes into (the picks written
since vanish; sqlite.org/howtocorrupt.html, section 2.2). See services/lifecycle.py.

What a file can turn out to be, and what happens:

- missing or empty: a new database (the caller restores picks from the backup if there is one);
- not a regular file (a FIFO, a device): refused before SQLite opens it (a FIFO never answers);
- not recognisable as SQLite (zeros, someone else's file, a damaged first page):
  ``DamagedDatabaseError`` with ``certain=False``: the caller recovers only when a backup of
  picks beside it says that it was the planner's;
- SQLite but damaged, or the planner's tables with a missing or broken schema-version record:
  ``DamagedDatabaseError``, so that the caller can set it aside and rebuild;
- SQLite with other programs' tables and no planner schema: ``ForeignDatabaseError``, and
  nothing is added to it;
- on a read-only medium: opened read-only (``Database.read_only``); every write is refused.

A full ``PRAGMA quick_check`` reads the whole file (300 ms for 100,000 sessions, seconds from
a cold disk), so start-up checks small files whole and large ones only where the user's own
data lives (the pick table and the schema); damage found later, on use, leaves a marker beside
the file so that the next start checks it whole.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.core.errors import StorageError
from planner.storage.tables import SCHEMA_HEAD

BUSY_TIMEOUT_MS = 15_000
MIGRATIONS = Path(__file__).with_name("migrations")
# A whole quick_check of a file this size takes some 30 ms warm; larger files get the cheap one.
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
# sqlite3 result codes (primary, the low byte of the extended code) that mean a damaged file.
_SQLITE_CORRUPT = 11
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
_WRITES = "planner_writes"  # execution option: this connection's transactions write
# Messages behind which a full disk or a read-only folder may hide.
_IO_TROUBLE = ("disk I/O error", "unable to open database file")
# Tables only the planner makes: a file holding them is the planner's, whatever else it says.
PLANNER_TABLES = frozenset({"conference", "session", "pick"})
# What SQLite says when a migration meets tables that its version record does not describe.
_SCHEMA_MISMATCH = ("already exists", "no such table", "no such column", "duplicate column")


class DamagedDatabaseError(StorageError):
    """The file is damaged: the caller may set it aside and rebuild.

    ``certain`` is False when SQLite does not recognise the file at all (zeros, a damaged first
    page, or a file that never was a database): only a backup of picks beside it says that it
    was the planner's, and only then may the caller move it.
    """

    def __init__(self, path: Path, detail: str, *, certain: bool = True) -> None:
        self.path = path
        self.detail = detail
        self.certain = certain
        # Which file was found damaged (device, inode), when known: another process may have
        # set it aside and put a fresh one at the same path since.
        self.identity: tuple[int, int] | None = None
        super().__init__(
            f"{path}: the database file is damaged ({detail}); close and reopen the planner to "
            "set it aside and get your picks back from the automatic backup"
        )


class ForeignDatabaseError(StorageError):
    """An SQLite file of another program: refused, and nothing is added to it."""

    def __init__(self, path: Path, tables: set[str]) -> None:
        shown = ", ".join(sorted(tables)[:4]) + (", ..." if len(tables) > 4 else "")
        super().__init__(
            f"{path}: is another program's SQLite database (tables: {shown}), not a "
            "Conference Planner database; nothing was changed in it (give --db a new file name)"
        )


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _set_reading_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # A read-only file keeps the journal mode it has: changing it would be a write.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _begin(conn: Connection) -> None:
    # A writer takes the write lock at BEGIN: a deferred transaction that upgrades later can
    # fail with "database is locked" without waiting for the busy timeout. A reader begins
    # deferred, so that under WAL it never waits for a writer (an import can take seconds).
    writes = conn.get_execution_options().get(_WRITES, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _make_engine(path: Path, read_only: str = "") -> Engine:
    """The engine; ``read_only`` is "" (read and write), "ro" or "immutable" (see below)."""
    if not read_only:
        engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    else:
        # mode=ro needs to create the -shm file beside a WAL database; on a read-only medium
        # it cannot, and immutable=1 (nobody can change the file there) reads it without.
        options = "mode=ro" + ("&immutable=1" if read_only == "immutable" else "")
        name = quote(str(path.absolute()))
        engine = create_engine(f"sqlite+pysqlite:///file:{name}?{options}&uri=true", future=True)
    # pysqlite's own transaction handling is switched off so that BEGIN is ours to issue.
    event.listen(engine, "connect", _disable_pysqlite_transactions)
    event.listen(engine, "connect", _set_reading_pragmas if read_only else _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def _disable_pysqlite_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None


class Database:
    """One open SQLite file: the engine and a factory of ORM sessions (storage-internal)."""

    def __init__(self, path: Path, read_only: str = "") -> None:
        self.path = path
        self.read_only = bool(read_only)
        self.engine = _make_engine(path, read_only)
        # The same engine and pool; its connections begin with the write lock.
        self.writer = self.engine.execution_options(**{_WRITES: True})
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        if self.read_only:
            raise StorageError(
                f"{self.path}: the database is on a read-only disk or folder and was opened "
                "read-only; changes cannot be saved (copy it somewhere writable to change it)"
            )
        with self._write_sessions() as orm, _storage_errors(self.path), orm.begin():
            # The session would connect (and BEGIN) at its first statement; the lock is taken
            # here instead, so that whatever the block does first, a file read included (the
            # backup of picks), happens under it.
            orm.connection()
            yield orm

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as orm, _storage_errors(self.path):
            yield orm

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _storage_errors(path: Path, *, opening: bool = False) -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        code = _primary_code(exc.orig)
        if _is_damage(exc.orig):
            not_sqlite = code == _SQLITE_NOTADB or "not a database" in str(exc.orig)
            if not opening:
                # It opened as a database, so it was one: damage found in use.
                mark_damaged(path)
            raise DamagedDatabaseError(
                path,
                "not recognisable as an SQLite database" if not_sqlite else _one_line(exc.orig),
                certain=not (opening and not_sqlite),
            ) from exc
        raise StorageError(f"{path}: {_describe(exc.orig, path)}") from exc
    except SQLAlchemyError as exc:
        raise StorageError(f"{path}: database error: {exc.__class__.__name__}") from exc


def _primary_code(exc: BaseException | None) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _is_damage(exc: BaseException | None) -> bool:
    code = _primary_code(exc)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc)
    return "malformed" in message or "file is not a database" in message


def _one_line(exc: BaseException | None) -> str:
    return " ".join(str(exc).split()) or "unknown damage"


def damage_marker(path: Path) -> Path:
    """The file that says damage was seen in ``path`` while it was in use."""
    return path.with_name(path.name + ".damaged")


def mark_damaged(path: Path) -> None:
    # Best effort: without the marker the next start still finds the damage, only later.
    with suppress(OSError):
        damage_marker(path).touch()


def _describe(exc: BaseException | None, path: Path) -> str:
    message = str(exc) if exc is not None else "unknown database error"
    if "file is not a database" in message or "malformed" in message:
        return "the file is not a planner database or is damaged"
    if "locked" in message:
        return "the database is busy in another program; try again in a moment"
    io_trouble = any(words in message for words in _IO_TROUBLE)
    if "disk is full" in message or (io_trouble and _disk_full(path)):
        return "the disk is full; nothing was written (free some space and try again)"
    if "readonly" in message or "read-only" in message or (io_trouble and _read_only(path)):
        return (
            "the database cannot be written: the file or its folder is read-only "
            "(the planner writes beside it too); nothing was written"
        )
    return message


def _disk_full(path: Path) -> bool:
    # SQLite reports a full disk as SQLITE_FULL only for some writes; extending the -shm file
    # on a full disk comes back as a bare "disk I/O error".
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _read_only(path: Path) -> bool:
    # os.access also sees a read-only mount, which file modes do not show (nor stop root).
    folder_writable = os.access(path.parent, os.W_OK)
    return not folder_writable or (path.exists() and not os.access(path, os.W_OK))


# --- what the file is ----------------------------------------------------------------------


def _regular_file_size(path: Path) -> int | None:
    """The file's size; None when there is no file yet. Refuses what SQLite must not open.

    A FIFO would block SQLite's open for ever, and a device is no place for a database; both
    are refused from ``stat`` alone, which opens nothing.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(f"{path}: cannot use it as the database ({exc.strerror})") from exc
    if stat.S_ISDIR(status.st_mode):
        raise StorageError(f"{path}: is a folder, not a database file")
    if not stat.S_ISREG(status.st_mode):
        raise StorageError(
            f"{path}: is {_kind_of(status.st_mode)}, not a database file; give --db the "
            "name of a regular file (a new name starts a new database)"
        )
    return status.st_size


def _kind_of(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _check_health(engine: Engine, path: Path, size: int) -> None:
    """Raise DamagedDatabaseError if an existing database file is damaged."""
    whole = size <= FULL_CHECK_MAX_BYTES or damage_marker(path).exists()
    checks = ["PRAGMA quick_check"] if whole else ["PRAGMA quick_check(sqlite_master)"]
    if not whole and "pick" in _tables(engine):
        checks.append("PRAGMA quick_check(pick)")
    with engine.connect() as conn:
        for check in checks:
            problems = [row[0] for row in conn.exec_driver_sql(check)]
            if problems != ["ok"]:
                raise DamagedDatabaseError(path, "; ".join(problems[:3]))


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        return {row[0] for row in rows}


def _schema_revision(engine: Engine, path: Path) -> str | None:
    """The planner schema revision of the file; None for a new, empty database.

    Refuses another program's database (ForeignDatabaseError) and calls a planner database
    whose version record is missing or broken damaged: its tables cannot be upgraded safely.
    """
    tables = _tables(engine)
    if not tables:
        return None
    ours = tables >= PLANNER_TABLES
    if "alembic_version" not in tables:
        if ours:
            raise DamagedDatabaseError(path, "its schema version record is missing")
        raise ForeignDatabaseError(path, tables)
    with engine.connect() as conn:
        versions = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    if len(versions) != 1 or not isinstance(versions[0], str):
        if ours:
            found = "empty" if not versions else f"{len(versions)} entries"
            raise DamagedDatabaseError(path, f"its schema version record is broken ({found})")
        raise ForeignDatabaseError(path, tables)
    revision = versions[0]
    if revision != SCHEMA_HEAD and not _known_revision(revision):
        if ours:
            raise StorageError(
                f"{path}: the database was written by a newer Conference Planner (schema "
                f"{revision!r}); update the planner to open it"
            )
        raise ForeignDatabaseError(path, tables)
    if not ours and tables - {"alembic_version"}:
        raise ForeignDatabaseError(path, tables)
    return revision


def _alembic_config():  # type: ignore[no-untyped-def]  # alembic is imported only when needed
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _upgrade(engine: Engine, path: Path, revision: str | None) -> None:
    from alembic import command
    from alembic.util import CommandError

    config = _alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except CommandError as exc:
        raise StorageError(
            f"{path}: the database was written by a newer Conference Planner ({exc}); "
            "update the planner to open it"
        ) from exc
    except DBAPIError as exc:
        message = str(exc.orig)
        if revision is not None and any(words in message for words in _SCHEMA_MISMATCH):
            why = _one_line(exc.orig)
            detail = f"its tables do not match its schema version {revision} ({why})"
            raise DamagedDatabaseError(path, detail) from exc
        raise


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"{path.parent}: cannot create the data folder ({exc.strerror})"
        ) from exc


def open_database(path: Path) -> Database:
    """Open (creating if needed) the planner database at ``path`` and bring its schema to head.

    Raises DamagedDatabaseError for a damaged file, ForeignDatabaseError for another program's
    database, and StorageError for anything else that stops it opening; in none of these
    cases is the file changed. On a read-only medium the database opens read-only
    (``Database.read_only``), if it needs no upgrade.
    """
    path = path.expanduser()
    size = _regular_file_size(path)
    if size is None:
        _make_folder(path)
    identity = file_identity(path)
    read_only = size is not None and _read_only(path)
    database: Database | None = None
    try:
        revision = None
        if size:
            # Looked at read-only first: a read-write connection switches the file to WAL,
            # which would change another program's database before it is refused.
            database = _open_engine(path, read_only=True)
            with _storage_errors(path, opening=True):
                _check_health(database.engine, path, size)
                revision = _schema_revision(database.engine, path)
            if not read_only:
                database.close()
                database = None
        if database is None:
            database = _open_engine(path, read_only=False)
        if revision != SCHEMA_HEAD:
            if database.read_only:
                raise StorageError(
                    f"{path}: the database needs an upgrade to this planner's version, "
                    "but it is on a read-only disk or folder; copy it somewhere writable"
                )
            with _storage_errors(path, opening=True):
                _upgrade(database.writer, path, revision)
        if size:
            with suppress(OSError):
                damage_marker(path).unlink(missing_ok=True)
    except DamagedDatabaseError as exc:
        if database is not None:
            database.close()
        exc.identity = identity
        raise
    except BaseException:
        if database is not None:
            database.close()
        raise
    return database


def _open_engine(path: Path, read_only: bool) -> Database:
    if not read_only:
        return Database(path)
    database = Database(path, "ro")
    try:
        with database.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
    except DBAPIError as exc:
        database.close()
        if _primary_code(exc.orig) == _SQLITE_CANTOPEN:
            return Database(path, "immutable")
        return Database(path, "ro")  # the checks that follow say what is wrong with it
    return database


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or None if there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino
