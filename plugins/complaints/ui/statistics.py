"""The after-sales statistics page: a month or a year at a glance, the month's improvement
measures, and the analysis report printed to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import ConflictError, SuiteError
from suite.plugin_api.reports import render_report
from suite.plugin_api.numbers import format_count, format_decimal, format_money, format_percent
from suite.plugin_api.ui import ChartWidget, MonthPicker, Series, number_item, run_in_worker
from suite_plugins.complaints import codes
from suite_plugins.complaints.services import statistics
from suite_plugins.complaints.ui.case import _fill, _table
from suite_plugins.complaints.ui.common import show_error
from suite_plugins.complaints.ui.hbars import HorizontalBars


def minutes_text(value: float | None) -> str:
    if value is None:
        return "—"
    if value < 120:
        return QCoreApplication.translate("StatisticsPage", "{n} min").format(n=round(value))
    return QCoreApplication.translate("StatisticsPage", "{h} h").format(h=f"{value / 60:.1f}")


class StatisticsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintStatistics")
        self.ctx = ctx
        self.stats: statistics.Statistics | None = None
        self._measures_version: int | None = None
        self.last_pdf: Path | None = None

        title = QLabel(self.tr("After-sales statistics"), self)
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.month = MonthPicker(self, today=ctx.today)
        today = ctx.today()
        self.month.set_month(today.year, today.month)
        self.whole_year = QCheckBox(self.tr("Whole year"), self)
        self.whole_year.setObjectName("wholeYear")
        self.print_button = QPushButton(self.tr("Print analysis report…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.setToolTip(self.tr("The after-sales analysis report of this period as a PDF"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.month)
        top.addWidget(self.whole_year)
        top.addStretch(1)
        top.addWidget(self.print_button)

        self.kpi: dict[str, QLabel] = {}
        kpis = QGridLayout()
        names = [("total", self.tr("Complaints")), ("substantiated", self.tr("Substantiated")),
                 ("open", self.tr("Still open")), ("rate", self.tr("Complaint rate")),
                 ("first_contact", self.tr("Time to first contact")), ("resolution", self.tr("Time to resolution")),
                 ("compensation", self.tr("Compensation paid")), ("satisfaction", self.tr("Follow-up satisfaction"))]
        for i, (key, caption) in enumerate(names):
            box = QGroupBox(caption, self)
            value = QLabel("—", box)
            value.setObjectName(f"kpi_{key}")
            value.setStyleSheet("font-size: 20px; font-weight: 600;")
            col = QVBoxLayout(box)
            col.addWidget(value)
            self.kpi[key] = value
            if key == "compensation":
                self.compensation_note = QLabel(box)
                self.compensation_note.setObjectName("compensationPending")
                self.compensation_note.setStyleSheet("color: #a15c00;")
                self.compensation_note.hide()
                col.addWidget(self.compensation_note)
            if key == "rate":
                # what the rate covers: the same months above and below the line
                self.rate_note = QLabel(box)
                self.rate_note.setObjectName("rateNote")
                self.rate_note.setWordWrap(True)
                self.rate_note.setStyleSheet("color: #a15c00;")
                self.rate_note.hide()
                col.addWidget(self.rate_note)
            kpis.addWidget(box, i // 4, i % 4)

        self.trend = ChartWidget(self, kind="bar", title=self.tr("Complaints per month"))
        self.trend.setObjectName("trendChart")
        # category names are long: horizontal bars, every one labelled
        self.categories_chart = HorizontalBars(self, title=self.tr("By category"))
        self.categories_chart.setObjectName("categoryChart")
        self.sla_chart = ChartWidget(self, kind="bar", title=self.tr("Deadlines met (%)"))
        self.sla_chart.setObjectName("slaChart")
        charts = QHBoxLayout()
        for chart in (self.trend, self.categories_chart, self.sla_chart):
            chart.setMinimumHeight(220)
            charts.addWidget(chart)

        self.by_category = _table(self, [self.tr("Category"), self.tr("Complaints")], "byCategory")
        self.by_department = _table(self, [self.tr("Responsible department"), self.tr("Complaints")], "byDepartment")
        self.by_cause = _table(self, [self.tr("Root cause"), self.tr("Complaints")], "byCause")
        self.stages = _table(self, [self.tr("Stage"), self.tr("Met"), self.tr("Late"), self.tr("Open and overdue"),
                                    self.tr("Met in time")], "byStage")
        self.compensation = _table(self, [self.tr("Action"), self.tr("Times"), self.tr("Amount"),
                                          self.tr("Awaiting approval")], "byAction")
        tables = QGridLayout()
        for i, table in enumerate((self.by_category, self.by_department, self.by_cause, self.stages, self.compensation)):
            table.setMinimumHeight(180)
            tables.addWidget(table, i // 3, i % 3)

        self.measures = QPlainTextEdit(self)
        self.measures.setObjectName("measures")
        self.measures.setPlaceholderText(self.tr("What the office will change after this month's complaints "
                                                 "(printed in the month's report)"))
        self.measures.setFixedHeight(90)
        self.save_measures_button = QPushButton(self.tr("Save measures"), self)
        self.save_measures_button.setObjectName("saveMeasures")
        self.measures_label = QLabel(self.tr("Improvement measures of the month"), self)
        self.measures_status = QLabel(self)
        self.measures_status.setObjectName("measuresStatus")
        mrow = QHBoxLayout()
        mrow.addWidget(self.measures_label)
        mrow.addStretch(1)
        mrow.addWidget(self.measures_status)
        mrow.addWidget(self.save_measures_button)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addLayout(kpis)
        layout.addLayout(charts)
        layout.addLayout(tables)
        layout.addLayout(mrow)
        layout.addWidget(self.measures)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.month.monthChanged.connect(lambda *_: self.refresh())
        self.whole_year.toggled.connect(lambda *_: self.refresh())
        self.save_measures_button.clicked.connect(self.save_measures)
        self.print_button.clicked.connect(self.print_report)
        self.refresh()

    # ------------------------------------------------------------------ loading

    def period(self) -> tuple[int, int]:
        year, month = self.month.value()
        if self.whole_year.isChecked():
            return statistics.month_key(year, 1), statistics.month_key(year, 12)
        key = statistics.month_key(year, month)
        return key, key

    def refresh(self) -> None:
        first, last = self.period()
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation

        def work(_job):
            st = statistics.statistics(self.ctx, first, last)
            measures = statistics.month_measures(self.ctx, first) if first == last else ("", None)
            return generation, (st, measures)

        self.handle = run_in_worker(self, work, show_progress=False, cancellable=False, on_result=self._loaded,
                                    on_error=lambda exc: show_error(self, exc))

    def _loaded(self, result) -> None:
        generation, data = result
        if generation == self._generation:  # an answer for a period since left is dropped
            self.show_stats(data)

    def show_stats(self, result) -> None:
        st, (measures, version) = result
        self.stats = st
        total = st.total
        self.kpi["total"].setText(format_count(total))
        self.kpi["substantiated"].setText(format_count(st.substantiated))
        self.kpi["open"].setText(format_count(st.open))
        self.kpi["rate"].setText(format_percent(st.complaint_rate, 2) if st.complaint_rate is not None else "—")
        self.rate_note.setText(st.rate_note)
        self.rate_note.setVisible(bool(st.rate_note))
        self.kpi["first_contact"].setText(minutes_text(st.avg_first_contact_minutes))
        self.kpi["resolution"].setText(minutes_text(st.avg_resolution_minutes))
        self.kpi["compensation"].setText(format_money(st.compensation_total))
        # approved and paid money only; pending amounts are shown apart
        self.compensation_note.setText(self.tr("+¥{amount} awaiting approval").format(
            amount=format_decimal(st.compensation_pending)) if st.compensation_pending else "")
        self.compensation_note.setVisible(bool(st.compensation_pending))
        self.kpi["satisfaction"].setText(f"{st.avg_satisfaction:.2f} / 5" if st.avg_satisfaction is not None else "—")
        self.trend.set_data([p.label[2:] for p in st.trend], [Series(self.tr("Complaints"), [p.complaints for p in st.trend])])
        self.categories_chart.set_data([str(codes.label(codes.CATEGORIES, k)) for k, _ in st.by_category],
                                       [n for _, n in st.by_category])
        rated = [s for s in st.stages if s.rate is not None]
        self.sla_chart.set_data([s.label for s in rated], [Series(self.tr("Met in time"), [round(s.rate * 100, 1) for s in rated])])
        # figures right-aligned through the shared formatter (suite.plugin_api.numbers)
        count = lambda n: number_item(n, "int")  # noqa: E731
        _fill(self.by_category, [[codes.label(codes.CATEGORIES, k), count(n)] for k, n in st.by_category])
        _fill(self.by_department, [[codes.label(codes.DEPARTMENTS, k), count(n)] for k, n in st.by_department])
        _fill(self.by_cause, [[codes.label(codes.ROOT_CAUSES, k), count(n)] for k, n in st.by_root_cause])
        _fill(self.stages, [[s.label, count(s.met), count(s.late), count(s.overdue),
                             number_item(s.rate, "percent") if s.rate is not None else number_item(None, text="—")]
                            for s in st.stages])
        _fill(self.compensation, [[c.label, count(c.count),
                                   number_item(c.amount, "money") if c.kind in codes.MONEY_ACTIONS else "",
                                   number_item(c.pending_amount, text=f"{format_count(c.pending)} · {format_money(c.pending_amount)}"
                                               if c.kind in codes.MONEY_ACTIONS else format_count(c.pending))
                                   if c.pending else ""]
                                  for c in st.compensation])
        single = st.is_single_month
        for w in (self.measures, self.save_measures_button, self.measures_label, self.measures_status):
            w.setVisible(single)
        self.measures.setPlainText(measures)
        self._measures_version = version
        self.measures_status.clear()

    # ------------------------------------------------------------------ measures

    def save_measures(self) -> bool:
        first, last = self.period()
        if first != last:
            return False
        try:
            statistics.save_month_measures(self.ctx, first, self.measures.toPlainText(),
                                           expected_version=self._measures_version)
        except ConflictError:
            self.measures_status.setText(self.tr("Someone else changed the measures meanwhile: nothing was saved. "
                                                 "Copy your text, reload the month and try again."))
            self.measures_status.setStyleSheet("color: #c5221f;")
            return False
        except SuiteError as exc:
            show_error(self, exc)
            return False
        _text, self._measures_version = statistics.month_measures(self.ctx, first)
        self.measures_status.setText(self.tr("Saved."))
        self.measures_status.setStyleSheet("color: #0d652d;")
        return True

    # ------------------------------------------------------------------ the report

    def report_request(self) -> tuple[str, dict]:
        year, month = self.month.value()
        if self.whole_year.isChecked():
            return "complaints.yearly", {"year": year}
        from suite.plugin_api.reports import Month

        return "complaints.monthly", {"month": Month(year, month)}

    def print_report(self) -> None:
        report, params = self.report_request()
        suggested = f"after-sales-{'-'.join(str(v) for v in params.values())}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), str(Path.home() / suggested),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.print_to(path, open_after=True)

    def print_to(self, path: str | Path, *, open_after: bool = False):
        report, params = self.report_request()

        def done(out: Path) -> None:
            self.last_pdf = Path(out)
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

        return run_in_worker(self, lambda _job: render_report(self.ctx, report, params, path),
                             title=self.tr("Printing the report"), on_result=done,
                             on_error=lambda exc: show_error(self, exc))

