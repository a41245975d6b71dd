"""The charts under report tables, drawn with reportlab graphics: horizontal bars,
columns or a line (with an optional dashed "standard" reference line), and a pie with
its legend.

`chart(data, width)` returns one `Drawing` sized to ``width`` points; numbers are
written the Indonesian way (decimal comma, thousands dot). Used by `pdf` for the
report sections. Must not know about any document but `ChartData`.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

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


def _number(value: float) -> str:
    if float(value).is_integer():
        return format_count(int(value))
    return f"{value:.2f}".replace(".", ",")


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
        text = f"{label}: {_number(value)} ({share} %)"
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
    plot.valueAxis.labelTextFormat = _number
    if isinstance(plot, VerticalBarChart):
        plot.bars[0].fillColor = BRAND
        plot.bars[0].strokeColor = colors.white
        plot.barLabelFormat = _number
        plot.barLabels.fontName = FONT
        plot.barLabels.fontSize = 6.5
        plot.barLabels.nudge = 6
    else:
        plot.lines[0].strokeColor = BRAND
        plot.lines[0].strokeWidth = 1.5
        plot.lineLabelFormat = _number
        plot.lineLabels.fontName = FONT
        plot.lineLabels.fontSize = 6.5
        plot.lineLabels.dy = 6
    drawing.add(plot)
    if chart.reference is not None:
        y = plot.y + plot.height * chart.reference / top
        drawing.add(
            Line(plot.x, y, plot.x + plot.width, y, strokeColor=colors.red, strokeDashArray=[3, 2])
        )
        label = f"Standar {_number(chart.reference)}"
        drawing.add(
            String(plot.x + 4, y - 9, label, fontName=FONT, fontSize=7, fillColor=colors.red)
        )
    return drawing


def _bars(chart: ChartData, width: float) -> Drawing:
    bar_height = 16
    label_width = width * 0.38
    height = max(60, bar_height * len(chart.values) * 1.5 + 40)
    drawing = Drawing(width, height, initialFontName=FONT)
    drawing.add(String(0, height - 12, chart.title, fontName=FONT_BOLD, fontSize=9))
    bars = HorizontalBarChart()
    bars.x, bars.y = label_width, 20
    bars.width, bars.height = width - label_width - 36, height - 40
    bars.data = [list(chart.values)]
    bars.categoryAxis.categoryNames = list(chart.labels)
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 8
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.reverseDirection = True
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(chart.values, default=0) * 1.1 or 1
    bars.valueAxis.labelTextFormat = lambda v: format_count(int(v))
    bars.bars[0].fillColor = BRAND
    bars.bars[0].strokeColor = colors.white
    bars.barLabelFormat = _number  # NRR 3,22 must not print as "3"
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 7
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    drawing.add(bars)
    return drawing
