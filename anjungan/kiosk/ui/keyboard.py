"""The on-screen letter keyboard for the kiosk's search boxes (facility, office, topic).

Owns the keys (a digits row, QWERTY in capitals as printed on keyboards, a full stop
and a hyphen for names such as ``DR.`` or ``RS PKU-MUHAMMADIYAH``, space, backspace,
clear) and their scaling: keys stretch with the width and their labels grow with the
keys, so one keyboard serves a 1080x1920 portrait and a 1920x1080 landscape screen.
It types into a target `QLineEdit` (or an internal buffer) and emits `text_changed`; it
does not search, suggest or remember anything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from anjungan.kiosk.ui.scale import MIN_KEY_FONT_PX, key_font_px
from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX, named

# Rows on a grid of half-key columns, so rows can be staggered like a real keyboard:
# (first half-column, keys). Every key spans two half-columns.
ROWS: tuple[tuple[int, str], ...] = (
    (0, "1234567890"),
    (0, "QWERTYUIOP"),
    (1, "ASDFGHJKL"),
    (1, "ZXCVBNM.-"),
)
HALF_COLUMNS = 20
KEY_MIN_PX = 96
KEY_PADDING_PX = 20
KEY_MAX_PX = 132
BACKSPACE_GLYPH = "⌫"


def _fitting_px(key: QPushButton, px: int) -> int:
    """``px``, or less if the key's label would not fit its width (long translations)."""
    room = key.width() - KEY_PADDING_PX
    font = QFont(key.font())
    font.setBold(True)
    while px > MIN_KEY_FONT_PX:
        font.setPixelSize(px)
        if QFontMetrics(font).horizontalAdvance(key.text()) <= room:
            break
        px -= 2
    return px


class TouchKeyboard(QWidget):
    """``TouchKeyboard(target=None)``: tapping a key edits ``target`` at its cursor.

    ``text_changed(str)`` carries the whole text after each key. Without a target the
    keyboard keeps its own text (`text`), cleared by `reset`.
    """

    text_changed = Signal(str)

    def __init__(self, target: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TouchKeyboard")
        self._target: QLineEdit | None = None
        self._buffer = ""
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(12)
        for row, (start, letters) in enumerate(ROWS):
            for index, char in enumerate(letters):
                key = self._key(char, "KeyboardKey")
                key.clicked.connect(lambda _=False, c=char: self.type_text(c))
                self.keys[char] = key
                grid.addWidget(key, row, start + 2 * index, 1, 2)
        bottom = len(ROWS)
        self.clear_key = self._key("", "KeyboardAction")
        self.clear_key.clicked.connect(self.clear)
        self.space_key = self._key("", "KeyboardKey")
        self.space_key.clicked.connect(lambda: self.type_text(" "))
        self.backspace_key = self._key("", "KeyboardAction")
        self.backspace_key.setAutoRepeat(True)
        self.backspace_key.setAutoRepeatDelay(600)
        self.backspace_key.clicked.connect(self.backspace)
        grid.addWidget(self.clear_key, bottom, 0, 1, 6)
        grid.addWidget(self.space_key, bottom, 6, 1, 8)
        grid.addWidget(self.backspace_key, bottom, 14, 1, 6)
        for column in range(HALF_COLUMNS):
            grid.setColumnStretch(column, 1)
        self.set_target(target)
        self.retranslate()

    def _key(self, text: str, name: str) -> QPushButton:
        key = named(QPushButton(text), name)
        key.setMinimumSize(MIN_TOUCH_PX, KEY_MIN_PX)
        key.setMaximumHeight(KEY_MAX_PX)
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        # A key that took focus would pull it out of the search box and hide its cursor.
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setCursor(Qt.CursorShape.PointingHandCursor)
        return key

    # -- editing --------------------------------------------------------------------------

    def set_target(self, target: QLineEdit | None) -> None:
        self._target = target

    @property
    def target(self) -> QLineEdit | None:
        return self._target

    def text(self) -> str:
        return self._target.text() if self._target is not None else self._buffer

    def type_text(self, text: str) -> None:
        if self._target is not None:
            self._target.insert(text)
        else:
            self._buffer += text
        self._changed()

    def backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()
        else:
            self._buffer = self._buffer[:-1]
        self._changed()

    def clear(self) -> None:
        if self._target is not None:
            self._target.clear()
        else:
            self._buffer = ""
        self._changed()

    def reset(self) -> None:
        """Forget the text typed (the participant left, or the kiosk went idle)."""
        self.clear()

    def _changed(self) -> None:
        self.text_changed.emit(self.text())

    # -- looks ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        sample = self.keys["Q"]
        px = key_font_px(sample.width(), sample.height())
        for key in self.findChildren(QPushButton):
            key_px = _fitting_px(key, px)
            if key.font().pixelSize() != key_px:
                font = QFont(self.font())
                font.setPixelSize(key_px)
                font.setBold(True)
                key.setFont(font)

    def retranslate(self) -> None:
        self.clear_key.setText(self.tr("Clear"))
        self.clear_key.setAccessibleName(self.tr("Clear all text"))
        self.space_key.setText(self.tr("Space"))
        self.backspace_key.setText(BACKSPACE_GLYPH + " " + self.tr("Delete"))
        self.backspace_key.setAccessibleName(self.tr("Delete the last letter"))
        self._scale_fonts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
