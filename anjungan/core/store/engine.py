"""Opening the local database: engine settings, SQLite durability pragmas, migrations.

Owns `open_store` and `Store`. On SQLite every pooled connection gets WAL journaling,
`synchronous=FULL` (a committed record survives a power cut), enforced foreign keys and
a busy timeout, and SQLAlchemy rather than the `sqlite3` module emits BEGIN, so that DDL
and savepoints are truly transactional. Writers (`Store.write_session`, hence every
unit of work, and migrations) take the write lock up front with `BEGIN IMMEDIATE`
instead of failing half-way when another writer got there first; plain readers keep a
deferred BEGIN and never block anyone (WAL).
Must not define tables: the schema comes from Alembic (`core.store.migrate`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from anjungan.core.store.guard import install_append_only_guard

DEFAULT_BUSY_TIMEOUT_MS = 5_000
# Execution option marking connections that will write (see `_begin`).
WRITER_OPTION = "anjungan_writer"


@dataclass(frozen=True)
class Store:
    """An opened database: the engine and its two session factories.

    `sessions` are for reading (deferred BEGIN); `write_sessions` lock for writing at
    BEGIN on SQLite, which is what a unit of work uses.
    """

    engine: Engine
    sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.sessions()

    def write_session(self) -> Session:
        return self.write_sessions()

    def revision(self) -> str | None:
        """The Alembic revision the database is at (None before the first migration)."""
        from anjungan.core.store.migrate import current_revision

        return current_revision(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dispose()


def database_url(path_or_url: str | os.PathLike[str] | URL) -> URL:
    """A URL from a filesystem path (SQLite) or from a URL string."""
    if isinstance(path_or_url, URL):
        return path_or_url
    text = os.fspath(path_or_url)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))


def is_memory_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def create_store_engine(
    path_or_url: str | os.PathLike[str] | URL,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    echo: bool = False,
) -> Engine:
    """The engine alone, configured but not migrated (`env.py` uses it for the CLI)."""
    url = database_url(path_or_url)
    kwargs: dict[str, Any] = {"echo": echo}
    if url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False}
        if is_memory_sqlite(url):
            # One shared connection, or every session would see its own empty database.
            kwargs["poolclass"] = StaticPool
        elif url.database:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine, busy_timeout_ms)
    return engine


def open_store(
    path_or_url: str | os.PathLike[str] | URL,
    *,
    migrate: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    echo: bool = False,
) -> Store:
    """Open (creating if needed) the database and bring its schema to the newest revision.

    A path means a SQLite file (created with its parent folders); a string with "://"
    is a SQLAlchemy URL (e.g. ``postgresql+psycopg://...``). After a crash SQLite
    replays or discards its WAL on this first connection, before any migration runs.
    """
    engine = create_store_engine(path_or_url, busy_timeout_ms=busy_timeout_ms, echo=echo)
    if migrate:
        from anjungan.core.store.migrate import upgrade

        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
    return Store(
        engine=engine, sessions=_sessions(engine), write_sessions=_sessions(writer(engine))
    )


def writer(engine: Engine) -> Engine:
    """The same engine and pool, with connections that lock for writing at BEGIN."""
    return engine.execution_options(**{WRITER_OPTION: True})


def _sessions(bind: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit: screens show what was just saved.
    factory = sessionmaker(bind, expire_on_commit=False)
    install_append_only_guard(factory)
    return factory


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    def on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        # Hand transaction control to SQLAlchemy (see the `begin` listener below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # busy_timeout first, so the pragmas below wait for a lock instead of failing.
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _begin)


def _begin(connection: Any) -> None:
    # A writer takes the lock at BEGIN (IMMEDIATE): with a deferred BEGIN, a transaction
    # that reads first and writes later fails at once (SQLITE_BUSY_SNAPSHOT, no busy
    # wait) if another connection committed in between. WAL readers are never blocked.
    immediate = connection.get_execution_options().get(WRITER_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def foreign_keys_disabled(connection: Any) -> Iterator[None]:
    """SQLite only: foreign keys off for one connection, outside any transaction.

    Alembic's batch mode rebuilds a table by copy, drop and rename; with enforcement on,
    the DROP would cascade-delete every child row. `PRAGMA foreign_keys` is ignored
    inside a transaction, so this must wrap the transaction, not sit within it.
    """
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")
