"""The idle watchdog: notices when nobody has touched the kiosk for a while.

Owns one application-wide event filter and one timer. Any touch, mouse or key event
restarts the timer; when it runs out the watchdog emits `idle` once and rests until it is
armed again, so the "still there?" question is asked once, not every minute. It does
not clear anything itself: the kiosk answers `idle` (DESIGN.md "Security": the kiosk
forgets everything on idle reset). The filter only reads event types; it never consumes
an event.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

DEFAULT_IDLE_TIMEOUT = timedelta(seconds=60)

ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


def _ms(delta: timedelta) -> int:
    return max(1, int(delta.total_seconds() * 1000))


class IdleWatchdog(QObject):
    """``IdleWatchdog(app, idle_timeout)``; `start` arms it, `idle` fires after silence."""

    idle = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        idle_timeout: timedelta = DEFAULT_IDLE_TIMEOUT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may fire 5% off; the configured idle time should be the real one.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(_ms(idle_timeout))
        self._timer.timeout.connect(self._expire)
        self._armed = False
        app.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._armed

    @property
    def idle_timeout(self) -> timedelta:
        return timedelta(milliseconds=self._timer.interval())

    @property
    def remaining(self) -> timedelta:
        """Time left before `idle`; zero while disarmed."""
        if not self._timer.isActive():
            return timedelta(0)
        return timedelta(milliseconds=max(0, self._timer.remainingTime()))

    def start(self) -> None:
        """Arm (or re-arm) the watchdog and start counting from now."""
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        """Disarm: no `idle` until `start` (e.g. while the still-there question is shown)."""
        self._armed = False
        self._timer.stop()

    def poke(self) -> None:
        """Count activity that Qt does not see as an input event (a card reader, say)."""
        if self._armed:
            self._timer.start()

    def _expire(self) -> None:
        self._armed = False
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._armed and event.type() in ACTIVITY:
            self._timer.start()
        return False

    def uninstall(self) -> None:
        """Remove the application-wide filter (the watchdog is being thrown away)."""
        self.stop()
        self._app.removeEventFilter(self)
