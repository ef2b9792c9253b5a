"""Reading orders: references for other plugins, the detail of one order, the order list's
query, global search."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select

from suite.plugin_api import NotFound, core
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite.plugin_api.records import SearchHit
from suite_plugins.orders.api import OrderRef
from suite_plugins.orders.models import Delivery, Order, OrderChange, OrderItem, StatusChange, Vehicle
from suite_plugins.orders.services import numbering
from suite_plugins.orders.services.common import (
    CHANNEL_LABELS,
    EXCEPTION_LABELS,
    METHOD_LABELS,
    STATUS_LABELS,
    VIEW,
    shown,
    label,
)

T = domain("orders")


def _summaries(s, order_ids: list[int]) -> dict[int, str]:
    out: dict[int, list[str]] = {}
    if not order_ids:
        return {}
    rows = s.execute(select(OrderItem.order_id, OrderItem.name, OrderItem.quantity)
                     .where(OrderItem.order_id.in_(order_ids)).order_by(OrderItem.order_id, OrderItem.id))
    for oid, name, qty in rows:
        out.setdefault(oid, []).append(f"{name}×{qty}")
    return {k: ", ".join(v) for k, v in out.items()}


def _refs(s, orders: list[Order]) -> list[OrderRef]:
    summaries = _summaries(s, [o.id for o in orders])
    return [
        OrderRef(o.id, o.number, o.customer_id, o.channel, o.status, o.created_at, o.promised_at, o.delivered_at,
                 o.total_amount + o.adjustments, o.amount_collected, o.driver_staff_id, o.clerk_staff_id,
                 summaries.get(o.id, ""), o.customer_name, o.area_id, o.late_minutes)
        for o in orders
    ]


def order_ref(ctx: Context, order_id: int) -> OrderRef:
    ctx.require(VIEW)
    with ctx.read() as s:
        o = s.get(Order, order_id)
        if o is None:
            raise NotFound(T("That order no longer exists."))
        return _refs(s, [o])[0]


def find_ref(ctx: Context, number: str) -> OrderRef | None:
    ctx.require(VIEW)
    normal = numbering.normalise_number(number)
    if normal is None:
        return None
    with ctx.read() as s:
        o = s.scalar(select(Order).where(Order.number == normal))
        return _refs(s, [o])[0] if o else None


def recent_refs(ctx: Context, customer_id: int, limit: int = 10) -> list[OrderRef]:
    ctx.require(VIEW)
    with ctx.read() as s:
        orders = list(s.scalars(select(Order).where(Order.customer_id == customer_id)
                                .order_by(Order.created_at.desc(), Order.id.desc()).limit(limit)))
        return _refs(s, orders)


def _search_condition(ctx: Context, text: str):
    text = (text or "").strip()
    normal = numbering.normalise_number(text)
    if normal:
        return Order.number == normal
    digits = re.sub(r"[\s\-]", "", text)
    if not digits.isdigit():
        return None
    conds = []
    if 3 <= len(digits) <= 4:  # the tail of a number typed from a ticket
        conds.append(Order.number.like(f"%-{int(digits):04d}"))
    match = core.pii(ctx).phone_match(Order.contact_phone, digits)  # whole numbers only without the right
    if match is not None:
        conds.append(match)
    return or_(*conds) if conds else None


def search_refs(ctx: Context, text: str, limit: int = 20) -> list[OrderRef]:
    ctx.require(VIEW)
    cond = _search_condition(ctx, text)
    if cond is None:
        return []
    with ctx.read() as s:
        orders = list(s.scalars(select(Order).where(cond).order_by(Order.created_at.desc(), Order.id.desc()).limit(limit)))
        return _refs(s, orders)


def search_hits(ctx: Context, text: str, limit: int = 10) -> list[SearchHit]:
    """The global search (Ctrl+K): orders by number, its tail or the contact phone."""
    if not ctx.can(VIEW):
        return []
    hits = []
    pii = core.pii(ctx).visible
    for ref in search_refs(ctx, text, limit):
        when = ctx.to_local(ref.created_at).strftime("%m-%d %H:%M")
        subtitle = " · ".join(x for x in (ref.customer_name if pii else "", label(STATUS_LABELS, ref.status), when,
                                          f"¥{ref.total_amount:,.2f}") if x)
        hits.append(SearchHit(ref.number, subtitle, page="orders.list", key=ref.id, kind=T("Order")))
    return hits


# ---------------------------------------------------------------------------- one order in full


@dataclass(frozen=True)
class ItemView:
    product_id: int
    name: str
    unit: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    returnable: bool
    notes: str


@dataclass(frozen=True)
class HistoryView:
    at: dt.datetime
    username: str
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True)
class ChangeView:
    at: dt.datetime
    username: str
    kind: str
    changes: dict
    amount_delta: Decimal
    reason: str


@dataclass(frozen=True)
class DeliveryView:
    id: int
    attempt_at: dt.datetime
    delivered: bool
    exception: str
    signed_by: str
    buckets_delivered: int
    empties_collected: int
    damaged_buckets: int
    amount_collected: Decimal
    deposit_collected: Decimal
    payment_method: str
    driver_staff_id: int | None
    late_minutes: int | None
    note: str


@dataclass(frozen=True)
class OrderView:
    id: int
    number: str
    day: dt.date
    channel: str
    status: str
    customer_id: int | None
    customer_name: str
    address: str
    area_id: int | None
    area: str
    contact_phone: str
    requested_at: dt.datetime | None
    promised_at: dt.datetime | None
    table_no: str
    guests: int | None
    notes: str
    total_amount: Decimal
    adjustments: Decimal
    deposit_due: Decimal
    buckets: int
    empties_expected: int
    clerk_staff_id: int | None
    driver_staff_id: int | None
    driver: str
    vehicle_id: int | None
    vehicle: str
    stop_seq: int | None
    assign_reason: str
    created_at: dt.datetime
    confirmed_at: dt.datetime | None
    dispatched_at: dt.datetime | None
    delivered_at: dt.datetime | None
    completed_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    cancel_reason: str
    amount_collected: Decimal
    payment_method: str
    late_minutes: int | None
    version: int
    items: tuple[ItemView, ...]
    history: tuple[HistoryView, ...]
    changes: tuple[ChangeView, ...]
    deliveries: tuple[DeliveryView, ...]
    masked: bool

    @property
    def amount_due(self) -> Decimal:
        return self.total_amount + self.adjustments + self.deposit_due

    @property
    def status_label(self) -> str:
        return label(STATUS_LABELS, self.status)

    @property
    def channel_label(self) -> str:
        return label(CHANNEL_LABELS, self.channel)

    @property
    def method_label(self) -> str:
        return label(METHOD_LABELS, self.payment_method) if self.payment_method else ""

    @property
    def items_summary(self) -> str:
        return ", ".join(f"{i.name}×{i.quantity}" for i in self.items)


def _masked_changes(mask, changes: dict) -> dict:
    """An edit's old -> new values, the address and phone masked for a user without the right."""
    if mask.visible:
        return changes
    out = dict(changes)
    for key, fn in (("address", mask.address), ("contact_phone", mask.phone)):
        if isinstance(out.get(key), list):
            out[key] = [fn(v) if isinstance(v, str) else v for v in out[key]]
    return out


def get_order(ctx: Context, order_id: int) -> OrderView:
    ctx.require(VIEW)
    mask = core.pii(ctx)
    with ctx.read() as s:
        o = s.get(Order, order_id)
        if o is None:
            raise NotFound(T("That order no longer exists."))
        area = s.get(core.Area, o.area_id).name if o.area_id else ""
        driver = s.get(core.Staff, o.driver_staff_id).name if o.driver_staff_id else ""
        vehicle = s.get(Vehicle, o.vehicle_id).plate if o.vehicle_id else ""
        items = tuple(ItemView(i.product_id, i.name, i.unit, i.quantity, i.unit_price, i.amount, i.returnable, i.notes)
                      for i in o.items)
        history = tuple(HistoryView(h.at, h.username, h.from_status, h.to_status, shown(h.reason)) for h in s.scalars(
            select(StatusChange).where(StatusChange.order_id == o.id).order_by(StatusChange.at, StatusChange.id)))
        changes = tuple(ChangeView(c.at, c.username, c.kind, _masked_changes(mask, json.loads(c.changes or "{}")),
                                   c.amount_delta, c.reason)
                        for c in s.scalars(select(OrderChange).where(OrderChange.order_id == o.id)
                                           .order_by(OrderChange.at, OrderChange.id)))
        deliveries = tuple(DeliveryView(d.id, d.attempt_at, d.delivered, d.exception, d.signed_by, d.buckets_delivered,
                                        d.empties_collected, d.damaged_buckets, d.amount_collected, d.deposit_collected,
                                        d.payment_method, d.driver_staff_id, d.late_minutes, d.note)
                           for d in s.scalars(select(Delivery).where(Delivery.order_id == o.id)
                                              .order_by(Delivery.attempt_at, Delivery.id)))
        address, phone = mask.address(o.address), mask.phone(o.contact_phone)
        return OrderView(o.id, o.number, o.day, o.channel, o.status, o.customer_id, o.customer_name, address,
                         o.area_id, area, phone, o.requested_at, o.promised_at, o.table_no, o.guests, o.notes,
                         o.total_amount, o.adjustments, o.deposit_due, o.buckets, o.empties_expected,
                         o.clerk_staff_id, o.driver_staff_id, driver, o.vehicle_id, vehicle, o.stop_seq,
                         shown(o.assign_reason), o.created_at, o.confirmed_at, o.dispatched_at, o.delivered_at,
                         o.completed_at, o.cancelled_at, o.cancel_reason, o.amount_collected, o.payment_method,
                         o.late_minutes, o.version, items, history, changes, deliveries, mask.masked)


def exception_label(code: str) -> str:
    return label(EXCEPTION_LABELS, code)


# ---------------------------------------------------------------------------- the order list


ORDER_LIST_COLUMNS = ("number", "status", "channel", "customer_name", "area", "promised_at", "total_amount",
                      "driver", "created_at")


def order_list_select(ctx: Context, *, status: str | None = None, channel: str | None = None,
                      start: dt.date | None = None, end: dt.date | None = None, text: str = "",
                      driver_staff_id: int | None = None, customer_id: int | None = None):
    """The order list as one SQL select (newest first by id; the list pages in SQL).
    Columns: id, number, status, channel, customer_name, area, contact_phone, promised_at,
    total_amount, driver, created_at, delivered_at, late_minutes."""
    ctx.require(VIEW)
    mask = core.pii(ctx)
    area = core.Area.__table__.alias("area")
    staff = core.Staff.__table__.alias("driver")
    o = Order.__table__
    stmt = (
        select(o.c.id, o.c.number, o.c.status, o.c.channel, o.c.customer_name, area.c.name.label("area"),
               mask.phone_sql(o.c.contact_phone).label("contact_phone"), o.c.promised_at, (o.c.total_amount + o.c.adjustments).label("total_amount"),
               staff.c.name.label("driver"), o.c.created_at, o.c.delivered_at, o.c.late_minutes)
        .select_from(o.outerjoin(area, area.c.id == o.c.area_id).outerjoin(staff, staff.c.id == o.c.driver_staff_id))
    )
    if status:
        stmt = stmt.where(o.c.status == status)
    if channel:
        stmt = stmt.where(o.c.channel == channel)
    if start:
        stmt = stmt.where(o.c.day >= start)
    if end:
        stmt = stmt.where(o.c.day < end)
    if driver_staff_id:
        stmt = stmt.where(o.c.driver_staff_id == driver_staff_id)
    if customer_id:
        stmt = stmt.where(o.c.customer_id == customer_id)
    text = (text or "").strip()
    if text:
        cond = _search_condition(ctx, text)
        name_cond = o.c.customer_name.contains(text, autoescape=True)
        stmt = stmt.where(or_(cond, name_cond) if cond is not None else name_cond)
    return stmt


def count_orders(ctx: Context) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Order)) or 0
