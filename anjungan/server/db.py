"""The server's database: declarative base, engine, sessions and migrations.

PostgreSQL (psycopg 3) in deployments, SQLite for one office or the demo. Engine setup
(SQLite WAL, foreign keys, BEGIN IMMEDIATE for writers) and the migration runner are
shared with the local store (`core.store.engine`, `core.store.migrate`); this module
only points them at the server's own schema. Must not hold business rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, MetaData
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from anjungan.core.store.engine import create_store_engine, writer
from anjungan.core.store.migrate import current_revision, upgrade

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ServerBase(DeclarativeBase):
    """Base of every server table (a metadata of its own, apart from the local store)."""

    metadata = MetaData(naming_convention=NAMING)


@dataclass(frozen=True)
class Database:
    engine: Engine
    readers: sessionmaker[Session]
    writers: sessionmaker[Session]

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.readers() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits when the block ends normally, rolls back otherwise."""
        with self.writers() as session, session.begin():
            yield session

    def revision(self) -> str | None:
        return current_revision(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    engine = create_store_engine(url)
    if migrate:
        # "heads": each area (participants, faskes, queue, complaints, sync) owns a
        # branch of revisions on top of 0001, so they can be written independently.
        upgrade(engine, "heads", script_location=MIGRATIONS_DIR)
    return Database(
        engine=engine,
        readers=sessionmaker(engine, expire_on_commit=False),
        writers=sessionmaker(writer(engine), expire_on_commit=False),
    )
