"""The counter's sync: the background runner's thread, "sync now", progress as signals.

Owns `CounterSync`. `start()` runs `SyncRunner` on a thread of its own (a run every
half minute while runs succeed, backing off while the server is away; `wake()`, called
when a record is saved or resubmitted, starts the next run at once). `sync_now()` runs
one `SyncEngine.sync_once` on a worker of its own and reports its `SyncReport`
(`finished`), so the sync screen knows when the run it asked for has ended; the
engine's lock keeps it from overlapping a background run. A runner that stopped because
a person had to act (revoked device, conflict) is started again after a "sync now"
succeeds. The engine reports every batch to a `SyncBridge` (Qt signals on the GUI
thread). `stop()` ends the thread, waits for a run in progress and closes the HTTP
sessions. Knows nothing of the store or of screens; never touches a widget.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from anjungan.counter.worker import DbWorker
from anjungan.sync.engine import SyncEngine
from anjungan.sync.qt_bridge import SyncBridge
from anjungan.sync.report import SyncReport
from anjungan.sync.runner import SyncRunner

log = logging.getLogger("anjungan.counter")

DEFAULT_INTERVAL_S = 30.0
STOP_TIMEOUT_S = 15.0  # a push in flight is allowed to finish (and commit) first


class CounterSync(QObject):
    finished = Signal(object)
    """A "sync now" run ended: its `SyncReport`."""
    failed = Signal(object)
    """A "sync now" run broke on this computer (disk, database): the exception."""

    def __init__(
        self,
        engine: SyncEngine,
        bridge: SyncBridge,
        *,
        configured: bool,
        interval_s: float = DEFAULT_INTERVAL_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.bridge = bridge
        self.configured = configured
        """False without a device token: nothing is sent until an admin enrols the counter."""
        self.runner = SyncRunner(engine, interval_s=interval_s)
        self.worker = DbWorker(self)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._background = False

    @property
    def running(self) -> bool:
        """The background runner is alive (it ends by itself when a person must act)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def busy(self) -> bool:
        """A "sync now" run is under way."""
        return self.worker.busy

    def start(self) -> None:
        """Keep syncing in the background from now on (no-op without a device token)."""
        if not self.configured or self.running:
            return
        self._background = True
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="anjungan-sync", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        halted = self.runner.run(self._stop)
        if halted is not None and halted.error is not None:
            log.warning("background sync stopped until someone acts: %s", halted.error.code)

    def wake(self) -> None:
        """Something was saved: the background runner starts its next run now."""
        self.runner.wake()

    def sync_now(self) -> bool:
        """One run on the sync worker; False if one is already under way (or no token)."""
        if not self.configured or self.worker.busy:
            return False
        self.worker.submit(self.engine.sync_once, self._done, self.failed.emit)
        return True

    def _done(self, report: SyncReport) -> None:
        if self._background and not self.running and not report.halted:
            self.start()
        self.finished.emit(report)

    def stop(self) -> None:
        """End the background thread and any run in progress, then close the sessions."""
        self._background = False
        self._stop.set()
        self.runner.wake()
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT_S)
            if self._thread.is_alive():
                log.warning("the sync thread did not stop in time")
        self.worker.shutdown()
        self.engine.close()
