"""Receipts with their inspection, purchase orders, reorder suggestions."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QPushButton, QHBoxLayout

from suite.plugin_api.lists import format_money
from suite.plugin_api.ui import open_report_dialog
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.services import purchasing, queries, reorder, stock
from suite_plugins.inventory.ui.common import FormDialog, ListPage, confirm, esc, run, shortcut_new
from suite.plugin_api.i18n import domain

T = domain("inventory")


def _yes(parent, value) -> str:
    return esc(T("yes") if value else T("no"))


def _message(page) -> QLabel:
    label = QLabel(page)
    label.setObjectName("message")
    label.setWordWrap(True)
    page.layout().insertWidget(1, label)
    label.hide()
    return label


def _say(label: QLabel, text: str, colour: str = "#0d652d") -> None:
    label.setStyleSheet(f"color: {colour};")
    label.setText(text)
    label.setVisible(bool(text))


class ReceiptsPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Receipts and incoming inspection"), queries.receipt_list(ctx), parent)
        self.new_button = self.add_button("newReceipt", self.tr("Receive a delivery… (Ctrl+N)"), self.new,
                                          ctx.can(P.STOCK))
        self.add_button("ledger", self.tr("Inspection ledger…"),
                        lambda: open_report_dialog(ctx, "inventory.inspection_ledger", self))
        self.message = _message(self)
        if ctx.can(P.STOCK):
            shortcut_new(self, self.new)

    def new(self, po_id: int | None = None):
        from suite_plugins.inventory.ui.receiving import ReceiptDialog

        d = ReceiptDialog(self.ctx, self, po_id=po_id)
        d.accepted.connect(lambda: self.received(d.result_value))
        d.open()
        self.dialog = d
        return d

    def received(self, receipt_id) -> None:
        r = purchasing.get_receipt(self.ctx, receipt_id)
        back = [l for l in r.lines if l.decision == "reject"]
        text = self.tr("Receipt {number} recorded: {n} line(s) into stock.").replace("{number}", r.number).replace(
            "{n}", str(len(r.lines) - len(back)))
        if back:
            text += " " + self.tr("Going back to {supplier}: {lines}.").replace("{supplier}", r.supplier_name).replace(
                "{lines}", ", ".join(f"{l.item_name} {stock.fmt_qty(l.quantity)} {l.unit}" for l in back))
        _say(self.message, text, "#8a4b00" if back else "#0d652d")
        self.table.refresh()
        self.open_key(receipt_id)

    def render(self, key) -> str:
        r = purchasing.get_receipt(self.ctx, key)
        lines = "".join(
            f"<tr><td>{esc(l.item_name)}</td><td>{esc(l.batch_code)}</td><td>{esc(l.expiry or '—')}</td>"
            f"<td align='right'>{esc(stock.fmt_qty(l.quantity))} {esc(l.unit)}</td>"
            f"<td>{esc(l.arrival_temp if l.arrival_temp is not None else '—')}</td>"
            f"<td style='color:{'#8a4b00' if l.problems else '#0d652d'}'>"
            f"{esc(', '.join(l.problems) or self.tr('all right'))}</td>"
            f"<td style='color:{'#a50e0e' if l.decision == 'reject' else '#0d652d'}'>{esc(l.decision_label)}</td>"
            f"<td>{esc(l.remark)}</td></tr>" for l in r.lines)
        return (f"<h3>{esc(r.number)}</h3><p>{esc(r.supplier_name)} · {esc(r.received_on)} · {esc(r.location_name)}"
                f"<br>{esc(self.tr('Against PO'))}: {esc(r.po_number or '—')} · {esc(self.tr('On time'))}: "
                f"{'—' if r.on_time is None else _yes(self, r.on_time)}<br>"
                f"{esc(self.tr('Certificates seen (索证索票)'))}: {_yes(self, r.certificates_seen)} · "
                f"{esc(self.tr('Invoice seen'))}: {_yes(self, r.invoice_seen)} · {esc(self.tr('Inspector'))}: "
                f"{esc(r.inspector)}</p><table cellpadding='2' border='1' style='border-collapse:collapse'>"
                f"<tr><th>{esc(self.tr('Item'))}</th><th>{esc(self.tr('Batch'))}</th><th>{esc(self.tr('Expiry'))}</th>"
                f"<th>{esc(self.tr('Quantity'))}</th><th>°C</th><th>{esc(self.tr('Inspection'))}</th>"
                f"<th>{esc(self.tr('Decision'))}</th>"
                f"<th>{esc(self.tr('Remark'))}</th></tr>{lines}</table>")


class PurchaseOrdersPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Purchase orders"), queries.po_list(ctx), parent)
        buy, store = ctx.can(P.PURCHASE), ctx.can(P.STOCK)
        self.new_button = self.add_button("newPo", self.tr("New… (Ctrl+N)"), self.new, buy)
        self.edit_button = self.add_button("editPo", self.tr("Change draft…"), self.edit, buy)
        self.send_button = self.add_button("send", self.tr("Send"), self.send, buy)
        self.receive_button = self.add_button("receivePo", self.tr("Receive against it…"), self.receive, store)
        self.cancel_button = self.add_button("cancelPo", self.tr("Cancel the order…"), self.cancel, buy)
        self.add_button("print", self.tr("Print…"), lambda: open_report_dialog(ctx, "inventory.purchase_order", self))
        self.message = _message(self)
        if buy:
            shortcut_new(self, self.new)

    def render(self, key) -> str:
        po = purchasing.get_po(self.ctx, key)
        self.po = po
        lines = "".join(f"<tr><td>{esc(l.item_name)}</td><td align='right'>{esc(stock.fmt_qty(l.quantity))} "
                        f"{esc(l.unit)}</td><td align='right'>{esc(format_money(l.unit_price))}</td>"
                        f"<td align='right'>{esc(stock.fmt_qty(l.received))}</td></tr>" for l in po.lines)
        return (f"<h3>{esc(po.number)} · {esc(po.status_label)}</h3><p>{esc(po.supplier_name)}<br>"
                f"{esc(self.tr('Ordered'))} {esc(po.ordered_on)} · {esc(self.tr('Expected delivery'))} "
                f"{esc(po.expected_on or '—')}</p><table cellpadding='2' border='1' style='border-collapse:collapse'>"
                f"<tr><th>{esc(self.tr('Item'))}</th><th>{esc(self.tr('Quantity'))}</th><th>{esc(self.tr('Price'))}</th>"
                f"<th>{esc(self.tr('Received'))}</th></tr>{lines}</table><p>{esc(self.tr('Total'))}: "
                f"<b>{esc(format_money(po.total))}</b></p>")

    def new(self):
        from suite_plugins.inventory.ui.receiving import PurchaseOrderDialog

        d = PurchaseOrderDialog(self.ctx, self)
        d.accepted.connect(lambda: self._saved(d.result_value))
        d.open()
        self.dialog = d
        return d

    def edit(self):
        from suite_plugins.inventory.ui.receiving import PurchaseOrderDialog

        key = self.table.current_key()
        if key is None:
            return None
        po = purchasing.get_po(self.ctx, key)
        if po.status != "draft":
            _say(self.message, self.tr("Only a draft can be changed: {number} is {state}.").replace(
                "{number}", po.number).replace("{state}", po.status_label), "#a50e0e")
            return None
        d = PurchaseOrderDialog(self.ctx, self, po_id=key)
        d.accepted.connect(lambda: self._saved(key))
        d.open()
        self.dialog = d
        return d

    def _saved(self, po_id) -> None:
        _say(self.message, self.tr("Purchase order {number} saved as a draft.").replace(
            "{number}", purchasing.get_po(self.ctx, po_id).number))
        self.table.refresh()
        self.open_key(po_id)

    def send(self) -> None:
        key = self.table.current_key()
        if key is None:
            return
        po = purchasing.get_po(self.ctx, key)
        self.last_error = ""
        run(self, purchasing.send_po, self.ctx, key, expected_version=po.version)
        if self.last_error:
            return
        _say(self.message, self.tr("Purchase order {number} is sent.").replace("{number}", po.number))
        self.refresh()

    def receive(self):
        """The receipt form, filled in with what the selected order still awaits."""
        from suite_plugins.inventory.ui.receiving import ReceiptDialog

        key = self.table.current_key()
        if key is None:
            return None
        d = ReceiptDialog(self.ctx, self, po_id=key)
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d

    def cancel(self):
        key = self.table.current_key()
        if key is None:
            return None
        po = purchasing.get_po(self.ctx, key)
        d = FormDialog(self.tr("Cancel purchase order {number}: it cannot be undone").replace("{number}", po.number),
                       self)
        d.line("reason", self.tr("Reason"))
        d.on_ok(lambda: purchasing.cancel_po(self.ctx, key, reason=d.value("reason"), expected_version=po.version))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d


class ReorderPage(QWidget):
    """Items below their reorder point, grouped by preferred supplier; one click makes the
    draft purchase orders."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_error = ""
        title = QLabel(self.tr("Reorder suggestions"), self)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.make = QPushButton(self.tr("Create draft purchase orders"), self)
        self.make.setObjectName("createDrafts")
        self.make.setEnabled(ctx.can(P.PURCHASE))
        self.make.clicked.connect(lambda: self.create())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.make)
        self.body = QLabel(self)
        self.body.setObjectName("suggestions")
        self.body.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.body)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        sugs = reorder.suggestions(self.ctx)
        self.suggestions = sugs
        self.make.setEnabled(self.ctx.can(P.PURCHASE) and bool(sugs))
        if not sugs:
            coming = reorder.covered(self.ctx)
            if not coming:
                self.body.setText(self.tr("Nothing is below its reorder point."))
                return
            self.body.setText(f"<p>{esc(self.tr('Nothing to buy: open purchase orders bring these items back to their reorder point.'))}</p>"
                              + self._table(coming))
            return
        self.body.setText(self._table(sugs))

    def _table(self, sugs) -> str:
        out, group = [], None
        for s in sugs:
            if s.supplier_name != group:
                group = s.supplier_name
                out.append(f"<tr><td colspan='5' style='background:#e8eaed'><b>"
                           f"{esc(group or self.tr('No preferred supplier'))}</b></td></tr>")
            out.append(f"<tr><td>{esc(s.item_code)} {esc(s.item_name)}</td><td align='right'>{esc(stock.fmt_qty(s.available))}</td>"
                       f"<td align='right'>{esc(stock.fmt_qty(s.on_order))}</td>"
                       f"<td align='right'>{esc(stock.fmt_qty(s.reorder_point))}</td>"
                       f"<td align='right'><b>{esc(stock.fmt_qty(s.quantity)) + ' ' + esc(s.unit) if s.quantity else '—'}</b></td></tr>")
        return (f"<table cellpadding='3' border='1' style='border-collapse:collapse'><tr>"
                f"<th>{esc(self.tr('Item'))}</th><th>{esc(self.tr('Usable'))}</th><th>{esc(self.tr('On order'))}</th>"
                f"<th>{esc(self.tr('Reorder point'))}</th><th>{esc(self.tr('To buy'))}</th></tr>{''.join(out)}</table>")

    def create(self):
        result = run(self, reorder.create_drafts, self.ctx)
        if result is None:
            return None
        lines = [self.tr("{n} draft purchase orders made.").replace("{n}", str(len(result.po_ids)))]
        lines += [f"{name}: {reason}" for name, reason in result.refused]
        if result.without_supplier:
            lines.append(self.tr("Without a preferred supplier: {names}").replace("{names}", ", ".join(result.without_supplier)))
        self.result.setText("\n".join(lines))
        self.refresh()
        return result
