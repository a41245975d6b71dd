"""Whether the kiosk can reach the central server, as the calls themselves find out.

Owns `Connectivity`: every finished call reports its outcome (`report`), a failure to
reach the server (no connection, timeout, 5xx) turns the kiosk offline and a success
online again, and `changed(online)` tells the window (offline banner) and whoever
resumes work when the server is back (survey outbox, directory refresh). While offline
it asks `GET /v1/health` on the worker every `OFFLINE_PROBE` (rarely while online), so
the kiosk notices the server's return even when nobody uses it. It decides nothing
else: screens show their own message for the failed call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from anjungan.kiosk.errors import UNREACHABLE
from anjungan.kiosk.worker import Worker

OFFLINE_PROBE = timedelta(seconds=30)
ONLINE_PROBE = timedelta(minutes=5)


class Connectivity(QObject):
    """``online`` is None until the first call has answered or failed."""

    changed = Signal(bool)

    def __init__(
        self,
        worker: Worker,
        probe: Callable[[], object],
        parent: QObject | None = None,
        *,
        offline_probe: timedelta = OFFLINE_PROBE,
        online_probe: timedelta = ONLINE_PROBE,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._probe = probe
        self._offline_ms = max(1, int(offline_probe.total_seconds() * 1000))
        self._online_ms = max(1, int(online_probe.total_seconds() * 1000))
        self.online: bool | None = None
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Ask the server now, then keep asking on the schedule."""
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self._probing:
            return
        self._probing = True
        self._worker.run(self._probe, self._probed_ok, self._probed_failed, name="health")

    def _probed_ok(self, _answer: object) -> None:
        self._probing = False
        self.report(None)

    def _probed_failed(self, error: Exception) -> None:
        self._probing = False
        self.report(error)

    def report(self, error: BaseException | None) -> None:
        """A call ended: with ``error`` None it succeeded. Only unreachability counts."""
        if error is None:
            self._set(True)
        elif isinstance(error, UNREACHABLE):
            self._set(False)
        self._timer.start(self._online_ms if self.online else self._offline_ms)

    def _set(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        self.changed.emit(online)
