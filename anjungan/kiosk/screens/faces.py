"""The four faces of the satisfaction survey, drawn, big enough for any finger.

Owns `FaceButton`: a round face painted with QPainter (no emoji font needed on the
kiosk), its mouth curving from a frown (1, very dissatisfied) to a broad smile (4, very
satisfied), coloured red to green, with its name under it. The score is the face's
`core.domain.survey.Face` value (DOMAIN.md: the four-face smiley maps 1:1 onto 1-4).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from anjungan.core.domain.survey import Face
from anjungan.kiosk.screens.widgets import wrapping
from anjungan.kiosk.ui.widgets import named

FACE_COLOURS = {
    Face.VERY_DISSATISFIED: "#C62828",
    Face.DISSATISFIED: "#EF6C00",
    Face.SATISFIED: "#7CB342",
    Face.VERY_SATISFIED: "#00803E",
}
MAX_HEIGHT_PX = 340
# Mouth curvature per face: negative frowns, positive smiles (fraction of the radius).
MOUTH_CURVE = {
    Face.VERY_DISSATISFIED: -0.32,
    Face.DISSATISFIED: -0.14,
    Face.SATISFIED: 0.16,
    Face.VERY_SATISFIED: 0.36,
}


class _Drawing(QWidget):
    def __init__(self, face: Face, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.face = face
        self.setMinimumSize(QSize(96, 96))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(200, 220)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        side = min(self.width(), self.height()) - 8
        if side <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cx, cy, r = self.width() / 2, self.height() / 2, side / 2
        painter.setPen(QPen(QColor("#0B2A17"), max(3.0, r * 0.06)))
        painter.setBrush(QColor(FACE_COLOURS[self.face]))
        painter.drawEllipse(QPointF(cx, cy), r, r)
        painter.setBrush(QColor("#0B2A17"))
        eye = r * 0.11
        for dx in (-0.35, 0.35):
            painter.drawEllipse(QPointF(cx + dx * r, cy - 0.25 * r), eye, eye)
        curve = MOUTH_CURVE[self.face] * r
        mouth = QPainterPath()
        left, right, y = cx - 0.45 * r, cx + 0.45 * r, cy + 0.35 * r - curve / 2
        mouth.moveTo(left, y)
        mouth.quadTo(QPointF(cx, y + 2 * curve), QPointF(right, y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(QColor("#0B2A17"), max(4.0, r * 0.09))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(mouth)
        painter.end()

    def face_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)


class FaceButton(QPushButton):
    """One face and its name; ``face`` is the score it stands for."""

    def __init__(self, face: Face, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.face = face
        self.setObjectName("FaceButton")
        self.setMinimumSize(QSize(150, 200))
        self.setMaximumHeight(MAX_HEIGHT_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.drawing = _Drawing(face)
        self.caption = wrapping(named(QLabel(), "FaceCaption"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 16, 12, 16)
        layout.setSpacing(8)
        layout.addWidget(self.drawing, 1)
        layout.addWidget(self.caption)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.setAccessibleName(text)
