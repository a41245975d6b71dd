"""The counter's inactivity lock: after N minutes without a key or mouse press, lock.

Owns `IdleLock`, an application-wide event filter that restarts one timer on every key
press, mouse press, mouse move or wheel turn; when the timer runs out it calls
``on_idle`` once (the window then shows the lock screen over the untouched form). An
unattended counter must not stay open to the next person at the desk. Knows nothing
of officers or screens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    def __init__(self, app: QCoreApplication, minutes: int, on_idle: Callable[[], None]) -> None:
        super().__init__()
        self._app = app
        self._on_idle = on_idle
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self._expired)
        self._watching = False

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)
        if self.timer.isActive():
            self.timer.start()

    def arm(self) -> None:
        """Start counting (after a login or an unlock)."""
        # The filter is installed only while armed: nothing app-wide outlives a session.
        if not self._watching:
            self._app.installEventFilter(self)
            self._watching = True
        self.timer.start()

    def disarm(self) -> None:
        self.timer.stop()
        if self._watching:
            self._app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def _expired(self) -> None:
        self.disarm()
        self._on_idle()
