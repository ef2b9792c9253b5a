"""Bar, line and pie charts drawn with reportlab.graphics, in the report's Chinese font.

Each helper returns a ``Drawing`` (a flowable) with its title inside, so title and chart never
part across a page break. Values may be Decimal (money): charts only draw them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from suite.reports.fonts import ReportFonts
from suite.reports.template import fit_text

PALETTE = [colors.HexColor(c) for c in (
    "#4472C4", "#ED7D31", "#70AD47", "#FFC000", "#5B9BD5", "#A5A5A5", "#9E480E", "#264478",
    "#636363", "#997300",
)]

TITLE_SIZE = 10
LABEL_SIZE = 7.5


def _floats(values: Sequence[Any]) -> list[float]:
    return [float(v) if v is not None else 0.0 for v in values]


def _series(data, series) -> tuple[list[str], dict[str, list[float]]]:
    """(categories, {series name: values}) from pairs or from categories and a mapping."""
    if series is None:
        pairs = list(data.items()) if isinstance(data, Mapping) else list(data)
        return [str(k) for k, _ in pairs], {"": _floats([v for _, v in pairs])}
    categories = [str(c) for c in data]
    out = {}
    for name, values in series.items():
        values = _floats(values)
        if len(values) != len(categories):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(categories)} categories")
        out[str(name)] = values
    return categories, out


def _scale(value_max: float, integral: bool) -> tuple[float, float]:
    """(top, step) of a value axis from 0: about five round steps (1, 2, 2.5, 5 x 10^n);
    whole steps when every value is whole (counts never get 0.2 ticks)."""
    import math

    value_max = value_max if value_max > 0 else 1.0
    raw = value_max / 5
    exp = 10 ** math.floor(math.log10(raw))
    step = next(m * exp for m in (1, 2, 2.5, 5, 10) if raw <= m * exp + 1e-12)
    if integral:
        step = float(max(1, math.ceil(step)))
    top = math.ceil(value_max / step - 1e-9) * step
    return top, step


def _value_label_width(value_max: float, value_format, fonts: ReportFonts) -> float:
    """Room for the widest value-axis label (the top of the axis may be above the data)."""
    fmt = value_format or _plain
    candidates = (value_max, _scale(value_max, False)[0], _scale(value_max, True)[0])
    return max(stringWidth(fmt(v), fonts.regular, LABEL_SIZE) for v in candidates)


_WRAP_TOKENS = re.compile(r"[\u2e80-\u9fff\uf900-\uffef]|[^\s\u2e80-\u9fff\uf900-\uffef]+|\s+")


def _fit(text: str, font: str, width: float, size: float = LABEL_SIZE) -> str:
    return fit_text(text, font, size, width)


def _wrap(text: str, font: str, width: float, max_lines: int = 3, size: float = LABEL_SIZE) -> str:
    """A label broken into lines of at most *width* (Chinese anywhere, other words at spaces)."""
    if stringWidth(text, font, size) <= width:
        return text
    lines: list[str] = []
    line = ""
    for token in _WRAP_TOKENS.findall(text):
        candidate = line + token
        if not line.strip() or stringWidth(candidate.strip(), font, size) <= width:
            line = candidate
        else:
            lines.append(line.strip())
            line = token.lstrip()
    if line.strip():
        lines.append(line.strip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += "\u2026"
    return "\n".join(_fit(item, font, width, size) for item in lines)


def _category_labels(categories: list[str], fonts: ReportFonts, slot: float) -> tuple[list[str], float, bool]:
    """Labels under a category axis: wrapped on up to three lines when there are few
    categories, turned 45 degrees (and cut) when there are many that do not fit; returns
    (labels, height they need, turned)."""
    widths = [stringWidth(c, fonts.regular, LABEL_SIZE) for c in categories]
    if max(widths or [0]) <= slot:
        return categories, LABEL_SIZE * 1.2 + 8, False
    if len(categories) <= 12:
        wrapped = [_wrap(c, fonts.regular, slot) for c in categories]
        lines = max(c.count("\n") + 1 for c in wrapped)
        return wrapped, lines * LABEL_SIZE * 1.2 + 8, False
    cut = [_fit(c, fonts.regular, 70) for c in categories]
    return cut, 0.72 * max(stringWidth(c, fonts.regular, LABEL_SIZE) for c in cut) + 12, True


class Chart(Drawing):
    """A drawing with a little room above and below it in the story."""

    spaceBefore = 6
    spaceAfter = 6


def _drawing(width: float, height: float, fonts: ReportFonts) -> Drawing:
    drawing = Chart(width, height)
    # the renderer starts every drawing in this font: without it the PDF would name
    # Helvetica, a font it does not embed
    drawing.initialFontName = fonts.regular
    return drawing


def _title(drawing: Drawing, title: str | None, fonts: ReportFonts, width: float, height: float) -> float:
    """Draw the title at the top; returns the height it takes."""
    if not title:
        return 0.0
    drawing.add(String(0, height - TITLE_SIZE, title, fontName=fonts.bold, fontSize=TITLE_SIZE,
                       fillColor=colors.black))
    return TITLE_SIZE + 6


def _legend(drawing: Drawing, names: list[str], fonts: ReportFonts, x: float, y: float,
            columns: int = 1) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = fonts.regular
    legend.fontSize = LABEL_SIZE
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = max(1, -(-len(names) // columns))
    legend.dx = legend.dy = 7
    legend.deltay = 10
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(names)]
    drawing.add(legend)


def _axes(chart, labels: list[str], fonts: ReportFonts, value_max: float,
          value_format: Callable[[float], str] | None, rotate: bool) -> None:
    """Category labels (turned when ``rotate``) and a value axis from 0 with a light grid."""
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_SIZE * 1.2
    if rotate:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 2
        chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    integral = all(float(v).is_integer() for row in chart.data for v in row)
    top, step = _scale(value_max, integral)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.labelTextFormat = value_format or _plain


def bar_chart(fonts: ReportFonts, data, series: Mapping[str, Sequence] | None = None, *, width: float,
              height: float, title: str | None = None, value_format: Callable[[float], str] | None = None,
              horizontal: bool = False, stacked: bool = False, bar_labels: bool = True) -> Drawing:
    """Bars per category: ``data`` is (label, value) pairs (or a dict), or the categories
    with ``series`` = {name: values} for grouped (or ``stacked``) bars."""
    categories, by_name = _series(data, series)
    names = list(by_name)
    drawing = _drawing(width, height, fonts)
    top = _title(drawing, title, fonts, width, height)
    legend_h = 14 if len(names) > 1 else 0
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    value_max = max([max(v, default=0) for v in _stacked(by_name, stacked)] or [0])
    value_label_w = _value_label_width(value_max, value_format, fonts)
    rotate = False
    if horizontal:
        label_w = min(max([stringWidth(c, fonts.regular, LABEL_SIZE) for c in categories] or [0]), width * 0.35)
        # the first category at the top, as a list is read
        categories = [_fit(c, fonts.regular, label_w) for c in reversed(categories)]
        by_name = {name: list(reversed(values)) for name, values in by_name.items()}
        left = label_w + 8
        chart.x, chart.y = left, 16 + legend_h
        chart.width = width - left - value_label_w - 10
        chart.height = height - top - chart.y - 4
    else:
        axis_w = value_label_w + 8
        chart.x = axis_w
        # a few categories get bars of a sensible width, not the whole page
        chart.width = min(width - axis_w - 4, max(160.0, len(categories) * (len(names) * 30 + 20)))
        slot = chart.width / max(1, len(categories)) - 4
        categories, label_h, rotate = _category_labels(categories, fonts, slot)
        chart.y = label_h + legend_h
        chart.height = height - top - chart.y - (12 if bar_labels else 4)
    chart.data = [tuple(v) for v in by_name.values()]
    _axes(chart, categories, fonts, value_max, value_format, rotate)
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(categories) < 20 else 2
    for i in range(len(names)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    if bar_labels and len(categories) * len(names) <= 31 and not stacked:
        chart.barLabelFormat = value_format or _plain
        chart.barLabels.fontName = fonts.regular
        chart.barLabels.fontSize = LABEL_SIZE - 0.5
        chart.barLabels.nudge = 6 if not horizontal else 10
    drawing.add(chart)
    if len(names) > 1:
        _legend(drawing, names, fonts, chart.x, legend_h, columns=len(names))
    return drawing


def _stacked(by_name: dict[str, list[float]], stacked: bool) -> list[list[float]]:
    if not stacked:
        return list(by_name.values())
    return [[sum(col) for col in zip(*by_name.values())]]


def _plain(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def line_chart(fonts: ReportFonts, categories: Sequence, series: Mapping[str, Sequence] | Sequence, *, width: float,
               height: float, title: str | None = None, value_format: Callable[[float], str] | None = None,
               markers: bool = True) -> Drawing:
    """Lines over categories (days, months): ``series`` = {name: values} or one list of values."""
    if not isinstance(series, Mapping):
        series = {"": series}
    categories, by_name = _series(categories, series)
    names = list(by_name)
    drawing = _drawing(width, height, fonts)
    top = _title(drawing, title, fonts, width, height)
    legend_h = 14 if len(names) > 1 else 0
    value_max = max([max(v, default=0) for v in by_name.values()] or [0])
    value_label_w = _value_label_width(value_max, value_format, fonts)
    chart = HorizontalLineChart()
    chart.x = value_label_w + 8
    chart.width = width - chart.x - 4
    labels, label_h, rotate = _category_labels([str(c) for c in categories], fonts,
                                               chart.width / max(1, len(categories)) - 2)
    chart.y = label_h + legend_h
    chart.height = height - top - chart.y - 4
    chart.data = [tuple(v) for v in by_name.values()]
    _axes(chart, labels, fonts, value_max, value_format, rotate)
    chart.joinedLines = 1
    from reportlab.graphics.widgets.markers import makeMarker

    for i in range(len(names)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 1.4
        if markers and len(categories) <= 40:
            chart.lines[i].symbol = makeMarker("FilledCircle", size=3)
    drawing.add(chart)
    if len(names) > 1:
        _legend(drawing, names, fonts, chart.x, legend_h, columns=len(names))
    return drawing


def pie_chart(fonts: ReportFonts, data, *, width: float, height: float, title: str | None = None,
              value_format: Callable[[float], str] | None = None) -> Drawing:
    """Shares of a whole: ``data`` is (label, value) pairs or a dict. The legend beside the
    pie gives each label with its value and percentage."""
    pairs = list(data.items()) if isinstance(data, Mapping) else list(data)
    labels = [str(k) for k, _ in pairs]
    values = _floats([v for _, v in pairs])
    total = sum(values)
    drawing = _drawing(width, height, fonts)
    top = _title(drawing, title, fonts, width, height)
    size = min(height - top - 8, width * 0.45)
    pie = Pie()
    pie.x, pie.y = 4, (height - top - size) / 2
    pie.width = pie.height = size
    pie.data = values if total > 0 else [1]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.sideLabels = 0
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)] if total > 0 else colors.HexColor("#DDDDDD")
    drawing.add(pie)
    fmt = value_format or _plain
    names = [f"{label}  {fmt(v)} ({(v / total * 100 if total else 0):.1f}%)" for label, v in zip(labels, values)]
    legend = Legend()
    legend.x = pie.x + size + 16
    legend.y = height - top - 2
    legend.fontName = fonts.regular
    legend.fontSize = LABEL_SIZE + 0.5
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 7
    legend.deltay = 11
    legend.columnMaximum = max(1, int((height - top) // 11))
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
    drawing.add(legend)
    return drawing
