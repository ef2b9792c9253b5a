"""Stock balances, the moves ledger and the bucket reconciliation."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from suite.plugin_api.lists import format_money
from suite.plugin_api.ui import run_in_worker
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.services import buckets, catalog, queries, stock
from suite_plugins.inventory.ui.common import FormDialog, ListPage, esc


def _items(ctx):
    return [(i.id, f"{i.code} {i.name} ({i.unit})") for i in catalog.items(ctx)]


def _locations(ctx):
    return [(l.id, l.name) for l in catalog.locations(ctx)]


class BalancesPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Stock balances"), queries.balance_list(ctx), parent, detail=False)
        can = ctx.can(P.STOCK)
        self.add_button("issue", self.tr("Issue…"), self.issue, can)
        self.add_button("transfer", self.tr("Transfer…"), self.transfer, can)
        self.add_button("writeOff", self.tr("Write off…"), self.write_off, can)
        self.value = QLabel(self)
        self.value.setObjectName("stockValue")
        self.buttons.insertWidget(0, self.value)
        self._value()

    def _value(self) -> None:
        """The stock value is summed off the GUI thread: the list paints first."""
        run_in_worker(self, lambda _job: queries.stock_value(self.ctx), show_progress=False, cancellable=False,
                      on_result=self._show_value)

    def _show_value(self, v) -> None:
        self.value.setText(self.tr("Stock value: {v}").replace("{v}", format_money(v)) if v is not None else "")

    def issue(self) -> FormDialog:
        d = FormDialog(self.tr("Issue stock (first expiry first out)"), self)
        d.combo("item", self.tr("Item"), _items(self.ctx))
        d.combo("location", self.tr("From"), _locations(self.ctx))
        d.line("quantity", self.tr("Quantity"))
        d.line("ticket", self.tr("Order or ticket (bar)"))
        d.line("reason", self.tr("Reason"))
        d.on_ok(lambda: stock.issue(self.ctx, item_id=d.value("item"), location_id=d.value("location"),
                                    quantity=d.value("quantity"), ticket=d.value("ticket"), reason=d.value("reason")))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d

    def transfer(self) -> FormDialog:
        d = FormDialog(self.tr("Transfer stock"), self)
        d.combo("item", self.tr("Item"), _items(self.ctx))
        d.combo("source", self.tr("From"), _locations(self.ctx))
        d.combo("target", self.tr("To"), _locations(self.ctx))
        d.line("quantity", self.tr("Quantity"))
        d.on_ok(lambda: stock.transfer(self.ctx, item_id=d.value("item"), from_location_id=d.value("source"),
                                       to_location_id=d.value("target"), quantity=d.value("quantity")))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d

    def write_off(self) -> FormDialog:
        from suite_plugins.inventory import api

        d = FormDialog(self.tr("Write off waste or spoilage"), self)
        d.combo("batch", self.tr("Batch"), [(b.id, f"{b.code} {b.item_name}") for b in api.search_batches(self.ctx, "",
                                                                                                        200)])
        d.combo("location", self.tr("At"), _locations(self.ctx))
        d.line("quantity", self.tr("Quantity"))
        d.line("reason", self.tr("Reason"))
        d.on_ok(lambda: stock.write_off(self.ctx, batch_id=d.value("batch"), location_id=d.value("location"),
                                        quantity=d.value("quantity"), reason=d.value("reason")))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d

    def refresh(self) -> None:
        super().refresh()
        self._value()


class MovesPage(ListPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, self.tr("Stock moves (the ledger)"), queries.move_list(ctx), parent, detail=False)
        self.add_button("reverse", self.tr("Reverse the selected move…"), self.reverse, ctx.can(P.STOCK))
        note = QLabel(self.tr("A move is never edited or deleted: a wrong one is reversed by a counter-move."), self)
        note.setWordWrap(True)
        self.layout().insertWidget(1, note)

    def reverse(self) -> FormDialog | None:
        key = self.table.current_key()
        if key is None:
            return None
        d = FormDialog(self.tr("Reverse move {id}").replace("{id}", str(key)), self)
        d.line("reason", self.tr("Reason"))
        d.on_ok(lambda: stock.reverse(self.ctx, key, reason=d.value("reason")))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d


class BucketsPage(QWidget):
    """Full and empty buckets per depot and van, plus those held by customers, against the
    buckets the shop owns."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_error = ""
        title = QLabel(self.tr("Bucket reconciliation"), self)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.body = QLabel(self)
        self.body.setObjectName("reconciliation")
        self.body.setWordWrap(True)
        self.owned_button = QPushButton(self.tr("Buckets owned…"), self)
        self.owned_button.setObjectName("setOwned")
        self.owned_button.setEnabled(ctx.can(P.MANAGE))
        self.owned_button.clicked.connect(lambda: self.set_owned())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.body)
        row = QHBoxLayout()
        row.addWidget(self.owned_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        r = buckets.reconciliation(self.ctx)
        self.data = r
        rows = "".join(f"<tr><td>{esc(x.location)}</td><td align='right'>{x.full}</td>"
                       f"<td align='right'>{x.empty}</td><td align='right'>{x.full + x.empty}</td></tr>"
                       for x in r.rows)
        held = self.tr("not available") if r.held_by_customers is None else str(r.held_by_customers)
        owned = self.tr("not entered") if r.owned is None else str(r.owned)
        diff = r.difference
        colour = "#0d652d" if diff == 0 else "#a50e0e"
        diff_text = "—" if diff is None else (f"{diff:+d}" if diff else "0")
        self.body.setText(
            f"<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse'>"
            f"<tr><th>{esc(self.tr('Location'))}</th><th>{esc(self.tr('Full'))}</th><th>{esc(self.tr('Empty'))}</th>"
            f"<th>{esc(self.tr('Buckets'))}</th></tr>{rows}"
            f"<tr><td><b>{esc(self.tr('In stock'))}</b></td><td align='right'><b>{r.full}</b></td>"
            f"<td align='right'><b>{r.empty}</b></td><td align='right'><b>{r.full + r.empty}</b></td></tr></table>"
            f"<p>{esc(self.tr('Held by customers on deposit'))}: <b>{held}</b><br>"
            f"{esc(self.tr('Accounted for'))}: <b>{r.accounted}</b><br>"
            f"{esc(self.tr('Buckets owned'))}: <b>{owned}</b><br>"
            f"{esc(self.tr('Difference'))}: <b style='color:{colour}'>{diff_text}</b></p>")

    def set_owned(self) -> FormDialog:
        d = FormDialog(self.tr("Buckets owned"), self)
        d.line("owned", self.tr("Buckets owned"), "" if self.data.owned is None else str(self.data.owned))
        d.on_ok(lambda: buckets.set_owned(self.ctx, d.value("owned")))
        d.accepted.connect(self.refresh)
        d.open()
        self.dialog = d
        return d

