"""The "please wait" layer shown over a screen while a network call runs.

Owns a spinner drawn with QPainter, a message and an optional Cancel button. It is a
plain widget on top of the screen, animated by a timer, so the event loop keeps running
(the call itself runs on a worker; STYLE.md 7): the participant sees movement, and Cancel
works. It knows nothing of the call: Cancel hides the layer and emits `cancelled`, and
the screen stops waiting.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from anjungan.kiosk.ui.overlay import Overlay
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX, named

SPINNER_DOTS = 12
SPINNER_COLOR = QColor("#00803E")
SPINNER_TICK = timedelta(milliseconds=80)


class Spinner(QWidget):
    """A ring of dots whose brightest dot walks round; animates only while visible."""

    def __init__(self, parent: QWidget | None = None, *, tick: timedelta = SPINNER_TICK) -> None:
        super().__init__(parent)
        self.setObjectName("Spinner")
        self.setFixedSize(QSize(128, 128))
        self.phase = 0
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(tick.total_seconds() * 1000)))
        self._timer.timeout.connect(self._step)

    def _step(self) -> None:
        self.phase = (self.phase + 1) % SPINNER_DOTS
        self.update()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt name)
        self._timer.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        side = min(self.width(), self.height())
        radius = side * 0.5 - side * 0.09
        dot = side * 0.08
        cx, cy = self.width() / 2, self.height() / 2
        for index in range(SPINNER_DOTS):
            # The dot at `phase` is solid; the ones behind it fade like a tail.
            age = (self.phase - index) % SPINNER_DOTS
            color = QColor(SPINNER_COLOR)
            color.setAlphaF(max(0.15, 1.0 - age / SPINNER_DOTS))
            painter.setBrush(color)
            angle = 2 * math.pi * index / SPINNER_DOTS - math.pi / 2
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            painter.drawEllipse(QRectF(x - dot, y - dot, 2 * dot, 2 * dot))
        painter.end()


class BusyOverlay(Overlay):
    """``BusyOverlay(screen)``, then `start` when a call begins and `stop` when it ends."""

    cancelled = Signal()

    def __init__(self, parent: QWidget, *, tick: timedelta = SPINNER_TICK) -> None:
        super().__init__(parent, "BusyCard")
        self._custom_message: str | None = None
        self.spinner = Spinner(tick=tick)
        self.message = named(QLabel(), "BusyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cancel_button = named(QPushButton(), "BusyCancel")
        self.cancel_button.setMinimumHeight(max(MIN_TOUCH_PX, 88))
        self.cancel_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.cancel_button.clicked.connect(self.cancel)
        self.card_layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        self.card_layout.addWidget(self.message)
        self.card_layout.addWidget(self.cancel_button)
        self.retranslate()

    def start(self, message: str | None = None, *, cancellable: bool = False) -> None:
        """Cover the screen. ``message`` is already translated; None says "Please wait"."""
        self._custom_message = message
        self.cancel_button.setVisible(cancellable)
        self.retranslate()
        self.cover()

    def stop(self) -> None:
        self.hide()

    def cancel(self) -> None:
        self.stop()
        self.cancelled.emit()

    def retranslate(self) -> None:
        self.message.setText(
            self._custom_message if self._custom_message is not None else self._default()
        )
        self.cancel_button.setText(self.tr("Cancel"))

    def _default(self) -> str:
        return self.tr("Please wait a moment…")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
