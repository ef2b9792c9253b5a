"""Purchase orders, receipts with incoming inspection, supplier qualification, reorder."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ConflictError
from tests.plugins.inventory.conftest import TODAY, bal, licences
from tests.plugins.inventory.test_ledger import refused


def _line(item, q="10", **kw):
    from suite_plugins.inventory.services import purchasing as pur

    return pur.ReceiptLineInput(item, q, kw.pop("cost", "17.50"), **kw)


def _receipt(w, lines, **kw):
    from suite_plugins.inventory.services import purchasing as pur

    kw.setdefault("certificates_seen", True)
    return pur.ReceiptInput(kw.pop("supplier", w.fresh), kw.pop("location", w.cold), lines, **kw)


def test_po_lifecycle_draft_sent_partly_received_received(suite_backend, keeper, world):
    from suite_plugins.inventory.services import purchasing as pur

    po = pur.create_po(keeper, world.fresh, [pur.POLineInput(world.chicken, "20", "18.00")],
                       expected_on=TODAY + dt.timedelta(days=1))
    v = pur.get_po(keeper, po)
    assert v.status == "draft" and v.total == Decimal("360.00") and v.number.startswith("PO20260302-")
    pur.send_po(keeper, po, expected_version=v.version)
    exp = TODAY + dt.timedelta(days=3)
    pur.receive(keeper, _receipt(world, [_line(world.chicken, "12", expiry=exp, arrival_temp="3.5")], po_id=po))
    assert pur.get_po(keeper, po).status == "partly_received"
    pur.receive(keeper, _receipt(world, [_line(world.chicken, "8", expiry=exp, arrival_temp="4", batch_code="B2")],
                                 po_id=po))
    v = pur.get_po(keeper, po)
    assert v.status == "received" and v.lines[0].received == Decimal("20")
    assert bal(keeper, world.chicken) == 20
    refused(keeper, lambda: pur.cancel_po(keeper, po, reason="x", expected_version=v.version), "cannot be cancelled")


def test_two_stale_edits_of_a_po_conflict(suite_backend, keeper, world, clock):
    from suite_plugins.inventory.services import purchasing as pur

    po = pur.create_po(keeper, world.fresh, [pur.POLineInput(world.chicken, "20")])
    v = pur.get_po(keeper, po)
    clock.advance(minutes=1)  # the root's version moves through its updated_at (core)
    pur.update_po(keeper, po, [pur.POLineInput(world.chicken, "25")], expected_version=v.version)
    with pytest.raises(ConflictError):
        pur.update_po(keeper, po, [pur.POLineInput(world.chicken, "30")], expected_version=v.version)
    assert pur.get_po(keeper, po).lines[0].quantity == Decimal("25")


@pytest.mark.parametrize("who, text", [("nolicence", "No valid business licence"),
                                       ("expired", "expired on 2026-03-01"),
                                       ("suspended", "is suspended (送货多次延误)")])
def test_unqualified_or_suspended_suppliers_get_no_po_and_no_receipt(suite_backend, keeper, world, who, text):
    from suite_plugins.inventory.services import purchasing as pur

    supplier = getattr(world, who)
    refused(keeper, lambda: pur.create_po(keeper, supplier, [pur.POLineInput(world.rice, "50")]), text)
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.rice, "50")], supplier=supplier,
                                                         location=world.store)), text)


def test_a_licence_expiring_within_30_days_is_warned_and_the_day_after_refused(suite_backend, keeper, manager,
                                                                               world, clock):
    from suite_plugins.inventory.services import purchasing as pur, suppliers as sup
    from tests.plugins.inventory.conftest import local

    sid = sup.save_supplier(manager, sup.SupplierInput("月底到期肉联"))
    licences(manager, sid, food=TODAY + dt.timedelta(days=20))
    q = sup.qualification(manager, sid)
    assert q.qualified and "expires on 2026-03-22" in q.warnings[0]
    pur.create_po(keeper, sid, [pur.POLineInput(world.chicken, "5")])
    clock.set(local(2026, 3, 23, 8, 0))
    refused(keeper, lambda: pur.create_po(keeper, sid, [pur.POLineInput(world.chicken, "5")]),
            "expired on 2026-03-22")


def test_an_expiry_date_before_the_receipt_date_is_refused(suite_backend, keeper, world):
    from suite_plugins.inventory.services import purchasing as pur

    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, expiry=TODAY - dt.timedelta(days=1),
                                                                       arrival_temp="3")])),
            "the expiry date 2026-03-01 lies before the receipt date 2026-03-02")
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, arrival_temp="3")])),
            "perishable: enter its expiry date")


def test_inspection_decides_per_line_and_rejected_lines_go_back(suite_backend, keeper, world):
    from suite_plugins.inventory.services import purchasing as pur

    exp = TODAY + dt.timedelta(days=4)
    # a chilled item that arrived warm cannot simply be accepted
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, expiry=exp, arrival_temp="11")])),
            "arrived at 11.0 °C, warmer than 8 °C. Reject the line or accept it with a remark")
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, expiry=exp)])),
            "measure its temperature on arrival")
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, expiry=exp, arrival_temp="11",
                                                                       decision="reject")])),
            "say why the line is rejected")
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, expiry=exp, arrival_temp="3")],
                                                         certificates_seen=False)), "索证索票")
    rid = pur.receive(keeper, _receipt(world, [
        _line(world.chicken, "10", expiry=exp, arrival_temp="11", decision="reject", remark="到货温度11度，退回"),
        _line(world.chicken, "6", expiry=exp, arrival_temp="6", packaging_ok=False, decision="accept_remark",
              remark="外箱破损，内包装完好", batch_code="CK-0302"),
        _line(world.rice, "25", cost="4.10")]))
    r = pur.get_receipt(keeper, rid)
    assert [l.decision for l in r.lines] == ["reject", "accept_remark", "accept"]
    assert r.lines[0].batch_id is None and r.lines[1].batch_code == "CK-0302"
    assert bal(keeper, world.chicken) == 6 and bal(keeper, world.rice) == 25
    assert r.inspector and r.certificates_seen


@pytest.mark.parametrize("storage, temp, text", [
    ("chilled", "12", "arrived at 12.0 °C, warmer than 8 °C"),
    ("chilled", "8.1", "arrived at 8.1 °C, warmer than 8 °C"),
    ("chilled", "-2", "arrived at -2.0 °C, colder than 0 °C"),
    ("frozen", "-15", "arrived at -15.0 °C, warmer than -18 °C"),
    ("frozen", "-17.9", "arrived at -17.9 °C, warmer than -18 °C"),
])
def test_an_arrival_temperature_outside_the_storage_condition_needs_a_remark_or_a_rejection(
        suite_backend, keeper, manager, world, storage, temp, text):
    """Chilled 0-8 °C, frozen -18 °C or colder: accepted as it is, refused with the reason and
    nothing changed; accepted with a remark, it enters stock and the line keeps the finding;
    rejected, it goes back (recorded, no batch, no stock)."""
    from suite_plugins.inventory.services import catalog, purchasing as pur

    item = world.chicken if storage == "chilled" else catalog.save_item(manager, catalog.ItemInput(
        "FZ001", "速冻虾仁", "ingredient", "kg", shelf_life_days=180, storage="frozen"))
    exp = TODAY + dt.timedelta(days=4)
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(item, expiry=exp, arrival_temp=temp)])),
            text + ". Reject the line or accept it with a remark")
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(item, expiry=exp, arrival_temp=temp,
                                                                       decision="accept_remark")])),
            "say why the line is rejected or what was remarked")
    rid = pur.receive(keeper, _receipt(world, [
        _line(item, "4", expiry=exp, arrival_temp=temp, decision="accept_remark", remark="供应商说明原因，当天使用"),
        _line(item, "6", expiry=exp, arrival_temp=temp, decision="reject", remark="温度不符，退回", batch_code="X")]))
    r = pur.get_receipt(keeper, rid)
    assert [l.problems for l in r.lines] == [[text], [text]]
    assert r.lines[1].batch_id is None and bal(keeper, item) == Decimal("4")


@pytest.mark.parametrize("storage, temp", [("chilled", "0"), ("chilled", "8"), ("chilled", "3.5"),
                                           ("frozen", "-18"), ("frozen", "-22")])
def test_an_arrival_temperature_within_the_storage_condition_is_accepted(suite_backend, keeper, manager, world,
                                                                          storage, temp):
    from suite_plugins.inventory.services import catalog, purchasing as pur

    item = world.chicken if storage == "chilled" else catalog.save_item(manager, catalog.ItemInput(
        "FZ001", "速冻虾仁", "ingredient", "kg", shelf_life_days=180, storage="frozen"))
    rid = pur.receive(keeper, _receipt(world, [_line(item, expiry=TODAY + dt.timedelta(days=4), arrival_temp=temp)]))
    assert pur.get_receipt(keeper, rid).lines[0].problems == [] and bal(keeper, item) == Decimal("10")


def test_packaging_sensory_and_certificates_are_checked_per_line(suite_backend, keeper, world):
    from suite_plugins.inventory.services import purchasing as pur

    exp = TODAY + dt.timedelta(days=4)
    for flag, text in (("packaging_ok", "packaging damaged"), ("sensory_ok", "sensory check failed"),
                       ("certificates_ok", "certificates missing")):
        refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, expiry=exp, arrival_temp="3",
                                                                           **{flag: False})])),
                f"鸡胸肉: {text}. Reject the line")
    # ambient goods need no temperature; an impossible reading is a typing mistake
    pur.receive(keeper, _receipt(world, [_line(world.rice, "5")]))
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, expiry=exp, arrival_temp="120")])),
            "120.0 °C cannot be a measured arrival temperature")
    refused(keeper, lambda: pur.check_line(keeper, _line(world.chicken, expiry=exp, arrival_temp="12")),
            "warmer than 8 °C")


def test_reorder_suggestions_become_draft_pos_per_supplier_in_one_step(suite_backend, keeper, manager, world, receive):
    from suite_plugins.inventory.services import purchasing as pur, reorder

    receive(keeper, world.chicken, "4", expiry=TODAY + dt.timedelta(days=3))
    sug = {s.item_name: s for s in reorder.suggestions(keeper)}
    assert sug["鸡胸肉"].quantity == Decimal("20") and sug["鸡胸肉"].supplier_name == "鲜丰食材"
    assert sug["大米"].quantity == Decimal("100")
    result = reorder.create_drafts(keeper)
    assert len(result.po_ids) == 1
    po = pur.get_po(keeper, result.po_ids[0])
    assert po.status == "draft" and [l.item_name for l in po.lines] == ["鸡胸肉"]
    # the rice's supplier has an expired licence: no PO, and why
    assert result.refused and result.refused[0][0] == "过期粮油" and "expired" in result.refused[0][1]
    # what is on order no longer shows as to buy, but as below its point and on its way
    assert "鸡胸肉" not in {s.item_name for s in reorder.suggestions(keeper)}
    coming = {s.item_name: s for s in reorder.covered(keeper)}
    assert set(coming) == {"鸡胸肉"} and coming["鸡胸肉"].on_order == Decimal("20")
    assert coming["鸡胸肉"].quantity == 0
    assert {"鸡胸肉", "大米"} <= {s.item_name for s in reorder.below_reorder(keeper)}


def test_the_purchaser_buys_and_keeps_suppliers_but_moves_no_stock(suite_backend, login, world):
    from suite.plugin_api import PermissionDenied
    from suite_plugins.inventory.services import purchasing as pur, stock, suppliers as sup

    buyer = login("purchaser")
    po = pur.create_po(buyer, world.fresh, [pur.POLineInput(world.chicken, "5", "18")])
    pur.send_po(buyer, po, expected_version=pur.get_po(buyer, po).version)
    sid = sup.save_supplier(buyer, sup.SupplierInput("新鲜蛋品"))
    sup.add_licence(buyer, sid, kind="business_licence", number="9133", expires_on=TODAY + dt.timedelta(days=400),
                    expected_version=sup.get_supplier(buyer, sid).version)
    with pytest.raises(PermissionDenied):
        pur.receive(buyer, _receipt(world, [_line(world.chicken, expiry=TODAY + dt.timedelta(days=3), arrival_temp="3")]))
    with pytest.raises(PermissionDenied):
        stock.issue(buyer, item_id=world.chicken, location_id=world.cold, quantity="1")
    with pytest.raises(PermissionDenied):       # suspending is the manager's
        sup.suspend(buyer, sid, reason="x", expected_version=sup.get_supplier(buyer, sid).version)


@pytest.mark.parametrize("quantity, unit, text", [("0", None, "greater than zero"), ("-2", None, "greater than zero"),
                                                   ("5", "斤", "counted in kg, not in 斤")])
def test_a_zero_negative_quantity_or_wrong_unit_on_a_receipt_or_po_line_is_refused(suite_backend, keeper, world,
                                                                                   quantity, unit, text):
    from suite_plugins.inventory.services import purchasing as pur

    exp = TODAY + dt.timedelta(days=4)
    refused(keeper, lambda: pur.receive(keeper, _receipt(world, [_line(world.chicken, quantity, expiry=exp,
                                                                       arrival_temp="3", unit=unit)])), text)
    refused(keeper, lambda: pur.create_po(keeper, world.fresh, [pur.POLineInput(world.chicken, quantity, "18",
                                                                                unit=unit)]), text)
