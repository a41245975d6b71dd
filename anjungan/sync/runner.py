"""Running the sync engine in the background: one run now and then, sooner when asked.

Owns `SyncRunner`: calls `SyncEngine.sync_once` every ``interval_s`` while runs
succeed, after a backoff delay (exponential, full jitter: `sync.backoff`) while they
fail for a reason that passes (network, server), and stops for good when a person must
act (revoked device, conflict, refused request: the halting report is returned).
``wake()`` starts the next run at once (the officer just saved a record). Blocking:
a program runs it on a thread of its own and sets ``stop`` to end it. Must not import
Qt; knows nothing of what a run does.
"""

from __future__ import annotations

import logging
import threading
import time

from anjungan.sync.engine import SyncEngine
from anjungan.sync.report import SyncReport

log = logging.getLogger("anjungan.sync")

_TICK_S = 0.2  # how often a wait looks at `stop` and `wake`
_MIN_RETRY_S = 1.0  # never spin: even full jitter's zero waits a second


class SyncRunner:
    def __init__(self, engine: SyncEngine, *, interval_s: float = 30.0) -> None:
        self.engine = engine
        self.interval_s = interval_s
        self._wake = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def run(self, stop: threading.Event) -> SyncReport | None:
        """Until ``stop`` is set (None) or a run says a person must act (that report)."""
        failures = 0
        while not stop.is_set():
            self._wake.clear()
            try:
                report: SyncReport | None = self.engine.sync_once()
            except Exception:
                # A local failure (disk full, locked database): the thread must live on.
                log.exception("sync run failed on this device")
                report = None
            if report is not None and report.halted:
                return report
            if report is not None and report.ok:
                failures, wait = 0, self.interval_s
            else:
                wait = self.engine.backoff.delay(failures, at_least=_MIN_RETRY_S)
                failures += 1
            self._sleep(stop, wait)
        return None

    def _sleep(self, stop: threading.Event, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not stop.is_set() and not self._wake.is_set():
            remaining = end - time.monotonic()
            if remaining <= 0:
                return
            stop.wait(min(_TICK_S, remaining))
