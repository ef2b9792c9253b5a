"""Vehicles and their pre-departure checks, the daily plan, manual overrides, departure."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from suite.plugin_api import ValidationError, core
from suite_plugins.orders import api
from suite_plugins.orders.models import Assignment, Order
from suite_plugins.orders.services import dispatch, orders, queries
from tests.plugins.orders.conftest import water_order

DAY = dt.date(2026, 3, 2)


def _confirmed(office, customer="wang", qty=2, **kw) -> int:
    oid = orders.create_order(office.ctx, water_order(office, customer, qty, **kw))
    orders.confirm_order(office.ctx, oid)
    return oid


def _all_checks_pass(office):
    for vid in office.vehicles:
        dispatch.record_check(office.ctx, vid, tyres=True, brakes=True, lights=True, load=True)


def test_vehicle_plates_are_unique_and_capacity_is_checked(office):
    with pytest.raises(ValidationError) as err:
        dispatch.save_vehicle(office.ctx, plate="浙a·d1001", capacity_buckets=20)
    assert "exists already" in str(err.value.fields["plate"])
    with pytest.raises(ValidationError) as err:
        dispatch.save_vehicle(office.ctx, plate="浙A·X9", capacity_buckets="0")
    assert "capacity_buckets" in err.value.fields


def test_a_failed_check_blocks_the_vehicle_for_the_day_only(office):
    ctx = office.ctx
    vid = office.vehicles[0]
    with pytest.raises(ValidationError) as err:
        dispatch.record_check(ctx, vid, tyres=True, brakes=False, lights=True, load=True)
    assert "notes" in err.value.fields  # say what failed
    assert dispatch.record_check(ctx, vid, tyres=True, brakes=False, lights=True, load=True, notes="刹车片磨损") is False
    states = {v.id: v.state for v in dispatch.list_vehicles(ctx, DAY)}
    assert states[vid] == "blocked"
    # a later passing check the same day does not lift the block
    dispatch.record_check(ctx, vid, tyres=True, brakes=True, lights=True, load=True)
    assert {v.id: v.state for v in dispatch.list_vehicles(ctx, DAY)}[vid] == "blocked"
    assert {v.id: v.state for v in dispatch.list_vehicles(ctx, DAY + dt.timedelta(days=1))}[vid] == "unchecked"
    with pytest.raises(ValidationError, match="failed its pre-departure check"):
        dispatch.set_crew(ctx, DAY, office.drivers[1], vid)


def test_the_plan_balances_buckets_and_stops_within_capacity_and_says_why(office):
    ctx = office.ctx
    ids = []
    for n in range(12):
        ids.append(_confirmed(office, ("wang", "li", "zhao")[n % 3], qty=(n % 4) + 1))
    result = dispatch.plan_day(ctx, DAY)
    assert result.assigned_count == 12 and not result.unassigned
    loads = {ld.driver_staff_id: ld for ld in result.loads}
    assert set(loads) == set(office.drivers)
    buckets = sorted(ld.buckets for ld in loads.values())
    stops = sorted(ld.stops for ld in loads.values())
    assert sum(buckets) == sum((n % 4) + 1 for n in range(12))
    assert buckets[-1] - buckets[0] <= 4 and stops[-1] - stops[0] <= 2  # balanced
    assert all(ld.buckets <= ld.capacity for ld in loads.values())
    reasons = [s.reason for s in result.stops]
    assert any(r.startswith("area 东城片区, lowest load: 0 bucket(s), 0 stop(s)") for r in reasons), reasons
    with ctx.read() as s:
        rows = s.execute(select(Order.id, Order.driver_staff_id, Order.vehicle_id, Order.stop_seq, Order.assign_reason)
                         .where(Order.id.in_(ids))).all()
    assert all(r.driver_staff_id and r.vehicle_id and r.stop_seq and r.assign_reason for r in rows)
    # stops of each driver are numbered 1..n
    per: dict = {}
    for r in rows:
        per.setdefault(r.driver_staff_id, []).append(r.stop_seq)
    assert all(sorted(v) == list(range(1, len(v) + 1)) for v in per.values())


def test_orders_too_big_for_every_vehicle_stay_unassigned_with_the_reason(office):
    big = _confirmed(office, qty=45)
    result = dispatch.plan_day(office.ctx, DAY)
    assert [s.order_id for s in result.unassigned] == [big]
    assert "no vehicle has room for 45" in result.unassigned[0].reason


def test_manual_overrides_are_logged_and_kept_by_a_re_plan(office):
    ctx = office.ctx
    ids = [_confirmed(office) for _ in range(3)]
    dispatch.plan_day(ctx, DAY)
    target = office.drivers[2]
    with pytest.raises(ValidationError) as err:
        dispatch.reassign(ctx, ids[0], target, "")
    assert "reason" in err.value.fields
    dispatch.reassign(ctx, ids[0], target, "客户指定王师傅送")
    dispatch.plan_day(ctx, DAY)
    with ctx.read() as s:
        assert s.get(Order, ids[0]).driver_staff_id == target
        log = s.execute(select(Assignment.manual, Assignment.reason).where(Assignment.order_id == ids[0])
                        .order_by(Assignment.id)).all()
    assert [a.manual for a in log] == [False, True]
    assert log[1].reason == "客户指定王师傅送"


def test_dispatch_needs_a_passed_check_and_refuses_a_blocked_vehicle(office):
    ctx = office.ctx
    oid = _confirmed(office)
    dispatch.plan_day(ctx, DAY)
    driver = api.get_order(ctx, oid).driver_staff_id
    crew = {c.driver_staff_id: c for c in dispatch.crews(ctx, DAY)}[driver]
    with pytest.raises(ValidationError, match="has not had its pre-departure check"):
        dispatch.dispatch_driver(ctx, DAY, driver)
    dispatch.record_check(ctx, crew.vehicle_id, tyres=True, brakes=True, lights=False, load=True, notes="左前灯不亮")
    # the failed check took the order back off the blocked vehicle
    assert api.get_order(ctx, oid).driver_staff_id is None
    with ctx.unit_of_work() as s:  # force it back onto the blocked vehicle, as an old plan would
        o = s.get(Order, oid)
        o.driver_staff_id, o.vehicle_id, o.plan_day = driver, crew.vehicle_id, DAY
    with pytest.raises(ValidationError, match="failed its pre-departure check"):
        dispatch.dispatch_driver(ctx, DAY, driver)
    with pytest.raises(ValidationError, match="failed its pre-departure check"):
        dispatch.dispatch_order(ctx, oid)
    assert api.get_order(ctx, oid).status == "confirmed"
    with pytest.raises(ValidationError, match="failed its pre-departure check"):
        dispatch.reassign(ctx, oid, driver, "试试")


def test_departure_moves_the_drivers_orders_to_dispatched(office):
    ctx = office.ctx
    ids = [_confirmed(office, c) for c in ("wang", "li", "zhao")]
    dispatch.plan_day(ctx, DAY)
    _all_checks_pass(office)
    sent = []
    for driver in office.drivers:
        try:
            sent += dispatch.dispatch_driver(ctx, DAY, driver)
        except ValidationError:
            pass  # a driver with nothing planned
    assert sorted(sent) == sorted(ids)
    assert {api.get_order(ctx, i).status for i in ids} == {"dispatched"}
    board = dispatch.board(ctx, DAY)
    assert sum(len(sh.stops) for sh in board.sheets) == 3 and not board.unassigned


def test_route_sheet_lists_stops_in_order_with_money_and_empties(office):
    ctx = office.ctx
    a = _confirmed(office, "wang", 3)
    b = _confirmed(office, "wang", 1)
    for oid in (a, b):
        dispatch.reassign(ctx, oid, office.drivers[0], "同一片区")
    sheet = dispatch.route_sheet(ctx, DAY, office.drivers[0])
    assert [s.order_id for s in sheet.stops] == [a, b]
    assert [s.stop_seq for s in sheet.stops] == [1, 2]
    first = sheet.stops[0]
    assert first.address == "东风路12号3层" and first.phone == "13912345678"
    assert first.buckets == 3 and first.empties_expected == 0
    assert str(first.amount_to_collect) == "144.00"  # 3 × 18 + 3 × 30 deposit
    assert sheet.buckets == 4 and sheet.plate == "浙A·D1001"


def test_planning_a_day_with_no_usable_vehicle_says_so(office):
    for vid in office.vehicles:
        dispatch.record_check(office.ctx, vid, tyres=False, brakes=True, lights=True, load=True, notes="胎压不足")
    oid = _confirmed(office)
    result = dispatch.plan_day(office.ctx, DAY)
    assert [s.order_id for s in result.unassigned] == [oid]
    assert "no driver has a usable vehicle" in result.unassigned[0].reason


def test_reasons_the_suite_writes_are_shown_in_the_readers_language(office):
    """An assignment reason written while the suite spoke English reads in Chinese for a
    Chinese user (kept as the message, not as translated text)."""
    from suite.bootstrap import load_catalogs
    from suite.plugin_api import i18n
    from suite_plugins.orders.services import queries

    oid = _confirmed(office)
    dispatch.plan_day(office.ctx, DAY)
    assert queries.get_order(office.ctx, oid).assign_reason.startswith("area 东城片区, lowest load")
    load_catalogs(office.ctx.host, "zh_CN")
    try:
        view = queries.get_order(office.ctx, oid)
        assert view.assign_reason.startswith("东城片区，当前工作量最少")
        assert "出车" in view.history[1].reason  # the promise explanation of the confirmation
    finally:
        i18n.set_language("en")


def _drivers_of(office, ids):
    with office.ctx.read() as s:
        return {i: (s.get(Order, i).driver_staff_id, s.get(Order, i).stop_seq) for i in ids}


def test_a_re_plan_keeps_every_planned_order_and_places_only_the_new_ones(office):
    ctx = office.ctx
    first = [_confirmed(office, "wang", 2), _confirmed(office, "zhao", 1)]
    dispatch.plan_day(ctx, DAY)
    before = _drivers_of(office, first)
    # a big new order in another area: the old plan started from scratch, largest area first,
    # and moved the first orders to other drivers
    new = [_confirmed(office, "li", 12), _confirmed(office, "li", 1)]
    result = dispatch.plan_day(ctx, DAY)
    assert _drivers_of(office, first) == before
    assert {s.order_id for s in result.stops if s.kept} == set(first)
    placed = _drivers_of(office, new)
    assert all(d is not None for d, _ in placed.values())
    # the new stops come after the driver's kept ones
    for oid, (driver, seq) in placed.items():
        kept_seqs = [q for d, q in before.values() if d == driver]
        assert seq > max(kept_seqs, default=0)
    # a kept order is written once: no new log line, no new version
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Assignment).where(Assignment.order_id == first[0])) == 1
    # a full re-plan may move planned orders (here: everything is placed again, and logged)
    dispatch.plan_day(ctx, DAY, full=True)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Assignment).where(Assignment.order_id == first[0])) == 2


def test_one_area_goes_to_one_driver_while_his_vehicle_has_room(office):
    ctx = office.ctx
    ids = [_confirmed(office, "wang", 8) for _ in range(4)]   # 32 buckets, all 东城片区
    result = dispatch.plan_day(ctx, DAY)
    drivers = {s.driver_staff_id for s in result.stops}
    assert len(drivers) == 1, result.stops
    # more than the vehicle holds: the rest goes elsewhere, and the reason says why
    extra = [_confirmed(office, "wang", 8) for _ in range(2)]
    result = dispatch.plan_day(ctx, DAY)
    by_id = {s.order_id: s for s in result.stops}
    serving = by_id[ids[0]].driver_staff_id
    loads = {ld.driver_staff_id: ld for ld in result.loads}
    assert loads[serving].buckets <= loads[serving].capacity
    moved = [by_id[i] for i in extra if by_id[i].driver_staff_id != serving]
    assert moved and all("which serves it, has no room for 8 more bucket(s)" in s.reason for s in moved)
    assert all(by_id[i].driver_staff_id == serving for i in ids)


def test_the_board_shows_the_dispatchers_own_reason_after_a_re_plan(office):
    ctx = office.ctx
    oid = _confirmed(office)
    dispatch.plan_day(ctx, DAY)
    dispatch.reassign(ctx, oid, office.drivers[2], "客户指定王师傅送")
    dispatch.plan_day(ctx, DAY)
    stop = next(st for sh in dispatch.board(ctx, DAY).sheets for st in sh.stops if st.order_id == oid)
    assert "客户指定王师傅送" in stop.reason and "manual assignment kept" not in stop.reason
    assert api.get_order(ctx, oid).driver_staff_id == office.drivers[2]


def test_the_assignment_log_reads_as_messages_through_the_api(office):
    from suite.bootstrap import load_catalogs
    from suite.plugin_api import i18n

    ctx = office.ctx
    oid = _confirmed(office)
    dispatch.plan_day(ctx, DAY)
    dispatch.reassign(ctx, oid, office.drivers[1], "顺路")
    log = api.assignment_log(ctx, oid)
    assert [e.manual for e in log] == [False, True]
    assert log[0].reason.startswith("area 东城片区, lowest load") and "\u241e" not in log[0].reason
    assert all("[" not in e.reason and "{" not in e.reason for e in log)
    assert log[1].reason == "顺路" and log[1].driver == "李强" and log[1].plate
    load_catalogs(ctx.host, "zh_CN")
    try:
        assert api.assignment_log(ctx, oid)[0].reason.startswith("东城片区")
    finally:
        i18n.set_language("en")


def test_a_full_re_plan_never_moves_dispatched_orders_or_manual_assignments(office):
    ctx = office.ctx
    _all_checks_pass(office)
    east = [_confirmed(office, "wang", 2), _confirmed(office, "wang", 1)]
    west = _confirmed(office, "li", 1)
    dispatch.plan_day(ctx, DAY)
    driver = api.get_order(ctx, east[0]).driver_staff_id
    dispatch.dispatch_driver(ctx, DAY, driver)          # he leaves with the east side's orders
    other = next(d for d in office.drivers if d not in (driver, api.get_order(ctx, west).driver_staff_id))
    dispatch.reassign(ctx, west, other, "客户要求下午送")
    before = _drivers_of(office, east + [west])
    new = _confirmed(office, "wang", 2)
    # the promise already says the new east order joins his route
    name = next(d.name for d in core.list_staff(ctx, department="delivery") if d.id == driver)
    assert f"{name}'s route" in orders.review_order(ctx, new).promise.explanation
    result = dispatch.plan_day(ctx, DAY, full=True)
    assert _drivers_of(office, east + [west]) == before
    assert {api.get_order(ctx, i).status for i in east} == {"dispatched"}
    with ctx.read() as s:
        for oid in east:  # not planned again: no new log line
            assert s.scalar(select(func.count()).select_from(Assignment).where(Assignment.order_id == oid)) == 1
    by_id = {st.order_id: st for st in result.stops}
    assert by_id[west].manual and by_id[west].kept and "客户要求下午送" in by_id[west].reason
    # the new east order goes to the driver serving the area (as its promise said), after his stops
    placed_driver, placed_seq = _drivers_of(office, [new])[new]
    assert placed_driver == driver, by_id[new].reason
    assert "already serving it" in by_id[new].reason
    assert placed_seq > max(seq for d, seq in before.values() if d == driver)
    # and the board still shows the dispatcher's own words for the manual one
    stop = next(st for sh in dispatch.board(ctx, DAY).sheets for st in sh.stops if st.order_id == west)
    assert "客户要求下午送" in stop.reason


def test_the_reason_of_an_area_that_spills_over_reads_in_chinese(office):
    from suite.bootstrap import load_catalogs
    from suite.plugin_api import i18n

    ctx = office.ctx
    for _ in range(6):
        _confirmed(office, "wang", 8)       # 48 buckets: more than the east van's 40
    result = dispatch.plan_day(ctx, DAY)
    spilled = [st for st in result.stops if "has no room" in st.reason]
    assert spilled
    load_catalogs(ctx.host, "zh_CN")
    try:
        shown_now = queries.get_order(ctx, spilled[0].order_id).assign_reason
        log = api.assignment_log(ctx, spilled[0].order_id)
    finally:
        i18n.set_language("en")
    assert "东城片区" in shown_now and "has no room" not in shown_now and "\u241e" not in shown_now
    assert log[-1].reason == shown_now
