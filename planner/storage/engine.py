"""Opening the SQLite file: pragmas, schema migrations, damage checks, and clear errors.

Every connection gets WAL journaling (readers never wait for the writer), foreign keys on, and
a busy timeout so that the CLI and the window can write to one file at once: a writing
transaction takes the write lock at BEGIN and waits up to 15 s for it. Opening a file
runs any pending Alembic migration; the common case (already at head) is checked with one
query so that start-up does not pay for Alembic at all.

A file that starts with the SQLite header but is damaged raises ``DamagedDatabaseError``, so
that the caller can set it aside and rebuild; a file without the header is someone else's and
is only refused. A full ``PRAGMA quick_check`` reads the whole file (300 ms for 100,000
sessions, seconds from a cold disk), so start-up checks small files whole and large ones only
where the user's own data lives (the pick table and the schema); damage found later, on use,
leaves a marker beside the file so that the next start checks it whole.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.core.errors import StorageError
from planner.storage.tables import SCHEMA_HEAD

BUSY_TIMEOUT_MS = 15_000
MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
# A whole quick_check of a file this size takes some 30 ms warm; larger files get the cheap one.
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
# sqlite3 result codes (primary, the low byte of the extended code) that mean a damaged file.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_WRITES = "planner_writes"  # execution option: this connection's transactions write
# Messages behind which a full disk or a read-only folder may hide.
_IO_TROUBLE = ("disk I/O error", "unable to open database file")


class DamagedDatabaseError(StorageError):
    """The file is an SQLite database but damaged: the caller may set it aside and rebuild."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        # Which file was found damaged (device, inode), when known: another process may have
        # set it aside and put a fresh one at the same path since.
        self.identity: tuple[int, int] | None = None
        super().__init__(
            f"{path}: the database file is damaged ({detail}); close and reopen the planner to "
            "set it aside and get your picks back from the automatic backup"
        )


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _begin(conn: Connection) -> None:
    # A writer takes the write lock at BEGIN: a deferred transaction that upgrades later can
    # fail with "database is locked" without waiting for the busy timeout. A reader begins
    # deferred, so that under WAL it never waits for a writer (an import can take seconds).
    writes = conn.get_execution_options().get(_WRITES, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    # pysqlite's own transaction handling is switched off so that BEGIN is ours to issue.
    event.listen(engine, "connect", _disable_pysqlite_transactions)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def _disable_pysqlite_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def _upgrade(engine: Engine, path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except CommandError as exc:
        raise StorageError(
            f"{path}: the database was written by a newer Conference Planner ({exc}); "
            "update the planner to open it"
        ) from exc


class Database:
    """One open SQLite file: the engine and a factory of ORM sessions (storage-internal)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = _make_engine(path)
        # The same engine and pool; its connections begin with the write lock.
        self.writer = self.engine.execution_options(**{_WRITES: True})
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        with self._write_sessions() as orm, _storage_errors(self.path), orm.begin():
            yield orm

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as orm, _storage_errors(self.path):
            yield orm

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _storage_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        if _is_damage(exc.orig) and has_sqlite_header(path):
            mark_damaged(path)
            raise DamagedDatabaseError(path, _one_line(exc.orig)) from exc
        raise StorageError(f"{path}: {_describe(exc.orig, path)}") from exc
    except SQLAlchemyError as exc:
        raise StorageError(f"{path}: database error: {exc.__class__.__name__}") from exc


def _is_damage(exc: BaseException | None) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc)
    return "malformed" in message or "file is not a database" in message


def _one_line(exc: BaseException | None) -> str:
    return " ".join(str(exc).split()) or "unknown damage"


def has_sqlite_header(path: Path) -> bool:
    """Whether ``path`` starts like an SQLite database (any database, ours or not)."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


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


def _check_health(engine: Engine, path: Path) -> None:
    """Raise DamagedDatabaseError if an existing database file is damaged."""
    if not has_sqlite_header(path):
        return  # a new file, or not SQLite at all (SQLite itself refuses that one)
    whole = path.stat().st_size <= FULL_CHECK_MAX_BYTES or damage_marker(path).exists()
    checks = ["PRAGMA quick_check"] if whole else ["PRAGMA quick_check(sqlite_master)"]
    if not whole and _has_table(engine, "pick"):
        checks.append("PRAGMA quick_check(pick)")
    with engine.connect() as conn:
        for check in checks:
            problems = [row[0] for row in conn.exec_driver_sql(check)]
            if problems != ["ok"]:
                raise DamagedDatabaseError(path, "; ".join(problems[:3]))
    with suppress(OSError):
        damage_marker(path).unlink(missing_ok=True)


def _has_table(engine: Engine, name: str) -> bool:
    with engine.connect() as conn:
        query = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"
        return conn.exec_driver_sql(query, (name,)).first() is not None


def _make_folder(path: Path) -> None:
    if path.exists() and path.is_dir():
        raise StorageError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"{path.parent}: cannot create the data folder ({exc.strerror})"
        ) from exc


def open_database(path: Path) -> Database:
    """Open (creating if needed) the planner database at ``path`` and bring its schema to head.

    Raises DamagedDatabaseError for a damaged SQLite file (nothing is changed in it) and
    StorageError for anything else that stops it opening.
    """
    path = path.expanduser()
    _make_folder(path)
    identity = file_identity(path)
    database = Database(path)
    try:
        with _storage_errors(path):
            _check_health(database.engine, path)
            if _current_revision(database.engine) != SCHEMA_HEAD:
                _upgrade(database.writer, path)
    except DamagedDatabaseError as exc:
        database.close()
        exc.identity = identity
        raise
    except Exception:
        database.close()
        raise
    return database


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or None if there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino
