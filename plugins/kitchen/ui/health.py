"""Morning health checks (晨检) of the food handlers and their health certificates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from suite.plugin_api import SuiteError
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import health
from suite_plugins.kitchen.ui.common import fill, hm, show_error, table, title

CERT_LEVEL = {"valid": None, "expiring": "warning", "expired": "danger"}


class HealthPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthPage")
        self.ctx = ctx
        self.staff = QComboBox(self)
        self.staff.setObjectName("checkStaff")
        self.temperature = QLineEdit(self)
        self.temperature.setObjectName("bodyTemperature")
        self.temperature.setPlaceholderText("36.5")
        self.symptoms: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (code, label) in enumerate(codes.SYMPTOMS.items()):
            box = QCheckBox(str(label), self)
            box.setObjectName(f"symptom_{code}")
            self.symptoms[code] = box
            grid.addWidget(box, n // 2, n % 2)
        self.fit = QCheckBox(self.tr("Fit for food-handling work"), self)
        self.fit.setObjectName("fit")
        self.fit.setChecked(True)
        self.action = QComboBox(self)
        self.action.setObjectName("healthAction")
        for code, label in codes.HEALTH_ACTIONS.items():
            self.action.addItem(str(label), code)
        self.save_button = QPushButton(self.tr("Record health check"), self)
        self.save_button.setObjectName("recordCheck")
        self.save_button.setEnabled(ctx.can(P.RECORD))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Staff member"), self.staff)
        form.addRow(self.tr("Temperature °C"), self.temperature)
        form.addRow(self.tr("Symptoms"), grid)
        form.addRow("", self.fit)
        form.addRow(self.tr("Action"), self.action)
        form.addRow("", self.save_button)
        self.checks = table(self, [self.tr("Staff member"), self.tr("Time"), self.tr("Temperature"),
                                   self.tr("Symptoms"), self.tr("Fit"), self.tr("Action"), self.tr("Checked by")],
                            object_name="checkTable")
        self.pending = QLabel(self)
        self.pending.setObjectName("pendingChecks")
        self.pending.setWordWrap(True)

        self.certs = table(self, [self.tr("Staff member"), self.tr("Certificate no."), self.tr("Expires on"),
                                  self.tr("State")], object_name="certificateTable")
        self.cert_staff = QComboBox(self)
        self.cert_staff.setObjectName("certStaff")
        self.cert_number = QLineEdit(self)
        self.cert_number.setObjectName("certNumber")
        self.cert_number.setPlaceholderText(self.tr("Certificate no."))
        self.cert_expires = QDateEdit(self)
        self.cert_expires.setObjectName("certExpires")
        self.cert_expires.setCalendarPopup(True)
        self.cert_expires.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today() + dt.timedelta(days=365)
        self.cert_expires.setDate(QDate(today.year, today.month, today.day))
        self.cert_button = QPushButton(self.tr("Add certificate"), self)
        self.cert_button.setObjectName("addCertificate")
        self.cert_button.setEnabled(ctx.can(P.RECORD))
        self.cert_button.clicked.connect(self.add_certificate)
        cert_row = QHBoxLayout()
        for w in (self.cert_staff, self.cert_number, self.cert_expires, self.cert_button):
            cert_row.addWidget(w)

        left = QVBoxLayout()
        left.addWidget(title(self.tr("Morning health check"), self))
        left.addLayout(form)
        left.addWidget(self.pending)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Checked today"), self))
        right.addWidget(self.checks, 3)
        right.addWidget(QLabel(self.tr("Health certificates"), self))
        right.addWidget(self.certs, 2)
        right.addLayout(cert_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.refresh()

    def refresh(self) -> None:
        day = self.ctx.today()
        handlers = health.food_handlers(self.ctx)
        pending = health.unchecked_today(self.ctx, day)
        for combo, people in ((self.staff, pending or handlers), (self.cert_staff, handlers)):
            combo.clear()
            for p in people:
                combo.addItem(p.name, p.id)
        self.pending.setText(self.tr("Still to check today: {names}").format(names="、".join(p.name for p in pending))
                             if pending else self.tr("Every food handler has been checked today."))
        checks = health.checks_between(self.ctx, day, day)
        fill(self.checks, [[c.staff_name, hm(self.ctx, c.checked_at), f"{c.temperature} °C" if c.temperature else "",
                            c.symptoms_text, self.tr("Yes") if c.fit else self.tr("No"),
                            codes.label(codes.HEALTH_ACTIONS, c.action), c.checked_by] for c in checks],
             levels=[None if c.fit else "danger" for c in checks])
        states = {"valid": self.tr("Valid"), "expiring": self.tr("Expires within 30 days"), "expired": self.tr("Expired")}
        certs = health.certificates(self.ctx)
        fill(self.certs, [[c.staff_name, c.number, c.expires_on.isoformat(), states[c.state]] for c in certs],
             levels=[CERT_LEVEL[c.state] for c in certs])

    def save(self) -> bool:
        data = health.CheckInput(self.staff.currentData(), fit=self.fit.isChecked(),
                                 temperature=self.temperature.text() or None,
                                 symptoms=tuple(k for k, b in self.symptoms.items() if b.isChecked()),
                                 action=self.action.currentData() or "")
        try:
            health.record_health_check(self.ctx, data)
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.temperature.clear()
        for box in self.symptoms.values():
            box.setChecked(False)
        self.fit.setChecked(True)
        self.refresh()
        return True

    def add_certificate(self) -> bool:
        d = self.cert_expires.date()
        try:
            health.save_certificate(self.ctx, self.cert_staff.currentData(), self.cert_number.text(),
                                    dt.date(d.year(), d.month(), d.day()))
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.cert_number.clear()
        self.refresh()
        return True
