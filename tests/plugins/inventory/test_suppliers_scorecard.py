"""Supplier qualification, the scorecard and ranking, traceability and recall, the api."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ConflictError, NotFound
from tests.plugins.inventory.conftest import TODAY, licences
from tests.plugins.inventory.test_ledger import refused


def test_qualification_reasons_and_suspension(suite_backend, manager, keeper, world, clock):
    from suite_plugins.inventory import api
    from suite_plugins.inventory.services import suppliers as sup

    refs = {r.name: r for r in api.list_suppliers(keeper)}
    assert refs["鲜丰食材"].qualified and not refs["鲜丰食材"].suspended
    assert not refs["无证菜贩"].qualified and not refs["过期粮油"].qualified
    assert refs["停供饮料"].suspended
    pack = sup.save_supplier(manager, sup.SupplierInput("洁美包装厂", food=False, supplies="餐盒"))
    licences(manager, pack, food=None)
    assert api.get_supplier(keeper, pack).qualified   # packaging needs no food licence
    with pytest.raises(NotFound):
        api.get_supplier(keeper, 999)
    v = sup.get_supplier(manager, world.fresh)
    refused(manager, lambda: sup.suspend(manager, world.fresh, reason=" ", expected_version=v.version), "Say why")
    clock.advance(minutes=1)
    sup.suspend(manager, world.fresh, reason="抽检不合格", expected_version=v.version)
    with pytest.raises(ConflictError):
        sup.reinstate(manager, world.fresh, expected_version=v.version)
    # the licence is part of the supplier's record: a stale licence add conflicts
    with pytest.raises(ConflictError):
        sup.add_licence(manager, world.fresh, kind="inspection_report", number="R-1", expected_version=v.version)



def test_the_supplier_list_shows_each_suppliers_standing_as_the_rules_judge_it(suite_backend, manager, world):
    """The list's standing (read in SQL) agrees with the qualification the receipts enforce:
    suspended, not qualified, a licence expiring within 30 days (warned), qualified; packaging
    needs no food licence."""
    from suite.plugin_api.lists import ListPager
    from suite_plugins.inventory.services import queries, suppliers as sup

    soon = sup.save_supplier(manager, sup.SupplierInput("快到期豆制品", supplies="豆腐"))
    licences(manager, soon, food=TODAY + dt.timedelta(days=30))
    later = sup.save_supplier(manager, sup.SupplierInput("下月到期豆制品", supplies="豆腐"))
    licences(manager, later, food=TODAY + dt.timedelta(days=31))
    pack = sup.save_supplier(manager, sup.SupplierInput("洁美包装厂", food=False, supplies="餐盒"))
    licences(manager, pack, food=None)
    pager = ListPager(manager, queries.supplier_list(manager))
    standing = {row.name: row.standing for row in pager.fetch_next(100)}
    assert standing["鲜丰食材"] == "qualified" and standing["洁美包装厂"] == "qualified"
    assert standing["无证菜贩"] == "unqualified" and standing["过期粮油"] == "unqualified"
    assert standing["停供饮料"] == "suspended"
    assert standing["快到期豆制品"] == "expiring" and standing["下月到期豆制品"] == "qualified"
    for ref in sup.suppliers(manager):
        q = ref.qualification
        if ref.name in standing and standing[ref.name] != "suspended":
            assert (standing[ref.name] != "unqualified") == q.qualified, ref.name
            assert (standing[ref.name] == "expiring") == (q.qualified and bool(q.warnings)), ref.name
    assert set(standing.values()) <= set(queries.QUALIFICATION_BADGES)

def _po(keeper, world, expected_on):
    from suite_plugins.inventory.services import purchasing as pur

    po = pur.create_po(keeper, world.fresh, [pur.POLineInput(world.chicken, "10")], expected_on=expected_on)
    pur.send_po(keeper, po, expected_version=pur.get_po(keeper, po).version)
    return po


def _receipt(keeper, world, po, received_on, reject=False):
    from suite_plugins.inventory.services import purchasing as pur

    exp = received_on + dt.timedelta(days=4)
    lines = [pur.ReceiptLineInput(world.chicken, "10", "18", expiry=exp, arrival_temp="3")]
    if reject:
        lines.append(pur.ReceiptLineInput(world.chicken, "2", "18", expiry=exp, arrival_temp="12", decision="reject",
                                          remark="温度超标"))
    return pur.receive(keeper, pur.ReceiptInput(world.fresh, world.cold, lines, po_id=po, received_on=received_on,
                                                certificates_seen=True))


def test_scorecard_weights_criteria_and_links_the_records(suite_backend, manager, keeper, world, clock):
    from suite_plugins.inventory.services import scorecard as sc

    po1, po2 = _po(keeper, world, TODAY), _po(keeper, world, TODAY + dt.timedelta(days=1))
    on_time = _receipt(keeper, world, po1, TODAY)
    clock.advance(days=3)
    late = _receipt(keeper, world, po2, TODAY + dt.timedelta(days=3), reject=True)
    with manager.unit_of_work() as s:     # as the complaints plugin's event does
        sc.record_complaint(manager, s, 41, world.fresh)
        sc.record_complaint(manager, s, 41, world.fresh)   # once only
    start, end = sc.period_bounds(2026, month=3)
    card = sc.scorecard(manager, world.fresh, start, end)
    f = {x.code: x for x in card.figures}
    assert f["on_time"].value == "1 / 2" and f["on_time"].score == Decimal("50.0")
    assert set(f["on_time"].record_ids) == {on_time, late}
    assert f["rejected_lines"].value == "1 / 3" and f["rejected_lines"].score == Decimal("66.7")
    assert f["complaints"].record_ids == (41,) and f["complaints"].score == Decimal("75.0")
    assert not f["anomalies"].available     # no kitchen plugin here: left out of the score
    # (50*40 + 66.67*30 + 75*20) / 90
    assert card.score == Decimal("61.1") and card.standing == "probation"
    w = {x.code: x for x in sc.weights(manager)}
    sc.set_weight(manager, "on_time", "0", expected_version=w["on_time"].version)
    assert sc.scorecard(manager, world.fresh, start, end).score == Decimal("70.0")
    w = {x.code: x for x in sc.weights(manager)}
    refused(manager, lambda: sc.set_weight(manager, "on_time", "120", expected_version=w["on_time"].version),
            "between 0 and 100")
    # each figure opens the records it counts against the supplier
    late_refs = sc.figure_records(manager, world.fresh, "on_time", start, end)
    assert [(r.page, r.key) for r in late_refs] == [("inventory.receipts", late)]
    assert "expected 2026-03-03" in late_refs[0].label
    rejected = sc.figure_records(manager, world.fresh, "rejected_lines", start, end)
    assert [(r.page, r.key) for r in rejected] == [("inventory.receipts", late)] and "温度超标" in rejected[0].label
    complaints = sc.figure_records(manager, world.fresh, "complaints", start, end)
    assert [(r.page, r.key) for r in complaints] == [(None, 41)]    # no complaints plugin here: no page
    assert sc.figure_records(manager, world.fresh, "anomalies", start, end) == []
    assert sc.figure_records(manager, world.fresh, "on_time", *sc.period_bounds(2026, month=4)) == []
    ranking = sc.ranking(manager, *sc.period_bounds(2026, quarter=1))
    assert ranking[0].supplier_name == "鲜丰食材"       # the only one with deliveries
    assert all(c.score is None and c.standing == "none" for c in ranking[1:])


def test_complaints_hooks_offer_suppliers_and_count_named_ones(suite_backend, manager, world):
    from suite_plugins.inventory import plugin

    names = dict(plugin.suite_complaints_suppliers(manager))
    assert names[world.fresh] == "鲜丰食材"
    with manager.unit_of_work() as s:
        plugin.suite_complaint_did_name_supplier(manager, s, 7, world.fresh)
        plugin.suite_complaint_did_name_supplier(manager, s, 8, 999)   # unknown: ignored
    from suite_plugins.inventory.services import scorecard as sc

    f = {x.code: x for x in sc.scorecard(manager, world.fresh, TODAY, TODAY).figures}
    assert f["complaints"].record_ids == (7,)


def test_trace_a_batch_to_its_supplier_inspection_and_orders_then_recall(suite_backend, manager, keeper, world,
                                                                         receive):
    from suite.plugin_api import hookimpl
    from suite_plugins.inventory import api
    from suite_plugins.inventory.services import stock, trace

    b = receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3), code="CK-77")
    stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1", order_id=12)
    t = trace.batch_trace(keeper, b)
    assert (t.supplier_name, t.receipt_number[:2], t.order_ids) == ("鲜丰食材", "RC", (12,))
    assert "Accepted" in t.inspection and "4.0 °C" in t.inspection
    ref = api.get_batch(keeper, b)
    assert (ref.code, ref.item_name, ref.supplier_id, ref.blocked) == ("CK-77", "鸡胸肉", world.fresh, False)
    assert [r.id for r in api.search_batches(keeper, "鸡胸")] == [b]
    refused(manager, lambda: trace.recall(manager, b, reason="", expected_version=t.version), "Say why")
    blocked = []

    class Listener:
        NAME = "listener"

        @staticmethod
        @hookimpl
        def suite_batch_did_block(ctx, session, batch_id):
            blocked.append(batch_id)

    manager.host.pm.register(Listener, name="listener")
    try:
        done = trace.recall(manager, b, reason="供应商召回", expected_version=t.version)
    finally:
        manager.host.pm.unregister(name="listener")
    assert blocked == [b]
    assert done.blocked and done.on_hand == (("冷藏库", Decimal("4")),)
    assert api.get_batch(keeper, b).blocked
    assert [x[0] for x in trace.supplier_batches(keeper, world.fresh)] == [b]


def test_dashboard_cards_and_search_providers(suite_backend, manager, keeper, clerk, world, receive, clock):
    from suite.host import resolve
    from suite_plugins.inventory import plugin
    from suite_plugins.inventory.services import stock

    b = receive(keeper, world.chicken, "4", expiry=TODAY + dt.timedelta(days=1), code="CK-SOON")
    receive(keeper, world.rice, "10", location=world.store, temp=None, code="MI-9")
    cards = {c.id: resolve(c.compute)(manager) for c in plugin.suite_dashboard_cards()}
    assert cards["inventory.reorder"].value == "2"               # chicken 4 < 10, rice 10 < 50
    assert cards["inventory.expiring"].value == "1" and cards["inventory.expiring"].level == "warning"
    assert cards["inventory.unqualified"].value == "3"           # no licence, expired, suspended
    assert cards["inventory.value"].value == "¥140"               # 4 x 10 + 10 x 10
    assert resolve(next(c.compute for c in plugin.suite_dashboard_cards() if c.id == "inventory.value"))(
        clerk).value == "—"                                     # the clerk may not see costs
    clock.advance(days=2)
    assert resolve(next(c.compute for c in plugin.suite_dashboard_cards()
                        if c.id == "inventory.expiring"))(manager).level == "danger"
    hits = {p.id: resolve(p.search)(clerk, "鸡胸", 5) for p in plugin.suite_search_providers()}
    assert [h.title for h in hits["inventory.items"]] == ["鸡胸肉"]
    assert [h.key for h in hits["inventory.batches"]] == [b]
    assert [h.title for h in resolve(next(p.search for p in plugin.suite_search_providers()
                                          if p.id == "inventory.suppliers"))(clerk, "鲜丰", 5)] == ["鲜丰食材"]
    assert stock.ledger_mismatches(manager) == []
