"""Order entry, numbering, review and confirmation, edits, cancellation, and the bad input
each step refuses (with a message, changing nothing)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from suite.host import build_host
from suite.plugin_api import NotFound, PermissionDenied, ValidationError, core, hookimpl
from suite_plugins.orders import api
from suite_plugins.orders.models import Order, OrderChange, StatusChange
from suite_plugins.orders.services import catalog, orders
from suite_plugins.orders.services.orders import ItemInput, OrderInput
from tests.plugins.orders.conftest import water_order


def _version(ctx, oid) -> int:
    with ctx.read() as s:
        return s.get(Order, oid).version


def _count(ctx, model=Order) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_an_order_gets_a_number_amounts_and_a_history(office):
    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office, qty=3))
    view = api.get_order(ctx, oid)
    assert view.number == "20260302-0001"
    assert view.status == "new" and view.channel == "phone"
    assert view.total_amount == Decimal("54.00")
    assert view.items_summary == "农夫山泉 18.9L×3"
    with ctx.read() as s:
        o = s.get(Order, oid)
        assert o.contact_phone == "13912345678"          # the customer's own phone
        assert o.address == "东风路12号3层" and o.area_id == office.areas["东城片区"]
        assert o.buckets == 3 and o.empties_expected == 0  # a new customer holds none yet
        assert o.deposit_due == Decimal("90.00")            # 3 × ¥30 deposit
        history = s.scalars(select(StatusChange).where(StatusChange.order_id == oid)).all()
        assert [(h.from_status, h.to_status) for h in history] == [("", "new")]
    # the second order of the day, and the first of the next day
    assert api.get_order(ctx, orders.create_order(ctx, water_order(office, "li"))).number == "20260302-0002"
    office.clock.advance(days=1)
    assert api.get_order(ctx, orders.create_order(ctx, water_order(office, "li"))).number == "20260303-0001"


def test_numbers_follow_the_office_day_not_utc(office):
    # 23:30 in Shanghai is still 2 March; 00:10 is already 3 March (16:10 UTC)
    office.clock.set(dt.datetime(2026, 3, 2, 15, 30, tzinfo=dt.timezone.utc))
    assert api.get_order(office.ctx, orders.create_order(office.ctx, water_order(office))).number == "20260302-0001"
    office.clock.set(dt.datetime(2026, 3, 2, 16, 10, tzinfo=dt.timezone.utc))
    assert api.get_order(office.ctx, orders.create_order(office.ctx, water_order(office))).number == "20260303-0001"


@pytest.mark.parametrize("case, field, words", [
    ("zero", "items", "greater than zero"),
    ("negative", "items", "greater than zero"),
    ("not a number", "items", "not a quantity"),
    ("unknown product", "items", "unknown product"),
    ("phone with letters", "contact_phone", "only digits"),
    ("outside every area", "address", "outside every delivery area"),
    ("requested in the past", "requested_at", "already passed"),
    ("no items", "items", "at least one item"),
    ("table without number", "table_no", "table number"),
])
def test_bad_order_input_is_refused_and_changes_nothing(office, case, field, words):
    ctx = office.ctx
    data = {
        "zero": lambda: water_order(office, qty=0),
        "negative": lambda: water_order(office, qty=-2),
        "not a number": lambda: water_order(office, items=[ItemInput(office.products["water"], "两")]),
        "unknown product": lambda: water_order(office, items=[ItemInput(99999, 1)]),
        "phone with letters": lambda: water_order(office, contact_phone="139abc45678"),
        "outside every area": lambda: water_order(office, address="火星基地1号"),
        "requested in the past": lambda: water_order(office, requested_at=dt.datetime(2026, 3, 2, 8, 0)),
        "no items": lambda: OrderInput(channel="phone", customer_id=office.customers["wang"], items=[]),
        "table without number": lambda: OrderInput(channel="table", items=[ItemInput(office.products["rice"], 1)],
                                                    guests=2),
    }[case]()
    before = _count(ctx)
    with pytest.raises(ValidationError) as err:
        orders.create_order(ctx, data)
    assert field in err.value.fields, err.value.fields
    assert words in str(err.value.fields[field])
    assert _count(ctx) == before
    # and no order number was used up: the next order is still number 1
    assert api.get_order(ctx, orders.create_order(ctx, water_order(office))).number == "20260302-0001"


def test_errors_speak_chinese_when_the_user_does(office):
    from suite.bootstrap import load_catalogs
    from suite.plugin_api import i18n

    load_catalogs(office.ctx.host, "zh_CN")
    try:
        with pytest.raises(ValidationError) as err:
            orders.create_order(office.ctx, water_order(office, qty=0))
        assert "必须大于零" in str(err.value.fields["items"])
    finally:
        i18n.set_language("en")


def test_confirmation_promises_a_time_from_area_and_load(office):
    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office))
    review = orders.review_order(ctx, oid)
    assert review.ok and review.promise is not None
    promise = orders.confirm_order(ctx, oid)
    # 09:00 + at most 30 min to the next departure + 25 min to the east side, nobody waiting
    assert ctx.to_local(promise.at).strftime("%H:%M") == "09:55"
    assert "东城片区" in promise.explanation
    assert api.get_order(ctx, oid).status == "confirmed"
    # six more confirmed orders in the west: not before an east-side order (another driver's area)
    for _ in range(6):
        orders.confirm_order(ctx, orders.create_order(ctx, water_order(office, "li")))
    late = orders.confirm_order(ctx, orders.create_order(ctx, water_order(office, "wang")))
    # 09:00 + 30 + 25 + the first east order not planned yet × 12 = 10:07 -> 10:10
    assert ctx.to_local(late.at).strftime("%H:%M") == "10:10", late.explanation
    assert "1 stop(s) before it" in late.explanation
    # a requested time later than that is kept
    oid = orders.create_order(ctx, water_order(office, requested_at=dt.datetime(2026, 3, 2, 15, 0)))
    assert ctx.to_local(orders.confirm_order(ctx, oid).at).strftime("%H:%M") == "15:00"


def test_the_promise_comes_from_the_days_plan_of_the_driver_the_area_goes_to(office):
    from suite_plugins.orders.services import dispatch

    ctx = office.ctx
    day = ctx.today()
    east = []
    for _ in range(4):
        oid = orders.create_order(ctx, water_order(office, "wang"))
        orders.confirm_order(ctx, oid)
        east.append(oid)
    west = orders.create_order(ctx, water_order(office, "li"))
    orders.confirm_order(ctx, west)
    dispatch.plan_day(ctx, day)
    driver = api.get_order(ctx, east[0]).driver_staff_id
    assert {api.get_order(ctx, i).driver_staff_id for i in east} == {driver}
    name = next(d.name for d in core.list_staff(ctx, department="delivery") if d.id == driver)
    # orders of other days do not count: ten confirmed for tomorrow
    tomorrow = dt.datetime(2026, 3, 3, 10, 0)
    for _ in range(10):
        orders.confirm_order(ctx, orders.create_order(ctx, water_order(office, "wang", requested_at=tomorrow)))
    oid = orders.create_order(ctx, water_order(office, "wang"))
    review = orders.review_order(ctx, oid)
    # 09:00 + 30 min to the departure + 4 stops on his route × 12 + 25 min east = 10:43 -> 10:45
    assert ctx.to_local(review.promise.at).strftime("%H:%M") == "10:45", review.promise.explanation
    text = review.promise.explanation
    assert f"{name}'s route on 2026-03-02" in text and "4 stop(s) before it" in text and "东城片区 25 min" in text
    # a west-side order goes behind the one west stop only
    other = orders.review_order(ctx, orders.create_order(ctx, water_order(office, "li")))
    assert "1 stop(s) before it" in other.promise.explanation
    assert ctx.to_local(other.promise.at).strftime("%H:%M") == "10:15"  # 09:00 + 30 + 12 + 30 = 10:12
    # once the driver delivered two, they no longer count
    vehicle = next(c.vehicle_id for c in dispatch.crews(ctx, day) if c.driver_staff_id == driver)
    dispatch.record_check(ctx, vehicle, tyres=True, brakes=True, lights=True, load=True)
    from suite_plugins.orders.services import deliveries

    dispatch.dispatch_driver(ctx, day, driver)
    for i in east[:2]:
        deliveries.confirm_delivery(ctx, i, deliveries.DeliveryInput(signed_by="王芳"))
    assert "2 stop(s) before it" in orders.review_order(ctx, oid).promise.explanation


def test_the_queue_counts_the_areas_orders_left_unplanned_and_skips_a_blocked_vehicle(office):
    """The queue's one query: a driver's open stops, the area's orders left unplanned on the
    day and those never planned, a blocked vehicle's driver passed over, the office's own
    minutes per stop."""
    from suite_plugins.orders.services import dispatch

    ctx = office.ctx
    day = ctx.today()
    planned = [orders.create_order(ctx, water_order(office, "wang")) for _ in range(2)]
    for oid in planned:
        orders.confirm_order(ctx, oid)
    dispatch.plan_day(ctx, day)
    first = api.get_order(ctx, planned[0]).driver_staff_id
    # never planned yet: one more east order, and a west one that does not count for the east
    orders.confirm_order(ctx, orders.create_order(ctx, water_order(office, "wang")))
    orders.confirm_order(ctx, orders.create_order(ctx, water_order(office, "li")))
    oid = orders.create_order(ctx, water_order(office, "wang"))
    with ctx.read() as s:
        queue = dispatch.queue_for(ctx, s, day, office.areas["东城片区"], oid)
    assert (queue.driver_staff_id, queue.stops_before, queue.waiting_in_area, queue.serving) == (first, 2, 1, True)
    review = orders.review_order(ctx, oid)
    assert "3 stop(s) before it" in review.promise.explanation
    # 09:00 + 30 + 3 × 12 + 25 = 10:31 -> 10:35
    assert ctx.to_local(review.promise.at).strftime("%H:%M") == "10:35", review.promise.explanation
    # his vehicle fails its check: his two stops go back to the pool (planned for the day, no
    # driver) and count as waiting; the area goes to the lowest load among the others
    vehicle = next(c.vehicle_id for c in dispatch.crews(ctx, day) if c.driver_staff_id == first)
    dispatch.record_check(ctx, vehicle, tyres=False, brakes=True, lights=True, load=True, notes="胎压不足")
    with ctx.read() as s:
        queue = dispatch.queue_for(ctx, s, day, office.areas["东城片区"], oid)
    assert queue.driver_staff_id not in (None, first)
    assert (queue.stops_before, queue.waiting_in_area, queue.serving) == (0, 3, False)
    # the office's own minutes per stop
    core.set_setting(ctx, "orders", "minutes_per_stop", 10, permission="orders.configure")
    review = orders.review_order(ctx, oid)
    assert "3 stop(s) before it × 10 min" in review.promise.explanation
    assert ctx.to_local(review.promise.at).strftime("%H:%M") == "10:25", review.promise.explanation  # 10:25 exactly
    # an order without an area asks the queue of the orders without one
    with ctx.read() as s:
        assert dispatch.queue_for(ctx, s, day, None).waiting_in_area == 0


def test_the_promise_counts_from_the_departure_of_the_vehicle_the_area_goes_to(office):
    from suite_plugins.orders.services import dispatch

    ctx = office.ctx
    day = ctx.today()
    # the east side's van usually leaves at 10:30 (the clock says 09:00)
    east_van = office.vehicles[0]
    view = next(v for v in dispatch.list_vehicles(ctx) if v.id == east_van)
    with pytest.raises(ValidationError, match="08:30") as err:
        dispatch.save_vehicle(ctx, plate=view.plate, capacity_buckets=40, departure="十点半", vehicle_id=east_van,
                              default_driver_staff_id=view.default_driver_staff_id, expected_version=view.version)
    assert "departure" in err.value.fields
    dispatch.save_vehicle(ctx, plate=view.plate, capacity_buckets=40, departure="10：30", vehicle_id=east_van,
                          default_driver_staff_id=view.default_driver_staff_id, expected_version=view.version)
    assert next(v for v in dispatch.list_vehicles(ctx) if v.id == east_van).departure == "10:30"
    first = orders.create_order(ctx, water_order(office, "wang"))
    orders.confirm_order(ctx, first)
    dispatch.plan_day(ctx, day)
    driver = api.get_order(ctx, first).driver_staff_id
    assert next(c for c in dispatch.crews(ctx, day) if c.driver_staff_id == driver).departure == "10:30"
    review = orders.review_order(ctx, orders.create_order(ctx, water_order(office, "wang")))
    # 10:30 departure + 1 stop before it × 12 + 25 min east = 11:07 -> 11:10
    assert ctx.to_local(review.promise.at).strftime("%H:%M") == "11:10", review.promise.explanation
    assert "vehicle 浙A·D1001 leaves at 10:30" in review.promise.explanation
    # the dispatcher moves today's departure earlier: the promise follows
    dispatch.set_departure(ctx, day, driver, "9:20")
    review = orders.review_order(ctx, orders.create_order(ctx, water_order(office, "wang")))
    assert ctx.to_local(review.promise.at).strftime("%H:%M") == "10:00"  # 09:20 + 12 + 25 = 09:57
    assert next(sh for sh in dispatch.board(ctx, day).sheets if sh.driver_staff_id == driver).departure == "09:20"
    with pytest.raises(ValidationError, match="08:30"):
        dispatch.set_departure(ctx, day, driver, "25:00")
    # once the departure is past, the next departure within the usual wait counts again
    office.clock.advance(minutes=30)                     # 09:30
    review = orders.review_order(ctx, orders.create_order(ctx, water_order(office, "wang")))
    assert "next departure within 30 min" in review.promise.explanation
    assert ctx.to_local(review.promise.at).strftime("%H:%M") == "10:40"  # 09:30 + 30 + 12 + 25 = 10:37
    # the west side (no departure set) is promised as before
    west = orders.review_order(ctx, orders.create_order(ctx, water_order(office, "li")))
    assert "next departure within 30 min" in west.promise.explanation


def test_confirming_twice_is_refused(office):
    oid = orders.create_order(office.ctx, water_order(office))
    orders.confirm_order(office.ctx, oid)
    with pytest.raises(ValidationError, match="already Confirmed"):
        orders.confirm_order(office.ctx, oid)
    with office.ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(StatusChange).where(StatusChange.order_id == oid)) == 2


def test_review_finds_a_product_taken_off_the_menu(office):
    oid = orders.create_order(office.ctx, water_order(office))
    catalog.set_active(office.ctx, office.products["water"], False,
                       expected_version=catalog.get_product(office.ctx, office.products["water"]).version)
    review = orders.review_order(office.ctx, oid)
    assert not review.ok and "no longer sold" in review.problems[0]
    with pytest.raises(ValidationError, match="no longer sold"):
        orders.confirm_order(office.ctx, oid)
    assert api.get_order(office.ctx, oid).status == "new"


def test_table_orders_need_a_table_and_guests(office):
    oid = orders.create_order(office.ctx, OrderInput(channel="table", table_no="8", guests=4,
                                                     items=[ItemInput(office.products["rice"], 2),
                                                            ItemInput(office.products["fish"], 1)]))
    view = orders.create_order  # noqa: F841 - keep the name used
    ref = api.get_order(office.ctx, oid)
    assert ref.channel == "table" and ref.total_amount == Decimal("102.00") and ref.customer_id is None
    promise = orders.confirm_order(office.ctx, oid)
    assert office.ctx.to_local(promise.at).strftime("%H:%M") == "09:20"  # kitchen 20 min


def test_edits_after_confirmation_are_recorded_and_delivered_orders_are_not_edited(office):
    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office, qty=2))
    orders.update_order(ctx, oid, water_order(office, qty=3), expected_version=_version(ctx, oid))  # not recorded yet
    assert _count(ctx, OrderChange) == 0
    orders.confirm_order(ctx, oid)
    orders.update_order(ctx, oid, water_order(office, qty=4, notes="放门口"), reason="客户来电加一桶",
                        expected_version=_version(ctx, oid))
    with ctx.read() as s:
        change = s.scalar(select(OrderChange).where(OrderChange.order_id == oid))
        assert change.kind == "edit" and change.reason == "客户来电加一桶"
        assert change.amount_delta == Decimal("18.00")
        assert "农夫山泉 18.9L×3" in change.changes and "农夫山泉 18.9L×4" in change.changes
    with ctx.unit_of_work() as s:  # as if it had been delivered
        s.get(Order, oid).status = "delivered"
    with pytest.raises(ValidationError, match="cannot be edited"):
        orders.update_order(ctx, oid, water_order(office, qty=1), expected_version=_version(ctx, oid))
    assert api.get_order(ctx, oid).total_amount == Decimal("72.00")


def test_cancel_needs_a_reason_and_is_impossible_after_delivery(office):
    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office))
    with pytest.raises(ValidationError) as err:
        orders.cancel_order(ctx, oid, "  ")
    assert "reason" in err.value.fields
    orders.cancel_order(ctx, oid, "客户改天再要")
    ref = api.get_order(ctx, oid)
    assert ref.status == "cancelled"
    with pytest.raises(ValidationError, match="only orders not yet delivered"):
        orders.cancel_order(ctx, oid, "again")
    with ctx.read() as s:
        last = s.scalars(select(StatusChange).where(StatusChange.order_id == oid).order_by(StatusChange.id)).all()[-1]
        assert (last.from_status, last.to_status, last.reason) == ("new", "cancelled", "客户改天再要")


def test_adjustments_correct_delivered_orders_only(office):
    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office))
    with pytest.raises(ValidationError, match="not delivered yet"):
        orders.adjust_order(ctx, oid, "-5", "折扣")
    with ctx.unit_of_work() as s:
        s.get(Order, oid).status = "delivered"
    with pytest.raises(ValidationError) as err:
        orders.adjust_order(ctx, oid, "0", "")
    assert set(err.value.fields) == {"amount_delta", "reason"}
    orders.adjust_order(ctx, oid, "-6", "老客户优惠")
    assert api.get_order(ctx, oid).total_amount == Decimal("30.00")
    with pytest.raises(ValidationError, match="negative"):
        orders.adjust_order(ctx, oid, "-100", "too much")


def test_adjusting_a_cancelled_order_says_what_can_be_done(office):
    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office))
    orders.cancel_order(ctx, oid, "客户不要了")
    before = api.get_order(ctx, oid)
    with pytest.raises(ValidationError) as err:
        orders.adjust_order(ctx, oid, "-5", "折扣")
    message = str(err.value)
    assert "cancelled" in message and "new order" in message and "edit it" not in message
    after = api.get_order(ctx, oid)
    assert (after.total_amount, after.status) == (before.total_amount, "cancelled")
    with ctx.read() as s:
        assert s.scalars(select(OrderChange).where(OrderChange.order_id == oid)).all() == []


def test_permissions_are_checked_in_the_services(office, suite_login):
    driver = office.login(suite_login, "driver")
    with pytest.raises(PermissionDenied):
        orders.create_order(driver, water_order(office))
    clerk = office.login(suite_login, "clerk")
    oid = orders.create_order(clerk, water_order(office))
    with pytest.raises(PermissionDenied):
        orders.adjust_order(clerk, oid, "1", "x")
    assert api.get_order(driver, oid).number.endswith("-0001")


# ---------------------------------------------------------------------------- the desk's helpers


def test_phone_lookup_panel_and_repeating_the_last_order(office):
    ctx = office.ctx
    found = orders.lookup_phone(ctx, "139 1234")
    assert [c.name for c in found] == ["王芳"]
    with pytest.raises(ValidationError):
        orders.lookup_phone(ctx, "139abc")
    assert orders.repeat_last_order(ctx, office.customers["wang"]) is None
    first = orders.create_order(ctx, water_order(office, qty=2, items=[ItemInput(office.products["water"], 2),
                                                                       ItemInput(office.products["cups"], 1)]))
    again = orders.repeat_last_order(ctx, office.customers["wang"])
    assert [(i.product_id, i.quantity) for i in again.items] == [(office.products["water"], 2), (office.products["cups"], 1)]
    second = orders.create_order(ctx, again)
    assert api.get_order(ctx, second).items_summary == api.get_order(ctx, first).items_summary
    panel = orders.customer_panel(ctx, office.customers["wang"])
    assert panel.customer.name == "王芳" and panel.buckets_held == 0
    assert [r.id for r in panel.last_orders] == [second, first]


def test_a_new_customer_is_created_inline(office):
    cid = orders.create_customer_inline(office.ctx, "孙丽", "138-0000-1234", "朝阳街9号")
    assert [c.id for c in orders.lookup_phone(office.ctx, "13800001234")] == [cid]
    with pytest.raises(ValidationError) as err:
        orders.create_customer_inline(office.ctx, "孙丽", "1380000abcd", "火星路1号")
    assert set(err.value.fields) == {"phone", "address"}


# ---------------------------------------------------------------------------- hooks


class _Inventory:
    NAME, TITLE, VERSION, API_VERSION = "inventory_stub", "Test inventory", "1.0", "1.0"
    OPTIONAL = ("orders",)
    stock: dict = {}

    @hookimpl
    def suite_orders_check_stock(self, ctx, items):
        out = []
        for item in items:
            have = self.stock.get(item["product_id"])
            if have is not None and have < item["quantity"]:
                out.append({"product_id": item["product_id"], "name": item["name"], "available": have,
                            "message": f"{item['name']}: only {have} in stock"})
        return out


class _Listener:
    NAME, TITLE, VERSION, API_VERSION = "listener", "Listener", "1.0", "1.0"
    REQUIRES = ("orders",)
    seen: list = []
    veto_cancel = False

    @hookimpl
    def suite_order_did_confirm(self, ctx, session, order_id):
        # inside the writer's transaction: the new state is visible
        self.seen.append(("confirm", session.get(Order, order_id).status))

    @hookimpl
    def suite_order_did_cancel(self, ctx, session, order_id):
        if self.veto_cancel:
            raise ValidationError("cancellation refused by a plugin")
        self.seen.append(("cancel", order_id))

    @hookimpl
    def suite_customer_facts(self, ctx, customer_id):
        return [("Open complaints", "2", "danger")]


@pytest.fixture
def hooked(office):
    host = build_host(only=["orders", "inventory_stub", "listener"], extra=[_Inventory(), _Listener()], strict=True)
    return office.ctx.__class__(db=office.ctx.db, host=host, clock=office.clock)


def test_stock_from_an_inventory_plugin_blocks_confirmation(office, hooked):
    _Inventory.stock = {office.products["water"]: 1}
    oid = orders.create_order(hooked, water_order(office, qty=3))
    review = orders.review_order(hooked, oid)
    assert review.problems == ("农夫山泉 18.9L: only 1 in stock",)
    with pytest.raises(ValidationError, match="only 1 in stock"):
        orders.confirm_order(hooked, oid)
    _Inventory.stock = {office.products["water"]: 10}
    orders.confirm_order(hooked, oid)
    assert api.get_order(hooked, oid).status == "confirmed"


def test_domain_events_run_in_the_transaction_and_can_veto(office, hooked):
    _Listener.seen.clear()
    _Inventory.stock = {}
    oid = orders.create_order(hooked, water_order(office))
    orders.confirm_order(hooked, oid)
    assert _Listener.seen == [("confirm", "confirmed")]
    _Listener.veto_cancel = True
    try:
        with pytest.raises(ValidationError, match="refused by a plugin"):
            orders.cancel_order(hooked, oid, "客户取消")
    finally:
        _Listener.veto_cancel = False
    assert api.get_order(hooked, oid).status == "confirmed"


def test_the_desk_shows_facts_other_plugins_know(office, hooked):
    panel = orders.customer_panel(hooked, office.customers["wang"])
    assert panel.facts == (("Open complaints", "2", "danger"),)


# ---------------------------------------------------------------------------- the published API


def test_api_finds_orders_by_number_and_phone_and_lists_recent_ones(office):
    ctx = office.ctx
    a = orders.create_order(ctx, water_order(office))
    b = orders.create_order(ctx, water_order(office, "li"))
    assert api.find_order(ctx, "20260302-0002").id == b
    assert api.find_order(ctx, " 202603020001 ").id == a
    assert api.find_order(ctx, "20260302-0099") is None
    assert api.find_order(ctx, "nonsense") is None
    assert [r.id for r in api.search_orders(ctx, "0002")] == [b]
    assert [r.id for r in api.search_orders(ctx, "13987")] == [b]
    assert [r.id for r in api.recent_orders(ctx, office.customers["wang"])] == [a]
    with pytest.raises(NotFound):
        api.get_order(ctx, 12345)
    ref = api.get_order(ctx, a)
    assert ref.status_label == "New" and ref.channel_label == "Phone"
    assert isinstance(ref.total_amount, Decimal)


@pytest.mark.parametrize("first,second", [("note", "swap"), ("swap", "note")])
@pytest.mark.parametrize("confirmed", [False, True])
def test_two_stale_edits_of_only_the_lines_conflict(office, first, second, confirmed):
    """The issue's case: an edit that changes only a line (its note, or a product swapped for
    one of the same price, so no amount moves) still moves the order's version; the second
    clerk, holding the copy read before, gets a conflict instead of erasing the first edit."""
    from suite.plugin_api import ConflictError
    from suite_plugins.orders.services import queries

    ctx = office.ctx
    same_price = catalog.save_product(ctx, catalog.ProductInput("娃哈哈 18.9L", "18", kind="water", unit="桶",
                                                                bucket_litres="18.9", deposit="30", returnable=True))
    oid = orders.create_order(ctx, water_order(office, qty=2))
    if confirmed:
        orders.confirm_order(ctx, oid)
    seen = queries.get_order(ctx, oid)  # both clerks read the same copy

    def edit(kind):
        if kind == "note":
            items = [ItemInput(office.products["water"], 2, notes="放门口，别按门铃")]
        else:
            items = [ItemInput(same_price, 2)]
        return water_order(office, items=items)

    orders.update_order(ctx, oid, edit(first), expected_version=seen.version)
    after_first = queries.get_order(ctx, oid)
    assert after_first.version > seen.version
    assert after_first.total_amount == seen.total_amount  # nothing the order row holds changed
    with pytest.raises(ConflictError):
        orders.update_order(ctx, oid, edit(second), expected_version=seen.version)
    kept = queries.get_order(ctx, oid)
    assert kept.version == after_first.version and kept.items == after_first.items  # the first edit stands


def test_an_update_without_the_version_read_is_a_programming_error(office):
    oid = orders.create_order(office.ctx, water_order(office))
    with pytest.raises(TypeError):
        orders.update_order(office.ctx, oid, water_order(office, qty=3))  # noqa: the keyword is missing
    with pytest.raises(TypeError):
        orders.update_order(office.ctx, oid, water_order(office, qty=3), expected_version=None)
    assert api.get_order(office.ctx, oid).total_amount == Decimal("36.00")
    with pytest.raises(TypeError):  # a create-or-update service: an update needs the version too
        catalog.save_product(office.ctx, catalog.ProductInput("农夫山泉 18.9L", "19", kind="water"),
                             product_id=office.products["water"])


@pytest.mark.parametrize("record", ["product", "vehicle"])
def test_catalogue_and_vehicles_refuse_two_stale_edits(office, record):
    from suite.plugin_api import ConflictError
    from suite_plugins.orders.services import dispatch

    ctx = office.ctx
    if record == "product":
        pid = office.products["cups"]
        v = catalog.get_product(ctx, pid).version

        def save(price):
            catalog.save_product(ctx, catalog.ProductInput("一次性纸杯", price, kind="goods", unit="包"),
                                 product_id=pid, expected_version=v)
    else:
        vid = office.vehicles[0]
        v = next(x.version for x in dispatch.list_vehicles(ctx) if x.id == vid)

        def save(cap):
            dispatch.save_vehicle(ctx, plate="浙A·D1001", capacity_buckets=cap, vehicle_id=vid, expected_version=v)
    save("6")
    with pytest.raises(ConflictError):
        save("7")
    if record == "product":
        with pytest.raises(ConflictError):
            catalog.set_active(ctx, pid, False, expected_version=v)


def test_products_and_callers_are_found_by_pinyin(office):
    from suite.plugin_api.lists import ListPager
    from suite_plugins.orders.services import lists as order_lists

    ctx = office.ctx
    assert [p.name for p in catalog.list_products(ctx, text="nfsq")] == ["农夫山泉 18.9L"]
    pager = ListPager(ctx, order_lists.product_list(ctx))
    assert [r.name for r in pager.fetch_next()] == ["红烧鱼", "农夫山泉 18.9L", "扬州炒饭", "怡宝 11.3L", "一次性纸杯"]
    pager.set_search("yb")
    assert [r.name for r in pager.fetch_next()] == ["怡宝 11.3L"]
    # the desk's lookup: digits are a phone, letters a name or its pinyin
    assert [c.name for c in orders.lookup_phone(ctx, "wangf")] == ["王芳"]
    assert [c.name for c in orders.lookup_phone(ctx, "王芳")] == ["王芳"]
