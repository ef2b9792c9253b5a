"""Plugins: what is installed, what runs, what failed and why; enable or disable one from the
next start on (the core cannot be disabled)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from suite.core import plugins as svc
from suite.ui.admin.common import DetailPane, button, button_row, call, confirm

COLUMNS = 6


class PluginsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pluginsPage")
        self.ctx = ctx
        self.rows: list[svc.PluginRow] = []
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("pluginsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Plugin"), self.tr("Name"), self.tr("Version"), self.tr("Distribution"),
            self.tr("Status now"), self.tr("At the next start"),
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_current)

        self.notice = QLabel(self.tr("Changes take effect the next time the suite starts (on this PC)."))
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.toggle_button = button(self.tr("Disable"), self.toggle, name="togglePlugin")
        self.detail = DetailPane(horizontal=True)

        bottom = QWidget()
        bottom.setObjectName("detailFrame")
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.detail, 1)
        bl.addLayout(button_row(None, self.toggle_button))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([380, 260])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.refresh()

    def title(self, row: svc.PluginRow) -> str:
        return row.title  # translated by the service from the plugin's catalog

    def status_text(self, status: str) -> str:
        return {"active": self.tr("Active"), "disabled": self.tr("Disabled"), "failed": self.tr("Failed")}.get(status, status)

    def refresh(self) -> None:
        ok, rows = call(self, lambda: svc.plugin_rows(self.ctx))
        if not ok:
            return
        current = self.current()
        self.rows = rows
        self.table.setRowCount(len(rows))
        pending = False
        for r, row in enumerate(rows):
            next_start = self.tr("Enabled") if row.enabled_next_start else self.tr("Disabled")
            will_change = (row.status == "active") != row.enabled_next_start and row.status != "failed" \
                or row.status == "failed" and not row.enabled_next_start
            pending = pending or will_change
            values = [self.title(row), row.name, row.version, row.distribution or "—", self.status_text(row.status), next_start]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4 and row.status == "failed":
                    item.setForeground(QBrush(QColor("#c23434")))
                    item.setToolTip(row.error)
                if c == 5 and will_change:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.notice.setVisible(pending)
        select = next((i for i, row in enumerate(rows) if current and row.name == current.name), 0)
        if rows:
            self.table.selectRow(select)
        self._show_current()

    def current(self) -> svc.PluginRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def open_key(self, key) -> None:
        for r, row in enumerate(self.rows):
            if row.name == key:
                self.table.selectRow(r)

    def _show_current(self) -> None:
        row = self.current()
        d = self.detail
        if row is None:
            d.show_empty("")
            self.toggle_button.setEnabled(False)
            return
        d.clear()
        d.heading.setText(f"{self.title(row)}  {row.version}")
        d.add_row(self.tr("Name"), row.name)
        d.add_row(self.tr("Distribution"), row.distribution)
        d.add_row(self.tr("Status now"), self.status_text(row.status))
        d.add_row(self.tr("Requires"), ", ".join(row.requires))
        d.add_row(self.tr("Required by"), ", ".join(row.dependents))
        if row.description:
            d.add_section(self.tr("Description"), [row.description])
        if row.status == "failed":
            section = d.add_section(self.tr("Why it failed"), [row.error])
            section.setObjectName("pluginError")
        self.toggle_button.setText(self.tr("Disable") if row.enabled_next_start else self.tr("Enable"))
        self.toggle_button.setEnabled(row.name != "core")
        self.toggle_button.setToolTip(self.tr("The core cannot be disabled.") if row.name == "core" else "")

    def toggle(self):
        row = self.current()
        if row is None:
            return None
        if not row.enabled_next_start:
            self._set(row.name, True)
            return None
        details = self.tr("Its pages, reports and menu entries disappear; its data stays in the database and "
                          "comes back when it is enabled again.")
        if row.dependents:
            details += "\n" + self.tr("These plugins need it and will be switched off too: {names}.").format(
                names=", ".join(row.dependents))
        return confirm(self, self.tr("Disable plugin"),
                       self.tr("Disable \u201c{title}\u201d from the next start on?").format(title=self.title(row)),
                       self.tr("Disable"), lambda: self._set(row.name, False), details=details)

    def _set(self, name: str, enabled: bool) -> None:
        ok, _changed = call(self, lambda: svc.set_plugin_enabled(self.ctx, name, enabled))
        if ok:
            self.refresh()
            self.ctx.notify(self.tr("Saved. Restart the suite to apply the change."))
