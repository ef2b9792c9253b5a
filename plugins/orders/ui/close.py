"""The daily close (日清) and the month (月结): the day's figures, each driver's cash hand-in,
closing (which locks the day, after a confirmation), and the monthly summary with its chart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import ChartWidget, MonthPicker, Series
from suite_plugins.orders.services import close
from suite_plugins.orders.services.common import METHOD_LABELS, STATUS_LABELS, label
from suite_plugins.orders.ui.common import Banner, fill_table, money, plain_table, pydate, qdate, render_pdf, row_key


class ClosePage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ordersClose")
        self.summary: close.DaySummary | None = None
        self.banner = Banner(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._day_tab(), self.tr("Daily close"))
        self.tabs.addTab(self._month_tab(), self.tr("Month"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # ------------------------------------------------------------------ the day

    def _day_tab(self) -> QWidget:
        tab = QWidget(self)
        self.day_edit = QDateEdit(tab)
        self.day_edit.setObjectName("closeDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(qdate(self.ctx.today()))
        self.day_edit.dateChanged.connect(lambda _d: self.show_day())
        self.state_label = QLabel(tab)
        self.state_label.setObjectName("closeState")
        self.print_day_button = QPushButton(self.tr("Print daily close"), tab)
        self.print_day_button.setObjectName("closePrint")
        self.print_day_button.clicked.connect(self.print_day)
        self.close_button = QPushButton(self.tr("Close the day…"), tab)
        self.close_button.setObjectName("closeDayButton")
        self.close_button.clicked.connect(self.close_day)
        top = QHBoxLayout()
        top.addWidget(self.day_edit)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.print_day_button)
        top.addWidget(self.close_button)

        self.figures = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        names = [("taken", self.tr("Orders taken")), ("delivered", self.tr("Delivered / served")),
                 ("late", self.tr("Late")), ("amount", self.tr("Money taken")),
                 ("deposits", self.tr("Deposits collected")), ("refunds", self.tr("Deposits refunded")),
                 ("cash", self.tr("Cash expected")), ("handed", self.tr("Cash handed in")), ("out", self.tr("Still out"))]
        for n, (key, text) in enumerate(names):
            value = QLabel(tab)
            value.setObjectName(f"figure_{key}")
            font = value.font()
            font.setBold(True)
            font.setPointSize(font.pointSize() + 2)
            value.setFont(font)
            self.figure_labels[key] = value
            self.figures.addWidget(QLabel(text, tab), (n // 3) * 2, n % 3)
            self.figures.addWidget(value, (n // 3) * 2 + 1, n % 3)

        self.methods = plain_table(tab, [self.tr("Method"), self.tr("Amount")], stretch=0)
        self.methods.setObjectName("closeMethods")
        self.states = plain_table(tab, [self.tr("State"), self.tr("Orders")], stretch=0)
        self.states.setObjectName("closeStates")
        self.drivers = plain_table(tab, [self.tr("Driver"), self.tr("Deliveries"), self.tr("Buckets"), self.tr("Empties"),
                                         self.tr("Other methods"), self.tr("Cash expected"), self.tr("Handed in"),
                                         self.tr("Difference"), self.tr("Note")], stretch=8)
        self.drivers.setObjectName("closeDrivers")
        self.drivers.currentCellChanged.connect(lambda *_: self._driver_chosen())
        self.handed = QLineEdit(tab)
        self.handed.setObjectName("closeHanded")
        self.handed.setPlaceholderText(self.tr("Cash counted"))
        self.handed_note = QLineEdit(tab)
        self.handed_note.setObjectName("closeHandedNote")
        self.handed_note.setPlaceholderText(self.tr("Note (needed when it differs)"))
        self.handed_button = QPushButton(self.tr("Record hand-in"), tab)
        self.handed_button.setObjectName("closeHandedButton")
        self.handed_button.clicked.connect(self.record_handin)
        self.handed_note.returnPressed.connect(self.record_handin)
        hand = QHBoxLayout()
        hand.addWidget(self.handed)
        hand.addWidget(self.handed_note, 1)
        hand.addWidget(self.handed_button)
        self.cancellations = plain_table(tab, [self.tr("Order"), self.tr("Customer"), self.tr("Reason"), self.tr("By"),
                                               self.tr("Time")], stretch=2)
        self.cancellations.setObjectName("closeCancellations")

        tables = QHBoxLayout()
        tables.addWidget(self.methods)
        tables.addWidget(self.states)
        cash = QGroupBox(self.tr("Cash by driver"), tab)
        cv = QVBoxLayout(cash)
        cv.addWidget(self.drivers)
        cv.addLayout(hand)
        cancelled = QGroupBox(self.tr("Cancellations"), tab)
        QVBoxLayout(cancelled).addWidget(self.cancellations)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(self.figures)
        layout.addLayout(tables, 3)
        layout.addWidget(cash, 3)
        layout.addWidget(cancelled, 2)
        return tab

    @property
    def day(self) -> dt.date:
        return pydate(self.day_edit.date())

    def refresh(self) -> None:
        self.show_day()
        self.show_month()

    def open_key(self, day) -> None:
        if isinstance(day, dt.date):
            self.day_edit.setDate(qdate(day))

    def show_day(self) -> None:
        try:
            s = close.day_summary(self.ctx, self.day)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.summary = s
        values = {"taken": str(s.orders_taken), "delivered": str(s.delivered), "late": str(s.late),
                  "amount": money(s.amount_total), "deposits": money(s.deposits_collected),
                  "refunds": money(s.deposits_refunded), "cash": money(s.cash_expected),
                  "handed": money(s.cash_handed_in), "out": str(s.still_out)}
        for key, text in values.items():
            self.figure_labels[key].setText(text)
        if s.closed:
            self.state_label.setText(self.tr("Closed {time} by {name}").format(
                time=self.ctx.to_local(s.closed_at).strftime("%Y-%m-%d %H:%M"), name=s.closed_by))
            self.state_label.setStyleSheet("color: #1b6e2a; font-weight: bold;")
        else:
            self.state_label.setText(self.tr("Open"))
            self.state_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.close_button.setEnabled(not s.closed and self.day <= self.ctx.today())
        fill_table(self.methods, [[label(METHOD_LABELS, k), money(v)] for k, v in s.by_method.items()], right=(1,))
        fill_table(self.states, [[label(STATUS_LABELS, k), v] for k, v in s.by_status.items()], right=(1,))
        fill_table(self.drivers, [[d.driver, d.deliveries, d.buckets, d.empties, money(d.other_methods),
                                   money(d.cash_expected), money(d.handed_in) if d.handed_in is not None else "",
                                   money(d.difference) if d.difference is not None else "", d.note] for d in s.drivers],
                   right=(1, 2, 3, 4, 5, 6, 7), keys=[d.driver_staff_id for d in s.drivers])
        fill_table(self.cancellations, [[c.number, c.customer_name, c.reason, c.username,
                                         self.ctx.to_local(c.at).strftime("%H:%M")] for c in s.cancellations])
        self._driver_chosen()

    def _driver_chosen(self) -> None:
        key = row_key(self.drivers)
        ok = key is not None and self.summary is not None and not self.summary.closed
        for w in (self.handed, self.handed_note, self.handed_button):
            w.setEnabled(ok)
        if ok:
            d = next(x for x in self.summary.drivers if x.driver_staff_id == key)
            self.handed.setText(f"{(d.handed_in if d.handed_in is not None else d.cash_expected):.2f}")
            self.handed_note.setText(d.note)

    def select_driver(self, staff_id: int) -> bool:
        for r in range(self.drivers.rowCount()):
            if self.drivers.item(r, 0).data(Qt.ItemDataRole.UserRole) == staff_id:
                self.drivers.setCurrentCell(r, 0)
                return True
        return False

    def record_handin(self) -> bool:
        key = row_key(self.drivers)
        if key is None:
            return False
        try:
            diff = close.record_cash_handin(self.ctx, self.day, key, self.handed.text(), self.handed_note.text())
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        self.banner.show_message(self.tr("Hand-in recorded (difference {diff}).").format(diff=money(diff)),
                                 "ok" if diff == Decimal(0) else "warning")
        self.show_day()
        return True

    def ask(self, title: str, text: str) -> bool:
        """Ask before something that cannot be undone (tests replace it)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def close_day(self) -> bool:
        day = self.day
        if not self.ask(self.tr("Close the day"), self.tr("Close {day}? Nothing dated that day can be changed afterwards; "
                                                          "its delivered orders become completed.").format(day=day.isoformat())):
            return False
        try:
            close.close_day(self.ctx, day)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        self.banner.show_message(self.tr("{day} is closed.").format(day=day.isoformat()), "ok")
        self.refresh()
        return True

    def print_day(self) -> None:
        try:
            path = render_pdf(self.ctx, "orders.daily_close", {"day": self.day}, f"daily-close-{self.day:%Y%m%d}")
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.banner.show_message(self.tr("Daily close saved as {path}.").format(path=str(path)), "ok")

    # ------------------------------------------------------------------ the month

    def _month_tab(self) -> QWidget:
        tab = QWidget(self)
        self.month_picker = MonthPicker(tab, today=self.ctx.today)
        self.month_picker.setObjectName("closeMonth")
        self.month_picker.monthChanged.connect(lambda *_: self.show_month())
        self.print_month_button = QPushButton(self.tr("Print monthly summary"), tab)
        self.print_month_button.setObjectName("closePrintMonth")
        self.print_month_button.clicked.connect(self.print_month)
        self.month_totals = QLabel(tab)
        self.month_totals.setObjectName("monthTotals")
        self.month_totals.setWordWrap(True)
        self.chart = ChartWidget(tab, kind="bar", title=self.tr("Money taken per day"))
        self.chart.setMinimumHeight(200)
        self.month_days = plain_table(tab, [self.tr("Day"), self.tr("Taken"), self.tr("Delivered"), self.tr("Cancelled"),
                                            self.tr("Late"), self.tr("Amount"), self.tr("Closed")], stretch=0)
        self.month_days.setObjectName("monthDays")
        self.month_drivers = plain_table(tab, [self.tr("Driver"), self.tr("Deliveries"), self.tr("On-time rate"),
                                               self.tr("Buckets"), self.tr("Amount")], stretch=0)
        self.month_drivers.setObjectName("monthDrivers")
        top = QHBoxLayout()
        top.addWidget(self.month_picker)
        top.addWidget(self.month_totals, 1)
        top.addWidget(self.print_month_button)
        tables = QHBoxLayout()
        tables.addWidget(self.month_days, 3)
        tables.addWidget(self.month_drivers, 2)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addLayout(tables, 2)
        return tab

    def show_month(self) -> None:
        try:
            m = close.month_summary(self.ctx, self.month_picker.first_day())
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        shown = [d for d in m.days if d.day <= self.ctx.today()] or list(m.days[:1])
        self.chart.set_data([d.day.strftime("%d") for d in shown], [Series(self.tr("Amount"), [d.amount for d in shown])])
        self.month_totals.setText(self.tr("{taken} orders taken, {delivered} delivered, {cancelled} cancelled, "
                                          "{late} late · {amount}").format(
            taken=m.orders_taken, delivered=m.delivered, cancelled=m.cancelled, late=m.late, amount=money(m.amount)))
        fill_table(self.month_days, [[f"{d.day:%m-%d}", d.orders_taken, d.delivered, d.cancelled, d.late, money(d.amount),
                                      "✓" if d.closed else ""] for d in m.days], right=(1, 2, 3, 4, 5))
        fill_table(self.month_drivers, [[d.driver, d.deliveries,
                                         f"{d.on_time_rate * 100:.1f}%" if d.on_time_rate is not None else "",
                                         d.buckets, money(d.amount)] for d in m.drivers], right=(1, 2, 3, 4))

    def print_month(self) -> None:
        month = self.month_picker.first_day()
        try:
            path = render_pdf(self.ctx, "orders.monthly_summary", {"month": month}, f"month-{month:%Y%m}")
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.banner.show_message(self.tr("Monthly summary saved as {path}.").format(path=str(path)), "ok")
