"""Fixtures of the inventory tests: the order desk and the inventory, a storekeeper and a
manager, suppliers (qualified, unqualified, suspended), locations and items, and the office
clock standing still on Monday 2 March 2026, 09:00 in Shanghai."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

SH = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 3, 2)


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=SH)


@pytest.fixture
def suite_plugins():
    return ["orders", "inventory"]


@pytest.fixture
def clock(fake_clock):
    fake_clock.set(local(2026, 3, 2, 9, 0))
    return fake_clock


@pytest.fixture
def staff(suite_ctx):
    from suite.plugin_api import core

    deps = {d.code: d.id for d in core.list_departments(suite_ctx)}
    return {"store": core.save_staff(suite_ctx, name="库管老周", department_id=deps["purchasing"]),
            "store2": core.save_staff(suite_ctx, name="库管小吴", department_id=deps["purchasing"])}


@pytest.fixture
def login(suite_ctx, suite_login, clock, staff):
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
def keeper(login):
    return login("storekeeper", staff_key="store")


@pytest.fixture
def manager(login):
    return login("manager")


@pytest.fixture
def clerk(login):
    return login("clerk")


def licences(ctx, supplier_id, *, business=dt.date(2027, 12, 31), food=dt.date(2027, 6, 30)):
    from suite_plugins.inventory.services import suppliers as sup

    v = sup.get_supplier(ctx, supplier_id)
    if business:
        sup.add_licence(ctx, supplier_id, kind="business_licence", number=f"91330100{supplier_id:06d}",
                        expires_on=business, expected_version=v.version, issuer="杭州市市场监督管理局")
        v = sup.get_supplier(ctx, supplier_id)
    if food:
        sup.add_licence(ctx, supplier_id, kind="food_business", number=f"JY13301{supplier_id:08d}",
                        expires_on=food, expected_version=v.version, issuer="杭州市市场监督管理局")


@pytest.fixture
def world(suite_ctx, clock, manager):
    """Suppliers, locations and items, made by the manager through the services."""
    from suite_plugins.inventory.services import catalog, suppliers as sup

    ctx = suite_ctx.with_clock(clock)
    w = SimpleNamespace()
    w.fresh = sup.save_supplier(ctx, sup.SupplierInput("鲜丰食材", contact="陈经理", phone="0571-88000001",
                                                       supplies="肉类、蔬菜"))
    licences(ctx, w.fresh)
    w.nolicence = sup.save_supplier(ctx, sup.SupplierInput("无证菜贩", supplies="蔬菜"))
    w.expired = sup.save_supplier(ctx, sup.SupplierInput("过期粮油", supplies="米面油"))
    licences(ctx, w.expired, food=dt.date(2026, 3, 1))
    w.suspended = sup.save_supplier(ctx, sup.SupplierInput("停供饮料", supplies="饮料"))
    licences(ctx, w.suspended)
    v = sup.get_supplier(ctx, w.suspended)
    sup.suspend(ctx, w.suspended, reason="送货多次延误", expected_version=v.version)
    w.store = catalog.save_location(ctx, "S1", "干货库", "store_room")
    w.cold = catalog.save_location(ctx, "C1", "冷藏库", "cold_room")
    w.bar = catalog.save_location(ctx, "B1", "吧台", "bar")
    w.depot = catalog.save_location(ctx, "D1", "水站仓库", "depot")
    w.kitchen = catalog.save_location(ctx, "K1", "厨房", "kitchen")
    w.chicken = catalog.save_item(ctx, catalog.ItemInput("RM001", "鸡胸肉", "ingredient", "kg", shelf_life_days=5,
                                                         storage="chilled", reorder_point="10", reorder_qty="20",
                                                         preferred_supplier_id=w.fresh, standard_cost="18.00"))
    w.rice = catalog.save_item(ctx, catalog.ItemInput("RM002", "大米", "ingredient", "kg", reorder_point="50",
                                                      reorder_qty="100", preferred_supplier_id=w.expired,
                                                      standard_cost="4.20"))
    w.beer = catalog.save_item(ctx, catalog.ItemInput("DR001", "青岛啤酒", "drink", "瓶", shelf_life_days=365,
                                                      standard_cost="4.50"))
    w.full = catalog.save_item(ctx, catalog.ItemInput("WB001", "18.9L桶装水(满)", "water_full", "桶",
                                                      shelf_life_days=90, standard_cost="6.00"))
    w.empty = catalog.save_item(ctx, catalog.ItemInput("WB002", "空桶", "water_empty", "桶", standard_cost="25.00"))
    return w


@pytest.fixture
def receive(world):
    """``receive(ctx, item, qty, expiry=..., location=..., code=...)`` -> batch id."""
    from suite_plugins.inventory.services import purchasing as pur

    def make(ctx, item, quantity, *, expiry=None, location=None, code="", supplier=None, cost="10.00",
             received_on=None, temp="4"):
        loc = location or world.cold
        rid = pur.receive(ctx, pur.ReceiptInput(supplier or world.fresh, loc, [pur.ReceiptLineInput(
            item, quantity, cost, batch_code=code, expiry=expiry, arrival_temp=temp)], received_on=received_on,
            certificates_seen=True, invoice_seen=True))
        return pur.get_receipt(ctx, rid).lines[0].batch_id

    return make


def snapshot(ctx) -> dict:
    """Row counts of every inventory table and the balances: "nothing changed" checks."""
    from suite_plugins.inventory import models as m

    out = {}
    with ctx.read() as s:
        for model in (m.Move, m.Balance, m.Batch, m.Receipt, m.ReceiptLine, m.PurchaseOrder, m.POLine,
                      m.Stocktake, m.StocktakeCount, m.Recipe, m.RecipeLine, m.Supplier, m.Licence, m.Item):
            out[model.__tablename__] = s.scalar(select(func.count()).select_from(model))
        out["balances"] = sorted((b.item_id, b.location_id, b.batch_id, b.quantity, b.version)
                                 for b in s.scalars(select(m.Balance)))
        out["versions"] = sorted((type(o).__tablename__, o.id, o.version) for model in
                                 (m.PurchaseOrder, m.Stocktake, m.Supplier, m.Recipe, m.Batch)
                                 for o in s.scalars(select(model)))
    return out


def bal(ctx, item, location=None) -> Decimal:
    from suite_plugins.inventory.services import stock

    return stock.on_hand(ctx.as_system(), item, location)
