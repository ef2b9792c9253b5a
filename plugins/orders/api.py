"""What other plugins may use of the order desk (declare ``"orders"`` in REQUIRES or
OPTIONAL). No Qt here; every function takes the Context first and checks ``orders.view``.

::

    from suite_plugins.orders import api as orders

    ref = orders.find_order(ctx, "20260302-0007")
    if ref is not None:
        print(ref.number, ref.status, ref.driver_staff_id, ref.total_amount)
    per_day = orders.orders_for_period(ctx, dt.date(2026, 3, 1), dt.date(2026, 4, 1))

Pages other plugins may open with ``ctx.open_page(ORDER_PAGE, order_id)``.

Hooks the order desk declares (implement them with ``@hookimpl`` in your plugin):

* ``suite_orders_check_stock(ctx, items)`` -> list of shortages (see :mod:`.hookspecs`);
* domain events ``suite_order_did_confirm``, ``suite_order_did_dispatch``,
  ``suite_order_did_deliver``, ``suite_order_did_complete``, ``suite_order_did_cancel``
  ``(ctx, session, order_id)`` run inside the writer's transaction (raise to veto).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from suite.plugin_api.context import Context

#: the order list page; ``ctx.open_page(ORDER_PAGE, order_id)`` shows that order
ORDER_PAGE = "orders.list"
#: the order desk (order entry)
DESK_PAGE = "orders.desk"

#: state codes, in workflow order
STATUSES = ("new", "confirmed", "dispatched", "delivered", "completed", "cancelled")
CHANNELS = ("phone", "web", "app", "walk_in", "table")
PAYMENT_METHODS = ("cash", "wechat", "alipay", "card", "account")
#: permission needed to read orders through this API
VIEW_PERMISSION = "orders.view"


@dataclass(frozen=True)
class OrderRef:
    """An order as other plugins see it. Times are UTC (aware); amounts Decimal."""

    id: int
    number: str
    customer_id: int | None
    channel: str
    status: str
    created_at: dt.datetime
    promised_at: dt.datetime | None
    delivered_at: dt.datetime | None
    total_amount: Decimal
    amount_collected: Decimal
    driver_staff_id: int | None
    clerk_staff_id: int | None
    items_summary: str
    customer_name: str = ""
    area_id: int | None = None
    late_minutes: int | None = None

    @property
    def is_late(self) -> bool:
        """Delivered after the promised time."""
        return bool(self.late_minutes and self.late_minutes > 0)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def channel_label(self) -> str:
        return channel_label(self.channel)


def get_order(ctx: Context, order_id: int) -> OrderRef:
    """The order with this id; raises NotFound."""
    from suite_plugins.orders.services import queries

    return queries.order_ref(ctx, order_id)


def find_order(ctx: Context, number: str) -> OrderRef | None:
    """The order with this number (``20260302-0007``; spaces and a missing dash are
    forgiven), or None."""
    from suite_plugins.orders.services import queries

    return queries.find_ref(ctx, number)


def recent_orders(ctx: Context, customer_id: int, limit: int = 10) -> list[OrderRef]:
    """A customer's latest orders, newest first."""
    from suite_plugins.orders.services import queries

    return queries.recent_refs(ctx, customer_id, limit)


def search_orders(ctx: Context, text: str, limit: int = 20) -> list[OrderRef]:
    """Orders by number (or its tail, ``0007``) or by the contact phone's digits, newest
    first: for pickers such as a complaint's "which order?"."""
    from suite_plugins.orders.services import queries

    return queries.search_refs(ctx, text, limit)


def orders_for_period(ctx: Context, start: dt.date, end: dt.date, *, by: str = "day",
                      basis: str = "delivered") -> dict[dt.date, int]:
    """Order counts per office-local day (``by="day"``) or month (``by="month"``, keyed by
    the month's first day) over [start, end), for rates such as complaints per delivered
    order. ``basis``: ``"delivered"`` counts orders delivered in the period (delivered or
    completed, by delivery time); ``"created"`` counts orders taken (not cancelled) by their
    number's day. Days without orders are present with 0."""
    from suite_plugins.orders.services import indicators

    return indicators.orders_for_period(ctx, start, end, by=by, basis=basis)


def driver_deliveries(ctx: Context, staff_ids, start: dt.date, end: dt.date) -> dict[int, int]:
    """Deliveries per driver over [start, end) (office-local dates)."""
    from suite_plugins.orders.services import indicators

    return indicators.deliveries_by_driver(ctx, staff_ids, start, end)


def assignment_log(ctx: Context, order_id: int) -> list:
    """Who was given the order, when and why, oldest first: entries with ``at`` (UTC),
    ``day``, ``username``, ``driver``, ``plate``, ``stop_seq``, ``manual`` and a readable
    ``reason`` (in the reader's language for the plan's reasons, as typed for a
    dispatcher's)."""
    from suite_plugins.orders.services import dispatch

    return dispatch.assignment_log(ctx, order_id)


def bucket_balance(ctx: Context, customer_id: int) -> tuple[int, Decimal]:
    """(buckets the customer holds, deposit money held for them)."""
    from suite_plugins.orders.services import deposits

    bal = deposits.balance(ctx, customer_id)
    return bal.buckets_held, bal.deposit_held


def status_label(code: str) -> str:
    """The state in the user's language."""
    from suite_plugins.orders.services.common import STATUS_LABELS

    return str(STATUS_LABELS.get(code, code))


def channel_label(code: str) -> str:
    from suite_plugins.orders.services.common import CHANNEL_LABELS

    return str(CHANNEL_LABELS.get(code, code))


# ---------------------------------------------------------------- for a stock-keeping plugin


@dataclass(frozen=True)
class ProductRef:
    """A product of the catalogue (``kind``: water, dish, goods)."""

    id: int
    code: str | None
    name: str
    kind: str
    unit: str
    active: bool


@dataclass(frozen=True)
class OrderLineRef:
    product_id: int
    product_kind: str
    name: str
    unit: str
    quantity: int


@dataclass(frozen=True)
class DeliveredBuckets:
    """What the successful delivery of an order handed over: full buckets left, empties
    collected, and the vehicle that carried them (None: served at the bar, or no vehicle)."""

    vehicle_id: int | None
    buckets_delivered: int
    empties_collected: int


def products(ctx: Context, *, kind: str | None = None) -> list[ProductRef]:
    """The catalogue, by name (for linking products to stock items or recipes)."""
    from sqlalchemy import select

    from suite_plugins.orders.models import Product

    ctx.require(VIEW_PERMISSION)
    with ctx.read() as s:
        stmt = select(Product).order_by(Product.sort_order, Product.name)
        if kind:
            stmt = stmt.where(Product.kind == kind)
        return [ProductRef(p.id, p.code, p.name, p.kind, p.unit, p.active) for p in s.scalars(stmt)]


def order_lines(ctx: Context, order_id: int) -> list[OrderLineRef]:
    """The lines of an order with each product's kind (joins the caller's transaction).
    Not permission-checked: asked by stock hooks inside the order desk's own writes."""
    from sqlalchemy import select

    from suite_plugins.orders.models import OrderItem, Product

    with ctx.read() as s:
        rows = s.execute(select(OrderItem.product_id, Product.kind, OrderItem.name, OrderItem.unit, OrderItem.quantity)
                         .join(Product, Product.id == OrderItem.product_id)
                         .where(OrderItem.order_id == order_id).order_by(OrderItem.id))
        return [OrderLineRef(*r) for r in rows]


def delivered_buckets(ctx: Context, order_id: int) -> DeliveredBuckets | None:
    """The buckets of the order's successful delivery (None when it was not delivered)."""
    from sqlalchemy import select

    from suite_plugins.orders.models import Delivery, Order

    with ctx.read() as s:
        order = s.get(Order, order_id)
        d = s.scalar(select(Delivery).where(Delivery.order_id == order_id, Delivery.delivered.is_(True))
                     .order_by(Delivery.attempt_at.desc(), Delivery.id.desc()).limit(1))
        if order is None or d is None:
            return None
        return DeliveredBuckets(order.vehicle_id, d.buckets_delivered, d.empties_collected)


def buckets_held_total(ctx: Context, at: dt.datetime | None = None) -> int:
    """Buckets all customers hold against a deposit (the deposit ledger's sum), optionally as
    it stood before *at*."""
    from sqlalchemy import func, select

    from suite_plugins.orders.models import DepositEntry

    ctx.require(VIEW_PERMISSION)
    with ctx.read() as s:
        stmt = select(func.coalesce(func.sum(DepositEntry.buckets), 0))
        if at is not None:
            stmt = stmt.where(DepositEntry.at < at)
        return int(s.scalar(stmt) or 0)


def vehicles(ctx: Context) -> list[tuple[int, str]]:
    """(vehicle id, "plate name") of the active vehicles."""
    from sqlalchemy import select

    from suite_plugins.orders.models import Vehicle

    ctx.require(VIEW_PERMISSION)
    with ctx.read() as s:
        return [(v.id, f"{v.plate} {v.name}".strip()) for v in
                s.scalars(select(Vehicle).where(Vehicle.active.is_(True)).order_by(Vehicle.plate))]


@dataclass(frozen=True)
class SettledOrder:
    id: int
    status: str
    delivered_at: dt.datetime
    completed_at: dt.datetime | None


def settled_orders(ctx: Context, start: dt.datetime, end: dt.datetime) -> list[SettledOrder]:
    """Orders delivered (or served) in [start, end), UTC, oldest first: for a plugin that
    catches up on sales recorded before it was installed."""
    from sqlalchemy import select

    from suite_plugins.orders.models import Order

    ctx.require(VIEW_PERMISSION)
    with ctx.read() as s:
        rows = s.execute(select(Order.id, Order.status, Order.delivered_at, Order.completed_at)
                         .where(Order.delivered_at >= start, Order.delivered_at < end,
                                Order.status.in_(("delivered", "completed")))
                         .order_by(Order.delivered_at, Order.id))
        return [SettledOrder(*r) for r in rows]
