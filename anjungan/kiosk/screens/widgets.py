"""Building blocks the kiosk screens share: list buttons, cards, rows of facts, scrolling.

Owns small views only (no service calls, no state beyond their texts): `ListButton` (a
full-width button with a bold title and a caption, for lists of services, places and
topics), `Card` (a white panel), `FactRow` (a label and its value, large), `ChoiceBar`
(a row of big toggle buttons of which one is chosen) and `scrolling` (a touch-friendly
scroll area, so a long page never pushes the window past the screen). Sizes follow the
touch rule: every target at least `MIN_TOUCH_PX` high.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from anjungan.kiosk.ui.widgets import MIN_TOUCH_PX, named

LIST_BUTTON_MIN_PX = 112


def wrapping(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class ListButton(QPushButton):
    """A full-width choice: bold title, smaller caption under it, both wrapping."""

    def __init__(self, key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("ListButton")
        self.setMinimumHeight(LIST_BUTTON_MIN_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = wrapping(named(QLabel(), "ListTitle"))
        self.caption = wrapping(named(QLabel(), "ListCaption"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(4)
        for label in (self.title, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def set_texts(self, title: str, caption: str = "") -> None:
        self.title.setText(title)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.setAccessibleName(title)
        self.setAccessibleDescription(caption)
        self.updateGeometry()

    def clear(self) -> None:
        self.set_texts("", "")


class Card(QFrame):
    """A white panel with a vertical layout (`body`)."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "Card") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(32, 28, 32, 28)
        self.body.setSpacing(16)


class FactRow(QWidget):
    """``label: value`` on one line when it fits, the value wrapping under its label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = wrapping(named(QLabel(), "FactLabel"))
        self.value = wrapping(named(QLabel(), "FactValue"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        layout.addWidget(self.label, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.value, 0, 1)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)

    def set(self, label: str, value: str) -> None:
        self.label.setText(label)
        self.value.setText(value)

    def clear(self) -> None:
        self.set("", "")


class ChoiceBar(QWidget):
    """Big toggle buttons in a grid; exactly one is checked. ``chosen(key)`` on a tap."""

    chosen = Signal(str)

    def __init__(
        self, keys: Sequence[str], parent: QWidget | None = None, *, columns: int = 3
    ) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, key in enumerate(keys):
            button = named(QPushButton(), "Chip")
            button.setCheckable(True)
            button.setMinimumHeight(MIN_TOUCH_PX + 8)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            self._group.addButton(button)
            self.buttons[key] = button
            grid.addWidget(button, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def set_checked(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def checked(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None


def scrolling(content: QWidget, *, name: str = "PageScroll") -> QScrollArea:
    """``content`` in a vertical scroll area that a finger can drag (touch screens)."""
    area = named(QScrollArea(), name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def hbox(*widgets: QWidget, spacing: int = 16) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return row
