"""A person's month: KPIs, the points ledger (each line opens its source), attendance, the
result; the manager's comment and adjustments; print the assessment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import MonthPicker, open_report_dialog
from suite_plugins.scoring import permissions as P
from suite_plugins.scoring.services import ledger, months
from suite_plugins.scoring.services.common import last_month, month_key
from suite_plugins.scoring.services import sources
from suite_plugins.scoring.ui.common import RecordsDialog, explain, fill_table, on_activate, plain_table, staff_combo


class PersonPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff = staff_combo(ctx, self)
        if ctx.user.staff_id is not None:
            i = self.staff.findData(ctx.user.staff_id)
            if i >= 0:
                self.staff.setCurrentIndex(i)
        self.picker = MonthPicker(self, today=ctx.today)
        self.picker.set_month(*divmod(last_month(ctx), 100))
        self.staff.currentIndexChanged.connect(lambda *_: self.reload())
        self.picker.monthChanged.connect(lambda *_: self.reload())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.kpis = plain_table(self)
        on_activate(self.kpis, self.open_kpi)
        self.ledger = plain_table(self)
        on_activate(self.ledger, lambda row: self.open_line(row, 0))
        self.comment = QTextEdit(self)
        self.comment.setMaximumHeight(70)
        self.comment.setPlaceholderText(self.tr("The manager's comment on the month"))
        self.save_comment = QPushButton(self.tr("Save comment"), self)
        self.save_comment.clicked.connect(self.store_comment)
        self.adjust_button = QPushButton(self.tr("Adjust points..."), self)
        self.adjust_button.clicked.connect(self.adjust)
        self.print_button = QPushButton(self.tr("Print assessment..."), self)
        self.print_button.clicked.connect(self.print_assessment)
        manage = ctx.can(P.MANAGE)
        for w in (self.save_comment, self.adjust_button):
            w.setVisible(manage)
        self.comment.setReadOnly(not manage)
        top = QHBoxLayout()
        top.addWidget(self.staff, 1)
        top.addWidget(self.picker)
        top.addWidget(self.adjust_button)
        top.addWidget(self.print_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("KPIs (Enter or a double-click lists the records a figure came from)"), self))
        lay.addWidget(self.kpis, 1)
        lay.addWidget(QLabel(self.tr("Points ledger (double-click a line to open its source)"), self))
        lay.addWidget(self.ledger, 2)
        row = QHBoxLayout()
        row.addWidget(self.comment, 1)
        row.addWidget(self.save_comment)
        lay.addLayout(row)
        self.lines: list = []
        self.kpi_rows: list = []
        self.records_dialog = None
        self.reload()

    def open_key(self, key) -> None:
        """Show a person's month: ``{"staff_id": id, "month": 202611}`` or a staff id."""
        if isinstance(key, dict):
            if key.get("month"):
                self.picker.set_month(*divmod(int(key["month"]), 100))
            key = key.get("staff_id")
        i = self.staff.findData(key)
        if i >= 0:
            self.staff.setCurrentIndex(i)
        self.reload()

    def month(self) -> int:
        return month_key(*self.picker.value())

    def reload(self) -> None:
        sid = self.staff.currentData()
        if sid is None:
            self.summary.setText(self.tr("Nobody to show."))
            return
        try:
            line = months.person(self.ctx, self.month(), sid)
            self.lines = ledger.lines(self.ctx, sid, self.month())
        except SuiteError as exc:
            self.summary.setText(str(exc))
            return
        final = line["error"] or ("—" if line["final_score"] is None else f"{line['final_score']:g}")
        parts = [self.tr("Final score: %1").replace("%1", final), self.tr("Grade: %1").replace("%1", line["grade"] or "—"),
                 self.tr("Points: %1").replace("%1", f"{line['points']:+.2f}"),
                 self.tr("Attendance: %1%").replace("%1", f"{line['attendance']:g}"),
                 self.tr("Absences: %1, leave: %2 days").replace("%1", str(line["absences"])).replace("%2", str(line["leave_days"])),
                 self.tr("Net pay: %1").replace("%1", str(line["net_pay"]))]
        if line["cs"]:
            parts.insert(3, self.tr("Chat reviews: %1 / %2").replace("%1", str(line["cs_score"])).replace("%2", str(line["cs_max"])))
        self.summary.setText(" · ".join(parts))
        self.kpi_rows = list(line["kpis"])
        fill_table(self.kpis, [self.tr("Indicator"), self.tr("Target"), self.tr("Actual"), self.tr("Weight"),
                               self.tr("Achievement %")],
                   [[k["title"], k["target"], k["actual"], k["weight"], k["achievement"]] for k in line["kpis"]])
        fill_table(self.ledger, [self.tr("Day"), self.tr("Points"), self.tr("Rule / reason"), self.tr("Source")],
                   [[ln.day.isoformat(), float(ln.points), ln.rule or ln.note,
                     f"{ln.source_kind} {ln.source_id or ''}".strip() or self.tr("manual")] for ln in self.lines])
        self.comment.setPlainText(line.get("comment", ""))
        closed = months.state(self.ctx, self.month()).status == "closed"
        self.save_comment.setEnabled(not closed)
        self.adjust_button.setEnabled(not closed)

    def open_kpi(self, row: int) -> None:
        """The records the KPI figure came from (a list that opens each), or the page that
        lists them when the metric's plugin names none."""
        if not 0 <= row < len(self.kpi_rows):
            return
        k = self.kpi_rows[row]
        try:
            found = sources.kpi_records(self.ctx, k["metric"], self.staff.currentData(), self.month())
        except SuiteError as exc:
            explain(self, exc)
            return
        if not found:
            page = sources.metric_page(k["metric"])
            if page:
                self.ctx.open_page(page, None)
            else:
                self.summary.setText(self.tr("No records are listed for %1.").replace("%1", str(k["title"])))
            return
        self.records_dialog = RecordsDialog(self.ctx, str(k["title"]), found, self)
        self.records_dialog.show()

    def open_line(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.lines):
            ledger.open_source(self.ctx, self.lines[row])

    def store_comment(self) -> None:
        try:
            months.set_comment(self.ctx, self.month(), self.staff.currentData(), self.comment.toPlainText(),
                               expected_version=months.state(self.ctx, self.month()).version)
        except SuiteError as exc:
            explain(self, exc)
        self.reload()

    def adjust(self) -> None:
        points, ok = QInputDialog.getText(self, self.tr("Adjust points"), self.tr("Points (+/-):"))
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Adjust points"), self.tr("Reason:"))
        if not ok:
            return
        try:
            ledger.adjust(self.ctx, self.staff.currentData(), self.month(), points, reason)
        except SuiteError as exc:
            explain(self, exc)
        self.reload()

    def print_assessment(self) -> None:
        dlg = open_report_dialog(self.ctx, "scoring.assessment", self)
        if dlg is not None:
            dlg.show()


__all__ = ["PersonPage", "QFormLayout", "QLineEdit"]
