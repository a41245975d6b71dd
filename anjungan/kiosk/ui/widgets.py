"""Large touch widgets shared by the kiosk screens and the queue board.

Sizes follow the kiosk rule: every touch target at least 64 px (about 9 mm) high.
Widgets hold no personal data of their own beyond what a screen puts in them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MIN_TOUCH_PX = 64

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """Give a widget the object name the style sheet selects it by."""
    widget.setObjectName(name)
    return widget


class TileButton(QPushButton):
    """A big service tile: a title and a one-line caption under it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("Tile")
        self.setMinimumHeight(max(MIN_TOUCH_PX, 160))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Two labels instead of button text: a bold title and a smaller caption, both
        # wrapping, which a QPushButton's own text cannot do.
        self.title = named(QLabel(), "TileTitle")
        self.caption = named(QLabel(), "TileCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addStretch(1)
        for label in (self.title, self.caption):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_texts(self, title: str, caption: str) -> None:
        self.title.setText(title)
        self.caption.setText(caption)
        self.setAccessibleName(title)
        self.setAccessibleDescription(caption)


class TopBar(QFrame):
    """Title, office name, and the language and large-text toggles."""

    language_toggled = Signal()
    large_text_toggled = Signal(bool)

    def __init__(self, office: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.title = named(QLabel(), "TopBarTitle")
        self.office = named(QLabel(office), "TopBarOffice")
        self.language_button = named(QPushButton(), "TopBarToggle")
        self.language_button.setMinimumHeight(MIN_TOUCH_PX)
        self.large_text_button = named(QPushButton(), "TopBarToggle")
        self.large_text_button.setCheckable(True)
        self.large_text_button.setMinimumHeight(MIN_TOUCH_PX)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.office, 1)
        layout.addWidget(self.large_text_button)
        layout.addWidget(self.language_button)
        self.language_button.clicked.connect(self.language_toggled)
        self.large_text_button.toggled.connect(self.large_text_toggled)
