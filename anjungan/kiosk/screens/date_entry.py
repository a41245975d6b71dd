"""Typing a date of birth on big digit keys: day, month, year, as written on the KTP.

Owns `DateEntry`: eight digits (``DDMMYYYY``) shown as ``12 / 03 / 1980`` while typed, a
sentence under them saying what is missing or wrong (no 31 February, no date in the
future, nobody born before 1900), and OK only for a real date. It keeps the digits only
in its display and `reset` clears them. It does not check the date against anyone's
record: the server does that when the request is sent.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from anjungan.core.clock import Clock
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named

DIGITS = 8
EARLIEST_YEAR = 1900
BACKSPACE_GLYPH = "⌫"
MAX_WIDTH_PX = 820


def parse_birth_date(digits: str, today: date) -> date | None:
    """``"12031980"`` -> 12 March 1980; None unless a real date between 1900 and today."""
    if len(digits) != DIGITS or not digits.isdigit():
        return None
    try:
        day = date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return None
    return day if day.year >= EARLIEST_YEAR and day <= today else None


def shown(digits: str) -> str:
    """``"1203"`` -> ``12 / 03 / ____``: what is typed, and the places still empty."""
    padded = digits + "_" * (DIGITS - len(digits))
    return f"{padded[:2]} / {padded[2:4]} / {padded[4:]}"


class _Key(QPushButton):
    def __init__(self, text: str, name: str) -> None:
        super().__init__(text)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumHeight(140)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(200, 104)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(110, 80)


class DateEntry(QWidget):
    """Emits ``submitted(date)`` on OK when the digits make a valid birth date."""

    submitted = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._digits = ""
        self.label = named(QLabel(), "KeypadLabel")
        self.display = named(QLabel(), "KeypadDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(110)
        self.message = named(QLabel(), "KeypadMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(72)
        self.digit_keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(14)
        for index, digit in enumerate("123456789"):
            self.digit_keys[digit] = _Key(digit, "KeypadKey")
            grid.addWidget(self.digit_keys[digit], index // 3, index % 3)
        self.digit_keys["0"] = _Key("0", "KeypadKey")
        self.clear_key = _Key("", "KeypadAction")
        self.backspace_key = _Key("", "KeypadAction")
        self.ok_key = _Key("", "KeypadOk")
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self.digit_keys["0"], 3, 1)
        grid.addWidget(self.backspace_key, 3, 2)
        grid.addWidget(self.ok_key, 4, 0, 1, 3)
        for digit, key in self.digit_keys.items():
            key.clicked.connect(lambda _=False, d=digit: self.press(d))
        self.clear_key.clicked.connect(self.reset)
        self.backspace_key.clicked.connect(self.backspace)
        self.ok_key.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.label)
        layout.addWidget(self.display)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        self.setMaximumWidth(MAX_WIDTH_PX)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        # As wide as allowed: a page that centres the pad gets full-size keys.
        return QSize(MAX_WIDTH_PX, super().sizeHint().height())

    def press(self, digit: str) -> None:
        if len(self._digits) < DIGITS and digit.isdigit() and len(digit) == 1:
            self._digits += digit
            self._refresh()

    def backspace(self) -> None:
        self._digits = self._digits[:-1]
        self._refresh()

    def reset(self) -> None:
        self._digits = ""
        self._refresh()

    def value(self) -> date | None:
        return parse_birth_date(self._digits, self._clock.today())

    def submit(self) -> None:
        day = self.value()
        if day is not None:
            self.submitted.emit(day)

    def _refresh(self) -> None:
        self.display.setText(shown(self._digits))
        valid = self.value() is not None
        self.ok_key.setEnabled(valid)
        complete = len(self._digits) == DIGITS
        state = "ok" if valid else ("error" if complete else "hint")
        set_state(self.message, "state", state)
        set_state(self.display, "state", state)
        if valid:
            self.message.setText(self.tr("Date complete. Press OK."))
        elif complete:
            self.message.setText(
                self.tr("This is not a valid date of birth. Check it and type it again.")
            )
        else:
            self.message.setText(
                self.tr("Type the day (2 digits), the month (2 digits) and the year (4 digits).")
            )

    def retranslate(self) -> None:
        self.label.setText(self.tr("Date of birth (day / month / year)"))
        self.clear_key.setText(self.tr("Clear all"))
        self.backspace_key.setText(BACKSPACE_GLYPH + " " + self.tr("Delete"))
        self.ok_key.setText(self.tr("OK"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
