"""The charts under report tables, drawn with reportlab graphics: horizontal bars,
columns or a line (with an optional dashed "standard" reference line), and a pie with
its legend.

`chart(data, width)` returns one `Drawing` sized to ``width`` points; numbers are
written the Indonesian way (decimal comma, thousands dot). Used by `pdf` for the
report sections. Must not know about any document but `ChartData`.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from anjungan.printing.documents import ChartData, ChartKind
from anjungan.printing.idtext import format_count
from anjungan.printing.pdf_base import BRAND, FONT, FONT_BOLD


def chart(data: ChartData, width: float) -> Drawing:
    """The drawing of ``data``, ``width`` points wide (its height follows the data)."""
    if data.kind is ChartKind.PIE:
        return _pie(data, width)
    if data.kind in (ChartKind.COLUMN, ChartKind.LINE):
        return _columns_or_line(data, width)
    return _bars(data, width)


def _number(value: float, decimals: int = 2) -> str:
    """A count with a thousands dot, else ``decimals`` decimals with a comma (3,20)."""
    if float(value).is_integer():
        return format_count(int(value))
    return f"{value:.{decimals}f}".replace(".", ",")


def _count_step(top: float, values: tuple[float, ...]) -> float | None:
    """A whole-number axis step (1, 2, 5 x 10^n) for counts, about six ticks up to
    ``top``, so an axis of counts never shows 0,5 or the same label twice; None for
    fractional data (reportlab chooses)."""
    if not values or not all(float(v).is_integer() for v in values):
        return None
    raw = top / 6
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if raw <= m * magnitude)
    return float(max(1, round(step)))


def _fit(text: str, room: float, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points at ``size`` (labels of bars)."""
    if stringWidth(text, FONT, size) <= room:
        return text
    while text and stringWidth(text + "\u2026", FONT, size) > room:
        text = text[:-1]
    return text.rstrip() + "\u2026"


_PIE_COLOURS = (BRAND, "#f2a900", "#4f9fd6", "#7fbf3f", "#c0504d", "#8064a2", "#9e9e9e")


def _pie(chart: ChartData, width: float) -> Drawing:
    height = max(150.0, 16.0 * len(chart.values) + 40)
    drawing = Drawing(width, height, initialFontName=FONT)
    drawing.add(String(0, height - 12, chart.title, fontName=FONT_BOLD, fontSize=9))
    size = min(height - 40, width * 0.3)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, (height - 20 - size) / 2, size, size
    pie.data = [v if v > 0 else 0.0001 for v in chart.values] or [1]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = colors.toColor(_PIE_COLOURS[i % len(_PIE_COLOURS)])
    drawing.add(pie)
    total = sum(chart.values) or 1
    legend_x = size + 40
    for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        y = height - 34 - i * 16
        colour = colors.toColor(_PIE_COLOURS[i % len(_PIE_COLOURS)])
        drawing.add(Rect(legend_x, y, 9, 9, fillColor=colour, strokeColor=None))
        share = f"{100 * value / total:.1f}".replace(".", ",")
        text = f"{label}: {_number(value, chart.decimals)} ({share} %)"
        drawing.add(String(legend_x + 14, y + 1, text, fontName=FONT, fontSize=8))
    return drawing


def _columns_or_line(chart: ChartData, width: float) -> Drawing:
    height = 170.0
    drawing = Drawing(width, height, initialFontName=FONT)
    drawing.add(String(0, height - 12, chart.title, fontName=FONT_BOLD, fontSize=9))
    plot = VerticalBarChart() if chart.kind is ChartKind.COLUMN else HorizontalLineChart()
    plot.x, plot.y = 36, 24
    plot.width, plot.height = width - 50, height - 50
    plot.data = [list(chart.values) or [0]]
    plot.categoryAxis.categoryNames = list(chart.labels) or [""]
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 7
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.valueMin = 0
    top = max([*chart.values, chart.reference or 0], default=0) * 1.15 or 1
    plot.valueAxis.valueMax = top
    plot.valueAxis.valueStep = _count_step(top, chart.values)
    plot.valueAxis.labelTextFormat = _number

    def value_label(value: float) -> str:
        return _number(value, chart.decimals)

    if isinstance(plot, VerticalBarChart):
        plot.bars[0].fillColor = BRAND
        plot.bars[0].strokeColor = colors.white
        plot.barLabelFormat = value_label
        plot.barLabels.fontName = FONT
        plot.barLabels.fontSize = 6.5
        plot.barLabels.nudge = 6
    else:
        plot.lines[0].strokeColor = BRAND
        plot.lines[0].strokeWidth = 1.5
        plot.lineLabelFormat = value_label
        plot.lineLabels.fontName = FONT
        plot.lineLabels.fontSize = 6.5
        plot.lineLabels.dy = 6
    drawing.add(plot)
    if chart.reference is not None:
        y = plot.y + plot.height * chart.reference / top
        dashed = {"strokeColor": colors.red, "strokeDashArray": [3, 2]}
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, **dashed))
        # Named in a key beside the title: on the plot it would cross the data line.
        label = f"Standar {_number(chart.reference)}"
        right = plot.x + plot.width
        key_y = height - 9
        drawing.add(
            String(
                right,
                height - 12,
                label,
                fontName=FONT,
                fontSize=7,
                fillColor=colors.red,
                textAnchor="end",
            )
        )
        start = right - stringWidth(label, FONT, 7) - 22
        drawing.add(Line(start, key_y, start + 16, key_y, **dashed))
    return drawing


def _bars(chart: ChartData, width: float) -> Drawing:
    bar_height = 16
    # As wide as the longest label, within bounds; a longer one is cut with an ellipsis.
    longest = max((stringWidth(label, FONT, 8) for label in chart.labels), default=0)
    label_width = min(max(longest + 10, width * 0.15), width * 0.45)
    labels = [_fit(label, label_width - 10, 8) for label in chart.labels]
    height = max(60, bar_height * len(chart.values) * 1.5 + 40)
    drawing = Drawing(width, height, initialFontName=FONT)
    drawing.add(String(0, height - 12, chart.title, fontName=FONT_BOLD, fontSize=9))
    bars = HorizontalBarChart()
    bars.x, bars.y = label_width, 20
    bars.width, bars.height = width - label_width - 36, height - 40
    bars.data = [list(chart.values)]
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 8
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.reverseDirection = True
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(chart.values, default=0) * 1.1 or 1
    bars.valueAxis.valueStep = _count_step(bars.valueAxis.valueMax, chart.values)
    bars.valueAxis.labelTextFormat = lambda v: format_count(int(v))
    bars.bars[0].fillColor = BRAND
    bars.bars[0].strokeColor = colors.white
    bars.barLabelFormat = lambda value: _number(value, chart.decimals)  # NRR 3,22, not "3"
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 7
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    drawing.add(bars)
    return drawing
