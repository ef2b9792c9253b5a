"""Batches and traceability: from a batch to its receipt, supplier, inspection, every move
and the orders that used it; the recall."""

from __future__ import annotations

from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.services import queries, stock, trace
from suite_plugins.inventory.ui.common import FormDialog, ListPage, esc


class BatchesPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Batches and traceability"), queries.batch_list(ctx), parent)
        self.recall_button = self.add_button("recall", self.tr("Recall (block) the batch…"), self.recall,
                                             ctx.can(P.MANAGE))

    def render(self, key) -> str:
        t = trace.batch_trace(self.ctx, key)
        self.trace = t
        head = [(self.tr("Item"), t.item_name), (self.tr("Supplier"),
                                                   f"<a href='page:inventory.suppliers/{t.supplier_id}'>"
                                                   f"{esc(t.supplier_name)}</a>" if t.supplier_id else "—"),
                (self.tr("Receipt"), esc(t.receipt_number) or "—"), (self.tr("Received"), esc(t.received_on or "—")),
                (self.tr("Expiry"), esc(t.expiry or "—")), (self.tr("Inspection"), esc(t.inspection) or "—")]
        status = (f"<p style='color:#a50e0e'><b>{esc(self.tr('Blocked'))}</b>: {esc(t.block_reason)}</p>"
                  if t.blocked else "")
        moves = "".join(
            f"<tr><td>{esc(self.ctx.to_local(m.at).strftime('%m-%d %H:%M'))}</td><td>{esc(queries.MOVE_LABELS[m.kind])}</td>"
            f"<td>{esc(m.location)}</td><td align='right'>{esc(stock.fmt_qty(m.quantity))}</td>"
            f"<td>{self._order(m.order_id)}{esc(m.reference)}</td></tr>" for m in t.moves)
        orders = ", ".join(self._order(o) for o in t.order_ids) or "—"
        on_hand = "; ".join(f"{esc(loc)} {esc(stock.fmt_qty(q))} {esc(t.unit)}" for loc, q in t.on_hand) or "0"
        body = "".join(f"<tr><td>{esc(a)}</td><td>{b}</td></tr>" for a, b in head)
        return (f"<h3>{esc(t.code)}</h3>{status}<table cellpadding='2'>{body}</table>"
                f"<p><b>{esc(self.tr('Where it is'))}</b>: {on_hand}<br>"
                f"<b>{esc(self.tr('Orders that used it'))}</b>: {orders}</p>"
                f"<table cellpadding='2' border='1' style='border-collapse:collapse'>"
                f"<tr><th>{esc(self.tr('When'))}</th><th>{esc(self.tr('Move'))}</th><th>{esc(self.tr('Location'))}</th>"
                f"<th>{esc(self.tr('Quantity'))}</th><th>{esc(self.tr('For'))}</th></tr>{moves}</table>")

    def _order(self, order_id) -> str:
        if order_id is None:
            return ""
        return f"<a href='page:orders.list/{order_id}'>#{order_id}</a> "

    def recall(self) -> FormDialog | None:
        key = self.table.current_key()
        if key is None:
            return None
        version = trace.batch_trace(self.ctx, key).version
        d = FormDialog(self.tr("Recall the batch: nothing more of it is issued"), self)
        d.line("reason", self.tr("Reason"))
        d.on_ok(lambda: trace.recall(self.ctx, key, reason=d.value("reason"), expected_version=version))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d
