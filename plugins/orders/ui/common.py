"""Small pieces the order desk's pages share: a message banner, money text, printing a
report to PDF, tables of plain rows."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from suite.plugin_api import SuiteError, ValidationError
from suite.plugin_api.numbers import format_money
from suite.plugin_api.ui import align_number, number_item

#: False in tests: rendered PDFs are not handed to the desktop's viewer
OPEN_PDFS = os.environ.get("QT_QPA_PLATFORM") != "offscreen"

COLOURS = {"error": "#b3261e", "ok": "#1b6e2a", "info": "#1d4f91", "warning": "#8a5a00"}
LEVEL_COLOURS = {"danger": "#b3261e", "warning": "#8a5a00", "good": "#1b6e2a", "normal": "#333333"}


def money(value) -> str:
    return format_money(value if value is not None else Decimal(0))


def error_text(exc: BaseException) -> str:
    """A refusal in the user's language: every field's message for a ValidationError."""
    if isinstance(exc, ValidationError) and exc.fields:
        messages = list(exc.field_messages().values())
        return messages[0] if len(messages) == 1 else "\n".join(f"• {m}" for m in messages)
    return str(exc)


class Banner(QLabel):
    """A line at the top of a page for what just happened or what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, level: str = "ok") -> None:
        colour = COLOURS.get(level, COLOURS["info"])
        self.setStyleSheet(f"QLabel {{ color: {colour}; border: 1px solid {colour}; border-radius: 4px; "
                           f"padding: 6px; background: white; }}")
        self.setText(text)
        self.show()

    def show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, SuiteError):
            raise exc
        self.show_message(error_text(exc), "error")

    def clear(self) -> None:  # noqa: D401 - QLabel.clear too
        super().clear()
        self.hide()


def run_guarded(banner: Banner, fn, *args, **kwargs):
    """Call a service; a refusal goes to the banner (and None is returned)."""
    try:
        return fn(*args, **kwargs)
    except SuiteError as exc:
        banner.show_error(exc)
        return None


def open_standing_day(ctx, banner: Banner, day: dt.date | None = None) -> None:
    """The day's orders from standing orders, generated when missing (see
    ``standing.open_day``); a standing order that could not be generated is named in the banner."""
    from suite_plugins.orders.services import standing

    try:
        result = standing.open_day(ctx, day)
    except SuiteError as exc:
        banner.show_error(exc)
        return
    if result.refused:
        banner.show_message(result.refused_text, "warning")


def render_pdf(ctx, report_id: str, params: dict, name: str) -> Path:
    """Render a report into the temporary folder (and open it unless testing)."""
    from suite.plugin_api.reports import render_report

    folder = Path(tempfile.gettempdir()) / "suite-orders"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.pdf"
    render_report(ctx, report_id, params, path)
    if OPEN_PDFS:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def plain_table(parent: QWidget, headers: list[str], *, stretch: int | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setProperty("stretch_column", -1 if stretch is None else stretch)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


def cell_item(value) -> QTableWidgetItem:
    """A table cell: a figure (int, Decimal, float) right-aligned through the shared
    formatter (counts ``12,345``), a prepared item as it is, anything else as text."""
    if isinstance(value, QTableWidgetItem):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return number_item(value, "int")
    if isinstance(value, (float, Decimal)):
        return align_number(QTableWidgetItem(str(value)))
    return QTableWidgetItem("" if value is None else str(value))


def fill_table(table: QTableWidget, rows: list[list], *, right: tuple[int, ...] = (), keys: list | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = cell_item(value)
            if c in right:
                align_number(item)
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    stretch = table.property("stretch_column")
    if stretch is not None and stretch >= 0:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        table.horizontalHeader().setStretchLastSection(True)


def row_key(table: QTableWidget):
    row = table.currentRow()
    if row < 0 or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(Qt.ItemDataRole.UserRole)
