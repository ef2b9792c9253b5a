"""The order desk (F2): keyboard first, for a clerk with a phone on the shoulder.

Type the phone number and press Enter: the customer appears with addresses, bucket balance,
last orders and what other plugins know (open complaints). Enter on the empty product field
repeats the last order. Ctrl+Enter saves and confirms, and shows the promised time to tell
the customer. A number nobody has opens the new-customer fields right there.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from PySide6.QtCore import QDateTime, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError, core
from suite_plugins.orders.services import catalog, orders, standing, tickets
from suite_plugins.orders.services.common import CHANNEL_LABELS, STATUS_LABELS, label
from suite_plugins.orders.services.orders import ItemInput, OrderInput
from suite_plugins.orders.ui.common import (
    LEVEL_COLOURS,
    Banner,
    fill_table,
    money,
    open_standing_day,
    plain_table,
    render_pdf,
)

LOOKUP_DELAY_MS = 150

# "W05*3", "W05 x3", "W05 3", "农夫 3": what, then how many, as cashiers type it
QUANTITY_SUFFIX = re.compile(r"^(?P<what>.*?\S)\s*(?:[*xX×]\s*|\s+)(?P<qty>\d{1,3})$")


def split_entry(text: str) -> tuple[str, int | None]:
    """The product field's text as (product text, quantity or None); full-width characters
    (\uff37\uff10\uff15\uff0a\uff13) read as their ASCII forms."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    m = QUANTITY_SUFFIX.match(text)
    if m is None:
        return text, None
    return m.group("what").strip(), int(m.group("qty"))


class OrderDesk(QWidget):
    """Order entry. ``order_saved(order_id)`` after each save."""

    order_saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ordersDesk")
        self.customer = None          # CustomerView
        self.panel = None             # CustomerPanel
        self.lines: list[tuple[object, int]] = []  # (ProductView, quantity)
        self.last_order_id: int | None = None
        self.standing: list = []  # the caller's standing orders (StandingView)
        self.products: dict[str, object] = {}

        self.banner = Banner(self)
        big = QFont()
        big.setPointSize(big.pointSize() + 6)
        big.setBold(True)
        self.promise_label = QLabel(self)
        self.promise_label.setObjectName("deskPromise")
        self.promise_label.setFont(big)
        self.promise_label.setWordWrap(True)

        # ---------------------------------------------------------- left: who is calling
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("deskPhone")
        self.phone_edit.setPlaceholderText(self.tr("Caller's phone number, then Enter"))
        self.phone_edit.setFont(big)
        self.phone_edit.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("deskMatches")
        self.matches.setMaximumHeight(110)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self.lookup)
        self.phone_edit.textEdited.connect(lambda _t: self._lookup_timer.start())
        self.phone_edit.returnPressed.connect(self.choose_first_match)
        self.matches.itemActivated.connect(lambda item: self.choose_customer(item.data(Qt.ItemDataRole.UserRole)))

        self.customer_name = QLabel(self)
        self.customer_name.setObjectName("deskCustomerName")
        self.customer_name.setFont(big)
        self.customer_info = QLabel(self)
        self.customer_info.setObjectName("deskCustomerInfo")
        self.customer_info.setWordWrap(True)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("deskFacts")
        self.facts_label.setWordWrap(True)
        self.last_orders = QListWidget(self)
        self.last_orders.setObjectName("deskLastOrders")
        self.last_orders.setMaximumHeight(140)
        # the whole line (number, status, items, amount) wraps instead of hiding behind a scroll bar
        self.last_orders.setWordWrap(True)
        self.last_orders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.new_box = QGroupBox(self.tr("New customer"), self)
        self.new_box.setObjectName("deskNewCustomer")
        self.new_name = QLineEdit(self.new_box)
        self.new_name.setObjectName("deskNewName")
        self.new_address = QLineEdit(self.new_box)
        self.new_address.setObjectName("deskNewAddress")
        self.new_button = QPushButton(self.tr("Create customer"), self.new_box)
        self.new_button.setObjectName("deskCreateCustomer")
        self.new_button.clicked.connect(self.create_customer)
        self.new_address.returnPressed.connect(self.create_customer)
        self.new_name.returnPressed.connect(self.new_address.setFocus)
        nf = QFormLayout(self.new_box)
        nf.addRow(self.tr("Name"), self.new_name)
        nf.addRow(self.tr("Address"), self.new_address)
        nf.addRow("", self.new_button)
        self.new_box.hide()

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(self.tr("Phone (Enter)"), self))
        lv.addWidget(self.phone_edit)
        lv.addWidget(self.matches)
        lv.addWidget(self.new_box)
        lv.addWidget(self.customer_name)
        lv.addWidget(self.customer_info)
        lv.addWidget(self.facts_label)
        lv.addWidget(QLabel(self.tr("Last orders"), self))
        lv.addWidget(self.last_orders)
        lv.addStretch(1)

        # ---------------------------------------------------------- right: the order
        self.channel = QComboBox(self)
        self.channel.setObjectName("deskChannel")
        for code, text in CHANNEL_LABELS.items():
            self.channel.addItem(str(text), code)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.address = QComboBox(self)
        self.address.setObjectName("deskAddress")
        self.address.setEditable(True)
        self.contact_phone = QLineEdit(self)
        self.contact_phone.setObjectName("deskContactPhone")
        self.table_no = QLineEdit(self)
        self.table_no.setObjectName("deskTable")
        self.guests = QSpinBox(self)
        self.guests.setObjectName("deskGuests")
        self.guests.setRange(0, 200)
        self.asap = QCheckBox(self.tr("As soon as possible"), self)
        self.asap.setObjectName("deskAsap")
        self.asap.setChecked(True)
        self.requested = QDateTimeEdit(self)
        self.requested.setObjectName("deskRequested")
        self.requested.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.requested.setCalendarPopup(True)
        self.requested.setEnabled(False)
        self.asap.toggled.connect(lambda on: self.requested.setEnabled(not on))
        self.notes = QLineEdit(self)
        self.notes.setObjectName("deskNotes")
        self.change_reason = QLineEdit(self)
        self.change_reason.setObjectName("deskChangeReason")
        self.change_reason.setPlaceholderText(self.tr("Why the confirmed order changes (kept with the change)"))
        self.editing: tuple[int, int, str] | None = None  # (order id, version, number) while changing an order

        self.product_edit = QLineEdit(self)
        self.product_edit.setObjectName("deskProduct")
        self.product_edit.setPlaceholderText(self.tr("Product name or code (W05*3 adds three), Enter adds; Enter on empty repeats the last order"))
        self.qty = QSpinBox(self)
        self.qty.setObjectName("deskQty")
        self.qty.setRange(1, 999)
        self.product_edit.returnPressed.connect(self.add_typed_product)
        self.qty.lineEdit().returnPressed.connect(self.add_typed_product)  # Enter in the quantity adds the line
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("deskAdd")
        self.add_button.setAutoDefault(True)  # Enter on the focused button presses it, as Space does
        self.add_button.clicked.connect(self.add_typed_product)
        QWidget.setTabOrder(self.product_edit, self.qty)
        QWidget.setTabOrder(self.qty, self.add_button)
        self.items = plain_table(self, [self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")], stretch=0)
        self.items.setObjectName("deskItems")
        self.remove_button = QPushButton(self.tr("Remove line (Del)"), self)
        self.remove_button.clicked.connect(self.remove_line)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("deskTotal")
        self.total_label.setFont(big)

        self.confirm_button = QPushButton(self.tr("Save and confirm (Ctrl+Enter)"), self)
        self.confirm_button.setObjectName("deskConfirm")
        self.confirm_button.clicked.connect(lambda: self.save(confirm=True))
        self.save_button = QPushButton(self.tr("Save unconfirmed (Ctrl+S)"), self)
        self.save_button.setObjectName("deskSave")
        self.save_button.clicked.connect(lambda: self.save(confirm=False))
        self.ticket_button = QPushButton(self.tr("Print ticket (F8)"), self)
        self.ticket_button.setObjectName("deskTicket")
        self.ticket_button.clicked.connect(self.print_ticket)
        self.ticket_button.setEnabled(False)
        self.test_page_button = QPushButton(self.tr("Printer test page"), self)
        self.test_page_button.setObjectName("deskTestPage")
        self.test_page_button.clicked.connect(self.print_test_page)
        self.clear_button = QPushButton(self.tr("Next call (F3)"), self)
        self.clear_button.setObjectName("deskClear")
        self.clear_button.clicked.connect(self.clear)

        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Delivery address"), self.address)
        form.addRow(self.tr("Contact phone"), self.contact_phone)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table_no)
        table_row.addWidget(QLabel(self.tr("Guests"), self))
        table_row.addWidget(self.guests)
        form.addRow(self.tr("Table"), table_row)
        when = QHBoxLayout()
        when.addWidget(self.asap)
        when.addWidget(self.requested, 1)
        form.addRow(self.tr("Requested time"), when)
        form.addRow(self.tr("Notes"), self.notes)
        self.change_label = QLabel(self.tr("Reason for the change"), self)
        form.addRow(self.change_label, self.change_reason)
        entry = QHBoxLayout()
        entry.addWidget(self.product_edit, 1)
        entry.addWidget(self.qty)
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_page_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.ticket_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.confirm_button)

        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.addLayout(form)
        rv.addLayout(entry)
        rv.addWidget(self.items, 1)
        rv.addWidget(self.total_label)
        rv.addLayout(buttons)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.promise_label)
        layout.addWidget(splitter, 1)

        for keys, slot in ((QKeySequence("Ctrl+Return"), lambda: self.save(confirm=True)),
                           (QKeySequence("Ctrl+Enter"), lambda: self.save(confirm=True)),
                           (QKeySequence.StandardKey.Save, lambda: self.save(confirm=False)),
                           (QKeySequence("F3"), self.clear), (QKeySequence("F8"), self.print_ticket),
                           (QKeySequence("Ctrl+R"), self.repeat_last)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.items)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_line)

        self.load_products()
        self.clear()
        open_standing_day(self.ctx, self.banner)

    # ------------------------------------------------------------------ catalogue

    def load_products(self) -> None:
        self.products = {}
        for p in catalog.list_products(self.ctx):
            self.products[p.name] = p
            if p.code:
                self.products[p.code] = p
        names = sorted({p.name for p in self.products.values()})
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.product_edit.setCompleter(completer)

    def refresh(self) -> None:
        open_standing_day(self.ctx, self.banner)
        self.load_products()

    # ------------------------------------------------------------------ the caller

    def lookup(self) -> list:
        self.matches.clear()
        text = self.phone_edit.text().strip()
        try:
            found = orders.lookup_phone(self.ctx, text)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return []
        self.banner.clear()
        for c in found:
            address = c.default_address.address if c.default_address else ""
            item = QListWidgetItem(f"{c.name}  {c.primary_phone}  {address}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        return found

    def choose_first_match(self) -> None:
        """Enter in the phone field: the first customer found, or the new-customer fields."""
        if self.customer is not None and self.phone_edit.text() == self._chosen_phone and not self.lines:
            self.repeat_last()
            return
        found = self.lookup()
        if found:
            row = max(0, self.matches.currentRow())
            self.choose_customer(self.matches.item(row).data(Qt.ItemDataRole.UserRole))
        elif self.phone_edit.text().strip() and not self.banner.isVisible():
            self.new_box.show()
            self.new_name.setFocus()

    def choose_customer(self, customer_id: int) -> None:
        try:
            panel = orders.customer_panel(self.ctx, customer_id)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.panel = panel
        self.customer = panel.customer
        self._chosen_phone = self.phone_edit.text()
        self.new_box.hide()
        self.matches.clear()
        c = panel.customer
        self.customer_name.setText(c.name)
        info = [self.tr("Area: {area}").format(area=c.area or "—"),
                self.tr("Buckets held: {n} · deposit {money}").format(n=panel.buckets_held, money=money(panel.deposit_held))]
        if c.notes:
            info.append(self.tr("Note: {notes}").format(notes=c.notes))
        self.standing = standing.list_standing(self.ctx, c.id)
        for so in self.standing:
            paused = ""
            if so.paused_from and so.paused_to and so.paused_to >= self.ctx.today():
                paused = " " + self.tr("(paused {start} to {end})").format(start=so.paused_from.isoformat(),
                                                                           end=so.paused_to.isoformat())
            info.append(self.tr("Standing order: {summary}").format(summary=so.summary) + paused)
        self.customer_info.setText("\n".join(info))
        facts = []
        for text, value, level in panel.facts:
            colour = LEVEL_COLOURS.get(level, LEVEL_COLOURS["normal"])
            facts.append(f'<span style="color:{colour}; font-weight:bold">{text}: {value}</span>')
        self.facts_label.setText("<br>".join(facts))
        self.last_orders.clear()
        for ref in panel.last_orders:
            when = self.ctx.to_local(ref.created_at).strftime("%m-%d %H:%M")
            self.last_orders.addItem(f"{when}  {ref.number}  {label(STATUS_LABELS, ref.status)}  {ref.items_summary}  "
                                     f"{money(ref.total_amount)}")
        self.address.clear()
        for a in c.addresses:
            self.address.addItem(a.address, a.id)
        digits = core.phone_digits(self.phone_edit.text())  # full-width, spaces, dashes, +86 as typed
        typed = next((p.phone for p in c.phones if digits and p.phone.startswith(digits)), None)
        self.contact_phone.setText(typed or c.primary_phone)
        if self.channel.currentData() in ("walk_in", "table"):
            self.channel.setCurrentIndex(0)
        self.product_edit.setFocus()
        if panel.last_orders:
            self.banner.show_message(self.tr("{name}: press Enter on the empty product field to repeat the last order.")
                                     .format(name=c.name), "info")
        else:
            self.banner.show_message(self.tr("{name} has not ordered before: type the first product (code or name).")
                                     .format(name=c.name), "info")

    def create_customer(self) -> None:
        try:
            cid = orders.create_customer_inline(self.ctx, self.new_name.text().strip(), self.phone_edit.text().strip(),
                                                self.new_address.text().strip())
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.new_name.clear()
        self.new_address.clear()
        self.choose_customer(cid)

    # ------------------------------------------------------------------ items

    def _channel_changed(self) -> None:
        table = self.channel.currentData() == "table"
        self.table_no.setEnabled(table)
        self.guests.setEnabled(table)
        delivery = self.channel.currentData() in ("phone", "web", "app")
        self.address.setEnabled(delivery)
        self.contact_phone.setEnabled(delivery)

    def find_product(self, text: str):
        """The product a clerk means by a code or (part of) a name, or None when none or several."""
        text = unicodedata.normalize("NFKC", text or "").strip()
        if not text:
            return None
        product = self.products.get(text)
        if product is not None:
            return product
        folded = text.casefold()
        by_code = {p.id: p for p in self.products.values() if p.code and p.code.casefold() == folded}
        if len(by_code) == 1:
            return next(iter(by_code.values()))
        unique = {p.id: p for name, p in self.products.items() if folded in name.casefold()}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def add_typed_product(self) -> None:
        """Enter in the product field, in the quantity box or on Add: the line is added and the
        product field is ready for the next code."""
        text = unicodedata.normalize("NFKC", self.product_edit.text()).strip()
        if not text:
            self.product_edit.setFocus()
            self.repeat_last()
            return
        quantity = self.qty.value()
        product = self.find_product(text)
        if product is None:
            what, typed = split_entry(text)
            if typed is not None:
                product = self.find_product(what)
                if product is not None:
                    quantity = typed
        if product is None:
            self.banner.show_message(self.tr("No product on sale is called \u201c{text}\u201d.").format(text=text), "error")
            self.product_edit.setFocus()
            self.product_edit.selectAll()
            return
        if not 1 <= quantity <= self.qty.maximum():
            self.banner.show_message(self.tr("A quantity from 1 to {n}.").format(n=self.qty.maximum()), "error")
            self.product_edit.setFocus()
            return
        self.add_line(product, quantity)
        self.product_edit.clear()
        self.qty.setValue(1)
        self.banner.clear()
        self.product_edit.setFocus()

    def add_line(self, product, quantity: int) -> None:
        for n, (p, q) in enumerate(self.lines):
            if p.id == product.id:
                self.lines[n] = (p, q + quantity)
                break
        else:
            self.lines.append((product, quantity))
        self._show_lines()

    def remove_line(self) -> None:
        row = self.items.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _show_lines(self) -> None:
        fill_table(self.items, [[p.label, q, money(p.price), money(p.price * q)] for p, q in self.lines], right=(1, 2, 3))
        total = sum((p.price * q for p, q in self.lines), Decimal("0"))
        buckets = sum(q for p, q in self.lines if p.returnable)
        text = self.tr("Total {total}").format(total=money(total))
        if buckets:
            held = self.panel.buckets_held if self.panel else 0
            new = max(0, buckets - held)
            deposit = next((p.deposit for p, _ in self.lines if p.returnable), Decimal(0)) * new
            text += "  " + self.tr("· {n} bucket(s), {e} empties to collect").format(n=buckets, e=min(buckets, held))
            if deposit:
                text += "  " + self.tr("· deposit {deposit}").format(deposit=money(deposit))
        self.total_label.setText(text)

    def repeat_last(self) -> None:
        """The customer's last order, again (Enter on the empty product field)."""
        if self.customer is None:
            self.banner.show_message(self.tr("Look the customer up first (phone, then Enter)."), "info")
            return
        data = orders.repeat_last_order(self.ctx, self.customer.id)
        if data is None:
            self.banner.show_message(self.tr("{name} has no earlier order to repeat.").format(name=self.customer.name), "info")
            return
        by_id = {p.id: p for p in self.products.values()}
        self.lines = [(by_id[i.product_id], int(i.quantity)) for i in data.items if i.product_id in by_id]
        index = self.channel.findData(data.channel)
        if index >= 0:
            self.channel.setCurrentIndex(index)
        if data.address:
            self.address.setEditText(data.address)
        self._show_lines()
        self.product_edit.setFocus()  # the next code typed adds to the repeated order
        self.banner.show_message(self.tr("Last order repeated: Ctrl+Enter confirms it, or type another product."), "info")

    # ------------------------------------------------------------------ saving

    def order_input(self) -> OrderInput:
        channel = self.channel.currentData()
        requested = None
        if not self.asap.isChecked():
            requested = self.requested.dateTime().toPython()
        return OrderInput(
            channel=channel, customer_id=self.customer.id if self.customer else None,
            items=[ItemInput(p.id, q) for p, q in self.lines],
            address=self.address.currentText().strip() if channel in ("phone", "web", "app") else "",
            contact_phone=self.contact_phone.text().strip() if channel in ("phone", "web", "app") else "",
            requested_at=requested, notes=self.notes.text().strip(), table_no=self.table_no.text().strip(),
            guests=self.guests.value() or None)

    def open_key(self, key) -> None:
        """``("edit", order_id)``: load an order not yet delivered to change it (the order
        list's Edit button); the change is recorded with its reason after confirmation."""
        if not (isinstance(key, tuple) and len(key) == 2 and key[0] == "edit"):
            return
        from suite_plugins.orders.services import queries

        view = queries.get_order(self.ctx, key[1])
        self.clear()
        if view.customer_id is not None:
            self.choose_customer(view.customer_id)
        by_id = {p.id: p for p in self.products.values()}
        self.lines = [(by_id[i.product_id], i.quantity) for i in view.items if i.product_id in by_id]
        self.channel.setCurrentIndex(max(0, self.channel.findData(view.channel)))
        if view.address and not view.masked:
            self.address.setEditText(view.address)
        if view.contact_phone and not view.masked:
            self.contact_phone.setText(view.contact_phone)
        self.table_no.setText(view.table_no)
        self.guests.setValue(view.guests or 0)
        self.notes.setText(view.notes)
        if view.requested_at:
            self.asap.setChecked(False)
            self.requested.setDateTime(QDateTime(self.ctx.to_local(view.requested_at).replace(tzinfo=None)))
        self.editing = (view.id, view.version, view.number)
        self._show_edit_mode()
        self._show_lines()
        self.banner.show_message(self.tr("Changing order {number} ({state}): Ctrl+Enter saves the change.").format(
            number=view.number, state=view.status_label), "info")

    def _show_edit_mode(self) -> None:
        editing = self.editing is not None
        self.change_label.setVisible(editing)
        self.change_reason.setVisible(editing)
        self.save_button.setEnabled(not editing)
        self.confirm_button.setText(self.tr("Save the change (Ctrl+Enter)") if editing
                                    else self.tr("Save and confirm (Ctrl+Enter)"))

    def save_change(self) -> bool:
        order_id, version, number = self.editing
        data = self.order_input()
        try:
            orders.update_order(self.ctx, order_id, data, expected_version=version, reason=self.change_reason.text())
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        self.promise_label.setText(self.tr("Order {number} changed.").format(number=number))
        self.banner.show_message(self.tr("The change is saved and recorded. F3 for the next call."), "ok")
        self.editing = None
        self.change_reason.clear()
        self.lines = []
        self._show_lines()
        self._show_edit_mode()
        self.order_saved.emit(order_id)
        return True

    def save(self, confirm: bool = True) -> int | None:
        if self.editing is not None:
            order_id = self.editing[0]
            return order_id if self.save_change() else None
        data = self.order_input()
        if self.customer is not None and self.customer.masked:
            data.address = data.address if data.address and "*" not in data.address else ""
            data.contact_phone = "" if "*" in data.contact_phone else data.contact_phone
        try:
            oid = orders.create_order(self.ctx, data)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return None
        from suite_plugins.orders import api

        number = api.get_order(self.ctx, oid).number
        self.last_order_id = oid
        self.ticket_button.setEnabled(True)
        if confirm:
            try:
                promise = orders.confirm_order(self.ctx, oid)
            except SuiteError as exc:
                self.banner.show_error(exc)
                self.promise_label.setText(self.tr("Order {number} saved, NOT confirmed.").format(number=number))
                self.order_saved.emit(oid)
                return oid
            when = self.ctx.to_local(promise.at)
            day = "" if when.date() == self.ctx.today() else when.strftime("%m-%d ")
            self.promise_label.setText(self.tr("Order {number} confirmed · promised {time}").format(
                number=number, time=day + when.strftime("%H:%M")))
            self.banner.show_message(self.tr("Tell the customer: expected at {time} ({why}). F3 for the next call.")
                                     .format(time=day + when.strftime("%H:%M"), why=promise.explanation), "ok")
        else:
            self.promise_label.setText(self.tr("Order {number} saved, not confirmed yet.").format(number=number))
            self.banner.show_message(self.tr("Confirm it from the order list when the customer has agreed."), "info")
        self.lines = []
        self._show_lines()
        self.order_saved.emit(oid)
        self.phone_edit.setFocus()
        return oid

    def print_ticket(self) -> None:
        if self.last_order_id is None:
            return
        try:
            if tickets.receipt_printer(self.ctx):
                tickets.print_ticket(self.ctx, self.last_order_id)
                self.banner.show_message(self.tr("The ticket went to the receipt printer."), "ok")
            else:
                from suite_plugins.orders import api

                number = api.get_order(self.ctx, self.last_order_id).number
                path = render_pdf(self.ctx, "orders.kitchen_ticket", {"order": number}, f"ticket-{number}")
                self.banner.show_message(self.tr("Ticket saved as {path}.").format(path=str(path)), "ok")
        except SuiteError as exc:
            self.banner.show_error(exc)

    def print_test_page(self) -> None:
        """A test page to every receipt printer set on this PC (kitchen, bar ...)."""
        try:
            sent = tickets.test_page(self.ctx)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return
        self.banner.show_message(self.tr("Test page sent to {printers}.").format(printers=", ".join(sent)), "ok")

    def clear(self) -> None:
        """Ready for the next call."""
        self.customer = self.panel = None
        self.editing = None
        self.change_reason.clear()
        self._show_edit_mode()
        self._chosen_phone = None
        self.lines = []
        self.phone_edit.clear()
        self.matches.clear()
        self.new_box.hide()
        self.customer_name.setText(self.tr("No customer yet"))
        self.promise_label.clear()  # the previous order's header is gone with its call
        self.banner.clear()
        self.customer_info.clear()
        self.facts_label.clear()
        self.last_orders.clear()
        self.address.clear()
        self.contact_phone.clear()
        self.table_no.clear()
        self.guests.setValue(0)
        self.notes.clear()
        self.asap.setChecked(True)
        now = self.ctx.local_now().replace(tzinfo=None) + dt.timedelta(hours=1)
        self.requested.setDateTime(QDateTime(now.replace(minute=0, second=0, microsecond=0)))
        self._show_lines()
        self._channel_changed()
        self.phone_edit.setFocus()
