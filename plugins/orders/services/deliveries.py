"""Delivery confirmation (客户签收, 回收空桶) and the bar's checkout of table orders.

A delivery records when, who signed, buckets delivered, empties collected, the money taken
and how, and any exception. Customer absent or refused: nothing changes hands and the order
goes back to *confirmed* for another run. Lateness is measured against the promised time.
Buckets and deposits go to the customer's ledger in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal


from suite.plugin_api import ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders.models import DELIVERY_CHANNELS, EXCEPTIONS, PAYMENT_METHODS, ZERO, Delivery, Order, OrderChange
from suite_plugins.orders.services import deposits
from suite_plugins.orders.services.common import (
    CHECKOUT,
    DELIVER,
    EXCEPTION_LABELS,
    dumps,
    ensure_day_open,
    load_order,
    local_day,
    record_status,
    to_int,
    to_money,
)
from suite_plugins.orders.services.orders import _state, complete_loaded

T = domain("orders")


@dataclass
class DeliveryInput:
    signed_by: str = ""
    buckets_delivered: int | str | None = None   # default: every bucket ordered
    empties_collected: int | str = 0
    damaged_buckets: int | str = 0
    amount_collected: Decimal | str | None = None  # default: what is due for what was delivered
    payment_method: str = "cash"
    exception: str = ""   # "", absent, refused, damaged
    note: str = ""
    delivered_at: dt.datetime | None = None  # default: now
    deposit_collected: Decimal | str | None = None  # default: deposit for the buckets kept


@dataclass(frozen=True)
class DeliveryResult:
    delivery_id: int
    delivered: bool
    late_minutes: int | None
    amount_collected: Decimal
    deposit_collected: Decimal
    buckets_held_after: int


def _returnable_price_and_deposit(order: Order) -> tuple[Decimal, Decimal]:
    for item in order.items:
        if item.returnable:
            return item.unit_price, item.deposit
    return ZERO, ZERO


def confirm_delivery(ctx: Context, order_id: int, data: DeliveryInput) -> DeliveryResult:
    ctx.require(DELIVER)
    exception = (data.exception or "").strip()
    errors: dict[str, object] = {}
    if exception not in EXCEPTIONS:
        errors["exception"] = T("Choose an exception: customer absent, refused or damaged.")
    method = (data.payment_method or "").strip()
    when = data.delivered_at
    if when is not None and when.tzinfo is None:
        when = ctx.local_to_utc(when)
    when = when or ctx.now()
    if when > ctx.now() + dt.timedelta(minutes=1):
        errors["delivered_at"] = T("The delivery time lies in the future.")
    note = (data.note or "").strip()
    with ctx.unit_of_work() as s:
        order = load_order(s, order_id)
        if order.channel not in DELIVERY_CHANNELS:
            raise ValidationError(T("Order {number} is served at the restaurant: check it out at the bar.",
                                    number=order.number))
        if order.status != "dispatched":
            raise ValidationError(T("Order {number} is {state}: only dispatched orders can be confirmed as delivered.",
                                    number=order.number, state=_state(order.status)))
        if order.dispatched_at and when < order.dispatched_at - dt.timedelta(minutes=1):
            errors["delivered_at"] = T("The delivery time is before the order left ({time}).",
                                       time=ctx.to_local(order.dispatched_at).strftime("%H:%M"))
        failed = exception in ("absent", "refused")
        held = deposits.balance_in(s, order.customer_id).buckets_held if order.customer_id else 0
        buckets = empties = damaged = 0
        amount = deposit = ZERO
        if not failed:
            try:
                buckets = order.buckets if data.buckets_delivered in (None, "") else to_int(data.buckets_delivered, "buckets_delivered")
                if not 0 <= buckets <= order.buckets:
                    errors["buckets_delivered"] = T("Between 0 and the {n} bucket(s) ordered.", n=order.buckets)
            except ValidationError as exc:
                errors.update(exc.fields)
            try:
                empties = to_int(data.empties_collected or 0, "empties_collected")
                if empties < 0:
                    errors["empties_collected"] = T("Empties collected cannot be negative.")
                elif empties > held and not note:
                    errors["empties_collected"] = T("The customer holds only {held} bucket(s) of ours; collecting {n} "
                                                    "needs a note explaining why.", held=held, n=empties)
            except ValidationError as exc:
                errors.update(exc.fields)
            try:
                damaged = to_int(data.damaged_buckets or 0, "damaged_buckets")
                if damaged < 0:
                    errors["damaged_buckets"] = T("Damaged buckets cannot be negative.")
                elif damaged and exception != "damaged":
                    exception = "damaged"
            except ValidationError as exc:
                errors.update(exc.fields)
            if exception == "damaged" and not note:
                errors["note"] = T("Describe the damage.")
            if not (data.signed_by or "").strip():
                errors["signed_by"] = T("Enter who signed for the delivery.")
            if method not in PAYMENT_METHODS:
                errors["payment_method"] = T("Choose how the customer paid: cash, WeChat, Alipay, bank card or monthly account.")
            if not errors:
                price, per_bucket = _returnable_price_and_deposit(order)
                kept = max(0, buckets - empties)
                deposit_default = per_bucket * kept
                try:
                    deposit = deposit_default if data.deposit_collected in (None, "") else to_money(data.deposit_collected, "deposit_collected")
                    if deposit < 0:
                        errors["deposit_collected"] = T("The deposit cannot be negative.")
                except ValidationError as exc:
                    errors.update(exc.fields)
                goods = order.total_amount + order.adjustments - price * (order.buckets - buckets)
                try:
                    amount = (goods + deposit) if data.amount_collected in (None, "") else to_money(data.amount_collected, "amount_collected")
                    if amount < 0:
                        errors["amount_collected"] = T("The amount collected cannot be negative.")
                    elif amount < deposit:
                        errors["amount_collected"] = T("The amount collected includes the deposit of {d}.", d=f"¥{deposit:,.2f}")
                except ValidationError as exc:
                    errors.update(exc.fields)
        elif not note and exception == "refused":
            errors["note"] = T("Say why the customer refused the delivery.")
        if errors:
            raise ValidationError(fields=errors)
        ensure_day_open(s, ctx, local_day(ctx, when))
        late = None
        if order.promised_at is not None and not failed:
            late = math.ceil((when - order.promised_at).total_seconds() / 60)
        delivery = Delivery(order_id=order.id, attempt_at=when, delivered=not failed, exception=exception,
                            signed_by=(data.signed_by or "").strip()[:60], buckets_delivered=buckets,
                            empties_collected=empties, damaged_buckets=damaged, amount_collected=amount,
                            deposit_collected=deposit, payment_method=method if not failed else "",
                            driver_staff_id=order.driver_staff_id, late_minutes=late, note=note)
        s.add(delivery)
        s.flush()
        if failed:
            order.status = "confirmed"
            order.dispatched_at = None
            s.flush()
            why = EXCEPTION_LABELS.get(exception, exception)
            record_status(s, ctx, order.id, "dispatched", "confirmed",
                          T("delivery failed: {why} {note}", why=why, note=note) if note else
                          T("delivery failed: {why}", why=why))
            return DeliveryResult(delivery.id, False, None, ZERO, ZERO, held)
        if order.customer_id is not None:
            deposits.add_entry(s, ctx, order.customer_id, "out", buckets=buckets, order_id=order.id,
                               delivery_id=delivery.id)
            deposits.add_entry(s, ctx, order.customer_id, "return", buckets=-empties, order_id=order.id,
                               delivery_id=delivery.id)
            if empties > held:
                # empties beyond the customer's balance (allowed with a note): booked so that
                # the balance never goes below what was just delivered
                deposits.add_entry(s, ctx, order.customer_id, "adjust", buckets=empties - held, order_id=order.id,
                                   delivery_id=delivery.id, note=note)
            deposits.add_entry(s, ctx, order.customer_id, "deposit", amount=deposit, order_id=order.id,
                               delivery_id=delivery.id)
        order.status, order.delivered_at, order.late_minutes = "delivered", when, late
        order.amount_collected = order.amount_collected + amount
        order.payment_method = method
        s.flush()
        record_status(s, ctx, order.id, "dispatched", "delivered",
                      (T("{why}: {note}", why=EXCEPTION_LABELS[exception], note=note) if note else EXCEPTION_LABELS[exception])
                      if exception else note)
        ctx.emit("suite_order_did_deliver", order_id=order.id)
        return DeliveryResult(delivery.id, True, late, amount, deposit, held + buckets - min(empties, held))


def checkout(ctx: Context, order_id: int, amount: Decimal | str | None = None, method: str = "cash",
             note: str = "") -> Decimal:
    """Payment at the bar against the ticket (table and walk-in orders): the order is served
    and settled (delivered, then completed). A smaller amount than due needs a note (a
    discount the manager allowed). Returns the amount taken."""
    ctx.require(CHECKOUT)
    note = (note or "").strip()
    with ctx.unit_of_work() as s:
        order = load_order(s, order_id)
        if order.channel in DELIVERY_CHANNELS:
            raise ValidationError(T("Order {number} is a delivery: the driver confirms it.", number=order.number))
        if order.status != "confirmed":
            raise ValidationError(T("Order {number} is {state}: only a confirmed ticket can be paid.",
                                    number=order.number, state=_state(order.status)))
        due = order.total_amount + order.adjustments
        errors = {}
        taken = due
        if amount not in (None, ""):
            try:
                taken = to_money(amount, "amount")
            except ValidationError as exc:
                errors.update(exc.fields)
        if method not in PAYMENT_METHODS:
            errors["method"] = T("Choose how the customer paid: cash, WeChat, Alipay, bank card or monthly account.")
        if not errors and taken < 0:
            errors["amount"] = T("The amount collected cannot be negative.")
        elif not errors and taken > due:
            errors["amount"] = T("{taken} is more than the {due} due: give the change back.",
                                 taken=f"¥{taken:,.2f}", due=f"¥{due:,.2f}")
        elif not errors and taken < due and not note:
            errors["amount"] = T("{taken} is less than the {due} due: a discount needs a note.",
                                 taken=f"¥{taken:,.2f}", due=f"¥{due:,.2f}")
        if errors:
            raise ValidationError(fields=errors)
        ensure_day_open(s, ctx)
        now = ctx.now()
        late = None  # paying at the bar says nothing about when the food came
        s.add(Delivery(order_id=order.id, attempt_at=now, delivered=True, exception="", signed_by="",
                       amount_collected=taken, payment_method=method, late_minutes=late, note=note))
        order.status, order.delivered_at, order.amount_collected = "delivered", now, taken
        order.payment_method, order.late_minutes = method, late
        if taken != due:
            order.adjustments = order.adjustments + (taken - due)
            s.add(OrderChange(order_id=order.id, at=now, user_id=ctx.user.id, username=ctx.user.username,
                              kind="adjustment", changes=dumps({"adjustments": [str(due - order.total_amount),
                                                                                str(order.adjustments)]}),
                              amount_delta=taken - due, reason=note))
        s.flush()
        record_status(s, ctx, order.id, "confirmed", "delivered", note)
        ctx.emit("suite_order_did_deliver", order_id=order.id)
        complete_loaded(ctx, s, order, T("paid at the bar"))
        return taken
