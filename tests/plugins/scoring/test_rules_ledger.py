"""Point rules, the ledger and its evaluation, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError
from suite_plugins.scoring.services import ledger, rules
from suite_plugins.scoring.services.rules import RuleInput
from tests.plugins.scoring.conftest import NOV, local, snapshot

pytestmark = pytest.mark.usefixtures("suite_backend")


def metric_rule(code="chk", **kw) -> RuleInput:
    base = dict(code=code, name="Checklists", source_kind="metric", source="fake.checklists", points="0.5",
                condition="value > 0", multiplier_field="value", monthly_cap="5", enabled=True)
    base.update(kw)
    return RuleInput(**base)


def test_bad_rules_are_refused_and_nothing_changes(manager, staff):
    before = snapshot(manager)
    cases = [
        (metric_rule(monthly_cap="-1"), "monthly_cap", "cap must be 0 or more"),
        (metric_rule(source="nobody.metric"), "source", "No plugin offers"),
        (metric_rule(condition="value >"), "condition", "syntax error"),
        (metric_rule(condition="__import__('os').system('x')"), "condition", "only min, max, round and abs"),
        (metric_rule(condition="amount > 3"), "condition", "Unknown name"),
        (metric_rule(multiplier_field="late_minutes"), "multiplier_field", "not a field"),
        (metric_rule(points="0"), "points", "must not be 0"),
        (metric_rule(points="abc"), "points", "Enter a number"),
    ]
    for data, field, text in cases:
        with pytest.raises(ValidationError) as err:
            rules.create_rule(manager, data)
        assert text in str(err.value.fields[field]), (field, err.value.fields)
    assert snapshot(manager) == before


def test_rules_need_the_manage_permission_and_expected_version(manager, clerk, staff):
    with pytest.raises(PermissionDenied):
        rules.create_rule(clerk, metric_rule())
    rid = rules.create_rule(manager, metric_rule())
    v = rules.get_rule(manager, rid).version
    rules.update_rule(manager, rid, metric_rule(points="1"), expected_version=v)
    with pytest.raises(ConflictError):
        rules.update_rule(manager, rid, metric_rule(points="2"), expected_version=v)
    assert rules.get_rule(manager, rid).points == Decimal("1.00")


def test_default_rules_are_seeded_off(manager, staff):
    seeded = {r.code: r for r in rules.list_rules(manager)}
    assert {"late_delivery", "complaint_substantiated"} <= set(seeded)
    assert not any(r.enabled for r in seeded.values())


def test_preview_shows_last_month_and_writes_nothing(manager, staff, metric):
    metric(staff["cook"], NOV, 3)
    metric(staff["driver"], NOV, 20)
    before = snapshot(manager)
    got = rules.preview(manager, metric_rule(departments=("production", "delivery")))
    assert got == {staff["cook"]: Decimal("1.50"), staff["driver"]: Decimal("5.00")}  # capped at 5
    assert snapshot(manager) == before


def test_evaluation_is_idempotent_and_reverses_with_counter_rows(manager, staff, metric):
    rules.create_rule(manager, metric_rule(monthly_cap=None))
    metric(staff["cook"], NOV, 4)
    first = ledger.evaluate_month(manager, NOV)
    assert first.written == 1 and not first.errors
    lines = ledger.lines(manager, staff["cook"], NOV)
    assert [(l.points, l.kind, l.source_kind) for l in lines] == [(Decimal("2.00"), "rule", "metric:fake.checklists")]
    assert ledger.evaluate_month(manager, NOV).written == 0
    assert ledger.lines(manager, staff["cook"], NOV) == lines
    # the source changes: a correction row; it goes away: a counter-row; nothing is deleted
    metric(staff["cook"], NOV, 1)
    ledger.evaluate_month(manager, NOV)
    metric(staff["cook"], NOV, 0)
    ledger.evaluate_month(manager, NOV)
    lines = ledger.lines(manager, staff["cook"], NOV)
    assert [(l.points, l.kind) for l in lines] == [(Decimal("2.00"), "rule"), (Decimal("-1.50"), "rule"),
                                                   (Decimal("-0.50"), "reversal")]
    assert ledger.month_points(manager, NOV).get(staff["cook"]) == Decimal("0.00")


def test_a_failing_metric_or_rule_never_stops_the_others(manager, staff, metric):
    rules.create_rule(manager, metric_rule())
    rules.create_rule(manager, metric_rule(code="bad", condition="value / (value - value) > 1"))
    metric(staff["cook"], NOV, 2)
    ev = ledger.evaluate_month(manager, NOV)
    assert [c for c, _m in ev.errors] == ["bad"] and "division by zero" in ev.errors[0][1]
    assert ledger.month_points(manager, NOV)[staff["cook"]] == Decimal("1.00")


def test_manual_adjustments_need_a_reason_and_the_permission(manager, clerk, staff):
    before = snapshot(manager)
    with pytest.raises(ValidationError) as err:
        ledger.adjust(manager, staff["cs"], NOV, "2", "  ")
    assert "needs a reason" in str(err.value.fields["reason"])
    with pytest.raises(PermissionDenied):
        ledger.adjust(clerk, staff["cs"], NOV, "2", "helped at the bar")
    assert snapshot(manager) == before
    ledger.adjust(manager, staff["cs"], NOV, "2", "helped at the bar")
    assert ledger.month_points(manager, NOV)[staff["cs"]] == Decimal("2.00")


def test_staff_see_only_their_own_ledger(manager, clerk, staff):
    ledger.adjust(manager, staff["cs"], NOV, "1", "extra shift")
    assert len(ledger.lines(clerk, staff["cs"], NOV)) == 1
    with pytest.raises(PermissionDenied):
        ledger.lines(clerk, staff["cs2"], NOV)


def test_order_event_rule_that_raises_never_blocks_the_order(manager, login, staff, clock, suite_ctx):
    """A faulty rule on the order desk's event: the order is still cancelled (saved); the
    evaluation, apart, reports the rule and scores the others."""
    from suite.plugin_api import core
    from suite_plugins.orders import api as orders_api
    from suite_plugins.orders.services import catalog, orders

    clock.set(local(2026, 11, 10, 10, 0))
    desk = login("manager", staff_key="cs")
    core.save_area(desk, "东城片区", ["东风路"])
    cust = core.create_customer(desk, core.CustomerInput("王芳", phones=["13800138000"], addresses=["东风路1号"]))
    pid = catalog.save_product(desk, catalog.ProductInput("桶装水", Decimal("18.00"), kind="goods"))

    def order():
        return orders.create_order(desk, orders.OrderInput(customer_id=cust, address="东风路1号",
                                                           contact_phone="13800138000",
                                                           items=[orders.ItemInput(pid, 2)]))

    rules.create_rule(manager, RuleInput("cancel", "Cancelled order", "event", "suite_order_did_cancel", "-1",
                                         condition="amount > 0", enabled=True))
    rules.create_rule(manager, RuleInput("broken", "Broken", "event", "suite_order_did_cancel", "-1",
                                         condition="amount / 0 > 1", enabled=True))
    o1, o2 = order(), order()
    orders.cancel_order(desk, o1, "客户取消")
    orders.cancel_order(desk, o2, "客户取消")
    assert orders_api.get_order(desk, o1).status == "cancelled" == orders_api.get_order(desk, o2).status
    clock.set(local(2026, 12, 2, 9, 0))
    ev = ledger.evaluate_month(manager, NOV)
    assert [c for c, _ in ev.errors] == ["broken"]
    lines = ledger.lines(manager, staff["cs"], NOV)
    assert sorted((l.source_kind, l.source_id, l.points) for l in lines) == [
        ("order", o1, Decimal("-1.00")), ("order", o2, Decimal("-1.00"))]
    assert {l.source_page for l in lines} == {"orders.list"}
    assert ledger.evaluate_month(manager, NOV).written == 0
    assert ledger.evaluate_month(manager, NOV, refresh=True).written == 0  # read again: the same


def test_a_failing_event_note_never_blocks_the_order(manager, login, staff, clock, monkeypatch):
    """Even when scoring cannot read the order at the event, the order saves; the
    evaluation reads it later."""
    from sqlalchemy import select

    from suite.plugin_api import core
    from suite_plugins.orders import api as orders_api
    from suite_plugins.orders.services import catalog, orders
    from suite_plugins.scoring.models import EventNote
    from suite_plugins.scoring.services import sources

    clock.set(local(2026, 11, 10, 10, 0))
    desk = login("manager", staff_key="cs")
    core.save_area(desk, "东城片区", ["东风路"])
    cust = core.create_customer(desk, core.CustomerInput("王芳", phones=["13800138000"], addresses=["东风路1号"]))
    pid = catalog.save_product(desk, catalog.ProductInput("桶装水", Decimal("18.00"), kind="goods"))
    oid = orders.create_order(desk, orders.OrderInput(customer_id=cust, address="东风路1号", contact_phone="13800138000",
                                                      items=[orders.ItemInput(pid, 1)]))

    def broken(*a, **k):
        raise RuntimeError("scoring bug")

    monkeypatch.setitem(sources._READERS, "order", broken)
    orders.cancel_order(desk, oid, "客户取消")
    assert orders_api.get_order(desk, oid).status == "cancelled"
    with manager.read() as s:
        note = s.scalar(select(EventNote).where(EventNote.source_id == oid))
        assert note.event == "suite_order_did_cancel" and note.fields is None
    monkeypatch.undo()
    rules.create_rule(manager, RuleInput("cancel", "Cancelled order", "event", "suite_order_did_cancel", "-1",
                                         enabled=True))
    clock.set(local(2026, 12, 2, 9, 0))
    ledger.evaluate_month(manager, NOV)
    assert ledger.month_points(manager, NOV)[staff["cs"]] == Decimal("-1.00")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.tuples(st.just("metric"), st.integers(min_value=0, max_value=12)),
                          st.tuples(st.just("adjust"), st.integers(min_value=-5, max_value=5).filter(bool)),
                          st.tuples(st.just("toggle"), st.booleans())), min_size=1, max_size=8))
def test_ledger_sum_always_equals_the_month_points(manager, staff, metric, suite_backend, ops):
    """After any mix of source changes, adjustments, rules switched on and off, and
    re-evaluations, the rows of the ledger add up to the points the month shows."""
    if suite_backend != "sqlite":
        pytest.skip("property run on SQLite (the PostgreSQL path is covered by the tests above)")
    from sqlalchemy import select

    from suite_plugins.scoring.models import LedgerEntry, Rule

    cook = staff["cook"]
    with manager.read() as s:
        rid = s.scalar(select(Rule.id).where(Rule.code == "prop"))
    if rid is None:
        rid = rules.create_rule(manager, metric_rule(code="prop", monthly_cap="4"))
    expected_rule = Decimal(0)
    manual = Decimal(0)
    with manager.read() as s:
        manual = sum((e.points for e in s.scalars(select(LedgerEntry).where(
            LedgerEntry.month == NOV, LedgerEntry.staff_id == cook, LedgerEntry.kind == "manual"))), Decimal(0))
    value, on = 0, rules.get_rule(manager, rid).enabled
    for op, arg in ops:
        if op == "metric":
            value = arg
            metric(cook, NOV, arg)
        elif op == "adjust":
            ledger.adjust(manager, cook, NOV, arg, "property test")
            manual += arg
        else:
            rules.set_enabled(manager, rid, arg, expected_version=rules.get_rule(manager, rid).version)
            on = arg
        ledger.evaluate_month(manager, NOV)
    metric(cook, NOV, value)
    ledger.evaluate_month(manager, NOV)
    expected_rule = min(Decimal("4"), Decimal("0.5") * value) if on and value > 0 else Decimal(0)
    with manager.read() as s:
        rows = s.scalars(select(LedgerEntry.points).where(LedgerEntry.month == NOV, LedgerEntry.staff_id == cook)).all()
    assert sum(rows, Decimal(0)) == ledger.month_points(manager, NOV).get(cook, Decimal("0.00"))
    assert ledger.month_points(manager, NOV).get(cook, Decimal(0)) == (expected_rule + manual).quantize(Decimal("0.01"))


def _note(ctx, event, oid, staff, late, month=NOV, day=None):
    """A note as the order desk's hook writes it (the delivery's details at that moment)."""
    import datetime as dt
    import json

    from suite_plugins.scoring.models import EventNote

    day = day or dt.date(2026, 11, 5)
    with ctx.unit_of_work() as s:
        s.add(EventNote(event=event, plugin="orders", source_kind="order", source_id=oid, month=month,
                        at=dt.datetime(2026, 11, 5, 3, tzinfo=dt.timezone.utc), day=day, staff_id=staff,
                        fields=json.dumps({"late_minutes": late, "amount": 36.0, "on_time": late <= 0,
                                           "_voided": False})))


def test_incremental_evaluation_follows_new_notes_and_cancellations(manager, staff):
    """Between whole runs only the sources noted since are looked at; a cancellation voids
    the delivery's points with a counter-row; the caps hold; a whole run agrees."""
    drv = staff["driver"]
    rules.create_rule(manager, RuleInput("late", "Late", "event", "suite_order_did_deliver", "-1",
                                         condition="late_minutes > 15", monthly_cap="3", enabled=True))
    for oid in (1, 2):
        _note(manager, "suite_order_did_deliver", oid, drv, 30)
    assert ledger.evaluate_month(manager, NOV).written == 2
    for oid in (3, 4, 5):
        _note(manager, "suite_order_did_deliver", oid, drv, 40)
    assert ledger.evaluate_month(manager, NOV).written == 1  # the cap of 3 leaves room for one
    assert ledger.month_points(manager, NOV)[drv] == Decimal("-3.00")
    _note(manager, "suite_order_did_cancel", 1, staff["cs"], 0)
    ev = ledger.evaluate_month(manager, NOV)
    assert ev.written == 1
    kinds = [(l.source_id, l.kind, l.points) for l in ledger.lines(manager, drv, NOV)]
    assert (1, "reversal", Decimal("1.00")) in kinds
    assert ledger.evaluate_month(manager, NOV).written == 0
    # a whole run re-spreads the cap freed by the cancelled order
    ledger.evaluate_month(manager, NOV, full=True)
    assert ledger.month_points(manager, NOV)[drv] == Decimal("-3.00")
    assert ledger.evaluate_month(manager, NOV, full=True).written == 0


def test_a_rule_targets_roles_as_well_as_departments(manager, staff, metric):
    """A rule names the roles (staff positions) it applies to; with departments too, a person
    must be in both; roles compare without case or surrounding spaces."""
    for key in ("cook", "driver", "waiter"):
        metric(staff[key], NOV, 2)
    by_role = rules.create_rule(manager, metric_rule("by_role", roles=(" 厨师 ", "服务员", "厨师"), monthly_cap=None))
    assert rules.get_rule(manager, by_role).roles == ("厨师", "服务员")  # cleaned, no duplicate
    assert rules.preview(manager, metric_rule("p1", roles=("厨师",), monthly_cap=None)) == {staff["cook"]: Decimal("1.00")}
    assert rules.preview(manager, metric_rule("p2", roles=("厨师",), departments=("delivery",))) == {}
    assert rules.preview(manager, metric_rule("p3", roles=("DRIVER",))) == {}
    ledger.evaluate_month(manager, NOV)
    got = {sid for sid in staff.values() if ledger.lines(manager, sid, NOV)}
    assert got == {staff["cook"], staff["waiter"]}
    assert set(rules.known_roles(manager)) == {"客服", "配送员", "厨师", "服务员"}


def test_too_many_roles_are_refused(manager, staff):
    before = snapshot(manager)
    with pytest.raises(ValidationError) as err:
        rules.create_rule(manager, metric_rule(roles=tuple(f"岗位{i:03d}" for i in range(60))))
    assert "200 characters" in str(err.value.fields["roles"])
    assert snapshot(manager) == before


def test_lines_of_many_people_in_one_read_equal_each_persons_lines(manager, clerk, staff, metric):
    rules.create_rule(manager, metric_rule(monthly_cap=None))
    metric(staff["cook"], NOV, 4)
    metric(staff["driver"], NOV, 2)
    ledger.evaluate_month(manager, NOV)
    ledger.adjust(manager, staff["cook"], NOV, "-1", "迟到")
    ids = [staff["cook"], staff["driver"], staff["waiter"]]
    got = ledger.lines_by_staff(manager, ids, NOV)
    assert got == {sid: ledger.lines(manager, sid, NOV) for sid in ids}
    assert len(got[staff["cook"]]) == 2 and got[staff["waiter"]] == []
    # a clerk with a login sees her own lines only
    assert ledger.lines_by_staff(clerk, [staff["cs"]], NOV) == {staff["cs"]: []}
    with pytest.raises(PermissionDenied):
        ledger.lines_by_staff(clerk, [staff["cs"], staff["cook"]], NOV)
