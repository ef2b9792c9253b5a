"""What other parts of the suite see of the complaints desk: the dashboard's open deadlines
and reminders, the order desk's customer facts, staff metrics, global search, the list, the
supplier link of an inventory plugin, and the calendar and policy settings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from decimal import Decimal

import pytest

from suite.host import build_host
from suite.plugin_api import PermissionDenied, ValidationError, hookimpl
from suite.plugin_api.lists import ListPager
from suite_plugins.complaints.services import cards, followup, handling, metrics, policies, queries
from tests.plugins.complaints.conftest import local


def test_open_deadlines_put_overdue_first_and_count_due_soon(intake, clerk, clock):
    a = intake("spoiled_illness")  # urgent: first contact by 09:30
    b = intake("food_quality")  # general: first contact by 10:00
    c = intake("taste_suggestion")  # non-urgent: next day
    clock.set(local(2026, 3, 2, 9, 40))
    summary = queries.open_deadlines(clerk)
    assert summary.open == 3 and summary.overdue == 1 and summary.due_soon == 1
    assert [d.id for d in summary.next] == [a, b, c]
    assert [d.state for d in summary.next] == ["breached", "soon", "ok"]
    handling.log_first_contact(clerk, b)
    handling.wait_for_customer(clerk, b, reason="等客户拍照")
    summary = queries.open_deadlines(clerk)
    assert summary.waiting == 1 and b not in [d.id for d in summary.next]
    card = cards.open_card(clerk)
    assert card.value == "3" and card.level == "danger"
    assert cards.deadline_card(clerk).level == "danger"


def test_the_reminder_comes_fifteen_minutes_before_a_deadline(intake, clerk, clock):
    cid = intake("spoiled_illness")  # first contact due 09:30
    clock.set(local(2026, 3, 2, 9, 10))
    assert queries.due_reminders(clerk) == []
    clock.set(local(2026, 3, 2, 9, 15))
    found = queries.due_reminders(clerk)
    assert [(r.complaint_id, r.stage) for r in found] == [(cid, "first_contact")]
    assert "09:30" in found[0].message(clerk)
    clock.set(local(2026, 3, 2, 9, 31))
    assert queries.due_reminders(clerk) == []  # past due: the overdue highlight takes over


def test_the_order_desk_sees_a_customers_open_complaints(intake, clerk, suite_host, customer, other_customer):
    intake("delivery_delay")
    answers = [a for a in suite_host.ask("suite_customer_facts", ctx=clerk, customer_id=customer) if a]
    facts = [f for answer in answers for f in answer]
    assert facts and str(facts[0][0]) == "Open complaints" and facts[0][1] == "1" and facts[0][2] == "danger"
    assert "Delivery delay" in facts[1][1]
    assert not [a for a in suite_host.ask("suite_customer_facts", ctx=clerk, customer_id=other_customer) if a]


def test_staff_metrics_count_attributions_and_the_handlers_timeliness(intake, clerk, quality, clock, staff):
    a = intake("delivery_delay", driver_staff_id=staff["driver"])
    b = intake("food_quality", cook_staff_id=staff["cook"])
    clock.advance(minutes=30)
    for cid in (a, b):
        handling.log_first_contact(clerk, cid)
    handling.notify_department(clerk, b, "production")
    handling.record_investigation(quality, b, findings="厨师操作不当", root_cause="processing",
                                  responsible_department="production", responsible_staff_id=staff["cook"],
                                  substantiated=True)
    clock.advance(hours=2)
    handling.resolve(clerk, a, "已致歉并赠券")
    clock.set(local(2026, 3, 3, 12, 0))
    followup.record_followup(clerk, a, method="phone", reached=True, satisfaction=3)
    ids = [staff["driver"], staff["cook"], staff["cs"], staff["cs2"]]
    start, end = dt.date(2026, 3, 1), dt.date(2026, 4, 1)
    assert metrics.attributed(clerk, ids, start, end) == {staff["driver"]: 1, staff["cook"]: 1, staff["cs"]: 0,
                                                          staff["cs2"]: 0}
    assert metrics.substantiated(clerk, ids, start, end)[staff["cook"]] == 1
    assert metrics.substantiated(clerk, ids, start, end)[staff["driver"]] == 0
    # the clerk handled both: 2 first contacts in time, 1 resolution and 1 solution (a's) in time
    assert metrics.handler_sla(clerk, ids, start, end) == {staff["cs"]: 100.0}
    assert metrics.handler_satisfaction(clerk, ids, start, end) == {staff["cs"]: 3.0}
    # another month counts nothing
    assert metrics.attributed(clerk, ids, dt.date(2026, 4, 1), dt.date(2026, 5, 1))[staff["driver"]] == 0


def test_staff_metrics_are_contributed(suite_host):
    ids = {m.id for m in suite_host.staff_metrics() if m.plugin == "complaints"}
    assert ids == {"complaints.attributed", "complaints.substantiated", "complaints.handler_sla",
                   "complaints.handler_satisfaction", "complaints.inquiries_on_time"}


def test_search_and_the_list(intake, clerk, clock, customer):
    first = intake("price", description="收费比报价多10元")
    clock.advance(minutes=5)
    intake("wrong_item")
    hits = queries.search(clerk, "王芳")
    assert len(hits) == 2 and hits[0].page == "complaints.list"
    assert queries.search(clerk, "TS20260302-001")[0].key == first
    pager = ListPager(clerk, queries.complaint_list(clerk))
    rows = pager.fetch_next()
    assert [r.id for r in rows] == [first, first + 1]  # open ones by next deadline
    pager.set_search("报价")
    assert [r.id for r in pager.fetch_next()] == [first]
    pager.set_search("")
    pager.set_filter("state", "closed")
    assert pager.fetch_next() == []
    clock.set(local(2026, 3, 2, 11, 0))
    pager = ListPager(clerk, queries.complaint_list(clerk))
    pager.set_filter("state", "overdue")
    assert {r.due_state for r in pager.fetch_next()} == {"breached"}


def test_the_list_model_passes_qt_model_tests(intake, clerk, qtmodeltester):
    pytest.importorskip("suite.plugin_api.ui")
    from suite.plugin_api.ui import LazyTableModel

    for _ in range(3):
        intake()
    model = LazyTableModel(clerk, queries.complaint_list(clerk))
    qtmodeltester.check(model)


# ---------------------------------------------------------------------------- the supplier link


class FakeInventory:
    """Stands in for an inventory plugin: offers suppliers and records the complaints naming them."""

    NAME = "inventory_stub"  # the real inventory plugin is installed too
    TITLE = "Inventory (test)"
    VERSION = "0.1"
    API_VERSION = "1.0"
    named: list = []

    @staticmethod
    @hookimpl
    def suite_complaints_suppliers(ctx):
        return [(7, "洁美包装厂"), (8, "绿源蔬菜批发")]

    @staticmethod
    @hookimpl
    def suite_complaint_did_name_supplier(ctx, session, complaint_id, supplier_id):
        FakeInventory.named.append((complaint_id, supplier_id))


def test_a_substantiated_packaging_complaint_can_name_the_supplier(intake, clerk, quality, suite_ctx):
    host = build_host(only=["orders", "complaints", "inventory_stub"], extra=[FakeInventory], strict=True)
    assert host.is_active("inventory_stub")
    ctx = dataclasses.replace(clerk, host=host, _local=threading.local())
    FakeInventory.named.clear()
    cid = intake("packaging_damaged")
    assert handling.supplier_choices(ctx) == [(7, "洁美包装厂"), (8, "绿源蔬菜批发")]
    with pytest.raises(ValidationError):  # not yet found justified
        handling.name_supplier(ctx, cid, 7, expected_version=queries.get_case(ctx, cid).version)
    handling.notify_department(ctx, cid, "purchasing")
    handling.record_investigation(quality, cid, findings="餐盒批次质量问题", root_cause="packaging_supplier",
                                  responsible_department="purchasing", substantiated=True)
    with pytest.raises(ValidationError):
        handling.name_supplier(ctx, cid, 99, expected_version=queries.get_case(ctx, cid).version)  # not in the list
    handling.name_supplier(ctx, cid, 7, expected_version=queries.get_case(ctx, cid).version)
    assert FakeInventory.named == [(cid, 7)]
    assert queries.get_case(ctx, cid).supplier_name == "洁美包装厂"


def test_without_an_inventory_plugin_no_supplier_can_be_named(intake, clerk):
    cid = intake("packaging_damaged")
    assert handling.supplier_choices(clerk) == []
    with pytest.raises(ValidationError):
        handling.name_supplier(clerk, cid, 7, expected_version=queries.get_case(clerk, cid).version)


# ---------------------------------------------------------------------------- settings


def test_policy_changes_apply_to_new_cases_only(intake, clerk, manager, clock):
    old = intake("food_quality")
    general = next(p.version for p in policies.list_policies(manager) if p.severity == "general")
    with pytest.raises(PermissionDenied):
        policies.save_policy(clerk, "general", first_contact=30, solution=120, investigation=240, resolution=720,
                             business_hours=False, expected_version=general)
    with pytest.raises(ValidationError) as err:
        policies.save_policy(manager, "general", first_contact=0, solution=10, investigation=None, resolution=5,
                             business_hours=False, expected_version=general)
    assert {"first_contact"} <= set(err.value.fields)
    with pytest.raises(ValidationError) as err:
        policies.save_policy(manager, "general", first_contact=60, solution=30, investigation=None, resolution=None,
                             business_hours=False, expected_version=general)
    assert "solution" in err.value.fields
    policies.save_policy(manager, "general", first_contact=30, solution=120, investigation=240, resolution=720,
                         business_hours=False, expected_version=general)
    new = intake("food_quality")
    assert queries.get_case(clerk, old).stages[0].minutes == 60
    assert queries.get_case(clerk, new).stages[0].minutes == 30


def test_the_holiday_calendar_is_office_data_seeded_from_chinesecalendar(suite_ctx, manager, clerk):
    policies.save_desk_settings(manager, policies.DeskSettings(open_on_holidays=False))
    years = policies.calendar_years(suite_ctx)
    assert 2026 in years and 2025 in years
    days = {d.day: d for d in policies.list_calendar_days(suite_ctx, 2026)}
    assert days[dt.date(2026, 10, 1)].kind == "holiday" and days[dt.date(2026, 10, 1)].name == "国庆节"
    assert days[dt.date(2026, 10, 10)].kind == "workday"
    assert days[dt.date(2026, 10, 1)].source == "chinesecalendar"
    # seeding again adds nothing, and keeps what the office removed removed
    policies.remove_calendar_day(manager, dt.date(2026, 10, 7))
    assert policies.seed_calendar(suite_ctx) == 0
    assert dt.date(2026, 10, 7) not in {d.day for d in policies.list_calendar_days(suite_ctx, 2026)}
    # later years are entered by the office
    assert dt.date(2027, 1, 1) not in policies.chinese_calendar_years() or True
    policies.save_calendar_day(manager, dt.date(2027, 2, 6), "holiday", "春节")
    policies.save_calendar_day(manager, dt.date(2027, 2, 20), "workday", "春节调休")
    cal = policies.work_calendar(suite_ctx)
    assert not cal.is_working_day(dt.date(2027, 2, 6)) and cal.is_working_day(dt.date(2027, 2, 20))
    with pytest.raises(PermissionDenied):
        policies.save_calendar_day(clerk, dt.date(2027, 3, 1), "holiday")
    with pytest.raises(ValidationError):
        policies.save_calendar_day(manager, dt.date(2027, 3, 1), "vacation")


def test_desk_settings_are_checked(manager):
    with pytest.raises(ValidationError) as err:
        policies.save_desk_settings(manager, policies.DeskSettings(approval_threshold=Decimal("-1"), followup_from_days=4,
                                                                   followup_due_days=2, open_minute=600,
                                                                   close_minute=500, weekdays=()))
    assert set(err.value.fields) == {"approval_threshold", "followup_due_days", "close_minute", "weekdays"}
    policies.save_desk_settings(manager, policies.DeskSettings(approval_threshold=Decimal("300"), open_minute=480,
                                                               close_minute=1200, weekdays=(0, 1, 2, 3, 4, 5)))
    got = policies.get_desk_settings(manager)
    assert got.approval_threshold == Decimal("300.00") and got.weekdays == (0, 1, 2, 3, 4, 5)
    assert policies.work_calendar(manager).open_minute == 480


def test_business_hours_and_the_calendar_drive_the_case_deadlines(intake, clerk, manager, clock):
    policies.save_desk_settings(manager, policies.DeskSettings(open_minute=8 * 60, close_minute=20 * 60,
                                                               weekdays=(0, 1, 2, 3, 4), open_on_holidays=False))
    clock.set(local(2026, 9, 30, 19, 30))  # the eve of National Day
    cid = intake("food_quality")  # general: business hours, first contact 1 h
    case = queries.get_case(clerk, cid)
    first = case.stages[0]
    assert first.due.astimezone(local(2026, 1, 1).tzinfo).replace(tzinfo=None) == dt.datetime(2026, 10, 8, 8, 30)
    assert first.remaining == dt.timedelta(hours=1)
    assert case.policy_business_hours
