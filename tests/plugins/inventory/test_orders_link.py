"""The order desk's hooks: the stock check at review, buckets on delivery, recipes on
completion; a sale never fails for a stock reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.plugins.inventory.conftest import TODAY, bal
from tests.plugins.inventory.test_ledger import refused


@pytest.fixture
def office(suite_ctx, clock, world, manager):
    from suite_plugins.inventory.services import catalog, recipes
    from tests.plugins.orders.conftest import build_office

    o = build_office(suite_ctx, clock)
    ctx = manager
    for item, product in ((world.full, o.products["water"]),):
        data, v = catalog.item_input(ctx, item)
        catalog.update_item(ctx, item, data.__class__(**{**data.__dict__, "product_id": product}), expected_version=v)
    o.van = catalog.save_location(ctx, "V1", "一号车", "van", vehicle_id=o.vehicles[0])
    o.fried_rice = recipes.save_recipe(ctx, "扬州炒饭", [recipes.RecipeLineInput("0.2", item_id=world.rice),
                                                      recipes.RecipeLineInput("0.05", item_id=world.chicken)],
                                       product_id=o.products["rice"], location_id=world.kitchen)
    return o


def _dispatch(office, oid):
    from suite_plugins.orders.services import dispatch, orders

    orders.confirm_order(office.ctx, oid)
    dispatch.reassign(office.ctx, oid, office.drivers[0], "test")
    dispatch.record_check(office.ctx, office.vehicles[0], tyres=True, brakes=True, lights=True, load=True)
    dispatch.dispatch_order(office.ctx, oid)


def _stock_in(keeper, world, item, q, location, expiry=None, code=""):
    from suite_plugins.inventory.services import purchasing as pur

    pur.receive(keeper, pur.ReceiptInput(world.fresh, location, [pur.ReceiptLineInput(
        item, q, "5", expiry=expiry, batch_code=code, arrival_temp="3")], certificates_seen=True))


def test_the_review_shows_a_shortage_before_anything_is_promised(suite_backend, office, keeper, world, clock):
    from suite_plugins.orders.services import orders
    from suite_plugins.orders.services.orders import ItemInput, OrderInput
    from tests.plugins.orders.conftest import water_order

    oid = orders.create_order(office.ctx, water_order(office, qty=3))
    problems = orders.review_order(office.ctx, oid).problems
    assert any("18.9L桶装水(满)" in p and "only 0 桶" in p for p in problems), problems
    _stock_in(keeper, world, world.full, "50", world.depot, expiry=TODAY + dt.timedelta(days=60))
    assert orders.review_order(office.ctx, oid).problems == ()
    # a dish whose ingredient is only expired stock
    dish = orders.create_order(office.ctx, OrderInput(channel="table", table_no="3", guests=2,
                                                      items=[ItemInput(office.products["rice"], 2)]))
    text = " ".join(orders.review_order(office.ctx, dish).problems)
    assert "扬州炒饭" in text and "大米" in text
    _stock_in(keeper, world, world.rice, "10", world.kitchen)
    _stock_in(keeper, world, world.chicken, "1", world.kitchen, expiry=TODAY + dt.timedelta(days=1))
    assert orders.review_order(office.ctx, dish).problems == ()
    clock.advance(days=2)
    text = " ".join(orders.review_order(office.ctx, dish).problems)
    assert "Only expired stock of 鸡胸肉" in text
    with pytest.raises(Exception):
        orders.confirm_order(office.ctx, dish)
    # products inventory does not keep (cups) are not its business
    cups = orders.create_order(office.ctx, water_order(office, items=[ItemInput(office.products["cups"], 1)]))
    assert orders.review_order(office.ctx, cups).problems == ()


def test_delivery_moves_full_buckets_out_of_the_van_and_empties_in(suite_backend, office, keeper, world):
    from suite_plugins.inventory.services import stock
    from suite_plugins.orders.services import deliveries, orders
    from suite_plugins.orders.services.deliveries import DeliveryInput
    from tests.plugins.orders.conftest import water_order

    _stock_in(keeper, world, world.full, "20", world.depot, expiry=TODAY + dt.timedelta(days=60))
    stock.transfer(keeper, item_id=world.full, from_location_id=world.depot, to_location_id=office.van, quantity="10")
    oid = orders.create_order(office.ctx, water_order(office, qty=3))
    _dispatch(office, oid)
    deliveries.confirm_delivery(office.ctx, oid, DeliveryInput(signed_by="王芳", empties_collected=2, note="老客户换桶"))
    assert bal(keeper, world.full, office.van) == 7
    assert bal(keeper, world.empty, office.van) == 2
    assert stock.ledger_mismatches(keeper) == []


def test_an_order_delivered_and_completed_with_inventory_short_stands(suite_backend, office, keeper, world):
    """The buckets have left and the dish was cooked: inventory records a negative, flagged
    balance for the next stocktake and never refuses the sale."""
    from suite_plugins.inventory.models import Move
    from suite_plugins.inventory.services import queries, stock
    from suite_plugins.orders import api as orders_api
    from suite_plugins.orders.services import deliveries, orders
    from suite_plugins.orders.services.deliveries import DeliveryInput
    from suite_plugins.orders.services.orders import ItemInput, OrderInput
    from tests.plugins.orders.conftest import water_order

    # enough at review time, gone by the time the order is served
    _stock_in(keeper, world, world.full, "3", office.van, expiry=TODAY + dt.timedelta(days=60), code="W1")
    oid = orders.create_order(office.ctx, water_order(office, qty=3))
    _dispatch(office, oid)
    stock.write_off(keeper, batch_id=_batch(keeper, "W1"), location_id=office.van, quantity="2", reason="桶破损")
    deliveries.confirm_delivery(office.ctx, oid, DeliveryInput(signed_by="王芳"))
    assert orders_api.get_order(office.ctx, oid).status == "delivered"
    assert bal(keeper, world.full, office.van) == -2

    _stock_in(keeper, world, world.rice, "1", world.kitchen, code="R1")
    _stock_in(keeper, world, world.chicken, "1", world.kitchen, expiry=TODAY + dt.timedelta(days=3), code="C1")
    dish = orders.create_order(office.ctx, OrderInput(channel="table", table_no="5", guests=2,
                                                      items=[ItemInput(office.products["rice"], 4)]))
    orders.confirm_order(office.ctx, dish)
    stock.write_off(keeper, batch_id=_batch(keeper, "R1"), location_id=world.kitchen, quantity="1", reason="受潮")
    deliveries.checkout(office.ctx, dish, method="cash")
    assert orders_api.get_order(office.ctx, dish).status == "completed"
    assert bal(keeper, world.rice, world.kitchen) == Decimal("-0.8")
    assert bal(keeper, world.chicken, world.kitchen) == Decimal("0.8")
    with keeper.read() as s:
        flagged = set(s.scalars(select(Move.order_id).where(Move.shortfall.is_(True))))
    assert flagged == {oid, dish}
    assert "negative" in str(queries.reorder_card(keeper).caption)
    assert stock.ledger_mismatches(keeper) == []


def _batch(ctx, code):
    from suite_plugins.inventory import api

    return next(b.id for b in api.search_batches(ctx, code) if b.code == code)


def test_completion_deducts_recipes_fefo_once_and_a_cancelled_order_nothing(suite_backend, office, keeper, world):
    from suite_plugins.inventory.services import stock
    from suite_plugins.orders.services import deliveries, orders
    from suite_plugins.orders.services.orders import ItemInput, OrderInput

    _stock_in(keeper, world, world.rice, "5", world.kitchen, code="R1")
    _stock_in(keeper, world, world.chicken, "1", world.kitchen, expiry=TODAY + dt.timedelta(days=4), code="LATE")
    _stock_in(keeper, world, world.chicken, "0.1", world.kitchen, expiry=TODAY + dt.timedelta(days=1), code="EARLY")
    cancelled = orders.create_order(office.ctx, OrderInput(channel="table", table_no="1", guests=2,
                                                           items=[ItemInput(office.products["rice"], 2)]))
    orders.confirm_order(office.ctx, cancelled)
    orders.cancel_order(office.ctx, cancelled, "客人走了")
    assert bal(keeper, world.rice) == 5
    dish = orders.create_order(office.ctx, OrderInput(channel="table", table_no="2", guests=2,
                                                      items=[ItemInput(office.products["rice"], 3)]))
    orders.confirm_order(office.ctx, dish)
    deliveries.checkout(office.ctx, dish, method="wechat")
    assert bal(keeper, world.rice) == Decimal("4.4")
    # 0.15 kg of chicken: the early batch first (0.1), then 0.05 from the late one
    from suite_plugins.inventory.services import trace

    early, late = trace.batch_trace(keeper, _batch(keeper, "EARLY")), trace.batch_trace(keeper, _batch(keeper, "LATE"))
    assert early.order_ids == (dish,) and late.order_ids == (dish,)
    assert [m.quantity for m in early.moves if m.kind == "sale"] == [Decimal("-0.1")]
    assert [m.quantity for m in late.moves if m.kind == "sale"] == [Decimal("-0.05")]
    assert stock.ledger_mismatches(keeper) == []


def test_a_recipe_with_a_cycle_or_an_unknown_item_is_refused(suite_backend, office, manager, world, clock):
    from suite_plugins.inventory.services import recipes

    refused(manager, lambda: recipes.save_recipe(manager, "怪菜", [recipes.RecipeLineInput("1", item_id=9999)]),
            "unknown item")
    sauce = recipes.save_recipe(manager, "酱汁", [recipes.RecipeLineInput("0.01", item_id=world.rice)])
    combo = recipes.save_recipe(manager, "套餐", [recipes.RecipeLineInput("1", sub_recipe_id=sauce),
                                                 recipes.RecipeLineInput("1", sub_recipe_id=office.fried_rice)])
    v = recipes.get_recipe(manager, sauce).version
    refused(manager, lambda: recipes.update_recipe(manager, sauce, [recipes.RecipeLineInput("1", sub_recipe_id=combo)],
                                                   expected_version=v), "cannot contain itself")
    refused(manager, lambda: recipes.update_recipe(manager, sauce, [recipes.RecipeLineInput("1", sub_recipe_id=sauce)],
                                                   expected_version=v), "cannot contain itself")
    clock.advance(minutes=1)
    recipes.update_recipe(manager, sauce, [recipes.RecipeLineInput("0.02", item_id=world.rice)], expected_version=v)
    from suite.plugin_api import ConflictError

    with pytest.raises(ConflictError):
        recipes.update_recipe(manager, sauce, [recipes.RecipeLineInput("0.03", item_id=world.rice)],
                              expected_version=v)
