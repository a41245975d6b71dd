"""The server and the network misbehave; the counters still deliver everything once.

The server is the real `anjungan server` process over PostgreSQL; between it and the
counters sits the loopback `FaultProxy`. Three stories of the sync issue:
- the server killed (SIGKILL) or stopped (SIGTERM) and restarted during a sync;
- many counters at once through drops, delays, requests cut half-way and answers cut
  after the server committed (CI: 5 x 100 records; `make chaos`: 20 x 500);
- a counter offline for a week catches up in one run (CI 1,000 records; chaos 5,000).
Each ends with `assert_exactly_once`: server count equals client count, no duplicate,
every outbox empty, every registration with its cards and VAs back on its counter.
"""

from __future__ import annotations

import random
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from anjungan.core.clock import FixedClock, SystemClock
from anjungan.core.store.engine import Store, open_store
from anjungan.sync.backoff import Backoff
from anjungan.sync.engine import SyncEngine
from anjungan.sync.errors import NetworkError
from anjungan.sync.report import SyncReport
from tests.helpers.fault_proxy import FaultPlan, FaultProxy
from tests.helpers.server_process import ServerProcess
from tests.helpers.sync_checks import assert_exactly_once
from tests.helpers.sync_factories import (
    FAMILIES_PER_COUNTER,
    add_complaint_with_steps,
    add_registrations,
)
from tests.integration.sync.conftest import CHAOS, PgServer, counter_id

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

DEADLINE_S = 900.0 if CHAOS else 240.0
BURSTS = 5


def _engine(store: Store, url: str, pg: PgServer, device: str, **options: object) -> SyncEngine:
    defaults: dict[str, object] = {
        "clock": SystemClock(),
        "batch_size": 50,
        "read_timeout": 30.0,
        "backoff": Backoff(base_s=0.02, cap_s=0.5),
        "attempts": 3,
    }
    defaults.update(options)
    return SyncEngine(store, url, pg.tokens[device], device, **defaults)  # type: ignore[arg-type]


def _drain(engine: SyncEngine, deadline: float) -> list[SyncReport]:
    """Run until a run succeeds with nothing left pending (or the deadline passes)."""
    reports = []
    while time.monotonic() < deadline:
        report = engine.sync_once()
        reports.append(report)
        assert not report.halted, report.error
        if report.ok and engine.status().pending == 0:
            return reports
        time.sleep(0.02)
    raise AssertionError(f"not drained in time: {reports[-1]}")


def test_the_server_killed_and_restarted_during_sync_loses_and_doubles_nothing(
    tmp_path: Path, pg_server: PgServer
) -> None:
    device = counter_id(0)
    clock = SystemClock()
    rng = random.Random(7)
    count = 1500 if CHAOS else 400
    with open_store(tmp_path / "counter.sqlite3") as store:
        add_registrations(
            store, device_id=device, clock=clock, families=range(count), per_commit=50
        )
        for _ in range(10):
            add_complaint_with_steps(store, device_id=device, clock=clock)
        server = ServerProcess(pg_server.url, tmp_path / "server.log").start()
        restarts: list[str] = []
        try:
            with FaultProxy(server.port) as proxy:
                engine = _engine(store, proxy.url, pg_server, device, batch_size=20)
                done: list[list[SyncReport]] = []
                worker = threading.Thread(
                    target=lambda: done.append(_drain(engine, time.monotonic() + DEADLINE_S))
                )
                worker.start()
                for n in range(4):
                    time.sleep(rng.uniform(0.3, 1.0))
                    how = "stop" if n == 2 else "kill"
                    (server.stop if how == "stop" else server.kill)()
                    restarts.append(how)
                    time.sleep(rng.uniform(0.0, 0.5))  # down: the counter meets refusals
                    server.start()
                    proxy.retarget(server.port)
                worker.join(timeout=DEADLINE_S)
                engine.close()
        finally:
            server.kill()
        assert done, "the sync thread failed"
        reports = done[0]
        totals = assert_exactly_once(pg_server.db, [(device, store)])
    assert totals.rows == count + 30 and totals.registrations == count
    failed = [r for r in reports if not r.ok]
    assert failed, "no run ever met the server down: the test did not test anything"
    print(
        f"\nrestarts: {restarts}; {len(reports)} runs, {len(failed)} met the server down; "
        f"{totals.rows} rows, {sum(r.duplicates for r in reports)} repeats answered"
    )


def _counter(
    n: int, store: Store, per: int, url: str, pg: PgServer, deadline: float
) -> list[SyncReport]:
    """One counter's day: records in five bursts with a sync after each, then a drain."""
    device = counter_id(n)
    clock = SystemClock()
    engine = _engine(store, url, pg, device)
    complaints = per // 25  # each brings 3 rows: the complaint and two steps
    families = range(n * FAMILIES_PER_COUNTER, n * FAMILIES_PER_COUNTER + per - 3 * complaints)
    reports: list[SyncReport] = []
    for burst in range(BURSTS):
        add_registrations(
            store, device_id=device, clock=clock, families=families[burst::BURSTS], per_commit=10
        )
        for _ in range(complaints // BURSTS + (burst < complaints % BURSTS)):
            add_complaint_with_steps(store, device_id=device, clock=clock)
        reports.append(engine.sync_once())
    reports += _drain(engine, deadline)
    engine.close()
    return reports


def test_many_counters_through_a_faulty_network_deliver_every_record_exactly_once(
    tmp_path: Path, pg_server: PgServer
) -> None:
    counters, per = (20, 500) if CHAOS else (5, 100)
    plan = FaultPlan(
        drop=0.05, cut_request=0.04, cut_response=0.06, delay=0.15, delay_s=(0.0, 0.05), seed=11
    )
    deadline = time.monotonic() + DEADLINE_S
    results: dict[int, list[SyncReport]] = {}
    # Opened (migrated) here: Alembic's migration context is not thread-safe.
    stores = [
        (counter_id(n), open_store(tmp_path / f"{counter_id(n)}.sqlite3")) for n in range(counters)
    ]
    errors: list[BaseException] = []
    started = time.perf_counter()
    with (
        ServerProcess(pg_server.url, tmp_path / "server.log") as server,
        FaultProxy(server.port, plan=plan) as proxy,
    ):

        def work(n: int) -> None:
            try:
                results[n] = _counter(n, stores[n][1], per, proxy.url, pg_server, deadline)
            except BaseException as error:  # reported below, in the test's thread
                errors.append(error)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(counters)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=DEADLINE_S)
        stats = proxy.stats
    elapsed = time.perf_counter() - started
    try:
        assert not errors, errors[0]
        totals = assert_exactly_once(pg_server.db, stores)
    finally:
        for _, store in stores:
            store.dispose()
    assert totals.rows == counters * per
    # The faults really happened, each kind of them.
    assert min(stats.dropped, stats.cut_requests, stats.cut_responses, stats.delays) > 0
    reports = [r for rs in results.values() for r in rs]
    print(
        f"\nsimulation: {counters} counters x {per} rows = {totals.rows} rows "
        f"({totals.registrations} families, {totals.members} cards) in {elapsed:.1f} s; "
        f"faults: {stats}; {sum(r.duplicates for r in reports)} repeats answered, "
        f"{sum(r.unanswered for r in reports)} pushes unanswered"
    )


def test_a_counter_offline_for_a_week_catches_up_in_one_run(
    tmp_path: Path, pg_server: PgServer
) -> None:
    device = counter_id(0)
    count = 5000 if CHAOS else 1000
    real_now = SystemClock().now()
    clock = FixedClock(real_now - timedelta(days=7))
    with (
        open_store(tmp_path / "counter.sqlite3") as store,
        ServerProcess(pg_server.url, tmp_path / "server.log") as server,
        FaultProxy(server.port) as proxy,
    ):
        engine = _engine(store, proxy.url, pg_server, device, clock=clock, batch_size=100)
        proxy.offline = True
        per_day = count // 7
        for day in range(7):
            families = range(day * per_day, count if day == 6 else (day + 1) * per_day)
            add_registrations(
                store, device_id=device, clock=clock, families=families, per_commit=50
            )
            offline = engine.sync_once()  # every attempt of the week fails, nothing is lost
            assert isinstance(offline.error, NetworkError)
            clock.advance(timedelta(days=1))
        assert engine.status().pending == count
        proxy.offline = False
        started = time.perf_counter()
        report = engine.sync_once()
        elapsed = time.perf_counter() - started
        engine.close()
        assert report.ok and report.accepted == count
        totals = assert_exactly_once(pg_server.db, [(device, store)])
    assert totals.registrations == count
    print(
        f"\nweek offline: {count} records caught up in {elapsed:.1f} s "
        f"({count / elapsed:.0f} records/s, {report.batches} batches, "
        f"{report.pulled} changes pulled)"
    )
