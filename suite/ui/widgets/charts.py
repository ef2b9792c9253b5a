"""Charts for dashboards and report previews, drawn with QPainter: bars, lines, sparklines.

::

    chart = ChartWidget(kind="bar", title=self.tr("Orders per day"))
    chart.set_data(["3-01", "3-02", "3-03"], [Series(self.tr("Orders"), [12, 18, 9])])
    chart.value_format = format_money            # for amounts: ¥1,234.50
    spark = Sparkline(); spark.set_values([3, 5, 4, 8])

Drawn with QPainter rather than Qt Charts: Qt Charts lives in PySide6-Addons (a second,
much larger wheel), is deprecated since Qt 6.10 in favour of Qt Graphs (which needs Qt Quick
and a GPU-capable RHI backend), and these three chart types are a few hundred lines.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from suite.plugin_api.i18n import Msg, text_of
from suite.ui.widgets.style import MUTED_COLOUR, series_colour

CHART_KINDS = ("bar", "line")
_GRID = QColor("#e0e3e7")
_AXIS = QColor("#9aa0a6")


@dataclass
class Series:
    """One named row of values (None: no value for that label)."""

    name: str | Msg
    values: Sequence[float | int | Decimal | None]
    colour: str | None = None


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis values (steps of 1, 2, 2.5 or 5 times a power of ten) covering [low, high]."""
    if not math.isfinite(low) or not math.isfinite(high):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high == low:
        if high == 0:
            high = 1.0
        elif high > 0:
            low = 0.0
        else:
            high = 0.0
    raw = (high - low) / max(1, count)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw:
            break
    start = math.floor(low / step + 1e-9) * step
    end = math.ceil(high / step - 1e-9) * step
    ticks = []
    value = start
    while value <= end + step / 2 and len(ticks) < 50:
        ticks.append(round(value, 10))
        value += step
    return ticks


def compact_number(value: float) -> str:
    """1234 -> 1,234; 12.5 -> 12.5; 0.25 -> 0.25."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


class ChartWidget(QWidget):
    """A bar or line chart of one or more series over the same labels."""

    def __init__(self, parent: QWidget | None = None, *, kind: str = "bar", title: str | Msg = "",
                 value_format: Callable[[float], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        if kind not in CHART_KINDS:
            raise ValueError(f"unknown chart kind {kind!r}")
        self.kind = kind
        self.title = title
        self.value_format: Callable[[float], str] = value_format or compact_number
        self.labels: list[str] = []
        self.series: list[Series] = []
        self._plot = QRectF()
        self.setMouseTracking(True)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ------------------------------------------------------------------ data

    def set_data(self, labels: Sequence[str | Msg], series: Sequence[Series], kind: str | None = None) -> None:
        labels = [text_of(x) for x in labels]
        for s in series:
            if len(s.values) != len(labels):
                raise ValueError(f"series {text_of(s.name)!r} has {len(s.values)} values for {len(labels)} labels")
        if kind is not None:
            self.set_kind(kind)
        self.labels = labels
        self.series = list(series)
        self.update()

    def set_kind(self, kind: str) -> None:
        if kind not in CHART_KINDS:
            raise ValueError(f"unknown chart kind {kind!r}")
        self.kind = kind
        self.update()

    def _values(self) -> list[float]:
        return [float(v) for s in self.series for v in s.values if v is not None]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 260)

    # ------------------------------------------------------------------ drawing

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        top = 8.0
        if self.title:
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(10, top, self.width() - 20, fm.height() + 2), int(Qt.AlignmentFlag.AlignLeft),
                       text_of(self.title))
            p.setFont(self.font())
            top += fm.height() + 6
        if len(self.series) > 1:
            top = self._draw_legend(p, fm, top)
        values = self._values()
        if not self.labels or not values:
            p.setPen(QColor(MUTED_COLOUR))
            p.drawText(QRectF(0, top, self.width(), self.height() - top), int(Qt.AlignmentFlag.AlignCenter),
                       self.tr("No data"))
            p.end()
            return
        ticks = nice_ticks(min(0.0, min(values)), max(0.0, max(values)))
        label_w = max(fm.horizontalAdvance(self.axis_label(t)) for t in ticks) + 10
        plot = QRectF(10 + label_w, top + fm.height() / 2, self.width() - label_w - 24,
                      self.height() - top - fm.height() * 2 - 14)
        self._plot = plot
        if plot.width() < 20 or plot.height() < 20:
            p.end()
            return
        lo, hi = ticks[0], ticks[-1]

        def y_of(v: float) -> float:
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

        # grid and value axis
        p.setPen(QPen(_GRID, 1))
        for t in ticks:
            y = y_of(t)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor(MUTED_COLOUR))
        for t in ticks:
            y = y_of(t)
            p.drawText(QRectF(4, y - fm.height() / 2, label_w, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.axis_label(t))
        p.setPen(QPen(_AXIS, 1))
        zero = y_of(0.0)
        p.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))

        n = len(self.labels)
        slot = plot.width() / n
        # category labels: as many as fit without overlapping
        widest = max(fm.horizontalAdvance(x) for x in self.labels) + 8
        every = max(1, math.ceil(widest / slot))
        p.setPen(QColor(MUTED_COLOUR))
        for i, label in enumerate(self.labels):
            if i % every:
                continue
            cx = plot.left() + slot * (i + 0.5)
            width = slot * every
            p.drawText(QRectF(cx - width / 2, plot.bottom() + 4, width, fm.height() + 2),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(width)))
        if self.kind == "bar":
            self._draw_bars(p, plot, slot, y_of)
        else:
            self._draw_lines(p, plot, slot, y_of)
        p.end()

    def axis_label(self, value: float) -> str:
        """A value on the axis: ticks are round numbers, so ¥40,000.00 reads ¥40,000."""
        text = self.value_format(value)
        if value == int(value) and text.endswith(".00"):
            text = text[:-3]
        return text

    def _colour(self, index: int) -> QColor:
        given = self.series[index].colour
        return QColor(given) if given else series_colour(index)

    def _draw_legend(self, p: QPainter, fm: QFontMetrics, top: float) -> float:
        x = 12.0
        for i, s in enumerate(self.series):
            name = text_of(s.name)
            width = fm.horizontalAdvance(name) + 26
            if x + width > self.width() - 10 and x > 12:
                x = 12.0
                top += fm.height() + 4
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self._colour(i))
            p.drawRoundedRect(QRectF(x, top + fm.height() / 2 - 5, 12, 10), 2, 2)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + 16, top, width, fm.height()), int(Qt.AlignmentFlag.AlignVCenter), name)
            x += width + 8
        return top + fm.height() + 6

    def _draw_bars(self, p: QPainter, plot: QRectF, slot: float, y_of) -> None:
        count = len(self.series)
        group = slot * 0.72
        bar = group / count
        zero = y_of(0.0)
        for si, s in enumerate(self.series):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self._colour(si))
            for i, v in enumerate(s.values):
                if v is None:
                    continue
                x = plot.left() + slot * i + (slot - group) / 2 + bar * si
                y = y_of(float(v))
                rect = QRectF(x + 0.5, min(y, zero), max(1.0, bar - 1), max(1.0, abs(zero - y)))
                p.drawRect(rect)

    def _draw_lines(self, p: QPainter, plot: QRectF, slot: float, y_of) -> None:
        for si, s in enumerate(self.series):
            colour = self._colour(si)
            path = QPainterPath()
            pen_down = False
            points = []
            for i, v in enumerate(s.values):
                if v is None:
                    pen_down = False
                    continue
                pt = QPointF(plot.left() + slot * (i + 0.5), y_of(float(v)))
                points.append(pt)
                if pen_down:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    pen_down = True
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(colour, 2))
            p.drawPath(path)
            p.setBrush(colour)
            p.setPen(QPen(self.palette().base().color(), 1))
            radius = 3.0 if len(points) <= 40 else 0.0
            if radius:
                for pt in points:
                    p.drawEllipse(pt, radius, radius)

    # ------------------------------------------------------------------ hover

    def index_at(self, x: float) -> int:
        """The label under an x position, or -1."""
        if not self.labels or self._plot.width() <= 0 or not self._plot.left() <= x <= self._plot.right():
            return -1
        return min(len(self.labels) - 1, int((x - self._plot.left()) / (self._plot.width() / len(self.labels))))

    def tooltip_text(self, index: int) -> str:
        lines = [self.labels[index]]
        for s in self.series:
            v = s.values[index]
            value = "—" if v is None else self.value_format(v)  # a Decimal keeps its cents
            lines.append(f"{text_of(s.name)}: {value}" if text_of(s.name) else value)
        return "\n".join(lines)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.index_at(event.position().x())
        if index >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(index), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)


class Sparkline(QWidget):
    """A small trend line without axes (dashboard cards); the last value is marked."""

    def __init__(self, parent: QWidget | None = None, *, colour: str | None = None,
                 value_format: Callable[[float], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sparkline")
        self.values: list[float | None] = []
        self.colour = QColor(colour) if colour else series_colour(0)
        self.value_format = value_format or compact_number
        self.setMinimumSize(60, 20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float | int | Decimal | None]) -> None:
        self.values = [None if v is None else float(v) for v in values]
        known = [v for v in self.values if v is not None]
        self.setToolTip(self.value_format(known[-1]) if known else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 32)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        known = [v for v in self.values if v is not None]
        if len(known) < 2:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = QRectF(self.rect()).adjusted(3, 3, -5, -3)
        lo, hi = min(known), max(known)
        span = (hi - lo) or 1.0
        n = len(self.values)

        def pt(i: int, v: float) -> QPointF:
            return QPointF(r.left() + r.width() * i / max(1, n - 1), r.bottom() - (v - lo) / span * r.height())

        line = QPainterPath()
        area = QPainterPath()
        first = last = None
        for i, v in enumerate(self.values):
            if v is None:
                continue
            point = pt(i, v)
            if first is None:
                line.moveTo(point)
                area.moveTo(QPointF(point.x(), r.bottom()))
                area.lineTo(point)
                first = point
            else:
                line.lineTo(point)
                area.lineTo(point)
            last = point
        area.lineTo(QPointF(last.x(), r.bottom()))
        area.closeSubpath()
        fill = QColor(self.colour)
        fill.setAlpha(40)
        p.fillPath(area, fill)
        p.setPen(QPen(self.colour, 1.6))
        p.drawPath(line)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.colour)
        p.drawEllipse(last, 2.5, 2.5)
        p.end()
