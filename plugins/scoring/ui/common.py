"""Small helpers shared by the scoring pages."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import align_number
from suite_plugins.scoring.services.common import staff_in_scope


def explain(parent: QWidget, exc: SuiteError, title: str = "") -> None:
    """Show a refused input: the message and, for a form, each field's message."""
    fields = getattr(exc, "field_messages", lambda: {})()
    text = str(exc) if not fields or len(fields) == 1 else "\n".join(fields.values())
    QMessageBox.warning(parent, title or parent.windowTitle() or "", text)


def staff_combo(ctx, parent: QWidget, *, department: str | None = None) -> QComboBox:
    box = QComboBox(parent)
    for p in staff_in_scope(ctx, department=department):
        box.addItem(f"{p.name} · {p.department}", p.id)
    return box


def fill_table(table: QTableWidget, header: list[str], rows: list[list]) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if isinstance(value, QTableWidgetItem):
                item = value
            elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                item = QTableWidgetItem()
                item.setData(Qt.DisplayRole, value)  # sorts as a number
                align_number(item)                   # and lines up on the right
            else:
                item = QTableWidgetItem("" if value is None else str(value))
            table.setItem(i, j, item)
    table.resizeColumnsToContents()


def plain_table(parent: QWidget) -> QTableWidget:
    t = QTableWidget(parent)
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class _EnterFilter(QObject):
    def __init__(self, table: QTableWidget, slot) -> None:
        super().__init__(table)
        self.table, self.slot = table, slot

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.slot(self.table.currentRow())
            return True
        return False


def on_activate(table: QTableWidget, slot) -> None:
    """``slot(row)`` on a double-click or on Enter/Return in the table (keyboard path)."""
    table.cellDoubleClicked.connect(lambda row, _col: slot(row))
    table.installEventFilter(_EnterFilter(table, slot))


class RecordsDialog(QDialog):
    """The records a KPI figure came from; Enter or a double-click opens one."""

    def __init__(self, ctx, title: str, records, parent=None):
        super().__init__(parent)
        self.ctx, self.records = ctx, list(records)
        self.setWindowTitle(title)
        self.opened: list = []
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Records: %1. Enter or a double-click opens one.").replace(
            "%1", str(len(self.records))), self))
        self.table = plain_table(self)
        fill_table(self.table, [self.tr("Day"), self.tr("Record"), self.tr("Source")],
                   [[r.day.isoformat() if r.day else "", r.label, f"{r.kind} {r.id}"] for r in self.records])
        on_activate(self.table, self.open_row)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 420)
        if self.records:
            self.table.selectRow(0)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.records):
            r = self.records[row]
            self.opened.append((r.page, r.id))
            self.ctx.open_page(r.page, r.id)
