"""The order desk's steps of the set-up checklist: each is done when the data says so."""

from __future__ import annotations

from sqlalchemy import exists, select

from suite.plugin_api import core
from suite.plugin_api.context import Context


def _any(ctx: Context, condition) -> bool:
    with ctx.read() as s:
        return bool(s.scalar(select(exists().where(condition))))


def has_products(ctx: Context) -> bool:
    """A product on sale."""
    from suite_plugins.orders.models import Product

    return _any(ctx, Product.active.is_(True))


def has_vehicles(ctx: Context) -> bool:
    """A vehicle in use."""
    from suite_plugins.orders.models import Vehicle

    return _any(ctx, Vehicle.active.is_(True))


def has_customers(ctx: Context) -> bool:
    """A customer (imported or typed in)."""
    return _any(ctx, core.Customer.archived.is_(False))
