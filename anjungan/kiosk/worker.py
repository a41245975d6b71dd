"""Background calls of the kiosk: network, printing and disk work off the GUI thread.

Owns `Worker` and `Task`. `worker.run(job, done, failed)` runs ``job()`` on a
`QThreadPool` and delivers its result to ``done`` or its exception to ``failed`` on the
GUI thread, through a queued signal (STYLE.md 7: the GUI thread never waits for the
network; qutebrowser: background code reports through a signal, never by touching
widgets). Network calls run in parallel (a status check need not wait for a snapshot
download); a job that must not overlap another one serialises itself. `Task.cancel()`
(the busy overlay's Cancel, or the kiosk going idle) means the answer is no longer
wanted: the job cannot be interrupted, but whatever it returns later is dropped, so a
late answer never lands on a screen the participant has left. Holds no knowledge of
what the jobs do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)

MAX_THREADS = 4
SHUTDOWN_WAIT_MS = 15_000


class Task(Generic[T]):
    """One submitted job; `cancel` drops its answer. ``finished`` once delivered or dropped."""

    def __init__(
        self, done: Callable[[T], None], failed: Callable[[Exception], None], name: str
    ) -> None:
        self._done = done
        self._failed = failed
        self.name = name
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True

    @property
    def pending(self) -> bool:
        """Still waiting for an answer that will be delivered."""
        return not (self.cancelled or self.finished)

    def _deliver(self, ok: bool, value: Any) -> None:
        self.finished = True
        if self.cancelled:
            return
        if ok:
            self._done(value)
        else:
            self._failed(value)


class _Relay(QObject):
    """Carries answers from pool threads to the GUI thread.

    Parentless and referenced by every running job, so it outlives a window that is
    closed while a call is still on its way (the answer is then dropped, not delivered
    to a deleted object).
    """

    answered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.tasks: set[Task[Any]] = set()
        # Emitted from a pool thread: Qt queues the call to this object's (GUI) thread.
        self.answered.connect(self._deliver)

    def _deliver(self, answer: tuple[Task[Any], bool, Any]) -> None:
        task, ok, value = answer
        self.tasks.discard(task)
        try:
            task._deliver(ok, value)
        except Exception:
            # A callback's bug must not kill the event loop; it is a defect to fix.
            log.exception("kiosk callback for %s failed", task.name)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], task: Task[Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._task = task
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._job()
        except Exception as error:
            # Every failure reaches the screen that asked; none is swallowed here.
            self._relay.answered.emit((self._task, False, error))
        else:
            self._relay.answered.emit((self._task, True, value))


class Worker(QObject):
    """``worker.run(job, done, failed)`` -> `Task`; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = MAX_THREADS) -> None:
        super().__init__(parent)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay()
        self._closed = False

    def run(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
        *,
        name: str = "job",
    ) -> Task[T]:
        task: Task[T] = Task(done, failed, name)
        if self._closed:
            task.cancel()
            return task
        self._relay.tasks.add(task)
        self._pool.start(_Job(job, task, self._relay))
        return task

    @property
    def busy(self) -> bool:
        """Some answer is still on its way (cancelled ones included)."""
        return bool(self._relay.tasks)

    def cancel_all(self) -> None:
        for task in list(self._relay.tasks):
            task.cancel()

    def wait(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Block until running jobs end (tests, shutdown); True if all ended in time."""
        return bool(self._pool.waitForDone(wait_ms))

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Drop every answer and wait (bounded) for running jobs; True if all ended."""
        self._closed = True
        self.cancel_all()
        return self.wait(wait_ms)
