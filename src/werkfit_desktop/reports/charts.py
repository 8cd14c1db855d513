"""Vector charts for the reports (flowables: the line chart draws straight onto the canvas,
the bar chart is a reportlab.graphics Drawing).

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
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

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


def _legend_items(
    names: Sequence[str], x: float, y: float, width: float
) -> tuple[list[tuple[float, float, str, colors.Color]], float]:
    """Where each legend entry goes, in rows from (x, y) downwards: ([(x, y, label,
    colour)], the height used)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cx, cy, row = x, y, 10.0
    items = []
    for index, name in enumerate(names):
        label = name if len(name) <= 40 else name[:39] + "…"
        w = 12 + stringWidth(label, REGULAR, 7) + 10
        if cx + w > x + width and cx > x:
            cx, cy = x, cy - row
        items.append((cx, cy, label, PALETTE[index % len(PALETTE)]))
        cx += w
    return items, ((y - cy) + row if names else 0.0)


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float, width: float) -> float:
    """Draws the legend in rows from (x, y) downwards; returns the height it used."""
    items, used = _legend_items(names, x, y, width)
    for cx, cy, label, colour in items:
        drawing.add(Rect(cx, cy, 8, 6, fillColor=colour, strokeColor=None))
        drawing.add(String(cx + 11, cy, label, fontName=REGULAR, fontSize=7, fillColor=AXIS))
    return used


class LineChart(Flowable):
    """A line chart drawn straight onto the canvas: the axes, the grid, one polyline with
    round markers per series and the legend, in a handful of canvas calls (the same picture
    reportlab's LinePlot draws, without its widget tree: a sheet per participant draws one,
    and a batch draws hundreds)."""

    def __init__(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        width: float,
        height: float,
        y_min: float,
        y_max: float,
        y_step: float,
        legend: bool,
        empty_text: str,
    ) -> None:
        super().__init__()
        self.categories = list(categories)
        self.series = list(series)
        self.names = [s.name for s in series] if legend else []
        legend_rows = max(1, (len(self.names) + 2) // 3) if self.names else 0
        self.legend_height = legend_rows * 10.0 + (4 if self.names else 0)
        self.chart_height = height
        self.width, self.height = width, height + self.legend_height
        self.y_min, self.y_max, self.y_step = y_min, y_max, y_step
        self.empty_text = empty_text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if not self.series or not self.categories:
            canvas.setFont(REGULAR, 8)
            canvas.setFillColor(AXIS)
            canvas.drawCentredString(
                self.width / 2, self.chart_height / 2 + self.legend_height, self.empty_text
            )
        else:
            self._draw_plot(canvas)
        if self.names:
            items, _used = _legend_items(self.names, 30, self.legend_height - 10, self.width - 40)
            canvas.setFont(REGULAR, 7)
            for cx, cy, label, colour in items:
                canvas.setFillColor(colour)
                canvas.rect(cx, cy, 8, 6, stroke=0, fill=1)
                canvas.setFillColor(AXIS)
                canvas.drawString(cx + 11, cy, label)
        canvas.restoreState()

    def _draw_plot(self, canvas) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        left, bottom = 30.0, self.legend_height + 22
        plot_w, plot_h = self.width - 40, self.chart_height - 32
        count = max(1, len(self.categories))
        y_min, y_max = self.y_min, self.y_max
        span = (y_max - y_min) or 1

        def x_of(i: float) -> float:
            return left + (i + 0.5) * plot_w / count

        def y_of(v: float) -> float:
            return bottom + (v - y_min) * plot_h / span

        axis_y = y_of(0) if y_min <= 0 <= y_max else bottom
        ticks = []
        value = y_min
        while value <= y_max + 1e-9:
            ticks.append(value)
            value += self.y_step
        step = max(1, (count + 11) // 12)  # at most ~12 labels
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        canvas.setStrokeColor(AXIS)
        canvas.setLineWidth(1)
        canvas.lines(
            [(left, axis_y, left + plot_w, axis_y)]
            + [(x_of(i), axis_y, x_of(i), axis_y - 5) for i in range(count)]
            + [(left, bottom, left, bottom + plot_h)]
            + [(left, y_of(v), left - 5, y_of(v)) for v in ticks]
        )
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 6.5)
        for i, label in enumerate(self.categories[:count]):
            if i % step == 0 and label:
                canvas.drawCentredString(x_of(i), axis_y - 5 - 6.5, label)
        canvas.setFont(REGULAR, 7)
        for v in ticks:
            label = decimal_comma(v)
            canvas.drawString(left - 5 - stringWidth(label, REGULAR, 7), y_of(v) - 2.8, label)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        canvas.lines([(left, y_of(v), left + plot_w, y_of(v)) for v in ticks if y_of(v) != axis_y])
        canvas.setLineJoin(1)
        for index, s in enumerate(self.series):
            points = [(x_of(i), y_of(v)) for i, v in enumerate(s.values[:count]) if v is not None]
            if not points:
                continue
            colour = PALETTE[index % len(PALETTE)]
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(1.4)
            if len(points) > 1:
                path = canvas.beginPath()
                path.moveTo(*points[0])
                for point in points[1:]:
                    path.lineTo(*point)
                canvas.drawPath(path, stroke=1, fill=0)
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.1)
            canvas.setFillColor(colour)
            for x, y in points:
                canvas.circle(x, y, 1.75, stroke=1, fill=1)


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
) -> Flowable:
    """Lines over categories (e.g. ISO weeks), one per series, on a fixed y-scale; a
    series without any value draws no line (it keeps its colour in the legend)."""
    register_fonts()
    return LineChart(categories, series, width, height, y_min, y_max, y_step, legend, empty_text)


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
