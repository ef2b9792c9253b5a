"""The daily sign-off: a day's records at a glance, what still blocks signing, the Sign
button (quality controller or manager), and the amendments of a signed day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import open_report_dialog
from suite_plugins.kitchen import codes
from suite_plugins.kitchen import permissions as P
from suite_plugins.kitchen.services import signoff
from suite_plugins.kitchen.services.common import local_text
from suite_plugins.kitchen.ui.common import badge, fill, show_error, table, title


class SignOffPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signOffPage")
        self.ctx = ctx
        self.date = QDateEdit(self)
        self.date.setObjectName("signDay")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.state = QLabel(self)
        self.state.setObjectName("signState")
        head = QHBoxLayout()
        head.addWidget(title(self.tr("Day sign-off"), self))
        head.addWidget(self.date)
        head.addWidget(self.state)
        head.addStretch(1)
        for text, report in ((self.tr("Inspector pack"), "kitchen.inspector_pack"),
                             (self.tr("Blank daily sheet"), "kitchen.daily_sheet")):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, r=report: open_report_dialog(ctx, r, self))
            head.addWidget(button)
        self.summary = QLabel(self)
        self.summary.setObjectName("daySummary")
        self.summary.setWordWrap(True)
        self.blockers = QLabel(self)
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setTextFormat(Qt.TextFormat.RichText)
        self.runs = table(self, [self.tr("Checklist"), self.tr("Status"), self.tr("By"), self.tr("Note")],
                          object_name="signRuns")
        self.readings = table(self, [self.tr("Out-of-range reading"), self.tr("Corrective action"),
                                     self.tr("Re-checked")], object_name="signReadings")
        self.note = QLineEdit(self)
        self.note.setObjectName("signNote")
        self.note.setPlaceholderText(self.tr("Remarks of the reviewer (optional)"))
        self.sign_button = QPushButton(self.tr("Sign the day"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setEnabled(ctx.can(P.SIGN))
        self.sign_button.clicked.connect(self.sign)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.note, 1)
        sign_row.addWidget(self.sign_button)
        self.amendments = table(self, [self.tr("When"), self.tr("Who"), self.tr("Reason"), self.tr("What changed")],
                                object_name="amendmentTable")
        tables = QHBoxLayout()
        tables.addWidget(self.runs, 3)
        tables.addWidget(self.readings, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.blockers)
        layout.addLayout(tables, 2)
        layout.addLayout(sign_row)
        layout.addWidget(QLabel(self.tr("Amendments after signing"), self))
        layout.addWidget(self.amendments, 1)
        self.refresh()

    def day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        r = signoff.review(self.ctx, self.day())
        if r.signed:
            badge(self.state, self.tr("Signed by {who} at {time}").format(who=r.signer_name,
                                                                        time=local_text(self.ctx, r.signed_at)), "success")
        elif r.blockers:
            badge(self.state, self.tr("{n} open item(s)").format(n=len(r.blockers)), "danger")
        else:
            badge(self.state, self.tr("Ready to sign"), "info")
        outside = [x for x in r.readings if x.out_of_range and x.recheck_of_id is None]
        self.summary.setText(self.tr(
            "{runs} checklists · {readings} readings ({outside} outside the limits) · {samples} samples · "
            "{checks} health checks · {anomalies} anomalies").format(
            runs=len(r.runs), readings=len(r.readings), outside=len(outside), samples=len(r.samples),
            checks=len(r.checks), anomalies=len(r.anomalies)))
        self.blockers.setText("<br>".join(f"• {b}" for b in r.blockers))
        self.blockers.setVisible(bool(r.blockers))
        fill(self.runs, [[x.template_name + (f" · {x.label}" if x.label else ""),
                          codes.label(codes.RUN_STATUSES, x.status), x.staff_name, x.missed_note] for x in r.runs],
             levels=["danger" if x.open else None for x in r.runs])
        rechecks = {x.recheck_of_id: x for x in r.readings if x.recheck_of_id}
        fill(self.readings, [[f"{x.equipment_name} {x.value} °C ({x.limits_text})", x.corrective_action,
                              f"{rechecks[x.id].value} °C" if x.id in rechecks else ""] for x in outside],
             levels=[None if x.resolved else "danger" for x in outside])
        fill(self.amendments, [[local_text(self.ctx, a.at), a.user_name, a.reason, a.change] for a in r.amendments])
        self.sign_button.setEnabled(self.ctx.can(P.SIGN) and not r.signed)

    def sign(self) -> bool:
        try:
            signoff.sign_day(self.ctx, self.day(), note=self.note.text())
        except SuiteError as exc:
            show_error(self, exc)
            return False
        self.note.clear()
        self.refresh()
        return True
