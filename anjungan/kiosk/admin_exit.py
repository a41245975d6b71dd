"""The staff's way out of fullscreen kiosk mode: a long press on the title, then a PIN.

Owns `LongPress` (an event filter that emits `held` after a widget has been pressed for
`HOLD` without release; a tap does nothing) and `PinPad` (an overlay with digit keys that
asks for the PIN from the device TOML, `admin_pin`, shows dots, and emits `accepted` on
the right PIN). Three wrong PINs close the pad; nothing is revealed about the PIN. With
no PIN configured the pad never opens: a kiosk without one cannot be left from the
touchscreen at all, which is the safe default for a public device.
"""

from __future__ import annotations

import hmac
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from anjungan.kiosk.ui.overlay import Overlay
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX, named

HOLD = timedelta(seconds=3)
MAX_TRIES = 3
PIN_MAX_DIGITS = 12


class LongPress(QObject):
    """``LongPress(widget)``; ``held`` once the press lasted ``hold``."""

    held = Signal()

    def __init__(self, widget: QWidget, *, hold: timedelta = HOLD) -> None:
        super().__init__(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(hold.total_seconds() * 1000)))
        self._timer.timeout.connect(self.held)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._timer.start()
        elif kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
            QEvent.Type.Leave,
        ):
            self._timer.stop()
        return False


class PinPad(Overlay):
    """Asks for ``pin``; `accepted` on a match. `ask` shows it (a no-op without a PIN)."""

    accepted = Signal()

    def __init__(self, parent: QWidget, pin: str) -> None:
        super().__init__(parent, "StillThereCard")
        self._pin = pin
        self._typed = ""
        self._tries = 0
        self.title = named(QLabel(), "StillThereTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.dots = named(QLabel(), "KeypadDisplay")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(96)
        self.message = named(QLabel(), "KeypadMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("1234567890"):
            key = named(QPushButton(digit), "KeypadKey")
            key.setMinimumHeight(MIN_TOUCH_PX + 16)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.clicked.connect(lambda _=False, d=digit: self.press(d))
            self.keys[digit] = key
            grid.addWidget(key, index // 3, index % 3 if index < 9 else 1)
        self.cancel_button = named(QPushButton(), "KeypadAction")
        self.ok_button = named(QPushButton(), "KeypadOk")
        for button in (self.cancel_button, self.ok_button):
            button.setMinimumHeight(MIN_TOUCH_PX + 16)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.addWidget(self.cancel_button, 3, 0)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button.clicked.connect(self.close_pad)
        self.ok_button.clicked.connect(self.submit)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.dots)
        self.card_layout.addWidget(self.message)
        self.card_layout.addLayout(grid)
        self.retranslate()

    @property
    def enabled(self) -> bool:
        return bool(self._pin)

    def ask(self) -> None:
        if not self.enabled:
            return
        self._typed = ""
        self._tries = 0
        self.message.clear()
        self._refresh()
        self.cover()

    def press(self, digit: str) -> None:
        if len(self._typed) < PIN_MAX_DIGITS:
            self._typed += digit
            self._refresh()

    def submit(self) -> None:
        typed, self._typed = self._typed, ""
        if hmac.compare_digest(typed.encode(), self._pin.encode()):
            self.hide()
            self.accepted.emit()
            return
        self._tries += 1
        if self._tries >= MAX_TRIES:
            self.close_pad()
            return
        self.message.setText(self.tr("Wrong PIN. Try again."))
        self._refresh()

    def close_pad(self) -> None:
        self._typed = ""
        self.hide()

    def _refresh(self) -> None:
        self.dots.setText("●" * len(self._typed) or " ")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only: type the PIN to leave kiosk mode"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
