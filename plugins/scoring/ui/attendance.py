"""Leave and absence: the month's leave requests and absences, approve or reject, record an
absence, and the money items (advance, damage, inspection of the 15th, adjustment)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from suite.plugin_api import SuiteError, core
from suite.plugin_api.ui import MonthPicker
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.services import attendance
from suite_plugins.scoring.services.common import month_key
from suite_plugins.scoring.ui.common import explain, fill_table, plain_table, staff_combo


def _date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class AttendancePage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.picker = MonthPicker(self, today=ctx.today)
        self.picker.monthChanged.connect(lambda *_: self.reload())
        self.table = plain_table(self)
        self.staff = staff_combo(ctx, self)
        today = ctx.today()
        self.start, self.end = QDateEdit(self), QDateEdit(self)
        for e in (self.start, self.end):
            e.setCalendarPopup(True)
            e.setDate(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Written reason"))
        self.kind = QComboBox(self)
        for code, label in (("advance", self.tr("Wage advance")), ("damage", self.tr("Property damage")),
                            ("inspection_pass", self.tr("Inspection passed")),
                            ("inspection_fail", self.tr("Inspection failed")), ("adjustment", self.tr("Money adjustment"))):
            self.kind.addItem(label, code)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("Amount"))
        buttons = [(self.tr("Request leave"), self.request), (self.tr("Approve"), lambda: self.decide(True)),
                   (self.tr("Reject"), lambda: self.decide(False)), (self.tr("Record absence"), self.absence)]
        row = QHBoxLayout()
        for text, slot in buttons:
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            b.setEnabled(ctx.can(P.REVIEW))
            row.addWidget(b)
        money = QHBoxLayout()
        money.addWidget(self.kind)
        money.addWidget(self.amount)
        add = QPushButton(self.tr("Add money item"), self)
        add.clicked.connect(self.money_item)
        add.setEnabled(ctx.can(P.MANAGE))
        money.addWidget(add)
        form = QFormLayout()
        form.addRow(self.tr("Employee"), self.staff)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        form.addRow(self.tr("From / to"), dates)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(row)
        form.addRow(money)
        lay = QVBoxLayout(self)
        lay.addWidget(self.picker)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        self.reload()

    def month(self) -> int:
        return month_key(*self.picker.value())

    def reload(self) -> None:
        names = {p.id: p.name for p in core.list_staff(self.ctx.as_system(), include_archived=True)}
        kinds = {"leave": self.tr("Leave"), "absence": self.tr("Unapproved absence")}
        states = {"pending": self.tr("pending"), "approved": self.tr("approved"), "rejected": self.tr("rejected"),
                  "recorded": self.tr("recorded")}
        try:
            self.rows = attendance.list_absences(self.ctx, self.month())
        except SuiteError:
            self.rows = attendance.list_absences(self.ctx, self.month(), self.ctx.user.staff_id) \
                if self.ctx.user.staff_id else []
        fill_table(self.table, [self.tr("Employee"), self.tr("Kind"), self.tr("From"), self.tr("To"),
                                self.tr("Status"), self.tr("Reason")],
                   [[names.get(a.staff_id, a.staff_id), kinds.get(a.kind, a.kind), a.start.isoformat(), a.end.isoformat(),
                     states.get(a.status, a.status), a.reason] for a in self.rows])

    def _run(self, fn) -> None:
        try:
            fn()
        except SuiteError as exc:
            explain(self, exc)
        self.reload()

    def request(self) -> None:
        self._run(lambda: attendance.request_leave(self.ctx, self.staff.currentData(), _date(self.start),
                                                   _date(self.end), self.reason.text()))

    def absence(self) -> None:
        self._run(lambda: attendance.record_absence(self.ctx, self.staff.currentData(), _date(self.start),
                                                    self.reason.text()))

    def decide(self, approve: bool) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            a = self.rows[row]
            self._run(lambda: attendance.decide_leave(self.ctx, a.id, approve, expected_version=a.version))

    def money_item(self) -> None:
        kind, sid, month = self.kind.currentData(), self.staff.currentData(), self.month()
        if kind == "advance":
            self._run(lambda: attendance.add_advance(self.ctx, sid, month, self.amount.text(), self.reason.text()))
        elif kind.startswith("inspection"):
            self._run(lambda: attendance.add_money_item(self.ctx, sid, month, "inspection", 0, self.reason.text(),
                                                        passed=kind == "inspection_pass"))
        else:
            self._run(lambda: attendance.add_money_item(self.ctx, sid, month, kind, self.amount.text(),
                                                        self.reason.text()))
