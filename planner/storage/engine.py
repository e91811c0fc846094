"""Opening the SQLite file: pragmas, schema migrations, and clear errors.

Every connection gets WAL journaling (readers never block the writer), foreign keys on, and a
busy timeout so that the CLI and the window can write to one file at once. Opening a file
runs any pending Alembic migration; the common case (already at head) is checked with one
query so that start-up does not pay for Alembic at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.core.errors import StorageError
from planner.storage.tables import SCHEMA_HEAD

BUSY_TIMEOUT_MS = 15_000
MIGRATIONS = Path(__file__).with_name("migrations")


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _begin_immediate(conn: object) -> None:
    # Take the write lock at BEGIN: a deferred transaction that upgrades later can fail with
    # "database is locked" without waiting for the busy timeout.
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    # pysqlite's own transaction handling is switched off so that BEGIN is ours to issue.
    event.listen(engine, "connect", _disable_pysqlite_transactions)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin_immediate)
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
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        with self._sessions() as orm, _storage_errors(self.path), orm.begin():
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
        raise StorageError(f"{path}: {_describe(exc.orig)}") from exc
    except SQLAlchemyError as exc:
        raise StorageError(f"{path}: database error: {exc.__class__.__name__}") from exc


def _describe(exc: BaseException | None) -> str:
    message = str(exc) if exc is not None else "unknown database error"
    if "file is not a database" in message or "malformed" in message:
        return "the file is not a planner database or is damaged"
    if "locked" in message:
        return "the database is busy in another program; try again in a moment"
    if "readonly" in message or "read-only" in message:
        return "the database cannot be written (read-only file or folder)"
    if "disk is full" in message or "database or disk is full" in message:
        return "the disk is full; nothing was written"
    return message


def open_database(path: Path) -> Database:
    """Open (creating if needed) the planner database at ``path`` and bring its schema to head."""
    path = path.expanduser()
    if path.exists() and path.is_dir():
        raise StorageError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"{path.parent}: cannot create the data folder ({exc.strerror})"
        ) from exc
    database = Database(path)
    try:
        with _storage_errors(path):
            if _current_revision(database.engine) != SCHEMA_HEAD:
                _upgrade(database.engine, path)
    except Exception:
        database.close()
        raise
    return database
