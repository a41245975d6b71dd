"""The numeric keypad where a participant types a NIK, KK or JKN card number.

Owns the typing: big digit keys, backspace, clear and OK, the digits shown in groups of
four as on the card (``3171 0101 9000 0001``, ``0001 9443 5891 1``) and one plain
sentence under them saying what is missing or wrong. What counts as valid is decided by
`core` (DOMAIN.md "Identity": NIK/KK 16 digits, card number 13; `classify_identifier`,
`parse_nik`, `parse_kk`, `parse_card_number`); this module only shows the verdict. It
keeps the digits nowhere but its own display (privacy: the kiosk forgets everything),
never logs them, and looks nothing up: OK emits `submitted` and the screen acts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.clock import Clock
from anjungan.core.domain.card import CARD_LENGTH, classify_identifier, parse_card_number
from anjungan.core.domain.nik import NIK_LENGTH, parse_kk, parse_nik
from anjungan.core.errors import ValidationError
from anjungan.kiosk.ui.language import current_language
from anjungan.kiosk.ui.scale import Orientation, orientation
from anjungan.kiosk.ui.styling import set_state
from anjungan.kiosk.ui.widgets import named
from anjungan.kiosk.ui.window_shape import WindowShape

Kind = Literal["nik", "kk", "card"]
SixteenDigits = Literal["nik", "kk"]
MAX_DIGITS = max(NIK_LENGTH, CARD_LENGTH)
GROUP = 4
# Keys ask for 112 px but accept 80 when a page is short of room: the window's minimum
# size counts every page of a stacked screen, shown or not, in either orientation, so a
# large minimum would push a 1080 px high landscape window off the screen.
KEY_PREFERRED = QSize(220, 112)
KEY_MINIMUM = QSize(120, 80)
KEY_MAX_PX = 150
DISPLAY_MIN_WIDTH_PX = 320
# Portrait: display above the keys. Landscape: display beside them, because five rows of
# keys under the display would be squeezed to their minimum in 1080 px with the top bar.
MAX_WIDTH = {Orientation.PORTRAIT: 820, Orientation.LANDSCAPE: 1640}
BACKSPACE_GLYPH = "⌫"


def group_digits(digits: str, size: int = GROUP) -> str:
    """``"0001944358911"`` -> ``"0001 9443 5891 1"``: groups as printed on the cards."""
    return " ".join(digits[i : i + size] for i in range(0, len(digits), size))


@dataclass(frozen=True)
class Verdict:
    """What the typed digits are so far. ``kind`` is None until a full length is reached."""

    kind: Kind | None
    valid: bool
    error: ValidationError | None = None


def assess(digits: str, today: date, sixteen: SixteenDigits = "nik") -> Verdict:
    """Judge ``digits`` with the core rules; ``sixteen`` says whether 16 digits mean a NIK
    or a family card (KK) number on this screen (children under 17 use the KK)."""
    if len(digits) not in (CARD_LENGTH, NIK_LENGTH):
        return Verdict(None, False)
    kind: Kind = classify_identifier(digits)
    try:
        if kind == "card":
            parse_card_number(digits)
        elif sixteen == "kk":
            kind = "kk"
            parse_kk(digits)
        else:
            parse_nik(digits, today)
    except ValidationError as error:
        return Verdict(kind, False, error)
    return Verdict(kind, True)


class _Key(QPushButton):
    """A keypad key: equal widths whatever the label, 112 px high when there is room."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setMaximumHeight(KEY_MAX_PX)
        # Ignored width: the three columns stay equal whatever the labels' lengths.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Keys never take focus: a physical keyboard or scanner types into the keypad.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return KEY_PREFERRED

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return KEY_MINIMUM


class Keypad(QWidget):
    """Digit keys under a grouped display and a one-line verdict; OK only when valid.

    ``clock`` supplies "today" for the NIK's birth date (a birth date cannot be in the
    future). Emits ``submitted(digits, kind)`` with kind ``"nik"``, ``"kk"`` or ``"card"``.
    Call `reset` when the participant leaves the screen.
    """

    submitted = Signal(str, str)

    def __init__(
        self, clock: Clock, parent: QWidget | None = None, *, sixteen: SixteenDigits = "nik"
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._sixteen: SixteenDigits = sixteen
        self._digits = ""
        self._verdict = Verdict(None, False)
        # The window's shape decides, not the keypad's own box: the keypad may keep its
        # size while the screen turns.
        self._shape = WindowShape(self)
        self._shape.changed.connect(self._follow_window)
        self.setObjectName("Keypad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = named(QLabel(), "KeypadLabel")
        self.display = named(QLabel(), "KeypadDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(120)
        # The digits need about 700 px; the minimum stays small for the reason above.
        self.display.setMinimumWidth(DISPLAY_MIN_WIDTH_PX)
        self.display.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.message = named(QLabel(), "KeypadMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Two lines reserved so the keys do not jump when the sentence wraps.
        self.message.setMinimumHeight(96)
        self.digit_keys: dict[str, QPushButton] = {}
        for digit in "0123456789":
            key = self._key(digit, "KeypadKey")
            key.clicked.connect(lambda _=False, d=digit: self.press(d))
            self.digit_keys[digit] = key
        self.clear_key = self._key("", "KeypadAction")
        self.clear_key.clicked.connect(self.clear)
        self.backspace_key = self._key("", "KeypadAction")
        self.backspace_key.setAutoRepeat(True)
        self.backspace_key.setAutoRepeatDelay(600)
        self.backspace_key.clicked.connect(self.backspace)
        self.ok_key = self._key("", "KeypadOk")
        self.ok_key.clicked.connect(self.submit)
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self.digit_keys[digit], index // 3, index % 3)
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self.digit_keys["0"], 3, 1)
        grid.addWidget(self.backspace_key, 3, 2)
        grid.addWidget(self.ok_key, 4, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        info = QVBoxLayout()
        info.setSpacing(16)
        info.addWidget(self.label)
        info.addWidget(self.display)
        info.addWidget(self.message)
        info.addStretch(1)
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(24)
        self._box.addLayout(info)
        self._box.addLayout(grid)
        self.orientation = Orientation.LANDSCAPE
        self.set_orientation(Orientation.PORTRAIT)
        self.retranslate()

    def _key(self, text: str, name: str) -> QPushButton:
        return named(_Key(text), name)

    def set_orientation(self, which: Orientation) -> None:
        """Stack the display over the keys (portrait) or beside them (landscape)."""
        if which is self.orientation:
            return
        self.orientation = which
        self.setMaximumWidth(MAX_WIDTH[which])
        self._box.setDirection(
            QBoxLayout.Direction.TopToBottom
            if which is Orientation.PORTRAIT
            else QBoxLayout.Direction.LeftToRight
        )
        portrait = which is Orientation.PORTRAIT
        self._box.setSpacing(24 if portrait else 56)
        # Side by side the two halves share the width; stacked, each keeps its own height.
        for index in range(2):
            self._box.setStretch(index, 0 if portrait else 1)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        # As wide as allowed: a screen that centres the keypad gets full-size keys.
        return QSize(MAX_WIDTH[self.orientation], super().sizeHint().height())

    def _follow_window(self, width: int, height: int) -> None:
        self.set_orientation(orientation(width, height))

    # -- typing ---------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        """Append one digit; ignored past 16 digits (the longest number)."""
        if len(digit) != 1 or digit not in "0123456789" or len(self._digits) >= MAX_DIGITS:
            return
        self._digits += digit
        self._refresh()

    def backspace(self) -> None:
        if self._digits:
            self._digits = self._digits[:-1]
            self._refresh()

    def clear(self) -> None:
        self._digits = ""
        self._refresh()

    def reset(self) -> None:
        """Forget the digits (the participant left, or the kiosk went idle)."""
        self.clear()

    def submit(self) -> None:
        if self._verdict.valid and self._verdict.kind is not None:
            self.submitted.emit(self._digits, self._verdict.kind)

    @property
    def verdict(self) -> Verdict:
        return self._verdict

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        # A USB keypad or a card scanner types digits and Enter like a keyboard.
        key = event.key()
        if event.text() and event.text() in "0123456789":
            self.press(event.text())
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key == Qt.Key.Key_Escape:
            self.clear()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    # -- showing --------------------------------------------------------------------------

    def _refresh(self) -> None:
        self._verdict = assess(self._digits, self._clock.today(), self._sixteen)
        self.display.setText(group_digits(self._digits))
        self.ok_key.setEnabled(self._verdict.valid)
        if self._verdict.error is not None:
            state = "error"
        elif self._verdict.valid:
            state = "ok"
        else:
            state = "hint"
        set_state(self.message, "state", state)
        set_state(self.display, "state", state)
        self.message.setText(self._message())

    def _message(self) -> str:
        count = len(self._digits)
        verdict = self._verdict
        if verdict.error is not None:
            return verdict.error.message(current_language())
        kk = self._sixteen == "kk"
        if verdict.kind == "card":
            if kk:
                return self.tr(
                    "JKN card number complete. Press OK, or keep typing if this is a "
                    "family card number."
                )
            return self.tr("JKN card number complete. Press OK, or keep typing if this is a NIK.")
        if verdict.kind == "nik":
            return self.tr("NIK complete. Check it against your KTP, then press OK.")
        if verdict.kind == "kk":
            return self.tr("Family card number complete. Check it, then press OK.")
        if count == 0:
            if kk:
                return self.tr(
                    "Type the 16-digit family card (KK) number or the 13-digit number on "
                    "your JKN card."
                )
            return self.tr(
                "Type the 16-digit NIK on your KTP or the 13-digit number on your JKN card."
            )
        if count < CARD_LENGTH:
            if kk:
                return self.tr(
                    "Digits typed: %1. A JKN card number has 13 digits, a family card 16."
                ).replace("%1", str(count))
            return self.tr("Digits typed: %1. A JKN card number has 13 digits, a NIK 16.").replace(
                "%1", str(count)
            )
        missing = str(NIK_LENGTH - count)
        if kk:
            return self.tr("A family card number has 16 digits: %1 more to go.").replace(
                "%1", missing
            )
        return self.tr("A NIK has 16 digits: %1 more to go.").replace("%1", missing)

    def retranslate(self) -> None:
        if self._sixteen == "kk":
            self.label.setText(self.tr("Family card (KK) or JKN card number"))
        else:
            self.label.setText(self.tr("NIK or JKN card number"))
        self.clear_key.setText(self.tr("Clear all"))
        self.clear_key.setAccessibleName(self.tr("Clear all digits"))
        self.backspace_key.setText(BACKSPACE_GLYPH + " " + self.tr("Delete"))
        self.backspace_key.setAccessibleName(self.tr("Delete the last digit"))
        self.ok_key.setText(self.tr("OK"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
