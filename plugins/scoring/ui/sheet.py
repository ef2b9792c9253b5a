"""The month sheet: every employee's figures of a month, sortable, exportable, with close.

It is a ``QTableWidget``, not the shared ``LazyTable``: a LazyTable pages a SQL select by
keyset, and an open month's figures are not rows of a table but computed per person from
every plugin's staff metrics, the ledger, the reviews and the attendance (a closed month's
are frozen JSON). The sheet holds one row per employee (200 at most in an office), so it is
filled whole; it keeps what the shared list gives: the keyboard (arrows, Enter opens the
person's month, where every figure opens its records), sorting by any column, and the
export to Excel (masked as the user sees it, audited)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import MonthPicker
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.services import ledger, months
from suite_plugins.scoring.services.common import last_month, month_key
from suite_plugins.scoring.services.export import COLUMNS
from suite_plugins.scoring.ui.common import on_activate


class SheetPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.picker = MonthPicker(self, today=ctx.today)
        y, m = divmod(last_month(ctx), 100)
        self.picker.set_month(y, m)
        self.picker.monthChanged.connect(lambda *_: self.reload())
        self.state = QLabel(self)
        self.evaluate_button = QPushButton(self.tr("Re-evaluate"), self)
        self.evaluate_button.clicked.connect(self.evaluate)
        self.close_button = QPushButton(self.tr("Close the month"), self)
        self.close_button.clicked.connect(self.close_month)
        self.export_button = QPushButton(self.tr("Export to Excel"), self)
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("Print all assessments..."), self)
        self.print_button.clicked.connect(self.print_all)
        for b in (self.evaluate_button, self.close_button):
            b.setVisible(ctx.can(P.MANAGE))
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.state, 1)
        for b in (self.evaluate_button, self.close_button, self.export_button, self.print_button):
            top.addWidget(b)
        self.table = QTableWidget(self)
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels([str(t) for _k, t in COLUMNS])
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setToolTip(self.tr("Enter or a double-click opens the person's month"))
        on_activate(self.table, self.open_person)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        self.reload()

    def month(self) -> int:
        return month_key(*self.picker.value())

    def reload(self) -> None:
        try:
            st = months.state(self.ctx, self.month())
            rows = months.sheet(self.ctx, self.month())
        except SuiteError as exc:
            self.state.setText(str(exc))
            return
        closed = st.status == "closed"
        self.state.setText(self.tr("Closed: figures frozen") if closed else self.tr("Open: figures follow the records"))
        self.close_button.setEnabled(not closed)
        self.evaluate_button.setEnabled(not closed)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, (key, _t) in enumerate(COLUMNS):
                value = r.get(key)
                if key == "cs_score" and not r.get("cs"):
                    value = ""
                elif key == "points":
                    value = float(value)
                item = QTableWidgetItem()
                item.setData(Qt.UserRole, r["staff_id"])
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    item.setData(Qt.DisplayRole, value)
                else:
                    item.setText("" if value is None else str(value))
                if key == "final_score" and r.get("error"):
                    item.setText(r["error"])
                self.table.setItem(i, j, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    def open_person(self, row: int) -> None:
        """The person's month (their KPIs, each opening the records it came from, and the
        ledger, each line opening its source)."""
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.ctx.open_page("scoring.person", {"staff_id": item.data(Qt.UserRole), "month": self.month()})

    def evaluate(self) -> None:
        try:
            ev = ledger.evaluate_month(self.ctx, self.month())
        except SuiteError as exc:
            QMessageBox.warning(self, self.tr("Month sheet"), str(exc))
            return
        if ev.errors:
            QMessageBox.warning(self, self.tr("Month sheet"), "\n".join(f"{c}: {m}" for c, m in ev.errors))
        self.reload()

    def close_month(self) -> None:
        try:
            months.close_month(self.ctx, self.month(), expected_version=months.state(self.ctx, self.month()).version)
        except SuiteError as exc:
            QMessageBox.warning(self, self.tr("Month sheet"), str(exc))
        self.reload()

    def export(self) -> None:
        from suite_plugins.scoring.services.export import export_sheet

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), f"scoring-{self.month()}.xlsx",
                                              "Excel (*.xlsx)")
        if path:
            export_sheet(self.ctx, self.month(), path)

    def print_all(self, target: str | None = None, one_file: bool | None = None):
        """Every assessment of the month, one PDF or one file each into a folder, in a worker
        with a progress bar and Cancel."""
        from suite.plugin_api.ui import run_in_worker
        from suite_plugins.scoring.services.batch import render_batch

        if one_file is None:
            answer = QMessageBox.question(self, self.tr("Print all assessments"),
                                          self.tr("One PDF for everyone? (No: one file per person into a folder)"),
                                          QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
            if answer == QMessageBox.Cancel:
                return None
            one_file = answer == QMessageBox.Yes
        if target is None:
            if one_file:
                target, _ = QFileDialog.getSaveFileName(self, self.tr("Print all assessments"),
                                                        f"assessments-{self.month()}.pdf", "PDF (*.pdf)")
            else:
                target = QFileDialog.getExistingDirectory(self, self.tr("Print all assessments"))
            if not target:
                return None
        month = self.month()

        def work(job):
            return render_batch(self.ctx, month, target, one_file=one_file,
                                progress=lambda done, total: job.progress(done, total, self.tr("Assessments")),
                                cancelled=lambda: job.cancelled)

        self.batch_result = None
        return run_in_worker(self, work, title=self.tr("Printing the assessments"),
                             on_result=lambda files: setattr(self, "batch_result", files))
