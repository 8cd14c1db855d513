"""Vector charts for the reports (reportlab.graphics Drawings, usable as flowables).

Every chart draws its text in the embedded DejaVu font and takes plain values only:

    line_chart(categories, series, width=..., height=..., y_min=1, y_max=4)
    bar_chart(categories, values, width=..., height=...)

A `Series` is a name and one value per category (None = no value that week: the line
has a gap there). Numbers on axes are printed with a decimal comma. Engineer M may add
functions at the end of this file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from werkfit_desktop.reports.fonts import REGULAR, register_fonts

PALETTE = (
    colors.HexColor("#1f77b4"),
    colors.HexColor("#d62728"),
    colors.HexColor("#2ca02c"),
    colors.HexColor("#9467bd"),
    colors.HexColor("#ff7f0e"),
    colors.HexColor("#8c564b"),
    colors.HexColor("#e377c2"),
    colors.HexColor("#17becf"),
)
AXIS = colors.HexColor("#555555")
GRID = colors.HexColor("#dddddd")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


def decimal_comma(value: float, decimals: int = 1) -> str:
    """'2,5' for 2.5; whole numbers without decimals ('3')."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{decimals}f}".replace(".", ",")


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float, width: float) -> float:
    """Draws the legend in rows from (x, y) downwards; returns the height it used."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cx, cy, row = x, y, 10.0
    for index, name in enumerate(names):
        label = name if len(name) <= 40 else name[:39] + "…"
        w = 12 + stringWidth(label, REGULAR, 7) + 10
        if cx + w > x + width and cx > x:
            cx, cy = x, cy - row
        colour = PALETTE[index % len(PALETTE)]
        drawing.add(Rect(cx, cy, 8, 6, fillColor=colour, strokeColor=None))
        drawing.add(String(cx + 11, cy, label, fontName=REGULAR, fontSize=7, fillColor=AXIS))
        cx += w
    return (y - cy) + row if names else 0.0


def line_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    width: float = 480,
    height: float = 170,
    y_min: float = 1,
    y_max: float = 4,
    y_step: float = 1,
    legend: bool = True,
    empty_text: str = "",
) -> Drawing:
    """Lines over categories (e.g. ISO weeks), one per series, on a fixed y-scale."""
    register_fonts()
    names = [s.name for s in series] if legend else []
    legend_rows = max(1, (len(names) + 2) // 3) if names else 0
    legend_height = legend_rows * 10.0 + (4 if names else 0)
    drawing = Drawing(width, height + legend_height)
    plot = LinePlot()
    plot.x, plot.y = 30, legend_height + 22
    plot.width, plot.height = width - 40, height - 32
    count = max(1, len(categories))
    data = []
    for s in series:
        points = [(i, v) for i, v in enumerate(s.values[:count]) if v is not None]
        data.append(points or [(0, y_min)])
    if not data or not categories:
        drawing.add(
            String(
                width / 2,
                height / 2 + legend_height,
                empty_text,
                fontName=REGULAR,
                fontSize=8,
                fillColor=AXIS,
                textAnchor="middle",
            )
        )
        return drawing
    plot.data = data
    plot.xValueAxis.valueMin = -0.5
    plot.xValueAxis.valueMax = count - 0.5
    plot.xValueAxis.valueSteps = list(range(count))
    step = max(1, (count + 11) // 12)  # at most ~12 labels
    plot.xValueAxis.labelTextFormat = lambda v: (
        categories[int(v)] if 0 <= int(v) < count and int(v) % step == 0 else ""
    )
    plot.xValueAxis.labels.fontName = REGULAR
    plot.xValueAxis.labels.fontSize = 6.5
    plot.xValueAxis.labels.angle = 0
    plot.xValueAxis.strokeColor = AXIS
    plot.yValueAxis.valueMin = y_min
    plot.yValueAxis.valueMax = y_max
    plot.yValueAxis.valueStep = y_step
    plot.yValueAxis.labelTextFormat = decimal_comma
    plot.yValueAxis.labels.fontName = REGULAR
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.strokeColor = AXIS
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = GRID
    for index, s in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.4
        plot.lines[index].symbol = makeMarker("FilledCircle", size=3.5, fillColor=colour)
        if not any(v is not None for v in s.values):
            plot.lines[index].strokeColor = colors.transparent
            plot.lines[index].symbol = None
    drawing.add(plot)
    if names:
        _legend(drawing, names, 30, legend_height - 10, width - 40)
    return drawing


def bar_chart(
    categories: Sequence[str],
    values: Sequence[float] | Sequence[Series],
    *,
    width: float = 480,
    height: float = 170,
    y_min: float = 0,
    y_max: float | None = None,
    value_labels: bool = True,
    legend: bool = True,
    empty_text: str = "",
) -> Drawing:
    """Vertical bars per category; `values` is one number per category, or several
    `Series` (grouped bars, with a legend). None counts as 0."""
    register_fonts()
    if values and isinstance(values[0], Series):
        series = list(values)  # type: ignore[arg-type]
    else:
        series = [Series("", tuple(values))]  # type: ignore[arg-type]
    names = [s.name for s in series if s.name] if legend and len(series) > 1 else []
    legend_rows = max(1, (len(names) + 2) // 3) if names else 0
    legend_height = legend_rows * 10.0 + (4 if names else 0)
    drawing = Drawing(width, height + legend_height)
    if not categories:
        drawing.add(
            String(
                width / 2,
                height / 2 + legend_height,
                empty_text,
                fontName=REGULAR,
                fontSize=8,
                fillColor=AXIS,
                textAnchor="middle",
            )
        )
        return drawing
    data = [[(v or 0) for v in s.values[: len(categories)]] for s in series]
    top = max([max(row) if row else 0 for row in data] + [0])
    chart = VerticalBarChart()
    chart.x, chart.y = 34, legend_height + 22
    chart.width, chart.height = width - 44, height - 32
    chart.data = data
    chart.categoryAxis.categoryNames = [c if len(c) <= 18 else c[:17] + "…" for c in categories]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.valueMin = y_min
    chart.valueAxis.valueMax = y_max if y_max is not None else (top * 1.15 or 1)
    chart.valueAxis.labelTextFormat = decimal_comma
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.groupSpacing = 6
    for index in range(len(series)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    if value_labels:
        chart.barLabelFormat = decimal_comma
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(Line(chart.x, chart.y, chart.x + chart.width, chart.y, strokeColor=AXIS))
    if names:
        _legend(drawing, names, 34, legend_height - 10, width - 44)
    return drawing
