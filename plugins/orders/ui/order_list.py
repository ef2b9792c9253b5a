"""The order list: every order (a lazy list, filtered and searched in SQL) and, beside it,
the chosen order in full (items, status history, edits, deliveries) with what can be done
to it next."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from suite.plugin_api import SuiteError
from suite.plugin_api.ui import DetailSplitter, LazyTable
from suite_plugins.orders.services import deliveries, lists, orders, queries, tickets
from suite_plugins.orders.services.common import METHOD_LABELS, STATUS_LABELS, label
from suite_plugins.orders.ui.common import Banner, money, open_standing_day, render_pdf
from suite_plugins.orders.ui.delivery import DeliveryForm


class OrderListPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ordersList")
        self.order_id: int | None = None
        self.view = None
        self.banner = Banner(self)
        self.table = LazyTable(ctx, lists.order_list(ctx), self)
        self.table.currentKeyChanged.connect(self.show_order)
        self.table.activated.connect(self.show_order)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("orderDetail")
        self.detail.setOpenLinks(False)
        self.confirm_button = QPushButton(self.tr("Confirm"), self)
        self.confirm_button.setObjectName("orderConfirm")
        self.confirm_button.clicked.connect(self.confirm)
        self.checkout_button = QPushButton(self.tr("Pay at the bar"), self)
        self.checkout_button.setObjectName("orderCheckout")
        self.checkout_button.clicked.connect(self.checkout)
        self.checkout_method = QComboBox(self)
        self.checkout_method.setObjectName("orderCheckoutMethod")
        for code, text in METHOD_LABELS.items():
            self.checkout_method.addItem(str(text), code)
        self.ticket_button = QPushButton(self.tr("Print ticket"), self)
        self.ticket_button.setObjectName("orderTicket")
        self.ticket_button.clicked.connect(self.print_ticket)
        self.edit_button = QPushButton(self.tr("Change at the desk"), self)
        self.edit_button.setObjectName("orderEdit")
        self.edit_button.clicked.connect(self.edit)
        self.complete_button = QPushButton(self.tr("Complete"), self)
        self.complete_button.setObjectName("orderComplete")
        self.complete_button.clicked.connect(self.complete)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("orderReason")
        self.reason.setPlaceholderText(self.tr("Reason (needed to cancel or adjust)"))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("orderAdjustAmount")
        self.amount.setPlaceholderText(self.tr("Adjustment, e.g. -5.00"))
        self.amount.setMaximumWidth(140)
        self.cancel_button = QPushButton(self.tr("Cancel order"), self)
        self.cancel_button.setObjectName("orderCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.adjust_button = QPushButton(self.tr("Record adjustment"), self)
        self.adjust_button.setObjectName("orderAdjust")
        self.adjust_button.clicked.connect(self.adjust)
        self.delivery = DeliveryForm(ctx, self.banner, self)
        self.delivery.delivered.connect(lambda _oid: self.reload())

        # the actions on short rows: the pane beside the list fits a 1366-pixel screen
        actions = QVBoxLayout()
        for group in ((self.confirm_button, self.edit_button, self.ticket_button),
                      (self.checkout_method, self.checkout_button, self.complete_button)):
            row = QHBoxLayout()
            for b in group:
                row.addWidget(b)
            row.addStretch(1)
            actions.addLayout(row)
        why = QVBoxLayout()
        line = QHBoxLayout()
        line.addWidget(self.reason, 1)
        line.addWidget(self.amount)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.adjust_button)
        buttons.addStretch(1)
        why.addLayout(line)
        why.addLayout(buttons)
        side = QWidget(self)
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.detail, 1)
        sv.addLayout(actions)
        sv.addLayout(why)
        sv.addWidget(self.delivery)
        # the order beside the list, collapsed while no order is chosen (the list has the room)
        splitter = self.splitter = DetailSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("ordersSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        open_standing_day(self.ctx, self.banner)
        self.show_order(None)

    # ------------------------------------------------------------------ showing

    def open_key(self, order_id) -> None:
        """Show an order (from the search, the dashboard or another plugin)."""
        self.table.set_filter("period", "")
        self.table.wait_idle()
        self.table.select_key(order_id)
        self.show_order(order_id)

    def refresh(self) -> None:
        open_standing_day(self.ctx, self.banner)
        self.table.refresh()
        self.show_order(self.order_id)

    def reload(self) -> None:
        current = self.order_id
        self.table.refresh()
        self.table.wait_idle()
        if current is not None:
            self.table.select_key(current)
        self.show_order(current)

    def show_order(self, order_id) -> None:
        self.order_id = order_id
        self.view = None
        if order_id is not None:
            try:
                self.view = queries.get_order(self.ctx, order_id)
            except SuiteError as exc:
                self.banner.show_error(exc)
        v = self.view
        self.splitter.set_detail_shown(v is not None)
        self.detail.setHtml(self._html(v) if v else f"<p>{escape(self.tr('Choose an order on the left.'))}</p>")
        status = v.status if v else ""
        table_order = bool(v) and v.channel in ("table", "walk_in")
        self.confirm_button.setEnabled(status == "new")
        self.checkout_button.setEnabled(table_order and status == "confirmed")
        self.checkout_method.setEnabled(table_order and status == "confirmed")
        self.ticket_button.setEnabled(bool(v))
        self.complete_button.setEnabled(status == "delivered")
        self.edit_button.setEnabled(status in ("new", "confirmed", "dispatched"))
        self.cancel_button.setEnabled(status in ("new", "confirmed", "dispatched"))
        self.adjust_button.setEnabled(status in ("delivered", "completed"))
        self.delivery.load(order_id if status == "dispatched" else None)

    def _html(self, v) -> str:
        ctx = self.ctx

        def t(value) -> str:
            return ctx.to_local(value).strftime("%Y-%m-%d %H:%M") if value else ""

        rows = [
            (self.tr("State"), f"<b>{escape(v.status_label)}</b>"),
            (self.tr("Channel"), escape(v.channel_label)),
            (self.tr("Customer"), escape(v.customer_name or "—")),
        ]
        if v.table_no:
            rows.append((self.tr("Table"), escape(f"{v.table_no} · {v.guests or 0}")))
        if v.address:
            rows.append((self.tr("Address"), escape(f"{v.address} ({v.area})")))
        if v.contact_phone:
            rows.append((self.tr("Phone"), escape(v.contact_phone)))
        rows += [
            (self.tr("Taken at"), t(v.created_at)),
            (self.tr("Requested"), t(v.requested_at) or self.tr("as soon as possible")),
            (self.tr("Promised"), t(v.promised_at)),
            (self.tr("Delivered at"), t(v.delivered_at) + (f" · <span style='color:#b3261e'>"
                                                            f"{escape(self.tr('{n} min late').format(n=v.late_minutes))}</span>"
                                                            if v.late_minutes and v.late_minutes > 0 else "")),
            (self.tr("Driver"), escape(f"{v.driver} {v.vehicle}".strip())),
            (self.tr("Why this driver"), escape(v.assign_reason)),
            (self.tr("Amount"), money(v.total_amount + v.adjustments)
             + (f" ({escape(self.tr('adjusted by'))} {money(v.adjustments)})" if v.adjustments else "")),
            (self.tr("Deposit due"), money(v.deposit_due)),
            (self.tr("Collected"), money(v.amount_collected) + (f" · {escape(v.method_label)}" if v.payment_method else "")),
            (self.tr("Notes"), escape(v.notes)),
        ]
        if v.cancel_reason:
            rows.append((self.tr("Cancelled because"), escape(v.cancel_reason)))
        head = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td><td>{val}</td></tr>"
                       for k, val in rows if val)
        items = "".join(f"<tr><td>{escape(i.name)}</td><td align=right>{i.quantity}</td>"
                        f"<td align=right>{money(i.unit_price)}</td><td align=right>{money(i.amount)}</td></tr>"
                        for i in v.items)
        history = "".join(f"<tr><td>{t(h.at)}</td><td>{escape(h.username)}</td>"
                          f"<td>{escape(label(STATUS_LABELS, h.from_status) if h.from_status else '')} → "
                          f"{escape(label(STATUS_LABELS, h.to_status))}</td><td>{escape(h.reason)}</td></tr>"
                          for h in v.history)
        changes = "".join(f"<tr><td>{t(c.at)}</td><td>{escape(c.username)}</td>"
                          f"<td>{escape(self.tr('Edit') if c.kind == 'edit' else self.tr('Adjustment'))}</td>"
                          f"<td>{escape('; '.join(f'{k}: {a} → {b}' for k, (a, b) in c.changes.items()))}</td>"
                          f"<td align=right>{money(c.amount_delta)}</td><td>{escape(c.reason)}</td></tr>"
                          for c in v.changes)
        drops = "".join(f"<tr><td>{t(d.attempt_at)}</td><td>{escape(queries.exception_label(d.exception)) if d.exception else '✓'}"
                        f"</td><td>{escape(d.signed_by)}</td><td align=right>{d.buckets_delivered}/{d.empties_collected}</td>"
                        f"<td align=right>{money(d.amount_collected)}</td><td>{escape(d.note)}</td></tr>"
                        for d in v.deliveries)
        html = [f"<h2>{escape(v.number)}</h2><table>{head}</table>",
                f"<h3>{escape(self.tr('Items'))}</h3><table width=100% border=0 cellspacing=2>{items}</table>",
                f"<h3>{escape(self.tr('History'))}</h3><table cellspacing=4>{history}</table>"]
        if changes:
            html.append(f"<h3>{escape(self.tr('Edits and adjustments'))}</h3><table cellspacing=4>{changes}</table>")
        if drops:
            html.append(f"<h3>{escape(self.tr('Delivery attempts'))}</h3><table cellspacing=4>{drops}</table>")
        return "".join(html)

    # ------------------------------------------------------------------ actions

    def _do(self, fn, *args, done: str = "") -> bool:
        if self.order_id is None:
            return False
        try:
            fn(self.ctx, self.order_id, *args)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        if done:
            self.banner.show_message(done, "ok")
        self.reload()
        return True

    def confirm(self) -> bool:
        if self.order_id is None:
            return False
        try:
            promise = orders.confirm_order(self.ctx, self.order_id)
        except SuiteError as exc:
            self.banner.show_error(exc)
            return False
        self.banner.show_message(self.tr("Confirmed: promised {time}.").format(
            time=self.ctx.to_local(promise.at).strftime("%m-%d %H:%M")), "ok")
        self.reload()
        return True

    def edit(self) -> bool:
        """Open the order at the desk to change it (the change is recorded with a reason)."""
        if self.order_id is None:
            return False
        if not self.ctx.open_page("orders.desk", ("edit", self.order_id)):
            self.banner.show_message(self.tr("Open the order desk (F2) to change this order."), "info")
            return False
        return True

    def cancel(self) -> bool:
        ok = self._do(orders.cancel_order, self.reason.text(), done=self.tr("The order was cancelled."))
        if ok:
            self.reason.clear()
        return ok

    def adjust(self) -> bool:
        ok = self._do(orders.adjust_order, self.amount.text(), self.reason.text(), done=self.tr("The adjustment was recorded."))
        if ok:
            self.reason.clear()
            self.amount.clear()
        return ok

    def checkout(self) -> bool:
        return self._do(deliveries.checkout, None, self.checkout_method.currentData(), "", done=self.tr("Paid at the bar."))

    def complete(self) -> bool:
        return self._do(orders.complete_order, done=self.tr("The order is completed."))

    def print_ticket(self) -> None:
        if self.view is None:
            return
        try:
            if tickets.receipt_printer(self.ctx):
                tickets.print_ticket(self.ctx, self.view.id)
                self.banner.show_message(self.tr("The ticket went to the receipt printer."), "ok")
            else:
                path = render_pdf(self.ctx, "orders.kitchen_ticket", {"order": self.view.number}, f"ticket-{self.view.number}")
                self.banner.show_message(self.tr("Ticket saved as {path}.").format(path=str(path)), "ok")
        except SuiteError as exc:
            self.banner.show_error(exc)
