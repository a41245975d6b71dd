"""The first page of the status, bill and VA screens: type the NIK or the card number.

Owns `IdentifyPage`: one instruction sentence, the touch kit's `Keypad` (which judges the
digits with the core rules and emits ``submitted(digits, kind)``) and a privacy note.
It keeps the digits only in the keypad's display; `reset` clears them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from anjungan.core.clock import Clock
from anjungan.kiosk.screens.widgets import wrapping
from anjungan.kiosk.ui.keypad import Keypad
from anjungan.kiosk.ui.widgets import named


class IdentifyPage(QWidget):
    submitted = Signal(str, str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instruction = wrapping(named(QLabel(), "Body"))
        self.keypad = Keypad(clock)
        self.privacy = wrapping(named(QLabel(), "Footer"))
        self.keypad.submitted.connect(self.submitted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.instruction)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.privacy)
        self.retranslate()

    def set_instruction(self, text: str) -> None:
        """A sentence above the keypad; empty hides it (the keypad says what to type)."""
        self.instruction.setText(text)
        self.instruction.setVisible(bool(text))

    def reset(self) -> None:
        self.keypad.reset()

    def retranslate(self) -> None:
        self.privacy.setText(
            self.tr(
                "Your number is used only for this check and is cleared when you finish. "
                "Nothing is stored on this kiosk."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
