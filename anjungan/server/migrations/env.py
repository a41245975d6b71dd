"""Alembic environment of the central server's schema (run by `server.db.open_database`).

Programmatic runs hand in a connection inside its transaction through
``config.attributes["connection"]``; developers may run
``alembic -c anjungan/server/alembic.ini -x url=... revision --autogenerate``.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

import anjungan.server.models  # noqa: F401  (registers every table)
from anjungan.server.db import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
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

    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get(
        "ANJUNGAN_SERVER_DB_URL", "sqlite:///anjungan-server-dev.sqlite3"
    )
    engine = create_store_engine(url)
    try:
        with migration_transaction(engine) as cli_connection:
            _run(cli_connection)
    finally:
        engine.dispose()


run_online()
