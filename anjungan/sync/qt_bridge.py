"""The one Qt piece of `sync`: the engine's progress as Qt signals for a sync screen.

Owns `SyncBridge`, a `SyncListener` (give it to `SyncEngine(listener=...)`) that turns
each `SyncStatus` into signals: ``pending_changed(int)``, ``last_success_changed(object)``
(a datetime, or None before the first success), ``last_error_changed(object)`` (a
`report.Problem`, or None once a run succeeded), ``rejected_changed(list)`` (the
`report.RejectedItem`s awaiting the officer), ``revoked_changed(bool)`` and
``status_changed(object)`` (the whole status). The engine runs on a worker thread; the
signals cross to the GUI thread as queued connections (the bridge lives there), so no
widget is ever touched from the worker (STYLE.md: background code reports through a
signal bridge). A signal fires only when its value changed. Nothing else may import Qt
in `sync` (the dependency-rule test allows only this module).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from anjungan.sync.report import SyncStatus


class SyncBridge(QObject):
    pending_changed = Signal(int)
    last_success_changed = Signal(object)
    last_error_changed = Signal(object)
    rejected_changed = Signal(list)
    revoked_changed = Signal(bool)
    status_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: SyncStatus | None = None
        self._lock = threading.Lock()

    @property
    def status(self) -> SyncStatus | None:
        """The latest status received (None before the first)."""
        return self._last

    def sync_progress(self, status: SyncStatus) -> None:
        """`SyncListener`: called by the engine, from any thread."""
        with self._lock:
            before, self._last = self._last, status
        if before is None or before.pending != status.pending:
            self.pending_changed.emit(status.pending)
        if before is None or before.last_success != status.last_success:
            self.last_success_changed.emit(status.last_success)
        if before is None or before.last_error != status.last_error:
            self.last_error_changed.emit(status.last_error)
        if before is None or before.rejected != status.rejected:
            self.rejected_changed.emit(list(status.rejected))
        if before is None or before.revoked != status.revoked:
            self.revoked_changed.emit(status.revoked)
        self.status_changed.emit(status)
