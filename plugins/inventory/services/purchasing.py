"""Purchase orders and receipts with incoming inspection (进货查验).

PO states: draft -> sent -> partly received -> received, or cancelled (before it is fully
received). A receipt, against a PO or without one, records per line the batch, expiry,
quantity, cost and the inspection (arrival temperature against the item's storage,
packaging, sensory check, certificates) with a decision: accept, reject (the goods go back
to the supplier, nothing enters stock) or accept with a remark. Receipts and new POs are
refused from a supplier that is not qualified or is suspended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import NotFound, ValidationError
from suite.plugin_api.context import Context
from suite_plugins.inventory import permissions as P
from suite_plugins.inventory.models import (DECISIONS, Batch, Item, POLine, PurchaseOrder, Receipt, ReceiptLine)
from suite_plugins.inventory.services import stock
from suite_plugins.inventory.services.catalog import ARRIVAL_TEMP_RANGE, STORAGE_LABELS
from suite_plugins.inventory.services.common import (ZERO, check_unit, check_version, get_item, get_location, money_in, qty)
from suite_plugins.inventory.services.suppliers import require_usable
from suite.plugin_api.i18n import domain

T = domain("inventory")

STATUS_LABELS = {"draft": T("Draft"), "sent": T("Sent"), "partly_received": T("Partly received"),
                 "received": T("Received"), "cancelled": T("Cancelled")}
DECISION_LABELS = {"accept": T("Accepted"), "reject": T("Rejected"), "accept_remark": T("Accepted with remark")}
FOOD_KINDS = ("ingredient", "drink", "water_full")


@dataclass(frozen=True)
class POLineInput:
    item_id: int
    quantity: object
    unit_price: object = "0"
    unit: str | None = None


def _number(s, model, prefix: str, day: dt.date) -> str:
    stem = f"{prefix}{day:%Y%m%d}-"
    last = s.scalar(select(func.max(model.number)).where(model.number.like(stem + "%")))
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{seq:03d}"


def _po_lines(s, lines) -> list[POLine]:
    if not lines:
        raise ValidationError(fields={"lines": T("Add at least one line to the purchase order.")})
    out = []
    for n, line in enumerate(lines, 1):
        item = get_item(s, line.item_id)
        check_unit(item, line.unit)
        try:
            q = qty(line.quantity)
            price = money_in(line.unit_price, "unit_price")
        except ValidationError as exc:
            raise ValidationError(T("Line {n} ({name}): {error}", n=n, name=item.name, error=str(exc)),
                                  fields=exc.fields) from None
        out.append(POLine(item_id=item.id, quantity=q, unit_price=price))
    return out


def create_po(ctx: Context, supplier_id: int, lines: list[POLineInput], *, expected_on: dt.date | None = None,
              notes: str = "") -> int:
    ctx.require(P.PURCHASE)
    with ctx.unit_of_work() as s:
        require_usable(s, ctx, supplier_id, T("purchase order"))
        today = ctx.today()
        if expected_on is not None and expected_on < today:
            raise ValidationError(fields={"expected_on": T("The expected delivery date lies in the past.")})
        po = PurchaseOrder(number=_number(s, PurchaseOrder, "PO", today), supplier_id=supplier_id, status="draft",
                           ordered_on=today, expected_on=expected_on, notes=notes or "")
        po.lines = _po_lines(s, lines)
        s.add(po)
        s.flush()
        return po.id


def _po(s, po_id: int) -> PurchaseOrder:
    po = s.get(PurchaseOrder, po_id)
    if po is None:
        raise NotFound(T("That purchase order does not exist."))
    return po


def update_po(ctx: Context, po_id: int, lines: list[POLineInput], *, expected_version: int,
              expected_on: dt.date | None = None, notes: str | None = None) -> None:
    """Change a draft PO's lines (the PO and its lines are one aggregate)."""
    ctx.require(P.PURCHASE)
    with ctx.unit_of_work() as s:
        po = _po(s, po_id)
        check_version(po, expected_version)
        if po.status != "draft":
            raise ValidationError(T("Purchase order {number} was sent: its lines cannot change.", number=po.number))
        new = _po_lines(s, lines)
        po.lines.clear()
        s.flush()
        po.lines.extend(new)
        if expected_on is not None:
            po.expected_on = expected_on
        if notes is not None:
            po.notes = notes


def send_po(ctx: Context, po_id: int, *, expected_version: int) -> None:
    ctx.require(P.PURCHASE)
    with ctx.unit_of_work() as s:
        po = _po(s, po_id)
        check_version(po, expected_version)
        if po.status != "draft":
            raise ValidationError(T("Purchase order {number} is {state}: only a draft can be sent.",
                                    number=po.number, state=STATUS_LABELS[po.status]))
        require_usable(s, ctx, po.supplier_id, T("purchase order"))
        po.status, po.sent_at = "sent", ctx.now()


def cancel_po(ctx: Context, po_id: int, *, reason: str, expected_version: int) -> None:
    ctx.require(P.PURCHASE)
    reason = (reason or "").strip()
    with ctx.unit_of_work() as s:
        po = _po(s, po_id)
        check_version(po, expected_version)
        if po.status in ("received", "cancelled"):
            raise ValidationError(T("Purchase order {number} is {state}: it cannot be cancelled.",
                                    number=po.number, state=STATUS_LABELS[po.status]))
        if not reason:
            raise ValidationError(fields={"reason": T("Say why the purchase order is cancelled.")})
        po.status, po.cancel_reason = "cancelled", reason


@dataclass(frozen=True)
class POLineView:
    id: int
    item_id: int
    item_name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    received: Decimal


@dataclass(frozen=True)
class POView:
    id: int
    number: str
    supplier_id: int
    supplier_name: str
    status: str
    ordered_on: dt.date
    expected_on: dt.date | None
    notes: str
    version: int
    lines: tuple[POLineView, ...]

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])

    @property
    def total(self) -> Decimal:
        return sum(((l.quantity * l.unit_price).quantize(Decimal("0.01")) for l in self.lines), Decimal("0.00"))


def get_po(ctx: Context, po_id: int) -> POView:
    ctx.require(P.VIEW)
    from suite_plugins.inventory.models import Supplier

    with ctx.read() as s:
        po = _po(s, po_id)
        sup = s.get(Supplier, po.supplier_id)
        lines = []
        for l in po.lines:
            item = s.get(Item, l.item_id)
            lines.append(POLineView(l.id, l.item_id, item.name, item.unit, l.quantity, l.unit_price, l.received))
        return POView(po.id, po.number, po.supplier_id, sup.name, po.status, po.ordered_on, po.expected_on, po.notes,
                      po.version, tuple(lines))


# ---------------------------------------------------------------------------- receipts

@dataclass(frozen=True)
class ReceiptLineInput:
    item_id: int
    quantity: object
    unit_cost: object = "0"
    unit: str | None = None
    batch_code: str = ""
    production_date: dt.date | None = None
    expiry: dt.date | None = None
    arrival_temp: object = None
    packaging_ok: bool = True
    sensory_ok: bool = True
    certificates_ok: bool = True
    decision: str = "accept"
    remark: str = ""
    po_line_id: int | None = None


@dataclass(frozen=True)
class ReceiptInput:
    supplier_id: int
    location_id: int
    lines: list[ReceiptLineInput] = field(default_factory=list)
    po_id: int | None = None
    received_on: dt.date | None = None
    invoice_seen: bool = False
    certificates_seen: bool = False
    supplier_contact: str = ""
    notes: str = ""


#: a temperature outside these bounds is a typing mistake, not a measurement (°C)
PLAUSIBLE_TEMP = (Decimal("-60"), Decimal("80"))


def _temp(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        temp = Decimal(str(value)).quantize(Decimal("0.1"))
    except Exception:  # noqa: BLE001
        raise ValidationError(fields={"arrival_temp": T("Enter the arrival temperature as a number (°C).")}) from None
    if not PLAUSIBLE_TEMP[0] <= temp <= PLAUSIBLE_TEMP[1]:
        raise ValidationError(fields={"arrival_temp": T("{temp} °C cannot be a measured arrival temperature: enter "
                                                        "a value between {low} and {high} °C.", temp=temp,
                                                        low=PLAUSIBLE_TEMP[0], high=PLAUSIBLE_TEMP[1])})
    return temp


def inspection_problems(storage: str, temp, packaging_ok: bool = True, sensory_ok: bool = True,
                        certificates_ok: bool = True) -> list:
    """What the incoming inspection of one line found wrong: the arrival temperature against
    the item's storage condition (chilled 0-8 °C, frozen -18 °C or colder), damaged packaging,
    a failed sensory check, missing certificates. An empty list: all right."""
    problems = []
    low, high = ARRIVAL_TEMP_RANGE.get(storage, (None, None))
    if temp is not None and temp != "":
        temp = Decimal(str(temp)).quantize(Decimal("0.1"))
        if high is not None and temp > high:
            problems.append(T("arrived at {temp} °C, warmer than {limit} °C", temp=temp, limit=high))
        elif low is not None and temp < low:
            problems.append(T("arrived at {temp} °C, colder than {limit} °C", temp=temp, limit=low))
    if not packaging_ok:
        problems.append(T("packaging damaged"))
    if not sensory_ok:
        problems.append(T("sensory check failed"))
    if not certificates_ok:
        problems.append(T("certificates missing"))
    return problems


def _check_line(ctx, s, data: ReceiptInput | None, line: ReceiptLineInput, po: PurchaseOrder | None, received_on: dt.date):
    item = get_item(s, line.item_id)
    q = qty(line.quantity)
    check_unit(item, line.unit)
    cost = money_in(line.unit_cost, "unit_cost")
    if line.decision not in DECISIONS:
        raise ValidationError(fields={"decision": T("Choose accept, reject or accept with a remark.")})
    remark = (line.remark or "").strip()
    temp = _temp(line.arrival_temp)
    expiry = line.expiry
    if expiry is None and item.shelf_life_days and line.production_date is not None:
        expiry = line.production_date + dt.timedelta(days=item.shelf_life_days)
    if line.production_date is not None and line.production_date > received_on:
        raise ValidationError(fields={"production_date": T("{name}: the production date lies after the receipt "
                                                           "date.", name=item.name)})
    if expiry is not None and expiry < received_on:
        raise ValidationError(fields={"expiry": T("{name}: the expiry date {expiry} lies before the receipt date "
                                                  "{day}.", name=item.name, expiry=expiry.isoformat(),
                                                  day=received_on.isoformat())})
    accepted = line.decision != "reject"
    if accepted and item.perishable and expiry is None:
        raise ValidationError(fields={"expiry": T("{name} is perishable: enter its expiry date.", name=item.name)})
    if line.decision in ("reject", "accept_remark") and not remark:
        raise ValidationError(fields={"remark": T("{name}: say why the line is rejected or what was remarked.",
                                                  name=item.name)})
    if item.storage in ARRIVAL_TEMP_RANGE and temp is None and accepted:
        raise ValidationError(fields={"arrival_temp": T("{name} is {storage}: measure its temperature on "
                                                        "arrival.", name=item.name,
                                                        storage=STORAGE_LABELS[item.storage])})
    problems = inspection_problems(item.storage, temp, line.packaging_ok, line.sensory_ok, line.certificates_ok)
    if problems and line.decision == "accept":
        raise ValidationError(fields={"decision": T("{name}: {problems}. Reject the line or accept it with a remark.",
                                                    name=item.name, problems=", ".join(str(p) for p in problems))})
    po_line = None
    if line.po_line_id is not None:
        po_line = s.get(POLine, line.po_line_id)
        if po is None or po_line is None or po_line.po_id != po.id or po_line.item_id != item.id:
            raise ValidationError(fields={"po_line_id": T("{name} is not on that purchase order.", name=item.name)})
    elif po is not None:
        po_line = next((pl for pl in po.lines if pl.item_id == item.id), None)
    return item, q, cost, temp, expiry, remark, po_line


def check_line(ctx: Context, line: ReceiptLineInput, *, received_on: dt.date | None = None) -> None:
    """The checks of one receipt line, as the receipt will make them, without saving anything
    (the receipt form checks a line when it is added)."""
    ctx.require(P.STOCK)
    with ctx.read() as s:
        day = received_on or ctx.today()
        _check_line(ctx, s, None, line, None, day)


def receive(ctx: Context, data: ReceiptInput) -> int:
    """Record a delivery and its inspection; accepted lines enter stock as batches."""
    ctx.require(P.STOCK)
    with ctx.unit_of_work() as s:
        sup = require_usable(s, ctx, data.supplier_id, T("receipt"))
        location = get_location(s, data.location_id)
        today = ctx.today()
        received_on = data.received_on or today
        if received_on > today:
            raise ValidationError(fields={"received_on": T("The receipt date lies in the future.")})
        po = None
        if data.po_id is not None:
            po = _po(s, data.po_id)
            if po.supplier_id != sup.id:
                raise ValidationError(fields={"po_id": T("Purchase order {number} is not from {name}.",
                                                         number=po.number, name=sup.name)})
            if po.status not in ("sent", "partly_received"):
                raise ValidationError(fields={"po_id": T("Purchase order {number} is {state}: nothing can be "
                                                         "received against it.", number=po.number,
                                                         state=STATUS_LABELS[po.status])})
        if not data.lines:
            raise ValidationError(fields={"lines": T("Add at least one line to the receipt.")})
        checked = [_check_line(ctx, s, data, line, po, received_on) for line in data.lines]
        if sup.food and not data.certificates_seen and any(
                line.decision != "reject" and c[0].kind in FOOD_KINDS for line, c in zip(data.lines, checked)):
            raise ValidationError(fields={"certificates_seen": T("Check the supplier's licence, the product's "
                                                                 "inspection report and the invoice (索证索票) "
                                                                 "before accepting food.")})
        now = ctx.now()
        receipt = Receipt(number=_number(s, Receipt, "RC", received_on), supplier_id=sup.id,
                          po_id=po.id if po else None, location_id=location.id, received_on=received_on,
                          received_at=now, invoice_seen=data.invoice_seen, certificates_seen=data.certificates_seen,
                          inspector=ctx.user.display_name or ctx.user.username, inspector_staff_id=ctx.user.staff_id,
                          supplier_contact=(data.supplier_contact or sup.contact)[:60], notes=data.notes or "")
        if po is not None and po.expected_on is not None:
            receipt.on_time = received_on <= po.expected_on
        s.add(receipt)
        s.flush()
        moves = []
        for n, (line, (item, q, cost, temp, expiry, remark, po_line)) in enumerate(zip(data.lines, checked), 1):
            rl = ReceiptLine(item_id=item.id, po_line_id=po_line.id if po_line else None, quantity=q, unit_cost=cost,
                             batch_code=(line.batch_code or "").strip()[:40], production_date=line.production_date,
                             expiry=expiry, arrival_temp=temp, packaging_ok=line.packaging_ok,
                             sensory_ok=line.sensory_ok, certificates_ok=line.certificates_ok,
                             decision=line.decision, remark=remark)
            receipt.lines.append(rl)
            if line.decision == "reject":
                continue
            code = rl.batch_code or f"{receipt.number}-{n}"
            batch = s.scalar(select(Batch).where(Batch.item_id == item.id, Batch.code == code))
            if batch is not None and (batch.expiry != expiry or batch.supplier_id != sup.id):
                raise ValidationError(fields={"batch_code": T("{name}: batch {batch} is already in stock with "
                                                              "another supplier or expiry.", name=item.name,
                                                              batch=code)})
            if batch is None:
                batch = Batch(item_id=item.id, code=code, supplier_id=sup.id, receipt_id=receipt.id,
                              received_on=received_on, production_date=line.production_date, expiry=expiry,
                              unit_cost=cost)
                s.add(batch)
                s.flush()
            rl.batch_id = batch.id
            if po_line is not None:
                po_line.received = po_line.received + q
            moves.append(stock.post(s, ctx, kind="receipt", item=item, location=location, batch=batch, quantity=q,
                                    unit_cost=cost, receipt_id=receipt.id, reference=receipt.number,
                                    reason=remark))
        if po is not None:
            done = all(pl.received >= pl.quantity for pl in po.lines)
            po.status = "received" if done else "partly_received"
        s.flush()
        stock.emit_moves(ctx, moves)
        return receipt.id


@dataclass(frozen=True)
class ReceiptLineView:
    id: int
    item_id: int
    item_name: str
    unit: str
    quantity: Decimal
    unit_cost: Decimal
    batch_id: int | None
    batch_code: str
    production_date: dt.date | None
    expiry: dt.date | None
    arrival_temp: Decimal | None
    packaging_ok: bool
    sensory_ok: bool
    certificates_ok: bool
    decision: str
    remark: str
    storage: str = "ambient"

    @property
    def decision_label(self) -> str:
        return str(DECISION_LABELS[self.decision])

    @property
    def problems(self) -> list[str]:
        """What the incoming inspection found wrong with this line (empty: all right)."""
        return [str(p) for p in inspection_problems(self.storage, self.arrival_temp, self.packaging_ok,
                                                    self.sensory_ok, self.certificates_ok)]


@dataclass(frozen=True)
class ReceiptView:
    id: int
    number: str
    supplier_id: int
    supplier_name: str
    po_number: str
    location_name: str
    received_on: dt.date
    on_time: bool | None
    invoice_seen: bool
    certificates_seen: bool
    inspector: str
    version: int
    lines: tuple[ReceiptLineView, ...]


def get_receipt(ctx: Context, receipt_id: int) -> ReceiptView:
    ctx.require(P.VIEW)
    from suite_plugins.inventory.models import Location, Supplier

    masked = not ctx.can(P.COSTS)
    with ctx.read() as s:
        r = s.get(Receipt, receipt_id)
        if r is None:
            raise NotFound(T("That receipt does not exist."))
        sup, loc = s.get(Supplier, r.supplier_id), s.get(Location, r.location_id)
        po = s.get(PurchaseOrder, r.po_id) if r.po_id else None
        lines = []
        for l in r.lines:
            item = s.get(Item, l.item_id)
            b = s.get(Batch, l.batch_id) if l.batch_id else None
            lines.append(ReceiptLineView(l.id, l.item_id, item.name, item.unit, l.quantity,
                                         ZERO if masked else l.unit_cost, l.batch_id,
                                         b.code if b else l.batch_code, l.production_date, l.expiry, l.arrival_temp,
                                         l.packaging_ok, l.sensory_ok, l.certificates_ok, l.decision, l.remark,
                                         item.storage))
        return ReceiptView(r.id, r.number, r.supplier_id, sup.name, po.number if po else "", loc.name, r.received_on,
                           r.on_time, r.invoice_seen, r.certificates_seen, r.inspector, r.version, tuple(lines))


def open_pos(ctx: Context, supplier_id: int | None = None) -> list[tuple[int, str, int, str]]:
    """Purchase orders goods can still be received against: (id, number, supplier id, supplier)."""
    ctx.require(P.VIEW)
    from suite_plugins.inventory.models import Supplier

    with ctx.read() as s:
        stmt = (select(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.supplier_id, Supplier.name)
                .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
                .where(PurchaseOrder.status.in_(("sent", "partly_received"))).order_by(PurchaseOrder.number))
        if supplier_id is not None:
            stmt = stmt.where(PurchaseOrder.supplier_id == supplier_id)
        return [tuple(r) for r in s.execute(stmt)]
