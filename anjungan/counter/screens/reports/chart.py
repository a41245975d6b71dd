"""A horizontal bar chart drawn with QPainter, for the Reports screen.

Owns `BarChart`: one bar per label, the label on the left (elided when long), the value
at the end of the bar in the interface's number format. PySide6-Essentials has no
QtCharts, and a few bars need no more than this. The widget asks for the height its
bars need, so it sits in a scrolling page without a scroll bar of its own. View only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from anjungan.counter.screens.reports.tables import Chart

BAR = QColor("#00753A")  # the JKN green of the PDF reports
TRACK = QColor("#E3F1E8")
TEXT = QColor("#0B2A17")
ROW_HEIGHT = 26
PADDING = 6
LABEL_SHARE = 0.38
VALUE_WIDTH = 64


class BarChart(QWidget):
    def __init__(self, number: Callable[[float], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.chart: Chart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setVisible(chart is not None and bool(chart.values))
        if chart is not None:
            described = "; ".join(
                f"{label}: {self.number(value)}"
                for label, value in zip(chart.labels, chart.values, strict=True)
            )
            self.setAccessibleDescription(described)
            self.setToolTip(described)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        rows = len(self.chart.values) if self.chart is not None else 0
        return QSize(480, 2 * PADDING + rows * ROW_HEIGHT)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.sizeHint()

    def scale(self) -> float:
        """The value a full-width bar stands for."""
        chart = self.chart
        if chart is None:
            return 1.0
        return chart.maximum or max(chart.values, default=0.0) or 1.0

    def bar_width(self, value: float) -> float:
        """Pixels of the bar of ``value`` at the current width."""
        area = max(0.0, self.width() * (1 - LABEL_SHARE) - VALUE_WIDTH - PADDING)
        return area * max(0.0, min(value, self.scale())) / self.scale()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        chart = self.chart
        if chart is None or not chart.values:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            metrics = QFontMetrics(self.font())
            label_width = self.width() * LABEL_SHARE
            for row, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
                top = PADDING + row * ROW_HEIGHT
                text_box = QRectF(0, top, label_width - PADDING, ROW_HEIGHT)
                shown = metrics.elidedText(
                    label, Qt.TextElideMode.ElideRight, int(text_box.width())
                )
                painter.setPen(TEXT)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(text_box, int(align), shown)
                bar = QRectF(label_width, top + 4, self.bar_width(value), ROW_HEIGHT - 8)
                track = QRectF(label_width, top + 4, self.bar_width(self.scale()), ROW_HEIGHT - 8)
                painter.fillRect(track, TRACK)
                painter.fillRect(bar, BAR)
                value_box = QRectF(bar.right() + PADDING, top, VALUE_WIDTH, ROW_HEIGHT)
                left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(value_box, int(left), self.number(value))
        finally:
            painter.end()
