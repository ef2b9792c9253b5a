"""Bucket deposits (押金): who holds how many buckets and how much deposit, each customer's
ledger, refunds, counted corrections, and the statement PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import LazyTable
from suite_plugins.orders.services import deposits, lists
from suite_plugins.orders.ui.common import Banner, fill_table, money, plain_table, render_pdf


class DepositsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ordersDeposits")
        self.customer_id: int | None = None
        self.banner = Banner(self)
        self.table = LazyTable(ctx, lists.deposit_holders(ctx), self)
        self.table.currentKeyChanged.connect(self.open_key)
        self.title = QLabel(self)
        self.title.setObjectName("depositCustomer")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.ledger = plain_table(self, [self.tr("Date"), self.tr("Entry"), self.tr("Order"), self.tr("Buckets"),
                                         self.tr("Deposit"), self.tr("Held"), self.tr("Deposit held"), self.tr("Note")])
        self.ledger.setObjectName("depositLedger")
        self.print_button = QPushButton(self.tr("Print statement"), self)
        self.print_button.setObjectName("depositPrint")
        self.print_button.clicked.connect(self.print_statement)

        self.refund_box = QGroupBox(self.tr("Refund deposit (buckets handed back for good)"), self)
        self.refund_buckets = QSpinBox(self.refund_box)
        self.refund_buckets.setObjectName("refundBuckets")
        self.refund_buckets.setRange(0, 999)
        self.refund_amount = QLineEdit(self.refund_box)
        self.refund_amount.setObjectName("refundAmount")
        self.refund_note = QLineEdit(self.refund_box)
        self.refund_note.setObjectName("refundNote")
        self.refund_button = QPushButton(self.tr("Refund"), self.refund_box)
        self.refund_button.setObjectName("refundButton")
        self.refund_button.clicked.connect(self.refund)
        rf = QFormLayout(self.refund_box)
        rf.addRow(self.tr("Buckets returned"), self.refund_buckets)
        rf.addRow(self.tr("Deposit refunded"), self.refund_amount)
        rf.addRow(self.tr("Note"), self.refund_note)
        rf.addRow("", self.refund_button)

        self.correct_box = QGroupBox(self.tr("Correct the bucket count (after counting at the customer's)"), self)
        self.correct_buckets = QSpinBox(self.correct_box)
        self.correct_buckets.setObjectName("correctBuckets")
        self.correct_buckets.setRange(-999, 999)
        self.correct_note = QLineEdit(self.correct_box)
        self.correct_note.setObjectName("correctNote")
        self.correct_button = QPushButton(self.tr("Correct"), self.correct_box)
        self.correct_button.setObjectName("correctButton")
        self.correct_button.clicked.connect(self.correct)
        cf = QFormLayout(self.correct_box)
        cf.addRow(self.tr("Buckets (+/-)"), self.correct_buckets)
        cf.addRow(self.tr("Why"), self.correct_note)
        cf.addRow("", self.correct_button)

        side = QWidget(self)
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.print_button)
        sv.addLayout(head)
        sv.addWidget(self.ledger, 1)
        forms = QHBoxLayout()
        forms.addWidget(self.refund_box)
        forms.addWidget(self.correct_box)
        sv.addLayout(forms)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.open_key(None)

    def refresh(self) -> None:
        self.table.refresh()
        self.open_key(self.customer_id)

    def open_key(self, customer_id) -> None:
        self.customer_id = customer_id
        enabled = customer_id is not None
        for w in (self.print_button, self.refund_box, self.correct_box):
            w.setEnabled(enabled)
        if not enabled:
            self.title.setText(self.tr("Choose a customer on the left."))
            self.ledger.setRowCount(0)
            return
        try:
            st = deposits.statement(self.ctx, customer_id)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.title.setText(self.tr("{name}: {n} bucket(s) held, deposit {money}").format(
            name=st.customer_name, n=st.closing.buckets_held, money=money(st.closing.deposit_held)))
        rows = [[self.ctx.to_local(ln.at).strftime("%Y-%m-%d %H:%M"), ln.kind_label, ln.order_number,
                 f"{ln.buckets:+d}" if ln.buckets else "", money(ln.amount) if ln.amount else "", ln.buckets_after,
                 money(ln.deposit_after), ln.note] for ln in reversed(st.lines)]
        fill_table(self.ledger, rows, right=(3, 4, 5, 6))

    def _after(self, fn, *args, done: str) -> bool:
        try:
            fn(self.ctx, self.customer_id, *args)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        self.banner.show_message(done, "ok")
        self.refresh()
        return True

    def refund(self) -> bool:
        ok = self._after(deposits.refund, self.refund_buckets.value(), self.refund_amount.text(), self.refund_note.text(),
                         done=self.tr("Refund recorded."))
        if ok:
            self.refund_buckets.setValue(0)
            self.refund_amount.clear()
            self.refund_note.clear()
        return ok

    def correct(self) -> bool:
        ok = self._after(deposits.correct, self.correct_buckets.value(), self.correct_note.text(),
                         done=self.tr("Correction recorded."))
        if ok:
            self.correct_buckets.setValue(0)
            self.correct_note.clear()
        return ok

    def print_statement(self) -> None:
        if self.customer_id is None:
            return
        try:
            path = render_pdf(self.ctx, "orders.deposit_statement", {"customer": self.customer_id},
                              f"deposits-{self.customer_id}")
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.banner.show_message(self.tr("Statement saved as {path}.").format(path=str(path)), "ok")
