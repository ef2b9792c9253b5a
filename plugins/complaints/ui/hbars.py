"""Horizontal bars with every label shown: for categories whose names are long (the shared
bar chart leaves labels out when they do not fit under the bars)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget


class HorizontalBars(QWidget):
    """One bar per label, the label on its left and the value at its end."""

    BAR = 18
    GAP = 6

    def __init__(self, parent: QWidget | None = None, *, title: str = "", colour: str = "#3b7dd8") -> None:
        super().__init__(parent)
        self.title = title
        self.colour = QColor(colour)
        self.labels: list[str] = []
        self.values: list[float] = []

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        if len(labels) != len(values):
            raise ValueError("one value per label")
        self.labels = [str(x) for x in labels]
        self.values = [float(v) for v in values]
        self.updateGeometry()
        self.update()

    def visible_labels(self) -> list[str]:
        """The labels drawn: all of them, always."""
        return list(self.labels)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        rows = max(1, len(self.labels))
        return QSize(360, fm.height() + 12 + rows * (self.BAR + self.GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        top = 4.0
        if self.title:
            bold = p.font()
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(QRectF(4, top, self.width() - 8, fm.height()), int(Qt.AlignmentFlag.AlignLeft), self.title)
            p.setFont(self.font())
            top += fm.height() + 8
        if not self.labels:
            p.end()
            return
        label_w = min(max(fm.horizontalAdvance(x) for x in self.labels) + 10, self.width() * 0.45)
        value_w = max(fm.horizontalAdvance(f"{v:g}") for v in self.values) + 10
        left = 6 + label_w
        span = max(10.0, self.width() - left - value_w - 6)
        high = max(self.values) or 1.0
        for i, (label, value) in enumerate(zip(self.labels, self.values)):
            y = top + i * (self.BAR + self.GAP)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(4, y, label_w - 6, self.BAR),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(label, Qt.TextElideMode.ElideMiddle, int(label_w - 6)))
            w = span * value / high
            p.fillRect(QRectF(left, y + 2, w, self.BAR - 4), self.colour)
            p.drawText(QRectF(left + w + 4, y, value_w, self.BAR), int(Qt.AlignmentFlag.AlignVCenter), f"{value:g}")
        p.end()
