"""The counter's database worker: every local-database call runs off the GUI thread.

Owns `DbWorker`, one serial background thread (Anki's rule: database work on one
worker, in order) whose results come back to the GUI thread through a queued signal, so
a callback may touch widgets. A local SQLite commit takes milliseconds, but a locked or
slow disk must never freeze the officer's screen. Holds no knowledge of what the jobs do.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

T = TypeVar("T")


class DbWorker(QObject):
    """``worker.submit(job, done, failed)``: ``job()`` runs in the background; ``done(result)``
    or ``failed(error)`` then runs on the GUI thread. Jobs run one at a time, in order."""

    _finished = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        # Emitted from the pool's thread: Qt queues the call onto this object's thread.
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
    ) -> None:
        self._pending += 1

        def run() -> None:
            try:
                result = job()
            except Exception as error:
                # Every failure reaches the screen that asked; none is swallowed here.
                self._finished.emit(partial(failed, error))
            else:
                self._finished.emit(partial(done, result))

        self._pool.start(run)

    def _deliver(self, callback: Callable[[], None]) -> None:
        self._pending -= 1
        try:
            callback()
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Let running jobs finish (a commit is never cut in half) before the app quits."""
        self._pool.waitForDone()
