"""The delivery confirmation form (signed by, buckets, empties, money and method, exception),
used on the dispatch board and the order list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from suite.plugin_api import SuiteError
from suite_plugins.orders.services import deliveries, queries
from suite_plugins.orders.services.common import EXCEPTION_LABELS, METHOD_LABELS
from suite_plugins.orders.services.deliveries import DeliveryInput
from suite_plugins.orders.ui.common import Banner, error_text, money


class DeliveryForm(QGroupBox):
    """``delivered(order_id)`` after a delivery (or a failed attempt) was recorded."""

    delivered = Signal(int)

    def __init__(self, ctx, banner: Banner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = banner
        self.order_id: int | None = None
        self.setObjectName("deliveryForm")
        self.setTitle(self.tr("Confirm delivery"))
        self.signed_by = QLineEdit(self)
        self.signed_by.setObjectName("deliverySignedBy")
        self.buckets = QSpinBox(self)
        self.buckets.setObjectName("deliveryBuckets")
        self.empties = QSpinBox(self)
        self.empties.setObjectName("deliveryEmpties")
        self.empties.setRange(0, 999)
        self.damaged = QSpinBox(self)
        self.damaged.setObjectName("deliveryDamaged")
        self.damaged.setRange(0, 999)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("deliveryAmount")
        self.method = QComboBox(self)
        self.method.setObjectName("deliveryMethod")
        for code, text in METHOD_LABELS.items():
            self.method.addItem(str(text), code)
        self.exception = QComboBox(self)
        self.exception.setObjectName("deliveryException")
        for code, text in EXCEPTION_LABELS.items():
            self.exception.addItem(str(text), code)
        self.note = QLineEdit(self)
        self.note.setObjectName("deliveryNote")
        self.button = QPushButton(self.tr("Record delivery"), self)
        self.button.setObjectName("deliveryRecord")
        self.button.clicked.connect(self.record)
        self.note.returnPressed.connect(self.record)
        form = QFormLayout(self)
        form.addRow(self.tr("Signed by"), self.signed_by)
        form.addRow(self.tr("Buckets delivered"), self.buckets)
        form.addRow(self.tr("Empties collected"), self.empties)
        form.addRow(self.tr("Damaged buckets"), self.damaged)
        form.addRow(self.tr("Amount collected"), self.amount)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(self.tr("Exception"), self.exception)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.button)
        self.setEnabled(False)

    def load(self, order_id: int | None) -> None:
        """Prepare the form for a dispatched order (disabled for anything else). The same
        order again, still out for delivery (the board refreshed), keeps what was typed."""
        view = queries.get_order(self.ctx, order_id) if order_id is not None else None
        if view is not None and view.status == "dispatched" and order_id == self.order_id:
            return
        self.order_id = None
        self.setEnabled(False)
        if view is None or view.status != "dispatched":
            return
        self.order_id = order_id
        self.setTitle(self.tr("Confirm delivery of {number}").format(number=view.number))
        self.signed_by.setText(view.customer_name)
        self.buckets.setRange(0, view.buckets)
        self.buckets.setValue(view.buckets)
        self.empties.setValue(view.empties_expected)
        self.damaged.setValue(0)
        self.amount.setText(f"{view.amount_due - view.amount_collected:.2f}")
        self.amount.setPlaceholderText(money(view.amount_due))
        self.method.setCurrentIndex(0)
        self.exception.setCurrentIndex(0)
        self.note.clear()
        self.setEnabled(True)

    def record(self) -> bool:
        if self.order_id is None:
            return False
        data = DeliveryInput(signed_by=self.signed_by.text(), buckets_delivered=self.buckets.value(),
                             empties_collected=self.empties.value(), damaged_buckets=self.damaged.value(),
                             amount_collected=self.amount.text().strip() or None,
                             payment_method=self.method.currentData(), exception=self.exception.currentData(),
                             note=self.note.text())
        try:
            result = deliveries.confirm_delivery(self.ctx, self.order_id, data)
        except SuiteError as exc:
            self.banner.show_message(error_text(exc), "error")
            return False
        order_id = self.order_id
        if result.delivered:
            late = result.late_minutes or 0
            when = self.tr("{n} min late").format(n=late) if late > 0 else self.tr("on time")
            self.banner.show_message(self.tr("Delivered ({when}); {amount} collected; the customer now holds {n} bucket(s).")
                                     .format(when=when, amount=money(result.amount_collected), n=result.buckets_held_after),
                                     "ok")
        else:
            self.banner.show_message(self.tr("Not delivered: the order goes back to the plan."), "warning")
        self.load(None)
        self.delivered.emit(order_id)
        return True
