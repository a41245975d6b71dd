"""Alembic environment of the local store, for `open_store` and for developers' CLI.

Programmatic runs (`core.store.migrate`) hand in a connection already inside its
transaction through `config.attributes["connection"]`. CLI runs (`alembic -c
anjungan/core/store/alembic.ini ...`) build the engine from ``-x url=...``, the
``ANJUNGAN_DB_URL`` variable or the ini's `sqlalchemy.url`. Batch mode is on so that
SQLite can alter tables. Must not import anything but the models and the engine setup.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from anjungan.core.store.models import Base

config = context.config
target_metadata = Base.metadata


def _cli_url() -> str:
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("ANJUNGAN_DB_URL")
    return url or config.get_main_option("sqlalchemy.url") or "sqlite:///anjungan-dev.sqlite3"


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(
        url=_cli_url(),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from anjungan.core.store.engine import create_store_engine
    from anjungan.core.store.migrate import migration_transaction

    engine = create_store_engine(_cli_url())
    try:
        with migration_transaction(engine) as cli_connection:
            _run(cli_connection)
    finally:
        engine.dispose()


if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

if context.is_offline_mode():
    run_offline()
else:
    run_online()
