"""Stocktake: pick a location, start the count, type the counts (Enter goes down), save,
and the manager posts the differences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from suite.plugin_api.ui import open_report_dialog
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.services import catalog, stock, stocktake
from suite_plugins.inventory.ui.common import run

COUNT_COLUMN = 5


class CountTable(QTableWidget):
    """Enter (or Return) moves to the next count, like a paper sheet."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            row = self.currentRow() + 1
            if row < self.rowCount():
                self.setCurrentCell(row, COUNT_COLUMN)
                self.editItem(self.item(row, COUNT_COLUMN))
            return
        super().keyPressEvent(event)


class StocktakePage(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_error = ""
        self.sheet: stocktake.StocktakeView | None = None
        title = QLabel(self.tr("Stocktake (盘点)"), self)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.location = QComboBox(self)
        self.location.setObjectName("location")
        for loc in catalog.locations(ctx):
            self.location.addItem(loc.name, loc.id)
        self.location.currentIndexChanged.connect(lambda _i: self.load())
        self.show_expected = QCheckBox(self.tr("Show expected quantities to the counter"), self)
        from suite_plugins.inventory.services.common import settings

        self.show_expected.setChecked(settings(ctx)["count_sheet_show_expected"])     # the office's choice
        self.start_button = QPushButton(self.tr("Start count"), self)
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(lambda: self.start())
        self.save_button = QPushButton(self.tr("Save counts"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(lambda: self.save())
        self.post_button = QPushButton(self.tr("Post differences"), self)
        self.post_button.setObjectName("post")
        self.post_button.setEnabled(ctx.can(P.MANAGE))
        self.post_button.clicked.connect(lambda: self.post())
        self.print_button = QPushButton(self.tr("Print count sheet…"), self)
        self.print_button.clicked.connect(lambda: open_report_dialog(ctx, "inventory.count_sheet", self))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.location)
        head.addWidget(self.show_expected)
        for b in (self.start_button, self.save_button, self.post_button, self.print_button):
            head.addWidget(b)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        # keyboard entry: type the count of the highlighted line, Enter, the next line comes up
        self.entry_label = QLabel(self)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("countEntry")
        self.entry.setPlaceholderText(self.tr("Count, then Enter"))
        self.entry.setMaximumWidth(160)
        self.entry.returnPressed.connect(self.enter_count)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry_label, 1)
        entry_row.addWidget(self.entry)
        self.table = CountTable(0, 7, self)
        self.table.setObjectName("counts")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Item"), self.tr("Batch"), self.tr("Expiry"),
                                              self.tr("Expected"), self.tr("Counted"), self.tr("Difference")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addLayout(entry_row)
        layout.addWidget(self.table, 1)
        self.table.currentCellChanged.connect(lambda *_a: self._show_current())
        start = stocktake.default_location(ctx)      # the count under way, else the last one counted
        if start is not None and self.location.findData(start) >= 0:
            self.location.blockSignals(True)
            self.location.setCurrentIndex(self.location.findData(start))
            self.location.blockSignals(False)
        self.load()

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        self.entry.setEnabled(False)
        loc = self.location.currentData()
        sid = stocktake.open_for(self.ctx, loc) if loc is not None else None
        self.sheet = stocktake.get(self.ctx, sid, for_review=True) if sid else None
        self.table.setRowCount(0)
        self.start_button.setEnabled(self.sheet is None and self.ctx.can(P.STOCK))
        self.save_button.setEnabled(self.sheet is not None and self.ctx.can(P.STOCK))
        self.post_button.setEnabled(self.sheet is not None and self.ctx.can(P.MANAGE))
        if self.sheet is None:
            self.status.setText(self.tr("No count open for this location: start one."))
            return
        self.status.setText(self.tr("Counting since {day} by {name}: {n} lines, {left} not counted yet.")
                            .replace("{day}", str(self.sheet.counted_on)).replace("{name}", self.sheet.counter_name)
                            .replace("{n}", str(len(self.sheet.lines))).replace("{left}", str(self.sheet.uncounted)))
        self.entry.setEnabled(self.ctx.can(P.STOCK))
        self.table.setRowCount(len(self.sheet.lines))
        for r, line in enumerate(self.sheet.lines):
            values = [line.item_code, line.item_name, line.batch_code, str(line.expiry or ""),
                      "" if line.expected is None else stock.fmt_qty(line.expected),
                      "" if line.counted is None else stock.fmt_qty(line.counted),
                      "" if line.difference is None else stock.fmt_qty(line.difference)]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c != COUNT_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 6 and line.difference:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        first = next((r for r, l in enumerate(self.sheet.lines) if l.counted is None), 0)
        self.table.setCurrentCell(first, COUNT_COLUMN)
        self._show_current()
        self.entry.setFocus()

    def _show_current(self) -> None:
        r = self.table.currentRow()
        if self.sheet is None or not 0 <= r < len(self.sheet.lines):
            self.entry_label.setText("")
            return
        line = self.sheet.lines[r]
        self.entry_label.setText(f"{r + 1}/{len(self.sheet.lines)}  {line.item_code} {line.item_name} · "
                                 f"{line.batch_code} · {line.unit}")

    def enter_count(self) -> None:
        """The typed count goes into the highlighted line; the next line comes up."""
        r = self.table.currentRow()
        if self.sheet is None or r < 0:
            return
        self.table.item(r, COUNT_COLUMN).setText(self.entry.text().strip())
        self.entry.clear()
        if r + 1 < self.table.rowCount():
            self.table.setCurrentCell(r + 1, COUNT_COLUMN)

    def start(self):
        sid = run(self, stocktake.start, self.ctx, self.location.currentData(),
                  show_expected=self.show_expected.isChecked())
        self.load()
        return sid

    def counts(self) -> dict[int, str]:
        return {line.id: self.table.item(r, COUNT_COLUMN).text().strip()
                for r, line in enumerate(self.sheet.lines)}

    def save(self):
        if self.sheet is None:
            return None
        v = run(self, stocktake.enter_counts, self.ctx, self.sheet.id, self.counts(),
                expected_version=self.sheet.version)
        self.load()
        return v

    def post(self):
        if self.sheet is None:
            return None
        if self.save() is None:
            return None
        moves = run(self, stocktake.post, self.ctx, self.sheet.id, expected_version=self.sheet.version)
        self.load()
        return moves
