"""Small helpers shared by the scoring pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from suite.plugin_api import SuiteError
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
            item = QTableWidgetItem()
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setData(Qt.DisplayRole, value)
            else:
                item.setText("" if value is None else str(value))
            table.setItem(i, j, item)
    table.resizeColumnsToContents()


def plain_table(parent: QWidget) -> QTableWidget:
    t = QTableWidget(parent)
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t
