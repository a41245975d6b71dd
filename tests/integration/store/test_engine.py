"""`open_store`: SQLite durability settings on every connection, file and schema creation,
upgrade of an older database, and the write lock taken at BEGIN."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.store.engine import Store, create_store_engine, open_store, writer
from anjungan.core.store.migrate import head_revision, upgrade
from anjungan.core.store.models import SyncState
from tests.integration.store.conftest import UowFactory

EXPECTED_TABLES = {
    "alembic_version",
    "calendar_override",
    "complaint",
    "complaint_event",
    "data_change",
    "info_request",
    "outbox",
    "outbox_sequence",
    "reference_data",
    "registration",
    "registration_member",
    "survey_response",
    "sync_state",
}


def _pragmas(store: Store) -> list[tuple[object, ...]]:
    # Two connections at once, so both come from the pool's connect hook, not one reused.
    with store.engine.connect() as first, store.engine.connect() as second:
        return [
            tuple(
                conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            )
            for conn in (first, second)
        ]


def test_every_sqlite_connection_runs_wal_full_sync_foreign_keys_and_busy_timeout(
    store: Store,
) -> None:
    # synchronous: 2 is FULL (0 OFF, 1 NORMAL, 3 EXTRA).
    assert _pragmas(store) == [("wal", 2, 1, 5000), ("wal", 2, 1, 5000)]


def test_busy_timeout_is_configurable(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3", busy_timeout_ms=1234) as store:
        assert {row[3] for row in _pragmas(store)} == {1234}


def test_fresh_path_gets_file_folders_and_full_schema(tmp_path: Path) -> None:
    path = tmp_path / "new" / "nested" / "counter.sqlite3"
    assert not path.parent.exists()

    with open_store(path) as store:
        assert path.is_file()
        assert set(inspect(store.engine).get_table_names()) == EXPECTED_TABLES
        assert store.revision() == head_revision()


def test_open_store_without_migrate_creates_no_tables(tmp_path: Path) -> None:
    with open_store(tmp_path / "bare.sqlite3", migrate=False) as store:
        assert inspect(store.engine).get_table_names() == []
        assert store.revision() is None


def test_database_at_an_older_revision_is_upgraded_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_store_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO outbox (client_uuid, device_id, local_seq, kind, record_uuid,"
                " payload, created_at, status, attempts) VALUES (:u, 'd1', 1, 'survey', :u,"
                " '{}', '2026-11-23 02:00:00.000000', 'pending', 0)"
            ),
            {"u": uuid.UUID(int=7).hex},
        )
    engine.dispose()

    with open_store(path) as store:
        assert store.revision() == head_revision() != "0001"
        columns = {c["name"] for c in inspect(store.engine).get_columns("outbox")}
        assert "resubmitted_as" in columns
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT local_seq FROM outbox").scalars().all() == [1]


def test_reopening_a_current_store_changes_nothing(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "s.sqlite3"
    with open_store(path) as store, store.session() as session:
        session.add(SyncState(key="cursor", value=41, updated_at=clock.now()))
        session.commit()
    with open_store(path) as store, store.session() as session:
        assert session.get(SyncState, "cursor") is not None


def test_in_memory_store_is_one_database_for_every_session(clock: FixedClock) -> None:
    with open_store("sqlite://") as store:
        with store.session() as session:
            session.add(SyncState(key="k", value=[1, 2], updated_at=clock.now()))
            session.commit()
        with store.session() as session:
            row = session.get(SyncState, "k")
            assert row is not None and row.value == [1, 2]


def test_a_unit_of_work_holds_the_write_lock_from_its_first_statement(
    tmp_path: Path, make_uow: UowFactory
) -> None:
    path = tmp_path / "locks.sqlite3"
    with open_store(path) as store, open_store(path, busy_timeout_ms=50) as other:
        with make_uow(target=store) as uow:
            uow.sync_state.get("cursor")  # a read only, yet BEGIN IMMEDIATE locked already
            with pytest.raises(OperationalError, match="locked"), writer(other.engine).begin():
                pass
            # Readers are not blocked by a writer (WAL).
            with other.engine.begin() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0
        # Released by the rollback when the block ended.
        with writer(other.engine).begin() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1


def test_times_come_back_as_utc_aware_whatever_zone_they_went_in(
    store: Store, clock: FixedClock
) -> None:
    wib_time = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    with store.session() as session:
        session.add(SyncState(key="t", value=None, updated_at=wib_time))
        session.commit()
    with store.session() as session:
        row = session.get(SyncState, "t")
        assert row is not None
        assert row.updated_at == wib_time
        assert row.updated_at.utcoffset() == timedelta(0)
        assert row.updated_at == datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def test_naive_datetimes_are_refused_before_reaching_the_disk(store: Store) -> None:
    with store.session() as session:
        session.add(SyncState(key="n", value=1, updated_at=datetime(2026, 11, 23, 9, 0)))
        with pytest.raises(Exception, match="naive datetime"):
            session.commit()
