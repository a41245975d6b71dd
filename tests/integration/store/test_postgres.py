"""The same store on PostgreSQL (the server's database): migrations on a fresh database,
the schema matches the models, a unit-of-work write, concurrent writers sharing one
device sequence. Skipped only when no server answers at 127.0.0.1:5432."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from anjungan.core.clock import FixedClock
from anjungan.core.store import outbox
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.migrate import downgrade, head_revision, upgrade
from anjungan.core.store.models import Base, OutboxEntry
from anjungan.core.store.uow import UnitOfWork
from tests.helpers import store_factories as make
from tests.helpers.store_factories import DEVICE, SequentialIds

pytestmark = pytest.mark.postgres

ADMIN_URL = os.environ.get(
    "ANJUNGAN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture
def pg_store() -> Iterator[Store]:
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        admin.connect().close()
    except OperationalError as error:
        admin.dispose()
        pytest.skip(f"no PostgreSQL server reachable at {ADMIN_URL}: {error.orig}")
    name = f"anjungan_store_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        store = open_store(make_url(ADMIN_URL).set(database=name))
        try:
            yield store
        finally:
            store.dispose()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


def test_postgres_fresh_database_is_migrated_to_the_models_schema(pg_store: Store) -> None:
    assert pg_store.revision() == head_revision()
    with pg_store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_postgres_unit_of_work_writes_record_and_outbox_row(pg_store: Store) -> None:
    clock = FixedClock()
    with UnitOfWork(pg_store, device_id=DEVICE, clock=clock, new_id=SequentialIds()) as uow:
        entry = uow.add_record(make.registration(3))
        uow.commit()
    with UnitOfWork(pg_store, device_id=DEVICE, clock=clock) as uow:
        [record] = uow.registrations.latest()
        [pending] = outbox.pending_batch(uow)
        assert pending.client_uuid == record.uuid == entry.client_uuid
        assert pending.local_seq == 1
        assert pending.payload == record.to_payload()
        assert record.created_at == clock.now()


def test_postgres_downgrade_to_base_and_upgrade_again(pg_store: Store) -> None:
    downgrade(pg_store.engine, "base")
    assert pg_store.revision() is None
    upgrade(pg_store.engine)
    assert pg_store.revision() == head_revision()


def test_postgres_concurrent_writers_share_one_gapless_sequence(pg_store: Store) -> None:
    errors: list[BaseException] = []

    def write(count: int) -> None:
        try:
            for _ in range(count):
                with UnitOfWork(pg_store, device_id=DEVICE, clock=FixedClock()) as uow:
                    uow.add_record(make.survey())
                    uow.commit()
        except BaseException as error:  # reported to the main thread below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(10,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with pg_store.session() as session:
        seqs = session.scalars(select(OutboxEntry.local_seq).order_by(OutboxEntry.local_seq))
        assert list(seqs) == list(range(1, 31))
