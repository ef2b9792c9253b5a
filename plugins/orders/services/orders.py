"""Order entry, review, confirmation, edits, cancellation, completion and adjustments.

The workflow: new -> confirmed -> dispatched -> delivered -> completed; table and walk-in
orders skip dispatch (confirmed -> delivered at the bar's checkout). Any state before
delivered may be cancelled, with a reason. Every change of state goes into the status
history; an edit after confirmation is recorded field by field; a delivered order is never
edited, only corrected by a recorded adjustment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from suite.plugin_api import NotFound, ValidationError, check_version, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import (
    CHANNELS,
    DELIVERY_CHANNELS,
    ZERO,
    Order,
    OrderChange,
    OrderItem,
    Product,
)
from suite_plugins.orders.services import numbering
from suite_plugins.orders.services.common import (
    ADJUST,
    CANCEL,
    CREATE,
    VIEW,
    Joined,
    dumps,
    ensure_day_open,
    load_order,
    area_in,
    record_status,
    setting,
    settings_in,
    to_int,
    to_money,
    yuan,
)

T = domain("orders")

MAX_QUANTITY = 999
OPEN_STATES = ("new", "confirmed", "dispatched")
DONE_STATES = ("delivered", "completed")


# ---------------------------------------------------------------------------- inputs


@dataclass
class ItemInput:
    product_id: int
    quantity: int | str
    notes: str = ""


@dataclass
class OrderInput:
    channel: str = "phone"
    customer_id: int | None = None
    items: list[ItemInput] = field(default_factory=list)
    address: str = ""
    contact_phone: str = ""
    requested_at: dt.datetime | None = None  # aware, or naive office-local wall time
    notes: str = ""
    table_no: str = ""
    guests: int | str | None = None
    customer_name: str = ""  # walk-in or table guests without a customer record


@dataclass(frozen=True)
class Promise:
    """The delivery time told to the customer, and how it was reached."""

    at: dt.datetime
    reason: object  # a message: str() shows it in the current language

    @property
    def explanation(self) -> str:
        return str(self.reason)


@dataclass(frozen=True)
class ReviewResult:
    problems: tuple[str, ...]
    promise: Promise | None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Clean:
    channel: str
    customer_id: int | None
    customer_name: str
    address: str
    area_id: int | None
    contact_phone: str
    requested_at: dt.datetime | None
    notes: str
    table_no: str
    guests: int | None
    lines: tuple[tuple[Product, int, str], ...]


# ---------------------------------------------------------------------------- validation


def _validate(ctx: Context, s, data: OrderInput, *, for_update: Order | None = None) -> _Clean:
    errors: dict[str, object] = {}
    channel = (data.channel or "").strip()
    if channel not in CHANNELS:
        errors["channel"] = T("Choose a channel: phone, website, app, walk-in or table.")
    delivery = channel in DELIVERY_CHANNELS
    customer = None
    if data.customer_id is not None:
        customer = core.get_customers(ctx, [data.customer_id]).get(data.customer_id)
        if customer is None or customer.archived:
            errors["customer_id"] = T("That customer no longer exists.")
    elif delivery:
        errors["customer_id"] = T("A delivery order needs a customer: look one up by phone or create one.")
    customer_name = (data.customer_name or (customer.name if customer else "")).strip()[:120]

    # contact phone: typed, or the customer's own
    contact_phone = ""
    raw_phone = (data.contact_phone or "").strip()
    if raw_phone:
        try:
            contact_phone = core.normalise_phone(raw_phone)
        except ValidationError as exc:
            errors["contact_phone"] = exc.message
    elif customer is not None and delivery:
        contact_phone = _customer_phone(s, customer.id)
    if delivery and not contact_phone and "contact_phone" not in errors:
        errors["contact_phone"] = T("Enter a contact phone for the driver.")

    # address and its area
    address = (data.address or "").strip()
    area_id = None
    if delivery:
        if not address and customer is not None:
            address = _customer_address(s, customer.id)
        if not address:
            errors["address"] = T("Enter the delivery address.")
        elif len(address) > 300:
            errors["address"] = T("An address has at most {n} characters.", n=300)
        else:
            area = core.resolve_area(ctx, address)
            if area is None:
                errors["address"] = T("\u201c{address}\u201d lies outside every delivery area. Check the address, "
                                      "or ask the manager to add the street to an area.", address=address)
            else:
                area_id = area.id

    # requested time
    requested = data.requested_at
    if requested is not None:
        if requested.tzinfo is None:
            requested = ctx.local_to_utc(requested)
        grace = dt.timedelta(minutes=int(setting(ctx, "requested_grace_minutes")))
        unchanged = for_update is not None and for_update.requested_at == requested
        if requested < ctx.now() - grace and not unchanged:
            errors["requested_at"] = T("The requested time {time} has already passed.",
                                       time=ctx.to_local(requested).strftime("%Y-%m-%d %H:%M"))
        elif requested > ctx.now() + dt.timedelta(days=60):
            errors["requested_at"] = T("The requested time is more than 60 days ahead.")

    # table orders
    table_no = (data.table_no or "").strip()[:20]
    guests = None
    if channel == "table":
        if not table_no:
            errors["table_no"] = T("Enter the table number.")
        try:
            guests = to_int(data.guests, "guests") if data.guests not in (None, "") else None
            if guests is None or not 1 <= guests <= 200:
                errors["guests"] = T("Enter the number of guests (1 to 200).")
        except ValidationError as exc:
            errors.update(exc.fields)

    # items
    lines: list[tuple[Product, int, str]] = []
    if not data.items:
        errors["items"] = T("An order needs at least one item.")
    else:
        ids = [i.product_id for i in data.items]
        products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(ids)))} if ids else {}
        problems = []
        for n, item in enumerate(data.items, 1):
            product = products.get(item.product_id)
            if product is None:
                problems.append(T("Line {n}: unknown product (no. {id}).", n=n, id=item.product_id))
                continue
            try:
                qty = to_int(item.quantity, "items")
            except ValidationError:
                problems.append(T("Line {n}: \u201c{q}\u201d is not a quantity.", n=n, q=item.quantity))
                continue
            if qty <= 0:
                problems.append(T("Line {n}: the quantity of {name} must be greater than zero.", n=n, name=product.name))
                continue
            if qty > MAX_QUANTITY:
                problems.append(T("Line {n}: {q} of {name} is more than one order can hold ({max}).", n=n, q=qty,
                                  name=product.name, max=MAX_QUANTITY))
                continue
            if not product.active:
                problems.append(T("Line {n}: {name} is no longer sold.", n=n, name=product.name))
                continue
            lines.append((product, qty, (item.notes or "").strip()[:200]))
        if problems:
            errors["items"] = problems[0] if len(problems) == 1 else Joined(problems)
    if errors:
        raise ValidationError(fields=errors)
    return _Clean(channel, customer.id if customer else None, customer_name, address if delivery else "",
                  area_id, contact_phone, requested, (data.notes or "").strip(), table_no, guests, tuple(lines))


def _customer_phone(s, customer_id: int) -> str:
    phones = s.execute(select(core.CustomerPhone.phone, core.CustomerPhone.is_primary)
                       .where(core.CustomerPhone.customer_id == customer_id)
                       .order_by(core.CustomerPhone.is_primary.desc(), core.CustomerPhone.id)).first()
    return phones[0] if phones else ""


def _customer_address(s, customer_id: int) -> str:
    row = s.execute(select(core.CustomerAddress.address)
                    .where(core.CustomerAddress.customer_id == customer_id)
                    .order_by(core.CustomerAddress.is_default.desc(), core.CustomerAddress.id)).first()
    return row[0] if row else ""


def _buckets_held(s, customer_id: int | None) -> int:
    if customer_id is None:
        return 0
    from suite_plugins.orders.models import DepositEntry

    return int(s.scalar(select(func.coalesce(func.sum(DepositEntry.buckets), 0))
                        .where(DepositEntry.customer_id == customer_id)) or 0)


def _apply(s, order: Order, clean: _Clean) -> None:
    """Write the cleaned input onto the order and rebuild its lines and amounts."""
    order.channel, order.customer_id, order.customer_name = clean.channel, clean.customer_id, clean.customer_name
    order.address, order.area_id, order.contact_phone = clean.address, clean.area_id, clean.contact_phone
    order.requested_at, order.notes, order.table_no, order.guests = clean.requested_at, clean.notes, clean.table_no, clean.guests
    order.items = [
        OrderItem(product_id=p.id, name=p.name, unit=p.unit, quantity=q, unit_price=p.price, amount=p.price * q,
                  returnable=p.returnable, deposit=p.deposit, notes=notes)
        for p, q, notes in clean.lines
    ]
    order.total_amount = sum((p.price * q for p, q, _ in clean.lines), ZERO)
    buckets = sum(q for p, q, _ in clean.lines if p.returnable)
    order.buckets = buckets
    order.empties_expected = min(buckets, max(0, _buckets_held(s, clean.customer_id)))
    # the deposit for the containers the customer keeps on top of those swapped
    new = buckets - order.empties_expected
    deposit = ZERO
    for p, q, _ in clean.lines:
        if p.returnable and new > 0:
            take = min(q, new)
            deposit += p.deposit * take
            new -= take
    order.deposit_due = deposit


# ---------------------------------------------------------------------------- create / edit


def create_order(ctx: Context, data: OrderInput) -> int:
    """Take an order (state *new*); returns its id. The number is given now."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        clean = _validate(ctx, s, data)
        day = ctx.today()
        ensure_day_open(s, ctx, day)
        seq = numbering.next_seq(s, day)
        order = Order(number=numbering.format_number(day, seq), day=day, seq=seq, status="new",
                      clerk_staff_id=ctx.user.staff_id)
        _apply(s, order, clean)
        s.add(order)
        s.flush()
        record_status(s, ctx, order.id, "", "new")
        return order.id


def update_order(ctx: Context, order_id: int, data: OrderInput, *, expected_version: int,
                 reason: str = "") -> None:
    """Change an order before delivery. After confirmation the change is recorded (field,
    old, new, who, when, why). Delivered orders are corrected with :func:`adjust_order`."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        order = load_order(s, order_id)
        check_version(order, expected_version)
        if order.status in DONE_STATES:
            raise ValidationError(T("Order {number} has been delivered: it cannot be edited. "
                                    "Record an adjustment instead.", number=order.number))
        if order.status == "cancelled":
            raise ValidationError(T("Order {number} is cancelled: it cannot be edited.", number=order.number))
        ensure_day_open(s, ctx)
        mask = core.pii(ctx)
        if mask.masked:  # the masked values the user was shown come back unchanged: keep what is stored
            data = dataclasses.replace(
                data,
                address=order.address if data.address == mask.address(order.address) else data.address,
                contact_phone=(order.contact_phone if data.contact_phone == mask.phone(order.contact_phone)
                               else data.contact_phone))
        before = _snapshot(order)
        clean = _validate(ctx, s, data, for_update=order)
        if order.status != "new" and clean.channel != order.channel and (
                (clean.channel in DELIVERY_CHANNELS) != (order.channel in DELIVERY_CHANNELS)):
            raise ValidationError(fields={"channel": T("After confirmation a delivery cannot become a table "
                                                       "order or the other way round: cancel and re-enter it.")})
        _apply(s, order, clean)
        after = _snapshot(order)
        changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        if not changes:
            return
        if order.status != "new":
            if order.status == "confirmed" and ("area_id" in changes or "requested_at" in changes):
                promise = _promise(ctx, s, order)
                order.promised_at = promise.at
                changes["promised_at"] = [before["promised_at"], promise.at.isoformat()]
            if "area_id" in changes and order.driver_staff_id is not None and order.status == "confirmed":
                order.driver_staff_id = order.vehicle_id = order.stop_seq = None
                order.assign_reason = ""
            s.add(OrderChange(order_id=order.id, at=ctx.now(), user_id=ctx.user.id, username=ctx.user.username,
                              kind="edit", changes=dumps(changes),
                              amount_delta=Decimal(after["total_amount"]) - Decimal(before["total_amount"]),
                              reason=(reason or "").strip()))
        s.flush()


def _snapshot(order: Order) -> dict:
    items = ", ".join(f"{i.name}×{i.quantity}" for i in order.items)
    return {
        "channel": order.channel, "customer_id": order.customer_id, "address": order.address,
        "area_id": order.area_id, "contact_phone": order.contact_phone,
        "requested_at": order.requested_at.isoformat() if order.requested_at else None,
        "promised_at": order.promised_at.isoformat() if order.promised_at else None,
        "notes": order.notes, "table_no": order.table_no, "guests": order.guests, "items": items,
        "total_amount": str(order.total_amount), "deposit_due": str(order.deposit_due),
    }


def _get_for_update(s, order_id: int, expected_version: int | None = None) -> Order:
    return load_order(s, order_id, expected_version)


# ---------------------------------------------------------------------------- review / confirm


def _promise(ctx: Context, s, order: Order) -> Promise:
    """Promised time: the requested time, but no earlier than what that day's plan gives:
    the departure of the vehicle (the crew's of the day, else the vehicle's usual one, when
    still ahead; otherwise the next departure within ``dispatch_every_minutes``), the stops already before it on the route of the driver
    the area goes to (and the area's orders not planned yet), then the area's travel time.
    Orders of other days do not count."""
    now = ctx.now()
    requested = order.requested_at
    settings = settings_in(ctx, s)
    if order.channel not in DELIVERY_CHANNELS:
        minutes = int(settings["kitchen_minutes"])
        earliest = now + dt.timedelta(minutes=minutes)
        explanation = T("kitchen {m} min", m=minutes)
    else:
        area = area_in(s, order.area_id)
        travel = area.travel_minutes if area else int(settings["default_travel_minutes"])
        from suite_plugins.orders.services.dispatch import queue_for

        day = ctx.to_local(requested).date() if requested else ctx.today()
        queue = queue_for(ctx, s, max(day, ctx.today()), order.area_id, order.id)
        ahead = queue.stops_before + queue.waiting_in_area
        per_stop = int(settings["minutes_per_stop"])
        every = int(settings["dispatch_every_minutes"])
        leaves = None
        if queue.departure:
            hour, minute = (int(x) for x in queue.departure.split(":"))
            leaves = ctx.local_to_utc(dt.datetime.combine(queue.day, dt.time(hour, minute)))
        area_name = area.name if area else ""
        if leaves is not None and leaves > now:
            # the vehicle has not left yet: the route starts at its departure
            earliest = leaves + dt.timedelta(minutes=travel + ahead * per_stop)
            explanation = T("{driver}'s route on {day}: vehicle {plate} leaves at {time} + {stops} stop(s) before it "
                            "× {per} min + {area} {travel} min", driver=queue.driver, day=queue.day.isoformat(),
                            plate=queue.plate or "-", time=queue.departure, stops=ahead, per=per_stop,
                            area=area_name, travel=travel)
        else:
            earliest = now + dt.timedelta(minutes=every + travel + ahead * per_stop)
            if queue.driver_staff_id is None:
                explanation = T("no driver has a vehicle on {day} yet: next departure within {wait} min + {stops} "
                                "order(s) of the area before it × {per} min + {area} {travel} min",
                                day=queue.day.isoformat(), wait=every, stops=ahead, per=per_stop, area=area_name,
                                travel=travel)
            else:
                explanation = T("{driver}'s route on {day}: next departure within {wait} min + {stops} stop(s) "
                                "before it × {per} min + {area} {travel} min", driver=queue.driver,
                                day=queue.day.isoformat(), wait=every, stops=ahead, per=per_stop, area=area_name,
                                travel=travel)
    at = max(requested, earliest) if requested else earliest
    # round up to the next five minutes, in office time
    local = ctx.to_local(at)
    extra = (5 - local.minute % 5) % 5
    local = (local + dt.timedelta(minutes=extra)).replace(second=0, microsecond=0)
    if requested and at == requested:
        explanation = T("as requested")
    return Promise(local.astimezone(dt.timezone.utc), explanation)


def _problems(ctx: Context, s, order: Order) -> list[str]:
    problems: list[object] = []
    if order.channel in DELIVERY_CHANNELS:
        area = area_in(s, order.area_id)
        if area is None or area.archived:
            resolved = core.resolve_area(ctx, order.address)
            if resolved is None:
                problems.append(T("The address \u201c{address}\u201d lies outside every delivery area.",
                                  address=core.pii(ctx).address(order.address)))
            else:
                order.area_id = resolved.id
    # the lines with their product's state and code, in one query (column tuples)
    items = s.execute(select(OrderItem.product_id, OrderItem.name, OrderItem.unit, OrderItem.quantity, Product.active,
                             Product.code).outerjoin(Product, Product.id == OrderItem.product_id)
                      .where(OrderItem.order_id == order.id).order_by(OrderItem.id)).all()
    if not items:
        problems.append(T("The order has no items."))
    for item in items:
        if not item.active:
            problems.append(T("{name} is no longer sold.", name=item.name))
        if item.quantity <= 0:
            problems.append(T("The quantity of {name} must be greater than zero.", name=item.name))
    # stock, when an inventory plugin answers
    lines = [{"product_id": i.product_id, "code": i.code, "name": i.name, "unit": i.unit,
              "quantity": i.quantity} for i in items]
    for answer in ctx.ask("suite_orders_check_stock", items=lines):
        for shortage in answer or []:
            if isinstance(shortage, dict):
                problems.append(shortage.get("message") or T("Not enough {name} in stock (available: {available}).",
                                                              name=shortage.get("name", ""),
                                                              available=shortage.get("available", 0)))
            else:
                problems.append(shortage)
    return [str(p) for p in problems]


def review_order(ctx: Context, order_id: int) -> ReviewResult:
    """What stands in the way of confirming (unknown area, products no longer sold, zero
    quantities, too little stock) and the delivery time that would be promised."""
    ctx.require(VIEW)
    with ctx.read() as s:
        order = s.get(Order, order_id)
        if order is None:
            raise NotFound(T("That order no longer exists."))
        problems = _problems(ctx, s, order)
        promise = _promise(ctx, s, order) if not problems else None
        s.rollback()
        return ReviewResult(tuple(problems), promise)


def confirm_order(ctx: Context, order_id: int, *, expected_version: int | None = None) -> Promise:
    """Review and confirm: returns the promised time for the clerk to tell the customer."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        order = _get_for_update(s, order_id, expected_version)
        if order.status != "new":
            raise ValidationError(T("Order {number} is already {state}: it cannot be confirmed again.",
                                    number=order.number, state=_state(order.status)))
        ensure_day_open(s, ctx)
        problems = _problems(ctx, s, order)
        if problems:
            raise ValidationError(T("Order {number} cannot be confirmed: {problems}", number=order.number,
                                    problems="; ".join(problems)), fields={"review": "; ".join(problems)})
        promise = _promise(ctx, s, order)
        order.status, order.confirmed_at, order.promised_at = "confirmed", ctx.now(), promise.at
        s.flush()
        record_status(s, ctx, order.id, "new", "confirmed", promise.reason)
        ctx.emit("suite_order_did_confirm", order_id=order.id)
        return promise


def _state(code: str) -> str:
    from suite_plugins.orders.services.common import STATUS_LABELS

    return str(STATUS_LABELS.get(code, code))


def cancel_order(ctx: Context, order_id: int, reason: str, *, expected_version: int | None = None) -> None:
    ctx.require(CANCEL)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(fields={"reason": T("Say why the order is cancelled.")})
    with ctx.unit_of_work() as s:
        order = _get_for_update(s, order_id, expected_version)
        if order.status not in OPEN_STATES:
            raise ValidationError(T("Order {number} is {state}: only orders not yet delivered can be cancelled.",
                                    number=order.number, state=_state(order.status)))
        ensure_day_open(s, ctx)
        old = order.status
        order.status, order.cancelled_at, order.cancel_reason = "cancelled", ctx.now(), reason
        order.stop_seq = None
        s.flush()
        record_status(s, ctx, order.id, old, "cancelled", reason)
        ctx.emit("suite_order_did_cancel", order_id=order.id)


def complete_order(ctx: Context, order_id: int, note: str = "") -> None:
    """Delivered -> completed (settled). The daily close completes the day's delivered
    orders; this completes one earlier."""
    ctx.require(CREATE)
    with ctx.unit_of_work() as s:
        order = _get_for_update(s, order_id)
        complete_loaded(ctx, s, order, note)


def complete_loaded(ctx: Context, s, order: Order, note: object = "") -> None:
    if order.status != "delivered":
        raise ValidationError(T("Order {number} is {state}: only delivered orders can be completed.",
                                number=order.number, state=_state(order.status)))
    order.status, order.completed_at = "completed", ctx.now()
    s.flush()
    record_status(s, ctx, order.id, "delivered", "completed", note)
    ctx.emit("suite_order_did_complete", order_id=order.id)


def adjust_order(ctx: Context, order_id: int, amount_delta: Decimal | str, reason: str) -> None:
    """Correct a delivered order (a price agreed afterwards, a refund): recorded, never an
    edit of the order itself."""
    ctx.require(ADJUST)
    reason = (reason or "").strip()
    errors = {}
    delta = Decimal(0)
    try:
        delta = to_money(amount_delta, "amount_delta")
        if delta == 0:
            errors["amount_delta"] = T("An adjustment changes the amount: enter a non-zero amount.")
    except ValidationError as exc:
        errors.update(exc.fields)
    if not reason:
        errors["reason"] = T("Say why the order is adjusted.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work() as s:
        order = _get_for_update(s, order_id)
        if order.status == "cancelled":
            raise ValidationError(T("Order {number} is cancelled: it can be neither changed nor adjusted. "
                                    "Enter a new order if the customer still wants it.", number=order.number))
        if order.status not in DONE_STATES:
            raise ValidationError(T("Order {number} is not delivered yet: edit it instead of adjusting it.",
                                    number=order.number))
        ensure_day_open(s, ctx)
        if order.total_amount + order.adjustments + delta < 0:
            raise ValidationError(fields={"amount_delta": T("The adjustment would make the order's amount negative.")})
        order.adjustments = order.adjustments + delta
        s.add(OrderChange(order_id=order.id, at=ctx.now(), user_id=ctx.user.id, username=ctx.user.username,
                          kind="adjustment", changes=dumps({"adjustments": [str(order.adjustments - delta), str(order.adjustments)]}),
                          amount_delta=delta, reason=reason))
        s.flush()


# ---------------------------------------------------------------------------- the desk's customer panel


@dataclass(frozen=True)
class CustomerPanel:
    """What the clerk sees when a phone number is typed."""

    customer: object  # core CustomerView
    buckets_held: int
    deposit_held: Decimal
    last_orders: tuple  # OrderRef
    facts: tuple[tuple[str, str, str], ...]  # (label, value, level) from other plugins


def customer_panel(ctx: Context, customer_id: int) -> CustomerPanel:
    ctx.require(VIEW)
    from suite_plugins.orders.services import deposits, queries

    customer = core.get_customer(ctx, customer_id)
    bal = deposits.balance(ctx, customer_id)
    last = tuple(queries.recent_refs(ctx, customer_id, 5))
    facts: list[tuple[str, str, str]] = []
    for answer in ctx.ask("suite_customer_facts", customer_id=customer_id):
        for fact in answer or []:
            label_, value, *rest = fact
            facts.append((str(label_), str(value), str(rest[0]) if rest else "normal"))
    return CustomerPanel(customer, bal.buckets_held, bal.deposit_held, last, tuple(facts))


def lookup_phone(ctx: Context, text: str, limit: int = 8) -> list:
    """Customers whose phone starts with the digits typed, or, when only letters or Chinese
    characters are typed, whose name matches (its pinyin too: ``zhw`` finds 张伟). Digits
    mixed with letters are refused."""
    ctx.require(VIEW)
    stripped = (text or "").strip()
    letters = any(ch.isalpha() for ch in stripped)
    if letters and any(ch.isdigit() for ch in stripped):
        raise ValidationError(fields={"phone": T("A phone number has no letters: \u201c{value}\u201d.", value=stripped)})
    if letters:
        return core.search_customers(ctx, stripped, limit=limit)
    return core.find_by_phone(ctx, stripped, limit=limit)


def repeat_last_order(ctx: Context, customer_id: int) -> OrderInput | None:
    """The customer's last order as a new input (Enter at the desk): same channel, address,
    items still sold; None when there is nothing to repeat."""
    ctx.require(VIEW)
    with ctx.read() as s:
        order = s.scalar(select(Order).where(Order.customer_id == customer_id, Order.status != "cancelled")
                         .order_by(Order.created_at.desc(), Order.id.desc()).limit(1))
        if order is None:
            return None
        active = set(s.scalars(select(Product.id).where(Product.id.in_([i.product_id for i in order.items]),
                                                        Product.active.is_(True))))
        items = [ItemInput(i.product_id, i.quantity, i.notes) for i in order.items if i.product_id in active]
        if not items:
            return None
        mask = core.pii(ctx)
        # without customers.view_pii the input carries no address or phone: the new order takes
        # the customer's own (the service fills them in), and nothing personal leaves here
        return OrderInput(channel=order.channel, customer_id=customer_id, items=items,
                          address=order.address if mask.visible else "",
                          contact_phone=order.contact_phone if mask.visible else "", notes="",
                          table_no=order.table_no, guests=order.guests)


def create_customer_inline(ctx: Context, name: str, phone: str, address: str, *, notes: str = "") -> int:
    """A new customer typed at the desk (the phone that was not found, a name, an address)."""
    ctx.require(CREATE)
    errors = {}
    try:
        core.normalise_phone(phone)
    except ValidationError as exc:
        errors["phone"] = exc.message
    if address and core.resolve_area(ctx, address) is None:
        errors["address"] = T("\u201c{address}\u201d lies outside every delivery area.", address=address)
    if errors:
        raise ValidationError(fields=errors)
    return core.create_customer(ctx, core.CustomerInput(name, phones=[phone], addresses=[address] if address else [],
                                                        notes=notes))


def amount_due(order: Order) -> Decimal:
    """What the driver or the bar collects: goods, adjustments and container deposit."""
    return order.total_amount + order.adjustments + order.deposit_due


__all__ = [
    "ItemInput", "OrderInput", "Promise", "ReviewResult", "CustomerPanel", "create_order", "update_order",
    "review_order", "confirm_order", "cancel_order", "complete_order", "adjust_order", "customer_panel",
    "lookup_phone", "repeat_last_order", "create_customer_inline", "amount_due", "yuan",
]
