"""How the sync engine meets failures: retry what may pass later, stop on what will not.

Retryable (network, timeout, 5xx, 429) -> backoff with full jitter, a few attempts, rows
stay pending with the attempt counted. Permanent -> the run stops: a 409 conflict keeps
the rows and names them; a revoked device stops calling the server until re-enrolled.
"""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import func, select, update

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import Store
from anjungan.core.store.models import OutboxEntry, OutboxStatus
from anjungan.core.store.uow import UnitOfWork
from anjungan.server import admin
from anjungan.server.models.sync import RegistrationRecord, SyncInbox
from anjungan.sync.backoff import Backoff
from anjungan.sync.errors import (
    DeviceRevoked,
    Forbidden,
    InvalidInput,
    NetworkError,
    PushConflict,
    RateLimited,
    ServerError,
    SyncError,
    Unauthorized,
)
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.sync_factories import add_registrations
from tests.integration.sync.conftest import COUNTER, EngineFactory, ScriptedSession, Server


def _rows(store: Store, clock: FixedClock) -> list[tuple[OutboxStatus, int, str | None]]:
    """(status, attempts, last_error) of every outbox row."""
    with UnitOfWork(store, device_id=COUNTER, clock=clock) as uow:
        rows = uow.outbox.with_status(OutboxStatus.PENDING) + uow.outbox.with_status(
            OutboxStatus.SENT
        )
        return [(r.status, r.attempts, r.last_error) for r in rows]


def _server_rows(server: Server) -> int:
    with server.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SyncInbox)) or 0)


def _recording_backoff(waits: list[float], *, cap_s: float = 8.0, roll: float = 1.0) -> Backoff:
    return Backoff(base_s=1.0, cap_s=cap_s, random=lambda: roll, sleep=waits.append)


def test_an_unreachable_server_is_tried_a_few_times_with_growing_waits_then_rows_stay_pending(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    add_registrations(store, device_id=COUNTER, clock=clock, families=range(5))
    waits: list[float] = []
    port = int(server.base.rsplit(":", 1)[1])
    with FaultProxy(port) as proxy:
        proxy.offline = True
        engine = make_engine(base=proxy.url, backoff=_recording_backoff(waits), attempts=4)
        report = engine.sync_once()
        assert proxy.stats.refused == 4

        assert isinstance(report.error, NetworkError) and not report.halted
        assert report.unanswered == 4 and waits == [1.0, 2.0, 4.0]  # ceiling doubles
        rows = _rows(store, clock)
        assert set(rows) == {(OutboxStatus.PENDING, 4, "network_error")} and len(rows) == 5
        status = engine.status()
        assert status.last_error is not None and status.last_error.code == "network_error"
        assert "tidak dapat dihubungi" in status.last_error.message_id

        proxy.offline = False
        again = engine.sync_once()
    assert again.ok and again.accepted == 5
    assert engine.status().last_error is None and engine.status().last_success is not None


def test_server_errors_and_rate_limits_are_retried_and_retry_after_is_honoured(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    add_registrations(store, device_id=COUNTER, clock=clock, families=range(2))
    session = ScriptedSession()
    session.script = [
        (503, {}, {}),
        (429, {"code": "rate_limited", "message_id": "x", "message_en": "y"}, {"Retry-After": "5"}),
        requests.ReadTimeout(),
    ]
    waits: list[float] = []
    engine = make_engine(
        session=session, backoff=_recording_backoff(waits, cap_s=30.0, roll=0.0), attempts=4
    )
    report = engine.sync_once()
    assert report.ok and report.accepted == 2 and report.unanswered == 3
    assert waits == [5.0]  # jitter rolled zero; only the 429's Retry-After made it wait
    assert _server_rows(server) == 2


def test_errors_are_classified_by_the_client(make_engine: EngineFactory) -> None:
    session = ScriptedSession()
    engine = make_engine(session=session, attempts=1)
    cases: list[tuple[tuple[int, dict[str, Any], dict[str, str]], type[SyncError], bool]] = [
        ((502, {}, {}), ServerError, True),
        ((429, {}, {}), RateLimited, True),
        ((422, {}, {}), InvalidInput, False),
        ((403, {}, {}), Forbidden, False),
        (
            (401, {"code": "device_unknown", "message_id": "a", "message_en": "b"}, {}),
            Unauthorized,
            False,
        ),
    ]
    for answer, expected, retryable in cases:
        session.script = [answer]
        report = engine.sync_once()
        assert isinstance(report.error, expected), answer
        assert report.halted is not retryable


def test_a_reused_client_uuid_with_other_content_stops_sync_and_keeps_every_row(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    first = add_registrations(store, device_id=COUNTER, clock=clock, families=range(2))
    engine = make_engine()
    assert engine.sync_once().accepted == 2
    # A bug (or someone editing the database file) puts a sent row back with new content.
    with store.engine.begin() as conn:
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.record_uuid == first[0])
            .values(status=OutboxStatus.PENDING.value, payload={"tampered": True})
        )
    fresh = add_registrations(store, device_id=COUNTER, clock=clock, families=range(2, 4))

    report = engine.sync_once()
    assert isinstance(report.error, PushConflict) and report.halted
    assert report.error.conflicts == [first[0]]
    assert "hubungi dukungan teknis" in report.error.message_id
    with server.db.read() as session:  # nothing of that batch was applied
        assert session.scalar(select(func.count()).select_from(RegistrationRecord)) == 2
    with UnitOfWork(store, device_id=COUNTER, clock=clock) as uow:
        pending = uow.outbox.with_status(OutboxStatus.PENDING)
        assert {r.record_uuid for r in pending} == {first[0], *fresh}
        assert uow.outbox.get(first[0]).last_error == "client_uuid_conflict"  # type: ignore[union-attr]
    status = engine.status()
    assert status.last_error is not None and status.last_error.conflicts == (first[0],)


def test_a_revoked_device_stops_and_calls_the_server_no_more_until_re_enrolled(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    add_registrations(store, device_id=COUNTER, clock=clock, families=range(3))
    admin.revoke_device(server.db, COUNTER, clock.now())
    session = ScriptedSession()
    engine = make_engine(session=session)

    report = engine.sync_once()
    assert isinstance(report.error, DeviceRevoked) and report.halted
    assert "dicabut" in report.error.message_id and "admin" in report.error.message_id
    assert engine.status().revoked
    calls = len(session.calls)
    assert calls == 1

    again = engine.sync_once()
    assert isinstance(again.error, DeviceRevoked)
    assert len(session.calls) == calls  # not one more request with the revoked token

    token = admin.enroll_device(server.db, COUNTER, "counter", "MPP-BPN", clock.now())
    renewed = make_engine(token=token).sync_once()
    assert renewed.ok and renewed.accepted == 3
    assert not make_engine(token=token).status().revoked
