"""Running the Alembic migrations from code, with no alembic.ini at run time.

Owns the Alembic `Config` pointing at the packaged `migrations/` folder and the one
transaction every upgrade or downgrade runs in: all revisions commit together or not
at all, and on SQLite the foreign keys are checked before that commit (they are off
while Alembic rebuilds tables). Must not define tables: the revisions do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from anjungan.core.errors import StoreError
from anjungan.core.store.engine import foreign_keys_disabled, writer

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(
    connection: Connection | None = None, *, script_location: Path = MIGRATIONS_DIR
) -> Config:
    """A file-less Alembic config; `env.py` migrates `connection` when one is given.

    ``script_location`` lets the central server run its own migrations folder the
    same way (one transaction, foreign keys checked).
    """
    config = Config()
    config.set_main_option("script_location", str(script_location))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    head = ScriptDirectory.from_config(
        alembic_config(script_location=script_location)
    ).get_current_head()
    if head is None:
        raise StoreError(
            "Skema basis data tidak ditemukan pada paket aplikasi. Pasang ulang aplikasi.",
            "The database schema is missing from the application package. Reinstall it.",
        )
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One connection in one transaction for a whole migration run."""
    with writer(engine).connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        with foreign_keys_disabled(connection) if sqlite else nullcontext(), connection.begin():
            yield connection
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise StoreError(
                    "Pembaruan basis data dibatalkan karena data tidak konsisten. "
                    "Hubungi dukungan teknis.",
                    "The database upgrade was cancelled because the data is inconsistent. "
                    "Contact technical support.",
                )


def upgrade(
    engine: Engine, revision: str = "head", *, script_location: Path = MIGRATIONS_DIR
) -> None:
    with migration_transaction(engine) as connection:
        command.upgrade(alembic_config(connection, script_location=script_location), revision)


def downgrade(engine: Engine, revision: str, *, script_location: Path = MIGRATIONS_DIR) -> None:
    with migration_transaction(engine) as connection:
        command.downgrade(alembic_config(connection, script_location=script_location), revision)
