"""The entry forms of purchasing: receiving a delivery with its incoming inspection (进货查验)
and a purchase order. Each is a header form and a lines editor; the service checks everything
again when the document is saved, in one transaction."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout

from suite.plugin_api import ValidationError
from suite.plugin_api.i18n import domain
from suite.plugin_api.lists import format_money
from suite.plugin_api.ui import FormField, RecordForm
from suite_plugins.inventory.services import catalog, purchasing, stock, suppliers
from suite_plugins.inventory.ui.common import LinesEditor, esc

T = domain("inventory")

DANGER, WARNING = "#a50e0e", "#8a4b00"


def item_choices(ctx) -> list[tuple[int, str]]:
    return [(i.id, f"{i.code} {i.name} ({i.unit})") for i in catalog.items(ctx)]


def supplier_choices(ctx) -> list[tuple[int, str]]:
    return [(v.id, v.name) for v in suppliers.suppliers(ctx)]


def location_choices(ctx) -> list[tuple[int, str]]:
    return [(l.id, l.name) for l in catalog.locations(ctx)]


def item_hint(item) -> str:
    """What the storekeeper should know about an item while typing its line."""
    if item is None:
        return ""
    parts = [str(T("Counted in {unit}", unit=item.unit)), str(catalog.STORAGE_LABELS[item.storage])]
    low, high = catalog.ARRIVAL_TEMP_RANGE.get(item.storage, (None, None))
    if low is not None and high is not None:
        parts.append(str(T("arrival {low} to {high} °C: measure it", low=low, high=high)))
    elif high is not None:
        parts.append(str(T("arrival at most {t} °C", t=high)))
    parts.append(str(T("perishable: expiry date needed")) if item.shelf_life_days else str(T("no expiry needed")))
    return " · ".join(parts)


class _DocumentDialog(QDialog):
    """A header form over a lines editor; Ctrl+S saves the document, Esc closes."""

    def __init__(self, ctx, parent, title: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(str(title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.result_value = None
        self.items = {i.id: i for i in catalog.items(ctx)}

    def _finish(self, header: RecordForm, lines: LinesEditor, side=None) -> None:
        header.save_button.setDefault(False)
        header.save_button.setAutoDefault(False)
        header.saved.connect(lambda _key: self.accept())
        header.cancelled.connect(self.reject)
        top = QHBoxLayout()
        left = QVBoxLayout()
        if side is not None:
            left.addWidget(side)
        left.addWidget(header, 1)
        top.addLayout(left, 2)
        top.addWidget(lines, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WindowShortcut)
        save.activated.connect(header.save)
        for sc in header.findChildren(QShortcut):
            if sc.key() == QKeySequence(QKeySequence.StandardKey.Save):
                sc.setEnabled(False)
        lines.form.editor("item_id").currentIndexChanged.connect(lambda _i: self._item_changed())
        lines.after_clear = self._item_changed
        self._item_changed()

    def _item_changed(self) -> None:
        item = self.items.get(self.lines.form.editor("item_id").currentData())
        self.lines.hint.setText(item_hint(item))

    def _flush_lines(self) -> None:
        if not self.lines.flush():
            raise ValidationError(T("The line being typed is not right: see beside its fields, or clear it."))


class ReceiptDialog(_DocumentDialog):
    """Receiving a delivery: the supplier (refused at once when not qualified), the purchase
    order it answers, where it goes, the certificates and invoice seen (索证索票); per line the
    batch, expiry, quantity, cost and the inspection with the decision. Rejected lines go
    back to the supplier: they are recorded, nothing of them enters stock."""

    def __init__(self, ctx, parent=None, *, po_id: int | None = None) -> None:
        super().__init__(ctx, parent, T("Receive a delivery (incoming inspection)"))
        self.setObjectName("receiptDialog")
        self.pos = purchasing.open_pos(ctx)
        self.header = RecordForm([
            FormField("supplier_id", T("Supplier"), "combo", required=True, choices=supplier_choices(ctx)),
            FormField("po_id", T("Against purchase order"), "combo",
                      choices=[(p[0], f"{p[1]} · {p[3]}") for p in self.pos]),
            FormField("location_id", T("Into"), "combo", required=True, choices=location_choices(ctx)),
            FormField("received_on", T("Received on"), "date", required=True),
            FormField("supplier_contact", T("Delivered by"), max_length=60,
                      placeholder=T("the supplier's contact (as on the delivery note)")),
            FormField("certificates_seen", T("Licences and product inspection report seen (索证)"), "check"),
            FormField("invoice_seen", T("Invoice or delivery note seen (索票)"), "check"),
            FormField("notes", T("Notes"), "text"),
        ], save=self._save, parent=self)
        self.header.save_button.setText(str(T("Record the receipt (Ctrl+S)")))
        self.header.set_values({"received_on": ctx.today()})
        self.supplier_state = QLabel(self)
        self.supplier_state.setObjectName("supplierState")
        self.supplier_state.setWordWrap(True)
        self.supplier_state.setTextFormat(Qt.TextFormat.RichText)
        self.lines = LinesEditor([
            FormField("item_id", T("Item"), "combo", required=True, choices=item_choices(ctx)),
            FormField("batch_code", T("Batch no."), max_length=40, placeholder=T("as printed on the package")),
            FormField("production_date", T("Production date"), "date"),
            FormField("expiry", T("Expiry date"), "date"),
            FormField("quantity", T("Quantity"), "decimal", required=True, places=3,
                      validate=lambda v: T("The quantity must be greater than zero.") if v is not None and v <= 0
                      else None),
            FormField("unit_cost", T("Unit cost"), "money", minimum=0),
            FormField("arrival_temp", T("Temperature on arrival (°C)"), "decimal", places=1, minimum=-60, maximum=80),
            FormField("packaging_ok", T("Packaging intact"), "check", default=True),
            FormField("sensory_ok", T("Sensory check passed (look, smell)"), "check", default=True),
            FormField("certificates_ok", T("Certificates of this product seen"), "check", default=True),
            FormField("decision", T("Decision"), "combo", required=True, default="accept",
                      choices=list(purchasing.DECISION_LABELS.items())),
            FormField("remark", T("Remark"), max_length=200,
                      placeholder=T("why it is rejected, or what was remarked")),
        ], [T("Item"), T("Batch"), T("Expiry"), T("Quantity"), T("Cost"), "°C", T("Inspection"), T("Decision")],
            self._cells, self, check=self._check, blank=self._blank)
        self._finish(self.header, self.lines, self.supplier_state)
        self.header.editor("supplier_id").currentIndexChanged.connect(lambda _i: self.show_supplier())
        self.header.editor("po_id").currentIndexChanged.connect(lambda _i: self.po_chosen())
        if po_id is not None:
            self.header.set_values({"po_id": po_id})
            self.po_chosen()
        self.show_supplier()
        self.resize(1180, 720)

    @staticmethod
    def _blank() -> dict:
        return {"packaging_ok": True, "sensory_ok": True, "certificates_ok": True, "decision": "accept",
                "batch_code": "", "remark": "", "quantity": None, "unit_cost": None, "arrival_temp": None,
                "expiry": None, "production_date": None}

    def _cells(self, v: dict) -> list[str]:
        item = self.items.get(v["item_id"])
        checks = [str(p) for p in purchasing.inspection_problems(
            item.storage if item else "ambient", v.get("arrival_temp"), v.get("packaging_ok", True),
            v.get("sensory_ok", True), v.get("certificates_ok", True))]
        return [f"{item.code} {item.name}" if item else "?", v.get("batch_code") or "",
                v["expiry"].isoformat() if v.get("expiry") else "—",
                f"{stock.fmt_qty(v['quantity'])} {item.unit if item else ''}",
                format_money(v["unit_cost"]) if v.get("unit_cost") is not None else "",
                "" if v.get("arrival_temp") is None else str(v["arrival_temp"]),
                ", ".join(checks) or str(T("all right")),
                str(purchasing.DECISION_LABELS[v["decision"]]) + (f": {v['remark']}" if v.get("remark") else "")]

    def _line_input(self, v: dict) -> purchasing.ReceiptLineInput:
        return purchasing.ReceiptLineInput(**{k: v.get(k) for k in (
            "item_id", "quantity", "unit_cost", "batch_code", "production_date", "expiry", "arrival_temp",
            "packaging_ok", "sensory_ok", "certificates_ok", "decision", "remark")})

    def _check(self, v: dict) -> None:
        purchasing.check_line(self.ctx, self._line_input(v), received_on=self.header._raw(self.header.rows["received_on"]))

    def show_supplier(self) -> None:
        sid = self.header.editor("supplier_id").currentData()
        if sid is None:
            self.supplier_state.setText("")
            return
        v = suppliers.get_supplier(self.ctx, sid)
        if v.suspended:
            text = (f"<b style='color:{DANGER}'>{esc(T('{name} is suspended: {reason}', name=v.name, reason=v.suspend_reason))}"
                    f"</b><br>{esc(T('A receipt from this supplier is refused.'))}")
        elif not v.qualification.qualified:
            text = (f"<b style='color:{DANGER}'>{esc(T('{name} is not qualified:', name=v.name))}</b> "
                    f"{esc(' '.join(v.qualification.reasons))}<br>{esc(T('A receipt from this supplier is refused.'))}")
        else:
            text = f"<span style='color:#0d652d'>{esc(T('{name} is qualified.', name=v.name))}</span>"
        text += "".join(f"<br><span style='color:{WARNING}'>{esc(w)}</span>" for w in v.qualification.warnings)
        self.supplier_state.setText(text)
        self.qualified = not v.suspended and v.qualification.qualified

    def po_chosen(self) -> None:
        """Choosing the purchase order sets the supplier and, on an empty receipt, types its
        outstanding lines (the batch and expiry are then filled in line by line)."""
        po_id = self.header.editor("po_id").currentData()
        if po_id is None:
            return
        po = purchasing.get_po(self.ctx, po_id)
        self.header.set_values({"supplier_id": po.supplier_id})
        if not self.lines.lines:
            self.lines.set_lines([{**self._blank(), "item_id": l.item_id, "quantity": l.quantity - l.received,
                                   "unit_cost": l.unit_price} for l in po.lines if l.quantity > l.received])
        self.show_supplier()

    def _save(self, _key, v: dict, _version):
        self._flush_lines()
        data = purchasing.ReceiptInput(
            v["supplier_id"], v["location_id"], [self._line_input(line) for line in self.lines.lines],
            po_id=v["po_id"], received_on=v["received_on"], invoice_seen=v["invoice_seen"],
            certificates_seen=v["certificates_seen"], supplier_contact=v["supplier_contact"], notes=v["notes"])
        self.result_value = purchasing.receive(self.ctx, data)
        return self.result_value


class PurchaseOrderDialog(_DocumentDialog):
    """A new purchase order, or a draft's changes: the supplier, the expected delivery date and
    the lines (item, quantity, price; the price starts at the item's standard cost)."""

    def __init__(self, ctx, parent=None, *, po_id: int | None = None) -> None:
        super().__init__(ctx, parent, T("Change the draft purchase order") if po_id else T("New purchase order"))
        self.setObjectName("poDialog")
        self.po_id = po_id
        self.header = RecordForm([
            FormField("supplier_id", T("Supplier"), "combo", required=True, choices=supplier_choices(ctx)),
            FormField("expected_on", T("Expected delivery"), "date"),
            FormField("notes", T("Notes"), "text"),
        ], save=self._save, parent=self)
        self.header.save_button.setText(str(T("Save the draft (Ctrl+S)")))
        self.lines = LinesEditor([
            FormField("item_id", T("Item"), "combo", required=True, choices=item_choices(ctx)),
            FormField("quantity", T("Quantity"), "decimal", required=True, places=3,
                      validate=lambda v: T("The quantity must be greater than zero.") if v is not None and v <= 0
                      else None),
            FormField("unit_price", T("Unit price"), "money", minimum=0),
        ], [T("Item"), T("Quantity"), T("Price"), T("Amount")], self._cells, self,
            blank=lambda: {"quantity": None, "unit_price": None})
        self._finish(self.header, self.lines)
        if po_id is not None:
            po = purchasing.get_po(ctx, po_id)
            self.header.set_values({"supplier_id": po.supplier_id, "expected_on": po.expected_on, "notes": po.notes},
                                   po.version)
            self.header.editor("supplier_id").setEnabled(False)
            self.lines.set_lines([{"item_id": l.item_id, "quantity": l.quantity, "unit_price": l.unit_price}
                                  for l in po.lines])
        self.resize(960, 560)

    def _item_changed(self) -> None:
        super()._item_changed()
        item = self.items.get(self.lines.form.editor("item_id").currentData())
        price = self.lines.form.editor("unit_price")
        if item is not None and price.text().strip() in ("", getattr(self, "_auto_price", "")):
            self._auto_price = f"{item.standard_cost:.2f}"       # typed prices are kept
            price.setText(self._auto_price)

    def _cells(self, v: dict) -> list[str]:
        item = self.items.get(v["item_id"])
        price = v.get("unit_price") or Decimal("0")
        return [f"{item.code} {item.name}" if item else "?", f"{stock.fmt_qty(v['quantity'])} {item.unit if item else ''}",
                format_money(price), format_money((v["quantity"] * price).quantize(Decimal("0.01")))]

    def _save(self, _key, v: dict, version):
        self._flush_lines()
        lines = [purchasing.POLineInput(l["item_id"], l["quantity"], l.get("unit_price")) for l in self.lines.lines]
        if self.po_id is None:
            self.po_id = purchasing.create_po(self.ctx, v["supplier_id"], lines, expected_on=v["expected_on"],
                                              notes=v["notes"])
        else:
            purchasing.update_po(self.ctx, self.po_id, lines, expected_version=version, expected_on=v["expected_on"],
                                 notes=v["notes"])
        self.result_value = self.po_id
        return self.po_id
