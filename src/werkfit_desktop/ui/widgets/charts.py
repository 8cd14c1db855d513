"""On-screen charts. The ONE module that imports PySide6.QtCharts (an add-on of PySide6):
swap it here and nowhere else.

    view = bar_chart(self.tr("Attendance"), ["WF-1", "WF-2"], [81.8, None])
    set_bar_values(view, labels, values)   # refresh in place

Numbers on the axis and the bars follow the application's QLocale (81,8 in Dutch); None is
drawn as no bar (nothing to count yet), not as 0."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor("#1f77b4")


def _clean(values: Sequence[float | None]) -> list[float]:
    return [0.0 if v is None else round(float(v), 1) for v in values]


def bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    value_suffix: str = "%",
    y_max: float | None = 100.0,
    parent: QWidget | None = None,
) -> QChartView:
    """A vertical bar per label with its value on top; y from 0 to `y_max` (None: fits)."""
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.legend().hide()
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setProperty("value_suffix", value_suffix)
    view.setProperty("y_max", y_max)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    set_bar_values(view, labels, values)
    return view


def set_bar_values(view: QChartView, labels: Sequence[str], values: Sequence[float | None]) -> None:
    """Replace the bars (after a data change) keeping the chart's title and look."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    suffix = view.property("value_suffix") or ""
    y_max = view.property("y_max")
    numbers = _clean(values)
    bars = QBarSet("")
    bars.setColor(BAR_COLOUR)
    bars.append(numbers)
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value" + (f" {suffix}" if suffix else ""))
    series.setLabelsPrecision(3)
    bars.setLabelColor(QColor("#1a1a1a"))
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(labels))
    small = QFont(categories.labelsFont())
    small.setPointSizeF(small.pointSizeF() * (0.8 if len(labels) > 3 else 1.0))
    categories.setLabelsFont(small)  # cohort codes are long: keep them whole if we can
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    axis = QValueAxis()
    top = y_max if y_max else max(numbers + [1.0]) * 1.15
    axis.setRange(0, top)
    axis.setTickCount(6)
    axis.setLabelFormat("%.0f")
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
