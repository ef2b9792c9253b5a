"""Cleaning and maintenance: log the cleaning of an area, report an equipment fault and its
repair, record preventive maintenance (the equipment's next due date moves on)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import equipment as eq
from suite_plugins.kitchen.services import logbook
from suite_plugins.kitchen.services.common import local_text
from suite_plugins.kitchen.ui.common import current_key, fill, show_error, table, title


class LogbookPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logbookPage")
        self.ctx = ctx
        self.area = QLineEdit(self)
        self.area.setObjectName("cleanArea")
        self.area.setPlaceholderText(self.tr("e.g. 热菜间"))
        self.what = QLineEdit(self)
        self.what.setObjectName("cleanWhat")
        clean = QPushButton(self.tr("Log cleaning"), self)
        clean.setObjectName("logCleaning")
        clean.clicked.connect(self.log_cleaning)
        self.equipment = QComboBox(self)
        self.equipment.setObjectName("faultEquipment")
        for e in eq.list_equipment(ctx):
            self.equipment.addItem(e.name, e.id)
        self.fault = QLineEdit(self)
        self.fault.setObjectName("faultText")
        report = QPushButton(self.tr("Report fault"), self)
        report.setObjectName("reportFault")
        report.clicked.connect(self.report_fault)
        maint = QPushButton(self.tr("Maintenance done"), self)
        maint.setObjectName("maintenanceDone")
        maint.clicked.connect(self.maintenance_done)
        for b in (clean, report, maint):
            b.setEnabled(ctx.can(P.RECORD))
        form = QFormLayout()
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("What was cleaned"), self.what)
        form.addRow("", clean)
        form.addRow(self.tr("Equipment"), self.equipment)
        form.addRow(self.tr("Fault / maintenance"), self.fault)
        buttons = QHBoxLayout()
        buttons.addWidget(report)
        buttons.addWidget(maint)
        form.addRow("", buttons)
        self.faults = table(self, [self.tr("Reported at"), self.tr("Equipment"), self.tr("Fault"), self.tr("By")],
                            object_name="openFaults")
        repair = QPushButton(self.tr("Repaired"), self)
        repair.setObjectName("repairFault")
        repair.setEnabled(ctx.can(P.RECORD))
        repair.clicked.connect(self.repair_selected)
        self.due = QLabel(self)
        self.due.setObjectName("maintenanceDue")
        self.due.setWordWrap(True)
        self.entries = table(self, [self.tr("Day"), self.tr("Kind"), self.tr("Area / equipment"), self.tr("What"),
                                    self.tr("By"), self.tr("Done at"), self.tr("Result")], object_name="logEntries")
        left = QVBoxLayout()
        left.addWidget(title(self.tr("Cleaning and maintenance"), self))
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Open faults"), self))
        left.addWidget(self.faults, 1)
        left.addWidget(repair)
        left.addWidget(self.due)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("The last two weeks"), self))
        right.addWidget(self.entries, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.open_rows: list = []
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        self.open_rows = logbook.open_faults(self.ctx)
        fill(self.faults, [[local_text(self.ctx, f.reported_at), f.equipment, f.description, f.reported_by]
                           for f in self.open_rows], levels=["warning"] * len(self.open_rows),
             keys=[f.id for f in self.open_rows])
        due = logbook.maintenance_due(self.ctx)
        self.due.setText(self.tr("Maintenance due: {items}").format(
            items="、".join(f"{name} {day.isoformat()}" for _id, name, day in due)) if due else "")
        rows = list(reversed(logbook.entries_between(self.ctx, today - dt.timedelta(days=13), today)))
        fill(self.entries, [[r.day.isoformat(), codes.label(codes.LOG_KINDS, r.kind), r.equipment or r.area,
                             r.description, r.reported_by, local_text(self.ctx, r.done_at), r.result] for r in rows])

    def _run(self, fn) -> bool:
        try:
            fn()
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True

    def log_cleaning(self) -> bool:
        ok = self._run(lambda: logbook.log_cleaning(self.ctx, self.area.text(), self.what.text()))
        if ok:
            self.area.clear()
            self.what.clear()
        return ok

    def report_fault(self) -> bool:
        ok = self._run(lambda: logbook.report_fault(self.ctx, self.equipment.currentData(), self.fault.text()))
        if ok:
            self.fault.clear()
        return ok

    def maintenance_done(self) -> bool:
        ok = self._run(lambda: logbook.record_maintenance(self.ctx, self.equipment.currentData(), self.fault.text()))
        if ok:
            self.fault.clear()
        return ok

    def repair_selected(self, result: str | None = None) -> bool:
        key = current_key(self.faults)
        row = next((f for f in self.open_rows if f.id == key), None)
        if row is None:
            return False
        if not isinstance(result, str):
            result, ok = QInputDialog.getText(self, self.tr("Repaired"), self.tr("What was repaired, by whom?"))
            if not ok:
                return False
        return self._run(lambda: logbook.repair_fault(self.ctx, row.id, result, expected_version=row.version))
