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
