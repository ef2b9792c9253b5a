"""Small pieces the kitchen pages share: titles, badges, error boxes, simple tables, typed
times."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMessageBox, QTableWidget, QTableWidgetItem,
                               QWidget)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import align_number, number_item

LEVEL_COLOURS = {
    "neutral": ("#e8eaed", "#3c4043"),
    "info": ("#d2e3fc", "#174ea6"),
    "success": ("#ceead6", "#0d652d"),
    "warning": ("#feefc3", "#8a4b00"),
    "danger": ("#fad2cf", "#a50e0e"),
}

_CLOCK = re.compile(r"^\s*(\d{1,2})[:：](\d{2})\s*$")


def title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    label.setStyleSheet("font-size: 18px; font-weight: 600;")
    return label


def badge(label: QLabel, text: str, level: str) -> None:
    bg, fg = LEVEL_COLOURS.get(level, LEVEL_COLOURS["neutral"])
    label.setText(text)
    label.setStyleSheet(f"background:{bg}; color:{fg}; border-radius:9px; padding:2px 10px; font-weight:600;")


def show_error(parent: QWidget, exc: BaseException) -> None:
    """A refused action: the service's message, in the user's language."""
    if isinstance(exc, SuiteError):
        text = str(exc)
        fields = getattr(exc, "field_messages", None)
        if fields and len(exc.fields) > 1:
            text = str(exc.message) + "\n" + "\n".join(fields().values())
        QMessageBox.warning(parent, parent.window().windowTitle() or "", text)
        return
    raise exc


def table(parent: QWidget, headers: list[str], *, object_name: str = "") -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    if object_name:
        t.setObjectName(object_name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(26)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return t


def fill(t: QTableWidget, rows: list[list], *, levels: list[str | None] | None = None, keys: list | None = None) -> None:
    """Fill a small table (a day's rows: never thousands). ``levels`` colours whole rows."""
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        level = levels[r] if levels else None
        for c, value in enumerate(values):
            if isinstance(value, QTableWidgetItem):
                item = value
            elif isinstance(value, int) and not isinstance(value, bool):
                item = number_item(value, "int")  # figures right-aligned, through the shared formatter
            elif isinstance(value, (float, Decimal)):
                item = align_number(QTableWidgetItem(str(value)))
            else:
                item = QTableWidgetItem("" if value is None else str(value))
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            if level:
                bg, fg = LEVEL_COLOURS[level]
                item.setBackground(QColor(bg))
                item.setForeground(QColor(fg))
            t.setItem(r, c, item)
    t.resizeColumnsToContents()


def current_key(t: QTableWidget):
    row = t.currentRow()
    if row < 0 or t.item(row, 0) is None:
        return None
    return t.item(row, 0).data(Qt.ItemDataRole.UserRole)


def hm(ctx, value: dt.datetime | None) -> str:
    return "" if value is None else ctx.to_local(value).strftime("%H:%M")


def parse_clock(ctx, text: str, day: dt.date | None = None) -> dt.datetime | None:
    """``10:30`` on the day (today by default), office time -> aware UTC; None when blank."""
    text = (text or "").strip()
    if not text:
        return None
    m = _CLOCK.match(text)
    if not m:
        raise ValueError(text)
    h, mi = int(m.group(1)), int(m.group(2))
    return ctx.local_to_utc(dt.datetime.combine(day or ctx.today(), dt.time(h, mi)))
