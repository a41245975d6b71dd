"""The "Still there?" question asked after the kiosk has been left alone.

Owns a card over the screen with a big "Yes, continue" button and a visible countdown
(15 s by default). A tap anywhere on it, or the button, emits `continued`; silence until
the countdown ends emits `expired`, and the kiosk then clears all personal data and goes
home (DESIGN.md "Security"). Clearing is the kiosk's job, not this module's.
`watch_idle` wires it to an `IdleWatchdog`.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from anjungan.kiosk.ui.idle import IdleWatchdog
from anjungan.kiosk.ui.overlay import Overlay
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX, named

DEFAULT_COUNTDOWN = 15
ONE_SECOND = timedelta(seconds=1)


class StillThereDialog(Overlay):
    """``StillThereDialog(window, countdown=15, tick=1 s)``; `start` asks the question.

    ``tick`` is the length of one counted "second", shortened in tests.
    """

    continued = Signal()
    expired = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        countdown: int = DEFAULT_COUNTDOWN,
        tick: timedelta = ONE_SECOND,
    ) -> None:
        super().__init__(parent, "StillThereCard")
        if countdown < 1:
            raise ValueError("the countdown needs at least one second")
        self._countdown = countdown
        self.remaining = countdown
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(tick.total_seconds() * 1000)))
        self._timer.timeout.connect(self._tick)
        self.title = named(QLabel(), "StillThereTitle")
        self.body = named(QLabel(), "StillThereBody")
        self.count = named(QLabel(), "StillThereCountdown")
        self.continue_button = named(QPushButton(), "StillThereContinue")
        self.continue_button.setMinimumHeight(max(MIN_TOUCH_PX, 120))
        self.continue_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.continue_button.clicked.connect(self.dismiss)
        for label in (self.title, self.body, self.count):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.count)
        self.card_layout.addWidget(self.body)
        self.card_layout.addWidget(self.continue_button)
        self.retranslate()

    @property
    def asking(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Show the question and start the countdown from the full length."""
        self.remaining = self._countdown
        self.retranslate()
        self.cover()
        self._timer.start()

    def dismiss(self) -> None:
        """The participant answered: hide and emit `continued`."""
        if not self.asking:
            return
        self._timer.stop()
        self.hide()
        self.continued.emit()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.retranslate()
            return
        self._timer.stop()
        self.hide()
        self.expired.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        # Any tap means someone is there; an older participant may miss the button.
        event.accept()
        self.dismiss()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.count.setText(str(self.remaining))
        self.count.setAccessibleName(self.tr("%1 seconds left").replace("%1", str(self.remaining)))
        self.body.setText(
            self.tr(
                "For your privacy, this screen closes and your data is cleared when the "
                "count reaches zero. Touch the screen to continue."
            )
        )
        self.continue_button.setText(self.tr("Yes, continue"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def watch_idle(watchdog: IdleWatchdog, dialog: StillThereDialog) -> None:
    """Ask when the kiosk goes idle; count from zero again after any answer.

    The watchdog rests while the question is up, so the taps that answer it are not
    mistaken for a new session; after `expired` it is re-armed for the next participant.
    The kiosk connects `dialog.expired` to its own "clear everything and go home".
    """
    watchdog.idle.connect(dialog.start)
    dialog.continued.connect(watchdog.start)
    dialog.expired.connect(watchdog.start)
