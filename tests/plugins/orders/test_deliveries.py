"""Delivery confirmation, lateness, the bucket deposit ledger, the bar's checkout."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ValidationError
from suite_plugins.orders import api
from suite_plugins.orders.models import Order
from suite_plugins.orders.services import deliveries, deposits, dispatch, orders, queries
from suite_plugins.orders.services.deliveries import DeliveryInput
from suite_plugins.orders.services.orders import ItemInput, OrderInput
from tests.plugins.orders.conftest import water_order

DAY = dt.date(2026, 3, 2)


def _out(office, customer="wang", qty=2, **kw) -> int:
    """A water order confirmed, planned onto driver 0 and dispatched."""
    ctx = office.ctx
    oid = orders.create_order(ctx, water_order(office, customer, qty, **kw))
    orders.confirm_order(ctx, oid)
    dispatch.reassign(ctx, oid, office.drivers[0], "test")
    if dispatch.list_vehicles(ctx, DAY)[0].state == "unchecked":
        dispatch.record_check(ctx, office.vehicles[0], tyres=True, brakes=True, lights=True, load=True)
    dispatch.dispatch_order(ctx, oid)
    return oid


def test_delivery_records_everything_and_feeds_the_ledger(office):
    ctx = office.ctx
    oid = _out(office, qty=3)
    office.clock.advance(minutes=20)  # promised 09:25, delivered 09:20
    result = deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳", payment_method="wechat"))
    assert result.delivered and result.late_minutes < 0
    assert result.deposit_collected == Decimal("90.00") and result.amount_collected == Decimal("144.00")
    ref = api.get_order(ctx, oid)
    assert ref.status == "delivered" and not ref.is_late and ref.amount_collected == Decimal("144.00")
    bal = deposits.balance(ctx, office.customers["wang"])
    assert (bal.buckets_held, bal.deposit_held) == (3, Decimal("90.00"))
    # the next order swaps empties: no new deposit
    oid2 = _out(office, qty=2)
    with office.ctx.read() as s:
        from suite_plugins.orders.models import Order

        o = s.get(Order, oid2)
        assert (o.empties_expected, o.deposit_due) == (2, Decimal("0.00"))
    office.clock.advance(minutes=90)
    r2 = deliveries.confirm_delivery(ctx, oid2, DeliveryInput(signed_by="王芳", empties_collected=2))
    assert r2.late_minutes > 0 and r2.deposit_collected == 0 and r2.amount_collected == Decimal("36.00")
    assert api.get_order(ctx, oid2).is_late
    assert deposits.balance(ctx, office.customers["wang"]).buckets_held == 3
    st = deposits.statement(ctx, office.customers["wang"])
    assert [(l.kind, l.buckets, l.amount) for l in st.lines] == [
        ("out", 3, Decimal("0.00")), ("deposit", 0, Decimal("90.00")), ("out", 2, Decimal("0.00")),
        ("return", -2, Decimal("0.00"))]
    assert st.closing.buckets_held == 3 and st.lines[-1].buckets_after == 3


def test_collecting_more_empties_than_held_needs_a_note(office):
    ctx = office.ctx
    oid = _out(office, qty=1)
    with pytest.raises(ValidationError) as err:
        deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳", empties_collected=3))
    assert "holds only 0 bucket" in str(err.value.fields["empties_collected"])
    assert api.get_order(ctx, oid).status == "dispatched"
    assert deposits.balance(ctx, office.customers["wang"]).buckets_held == 0
    deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳", empties_collected=3,
                                                        note="客户退回以前别家的押金桶，经理同意"))
    # the two empties beyond the customer's balance are booked with the note: the customer
    # now holds just the bucket delivered, never a negative number
    st = deposits.statement(ctx, office.customers["wang"])
    assert [(l.kind, l.buckets) for l in st.lines] == [("out", 1), ("return", -3), ("adjust", 3)]
    assert st.lines[-1].note.startswith("客户退回") and st.closing.buckets_held == 1
    assert api.get_order(ctx, oid).status == "delivered"


@pytest.mark.parametrize("data, field", [
    (DeliveryInput(signed_by=""), "signed_by"),
    (DeliveryInput(signed_by="王芳", buckets_delivered=5), "buckets_delivered"),
    (DeliveryInput(signed_by="王芳", empties_collected=-1), "empties_collected"),
    (DeliveryInput(signed_by="王芳", payment_method="bitcoin"), "payment_method"),
    (DeliveryInput(signed_by="王芳", amount_collected="abc"), "amount_collected"),
    (DeliveryInput(signed_by="王芳", exception="damaged"), "note"),
    (DeliveryInput(exception="refused"), "note"),
    (DeliveryInput(signed_by="王芳", delivered_at=dt.datetime(2026, 3, 2, 23, 0)), "delivered_at"),
])
def test_bad_delivery_input_is_refused_and_changes_nothing(office, data, field):
    oid = _out(office)
    with pytest.raises(ValidationError) as err:
        deliveries.confirm_delivery(office.ctx, oid, data)
    assert field in err.value.fields, err.value.fields
    assert api.get_order(office.ctx, oid).status == "dispatched"
    assert deposits.statement(office.ctx, office.customers["wang"]).lines == ()


def test_absent_customer_sends_the_order_back_for_another_run(office):
    ctx = office.ctx
    oid = _out(office)
    result = deliveries.confirm_delivery(ctx, oid, DeliveryInput(exception="absent"))
    assert not result.delivered
    ref = api.get_order(ctx, oid)
    assert ref.status == "confirmed" and ref.delivered_at is None
    assert deposits.balance(ctx, office.customers["wang"]).buckets_held == 0
    dispatch.dispatch_order(ctx, oid)  # second run
    deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="门卫"))
    view = queries.get_order(ctx, oid)
    assert [d.delivered for d in view.deliveries] == [False, True]
    assert [h.to_status for h in view.history] == ["new", "confirmed", "dispatched", "confirmed", "dispatched",
                                                   "delivered"]


def test_damaged_buckets_are_recorded_and_not_charged(office):
    oid = _out(office, qty=3)
    r = deliveries.confirm_delivery(office.ctx, oid, DeliveryInput(signed_by="王芳", buckets_delivered=2,
                                                                   damaged_buckets=1, note="一桶破损漏水，已拉回"))
    assert r.amount_collected == Decimal("96.00")  # 2 × 18 + 2 × 30
    assert deposits.balance(office.ctx, office.customers["wang"]).buckets_held == 2


def test_only_dispatched_orders_are_delivered(office):
    oid = orders.create_order(office.ctx, water_order(office))
    with pytest.raises(ValidationError, match="only dispatched orders"):
        deliveries.confirm_delivery(office.ctx, oid, DeliveryInput(signed_by="x"))


def test_refund_and_corrections_of_deposits(office):
    ctx = office.ctx
    oid = _out(office, qty=2)
    deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳"))
    cid = office.customers["wang"]
    with pytest.raises(ValidationError) as err:
        deposits.refund(ctx, cid, 3, "60")
    assert "holds only 2" in str(err.value.fields["buckets"])
    with pytest.raises(ValidationError):
        deposits.refund(ctx, cid, 1, "100")
    deposits.refund(ctx, cid, 2, "60", note="搬家退桶")
    bal = deposits.balance(ctx, cid)
    assert (bal.buckets_held, bal.deposit_held) == (0, Decimal("0.00"))
    with pytest.raises(ValidationError) as err:
        deposits.correct(ctx, cid, 1, "")
    assert "note" in err.value.fields
    deposits.correct(ctx, cid, 1, "上门清点多一桶")
    assert deposits.balance(ctx, cid).buckets_held == 1


def test_checkout_at_the_bar_settles_a_table_order(office):
    ctx = office.ctx
    oid = orders.create_order(ctx, OrderInput(channel="table", table_no="3", guests=2,
                                              items=[ItemInput(office.products["fish"], 1), ItemInput(office.products["rice"], 2)]))
    with pytest.raises(ValidationError, match="only a confirmed ticket"):
        deliveries.checkout(ctx, oid)
    orders.confirm_order(ctx, oid)
    with pytest.raises(ValidationError) as err:
        deliveries.checkout(ctx, oid, "90", "cash")
    assert "discount needs a note" in str(err.value.fields["amount"])
    with pytest.raises(ValidationError) as err:
        deliveries.checkout(ctx, oid, "200", "cash")
    assert "more than" in str(err.value.fields["amount"])
    assert deliveries.checkout(ctx, oid, "100", "alipay", note="抹零") == Decimal("100.00")
    ref = api.get_order(ctx, oid)
    assert ref.status == "completed" and ref.amount_collected == Decimal("100.00") and ref.total_amount == Decimal("100.00")


def test_a_deposit_taken_at_the_door_is_not_shown_as_a_refund_on_the_route(office):
    """The customer keeps the two buckets he was to swap: the driver takes their deposit at the
    door, beyond what the order expected. Nothing is due and nothing goes back; a -5
    adjustment afterwards is a refund of 5."""
    ctx = office.ctx
    first = _out(office, qty=2)
    deliveries.confirm_delivery(ctx, first, DeliveryInput(signed_by="王芳"))   # he now holds 2 buckets
    oid = _out(office, qty=2)
    with ctx.read() as s:
        order = s.get(Order, oid)
        assert (order.empties_expected, order.deposit_due) == (2, Decimal("0.00"))
    result = deliveries.confirm_delivery(ctx, oid, DeliveryInput(signed_by="王芳", empties_collected=0))
    assert result.deposit_collected == Decimal("60.00") and result.amount_collected == Decimal("96.00")

    def stop():
        sheet = dispatch.route_sheet(ctx, DAY, office.drivers[0])
        st = next(x for x in sheet.stops if x.order_id == oid)
        return st.amount_to_collect, st.refund_due

    assert stop() == (Decimal("0.00"), Decimal("0.00"))
    orders.adjust_order(ctx, oid, "-5", "桶有划痕")
    assert stop() == (Decimal("0.00"), Decimal("5.00"))
