"""The order desk, as the complaints desk uses it: only through its published api."""

from __future__ import annotations

import datetime as dt

from suite.plugin_api import NotFound, PermissionDenied, ValidationError
from suite.plugin_api.context import Context
from suite.plugin_api.i18n import domain
from suite_plugins.orders import api as orders_api

T = domain("complaints")

OrderRef = orders_api.OrderRef


def resolve_order(ctx: Context, customer_id: int | None, order_id: int | None, order_number: str = "") -> OrderRef | None:
    """The order a complaint is about, by id or by number; it must be the customer's own
    (``customer_id`` None: an unnamed caller's inquiry, any customer's order)."""
    number = (order_number or "").strip()
    if order_id is None and not number:
        return None
    try:
        if order_id is not None:
            ref = orders_api.get_order(ctx, order_id)
        else:
            ref = orders_api.find_order(ctx, number)
    except NotFound:
        ref = None
    except PermissionDenied:
        raise ValidationError(fields={"order": T("You may not look up orders: leave the order empty or ask a clerk.")})
    if ref is None:
        if order_id is not None:
            raise ValidationError(fields={"order": T("That order no longer exists.")})
        raise ValidationError(fields={"order": T("There is no order numbered \u201c{number}\u201d.", number=number)})
    if customer_id is not None and ref.customer_id is not None and ref.customer_id != customer_id:
        raise ValidationError(fields={"order": T("Order {number} belongs to another customer.", number=ref.number)})
    return ref


def current_amount(ctx: Context, order_id: int | None) -> OrderRef | None:
    """The order as it is now, for rules that depend on it (a refund may not exceed it),
    whoever is acting: the rule holds even for a user who may not browse orders."""
    if order_id is None:
        return None
    try:
        return orders_api.get_order(ctx.as_system(), order_id)
    except NotFound:
        return None


def recent_orders(ctx: Context, customer_id: int, limit: int = 10) -> list[OrderRef]:
    return orders_api.recent_orders(ctx, customer_id, limit)


def search_orders(ctx: Context, text: str, limit: int = 20) -> list[OrderRef]:
    return orders_api.search_orders(ctx, text, limit)


def orders_per_month(ctx: Context, start: dt.date, end: dt.date) -> dict[int, int]:
    """Delivered orders per month (year*100+month) over [start, end); empty when the order
    desk cannot answer (the complaint rate is then left out)."""
    try:
        counts = orders_api.orders_for_period(ctx.as_system(), start, end, by="month", basis="delivered")
    except Exception:  # noqa: BLE001 - the rate is optional; the statistics must still print
        return {}
    return {d.year * 100 + d.month: n for d, n in counts.items()}
