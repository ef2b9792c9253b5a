"""The intake dialog: who complains, about which order, what, how urgent, who was involved."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError, ValidationError, core
from suite.plugin_api.numbers import format_money
from suite_plugins.complaints import codes
from suite_plugins.complaints.services import intake, orders_link
from suite_plugins.complaints.ui.common import parse_time, staff_choices

ERROR_STYLE = "color: #c5221f;"


class IntakeDialog(QDialog):
    """Record a new complaint. ``complaint_id`` holds the new case's id once accepted."""

    SEARCH_DELAY_MS = 250

    def __init__(self, ctx, parent: QWidget | None = None, *, customer_id: int | None = None,
                 order_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintIntake")
        self.setWindowTitle(self.tr("New complaint"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx = ctx
        self.complaint_id: int | None = None
        self._severity_touched = False
        self._orders: dict[int, object] = {}
        self.errors: dict[str, QLabel] = {}

        self.customer_search = QLineEdit(self)
        self.customer_search.setObjectName("customerSearch")
        self.customer_search.setPlaceholderText(self.tr("Phone number or name"))
        self.customer = QComboBox(self)
        self.customer.setObjectName("customer")
        self.customer.setMinimumWidth(260)
        self.order = QComboBox(self)
        self.order.setObjectName("order")
        self.order_number = QLineEdit(self)
        self.order_number.setObjectName("orderNumber")
        self.order_number.setPlaceholderText(self.tr("or type the order number"))
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for code, label in codes.CHANNELS.items():
            self.channel.addItem(str(label), code)
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.category.addItem(self.tr("— choose —"), None)
        for code, label in codes.CATEGORIES.items():
            self.category.addItem(str(label), code)
        self.severity = QComboBox(self)
        self.severity.setObjectName("severity")
        for code, label in codes.SEVERITIES.items():
            self.severity.addItem(str(label), code)
        self.severity.setCurrentIndex(self.severity.findData("general"))
        self.severity_hint = QLabel(self)
        self.severity_hint.setObjectName("severityHint")
        self.severity_hint.setStyleSheet("color: #5f6368;")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("The problem in the customer's words"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        self.received = QLineEdit(ctx.local_now().strftime("%Y-%m-%d %H:%M"), self)
        self.received.setObjectName("receivedAt")
        self.received.setToolTip(self.tr("When the complaint came in (a letter may be entered later)"))
        self.staff: dict[str, QComboBox] = {}
        everyone = staff_choices(ctx)
        for role, department in (("driver", "delivery"), ("cook", "production"), ("clerk", None)):
            box = QComboBox(self)
            box.setObjectName(f"staff_{role}")
            box.addItem("", None)
            for sid, name in (staff_choices(ctx, department) if department else everyone):
                box.addItem(name, sid)
            self.staff[role] = box

        # a caller who is not a customer yet is created here, as at the order desk
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newCustomerName")
        self.new_name.setPlaceholderText(self.tr("New customer: name"))
        self.new_phone = QLineEdit(self)
        self.new_phone.setObjectName("newCustomerPhone")
        self.new_phone.setPlaceholderText(self.tr("phone"))
        self.new_address = QLineEdit(self)
        self.new_address.setObjectName("newCustomerAddress")
        self.new_address.setPlaceholderText(self.tr("address (if known)"))
        self.create_customer_button = QPushButton(self.tr("Create customer"), self)
        self.create_customer_button.setObjectName("createCustomer")
        self.create_customer_button.setAutoDefault(False)
        self.create_customer_button.clicked.connect(self.create_customer)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(self.customer_search, 1)
        row.addWidget(self.customer, 2)
        self._add(form, self.tr("Customer *"), row, "customer")
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.new_phone, 1)
        new_row.addWidget(self.new_address, 1)
        new_row.addWidget(self.create_customer_button)
        self._add(form, self.tr("Not a customer yet"), new_row, "new_customer")
        order_row = QHBoxLayout()
        order_row.addWidget(self.order, 2)
        order_row.addWidget(self.order_number, 1)
        self._add(form, self.tr("Order"), order_row, "order")
        self._add(form, self.tr("Received by *"), self.channel, "channel")
        self._add(form, self.tr("Problem *"), self.category, "category")
        sev_row = QHBoxLayout()
        sev_row.addWidget(self.severity)
        sev_row.addWidget(self.severity_hint, 1)
        self._add(form, self.tr("Severity *"), sev_row, "severity")
        self._add(form, self.tr("Description *"), self.description, "description")
        self._add(form, self.tr("Received at"), self.received, "received_at")
        self._add(form, self.tr("Driver involved"), self.staff["driver"], "driver")
        self._add(form, self.tr("Cook involved"), self.staff["cook"], "cook")
        self._add(form, self.tr("Clerk involved"), self.staff["clerk"], "clerk")

        self.banner = QLabel(self)
        self.banner.setObjectName("intakeBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record complaint"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.submit)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_customers)
        self.customer_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.customer_search.returnPressed.connect(self.search_customers)
        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.severity.activated.connect(self._severity_chosen)
        self.setMinimumWidth(620)
        if customer_id is not None:
            self.set_customer(customer_id)
        self._customer_changed()
        if order_id is not None and self.order.findData(order_id) >= 0:
            self.order.setCurrentIndex(self.order.findData(order_id))

    def _add(self, form: QFormLayout, label: str, field, key: str) -> None:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if isinstance(field, QWidget):
            col.addWidget(field)
        else:
            col.addLayout(field)
        error = QLabel(box)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        col.addWidget(error)
        self.errors[key] = error
        form.addRow(label, box)

    # ------------------------------------------------------------------ customer and order

    def search_customers(self) -> None:
        text = self.customer_search.text().strip()
        self.customer.blockSignals(True)
        self.customer.clear()
        try:
            found = core.search_customers(self.ctx, text, limit=20) if text else []
        except SuiteError as exc:
            found = []
            self._error("customer", str(exc))
        for c in found:
            phone = c.phones[0].phone if c.phones else ""
            self.customer.addItem(f"{c.name}  {phone}".strip(), c.id)
        self.customer.blockSignals(False)
        self._customer_changed()

    def create_customer(self) -> None:
        """Create the caller as a new customer and choose them."""
        self.errors["new_customer"].hide()
        try:
            cid = intake.create_customer_inline(self.ctx, self.new_name.text(), self.new_phone.text(),
                                                self.new_address.text())
        except ValidationError as exc:
            self._error("new_customer", "\n".join(str(m) for m in exc.fields.values()) or str(exc))
            return
        except SuiteError as exc:
            self._error("new_customer", str(exc))
            return
        for edit in (self.new_name, self.new_phone, self.new_address):
            edit.clear()
        self.set_customer(cid)
        self._customer_changed()

    def set_customer(self, customer_id: int) -> None:
        try:
            c = core.get_customer(self.ctx, customer_id)
        except SuiteError:
            return
        self.customer.clear()
        phone = c.phones[0].phone if c.phones else ""
        self.customer.addItem(f"{c.name}  {phone}".strip(), c.id)

    def _customer_changed(self, *_args) -> None:
        self.order.blockSignals(True)
        self.order.clear()
        self.order.addItem(self.tr("— no order / not known —"), None)
        self._orders.clear()
        cid = self.customer.currentData()
        if cid is not None:
            try:
                recent = orders_link.recent_orders(self.ctx, cid, 10)
            except SuiteError:
                recent = []
            for o in recent:
                self._orders[o.id] = o
                when = self.ctx.to_local(o.created_at).strftime("%m-%d %H:%M")
                self.order.addItem(f"{o.number} · {when} · {format_money(o.total_amount)} · {o.items_summary}"[:80], o.id)
        self.order.blockSignals(False)

    def _order_changed(self, *_args) -> None:
        ref = self._orders.get(self.order.currentData())
        if ref is None:
            return
        for role, sid in (("driver", ref.driver_staff_id), ("clerk", ref.clerk_staff_id)):
            box = self.staff[role]
            if sid is not None and box.currentData() is None and self._driver_relevant(role):
                index = box.findData(sid)
                if index >= 0:
                    box.setCurrentIndex(index)

    def _driver_relevant(self, role: str) -> bool:
        category = self.category.currentData()
        if role == "driver":
            return category in (None, "delivery_delay", "wrong_item", "service_attitude", "packaging_damaged")
        return category in ("wrong_item", "price", "service_attitude")

    # ------------------------------------------------------------------ severity

    def _category_changed(self, *_args) -> None:
        category = self.category.currentData()
        if category is None:
            self.severity_hint.clear()
            return
        suggested = intake.suggest_severity(category)
        if not self._severity_touched:
            self.severity.setCurrentIndex(self.severity.findData(suggested))
        self.severity_hint.setText(self.tr("suggested: {severity}").format(
            severity=codes.label(codes.SEVERITIES, suggested)))
        self._order_changed()

    def _severity_chosen(self, *_args) -> None:
        self._severity_touched = True

    # ------------------------------------------------------------------ saving

    def _error(self, key: str, text: str) -> None:
        label = self.errors.get(key)
        if label is None:
            self.banner.setText((self.banner.text() + "\n" if self.banner.text() else "") + text)
            self.banner.show()
            return
        label.setText(text)
        label.show()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.banner.clear()
        self.banner.hide()

    def submit(self) -> None:
        self.clear_errors()
        try:
            received = parse_time(self.ctx, self.received.text())
        except ValueError:
            self._error("received_at", self.tr("Enter a time such as 2026-03-02 10:30."))
            return
        data = intake.ComplaintInput(
            customer_id=self.customer.currentData(), channel=self.channel.currentData(),
            category=self.category.currentData() or "", description=self.description.toPlainText(),
            severity=self.severity.currentData(), order_id=self.order.currentData(),
            order_number="" if self.order.currentData() is not None else self.order_number.text(),
            received_at=received, driver_staff_id=self.staff["driver"].currentData(),
            cook_staff_id=self.staff["cook"].currentData(), clerk_staff_id=self.staff["clerk"].currentData(),
        )
        try:
            self.complaint_id = intake.create_complaint(self.ctx, data)
        except ValidationError as exc:
            if not exc.fields:
                self._error("", str(exc))
            for key, message in exc.fields.items():
                self._error(key, str(message))
            return
        except SuiteError as exc:
            self._error("", str(exc))
            return
        self.accept()
