"""A dimmed layer over a screen that carries a centred card (busy, "still there?").

Owns only the covering: it follows its parent's size, paints a translucent backdrop,
stays on top, and swallows taps so nothing underneath is pressed by mistake. What the
card shows belongs to the subclasses. It never blocks the event loop: showing and hiding
are ordinary widget calls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from anjungan.kiosk.ui.widgets import named

# Dark enough that the card stands out, light enough that the screen stays recognisable.
BACKDROP = QColor(11, 42, 23, 150)
CARD_MAX_WIDTH = 860


class Overlay(QWidget):
    """Covers ``parent`` completely while visible; ``card`` is the centred box."""

    def __init__(self, parent: QWidget, card_name: str) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.card = named(QFrame(), card_name)
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(48, 40, 48, 40)
        self.card_layout.setSpacing(28)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        """Show over the whole parent, above its other children."""
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        # A fixed card width keeps long messages wrapping instead of widening the card.
        self.card.setFixedWidth(min(CARD_MAX_WIDTH, max(320, parent.width() - 80)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        event.accept()  # a tap on the backdrop must not reach the screen underneath
