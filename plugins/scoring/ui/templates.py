"""The templates editor: per department the KPIs (metric, target, weight), the formula and
the grade bands; validated on save against the metric names available."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError, core
from suite_plugins.scoring.services import formula, sources, templates
from suite_plugins.scoring.ui.common import explain


class TemplatesPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pick = QComboBox(self)
        self.pick.currentIndexChanged.connect(lambda *_: self.show_template())
        self.name, self.formula, self.grades = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.department = QComboBox(self)
        self.department.addItem(self.tr("Whole office (default)"), "")
        for d in core.list_departments(ctx.as_system()):
            self.department.addItem(d.name, d.code or "")
        self.kpis = QTableWidget(0, 3, self)
        self.kpis.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("Target"), self.tr("Weight")])
        self.kpis.horizontalHeader().setStretchLastSection(True)
        self.kpis.setColumnWidth(0, 420)
        self.metric_ids = list(sources.metrics(ctx))
        names = ", ".join(sorted(templates.names_available(ctx)))
        hint = QLabel(self.tr("Names: %1; functions min, max, round, abs; x if c else y").replace("%1", names), self)
        hint.setWordWrap(True)
        add = QPushButton(self.tr("Add KPI"), self)
        add.clicked.connect(lambda: self.add_kpi(self.metric_ids[0] if self.metric_ids else "", "100", "1"))
        remove = QPushButton(self.tr("Remove KPI"), self)
        remove.clicked.connect(lambda: self.kpis.removeRow(self.kpis.currentRow()))
        new = QPushButton(self.tr("New template"), self)
        new.clicked.connect(self.new)
        save = QPushButton(self.tr("Save"), self)
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.pick)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Final score formula"), self.formula)
        form.addRow("", hint)
        form.addRow(self.tr("Grade bands"), self.grades)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.kpis, 1)
        row = QHBoxLayout()
        for b in (add, remove, new, save):
            row.addWidget(b)
        lay.addLayout(row)
        self.current = None
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.items = templates.list_templates(self.ctx)
        self.pick.blockSignals(True)
        self.pick.clear()
        for t in self.items:
            self.pick.addItem(f"{t.name} ({t.department or '*'})", t.id)
        self.pick.blockSignals(False)
        if select_id is not None:
            self.pick.setCurrentIndex(max(0, self.pick.findData(select_id)))
        self.show_template()

    def add_kpi(self, metric: str, target: str, weight: str) -> None:
        r = self.kpis.rowCount()
        self.kpis.insertRow(r)
        box = QComboBox(self.kpis)
        for mid in self.metric_ids:
            box.addItem(f"{sources.metrics(self.ctx)[mid].title} ({formula.metric_name(mid)})", mid)
        box.setCurrentIndex(max(0, box.findData(metric)))
        self.kpis.setCellWidget(r, 0, box)
        self.kpis.setItem(r, 1, QTableWidgetItem(str(target)))
        self.kpis.setItem(r, 2, QTableWidgetItem(str(weight)))

    def show_template(self) -> None:
        i = self.pick.currentIndex()
        self.current = self.items[i] if 0 <= i < len(self.items) else None
        self.kpis.setRowCount(0)
        if self.current is None:
            return
        t = self.current
        self.name.setText(t.name)
        self.department.setCurrentIndex(max(0, self.department.findData(t.department)))
        self.department.setEnabled(False)
        self.formula.setText(t.formula)
        self.grades.setText(",".join(f"{g}:{low}" for g, low in t.grades))
        for k in t.kpis:
            self.add_kpi(k.metric, str(k.target), str(k.weight))

    def new(self) -> None:
        self.current = None
        self.department.setEnabled(True)
        self.name.clear()
        self.formula.setText(templates.DEFAULT_FORMULA)
        self.grades.setText("A:90,B:75,C:60,D:0")
        self.kpis.setRowCount(0)

    def save(self) -> None:
        kpis = [templates.KpiInput(self.kpis.cellWidget(r, 0).currentData(), self.kpis.item(r, 1).text(),
                                   self.kpis.item(r, 2).text()) for r in range(self.kpis.rowCount())]
        try:
            tid = templates.save_template(
                self.ctx, name=self.name.text(), department=self.department.currentData() or "",
                formula_text=self.formula.text(), grades=self.grades.text(), kpis=kpis,
                template_id=self.current.id if self.current else None,
                expected_version=self.current.version if self.current else None)
        except SuiteError as exc:
            explain(self, exc)
            return
        self.reload(tid)
