"""`SyncRunner`: background runs on an interval, at once when woken, never after a halt."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from anjungan.core.clock import FixedClock
from anjungan.core.store.engine import Store
from anjungan.server import admin
from anjungan.sync.errors import DeviceRevoked
from anjungan.sync.report import SyncReport
from anjungan.sync.runner import SyncRunner
from tests.helpers.sync_factories import add_registrations
from tests.integration.sync.conftest import COUNTER, EngineFactory, Server


def _wait_for(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_a_woken_runner_syncs_new_records_at_once_instead_of_after_its_interval(
    store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    engine = make_engine()
    runner = SyncRunner(engine, interval_s=3600.0)
    stop = threading.Event()
    thread = threading.Thread(target=runner.run, args=(stop,))
    add_registrations(store, device_id=COUNTER, clock=clock, families=range(2))
    thread.start()
    try:
        assert _wait_for(lambda: engine.status().sent == 2)
        add_registrations(store, device_id=COUNTER, clock=clock, families=range(2, 5))
        time.sleep(0.3)
        assert engine.status().pending == 3  # the hour has not passed: nothing ran
        runner.wake()
        assert _wait_for(lambda: engine.status().pending == 0)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_a_runner_stops_for_good_when_the_device_is_revoked(
    server: Server, store: Store, clock: FixedClock, make_engine: EngineFactory
) -> None:
    admin.revoke_device(server.db, COUNTER, clock.now())
    runner = SyncRunner(make_engine(), interval_s=0.01)
    result: list[SyncReport | None] = []
    thread = threading.Thread(target=lambda: result.append(runner.run(threading.Event())))
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert result and result[0] is not None and isinstance(result[0].error, DeviceRevoked)


def test_a_local_failure_in_one_run_does_not_end_the_runner(
    make_engine: EngineFactory, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine()
    calls: list[int] = []
    halted = SyncReport(clock.now(), clock.now(), error=DeviceRevoked())

    def flaky() -> SyncReport:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk full")
        return halted

    monkeypatch.setattr(engine, "sync_once", flaky)
    assert SyncRunner(engine, interval_s=0.01).run(threading.Event()) is halted
    assert len(calls) == 2
