"""Fixtures of the complaints tests: the order desk and the complaints desk, a clerk who is a
customer-service staff member, a customer, and the office clock standing still."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

SH = dt.timezone(dt.timedelta(hours=8))


def local(*args) -> dt.datetime:
    """An office-local (Asia/Shanghai) wall time as an aware datetime."""
    return dt.datetime(*args, tzinfo=SH)


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints"]


@pytest.fixture
def clock(fake_clock):
    fake_clock.set(local(2026, 3, 2, 9, 0))  # a Monday
    return fake_clock


@pytest.fixture
def staff(suite_ctx):
    """Staff members by role: cs (customer service), driver, cook, quality."""
    from suite.plugin_api import core

    deps = {d.code: d.id for d in core.list_departments(suite_ctx)}
    return {
        "cs": core.save_staff(suite_ctx, name="客服小王", department_id=deps["customer_service"]),
        "cs2": core.save_staff(suite_ctx, name="客服小李", department_id=deps["customer_service"]),
        "driver": core.save_staff(suite_ctx, name="配送员老张", department_id=deps["delivery"]),
        "cook": core.save_staff(suite_ctx, name="厨师刘师傅", department_id=deps["production"]),
        "quality": core.save_staff(suite_ctx, name="质检员陈", department_id=deps["quality"]),
    }


@pytest.fixture
def login(suite_ctx, suite_login, clock, staff):
    """``login("clerk", staff="cs")`` -> a Context on the fake clock acting as that user."""
    from suite.plugin_api import core

    def make(*roles: str, staff_key: str | None = None):
        ctx = suite_login(*roles)
        if staff_key is not None:
            from suite.core import users

            version = next(u.version for u in users.list_users(suite_ctx) if u.id == ctx.user.id)
            users.update_user(suite_ctx, ctx.user.id, staff_id=staff[staff_key], expected_version=version)
            ctx = core.user_context(suite_ctx, ctx.user.username)
        return ctx.with_clock(clock)

    return make


@pytest.fixture
def clerk(login):
    return login("clerk", staff_key="cs")


@pytest.fixture
def manager(login):
    return login("manager")


@pytest.fixture
def quality(login):
    return login("quality", staff_key="quality")


@pytest.fixture
def customer(suite_ctx):
    from suite.plugin_api import core

    return core.create_customer(suite_ctx, core.CustomerInput("王芳", phones=["13800138000"], addresses=["东风路1号"]))


@pytest.fixture
def other_customer(suite_ctx):
    from suite.plugin_api import core

    return core.create_customer(suite_ctx, core.CustomerInput("李强", phones=["13900139000"], addresses=["西环路2号"]))


@pytest.fixture
def make_order(suite_ctx, clock):
    """``make_order(customer_id, amount)`` -> an order of the order desk for that amount."""
    from suite.plugin_api import core
    from suite_plugins.orders.services import catalog, orders

    ctx = suite_ctx.with_clock(clock)
    core.save_area(ctx, "东城片区", ["东风路", "西环路"])
    products: dict[Decimal, int] = {}

    def make(customer_id: int, amount: str | Decimal = "36.00") -> int:
        price = Decimal(str(amount))
        if price not in products:
            products[price] = catalog.save_product(ctx, catalog.ProductInput(f"套餐{price}", price, kind="goods"))
        return orders.create_order(ctx, orders.OrderInput(customer_id=customer_id, address="东风路1号",
                                                          contact_phone="13800138000",
                                                          items=[orders.ItemInput(products[price], 1)]))

    return make


@pytest.fixture
def intake(clerk, customer):
    """``intake(category="food_quality", **more)`` -> a new complaint's id, taken by the clerk."""
    from suite_plugins.complaints.services import intake as svc

    def make(category: str = "food_quality", *, ctx=None, **kw):
        data = svc.ComplaintInput(customer_id=kw.pop("customer_id", customer), channel=kw.pop("channel", "hotline"),
                                  category=category, description=kw.pop("description", "米饭里有头发"), **kw)
        return svc.create_complaint(ctx or clerk, data)

    return make
