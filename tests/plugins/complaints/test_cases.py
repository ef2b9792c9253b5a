"""A case from intake to closing, through the services, on a real database; and every way a
user can get it wrong."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError
from suite_plugins.complaints.models import Complaint, Event
from suite_plugins.complaints.services import cases, compensation, followup, handling
from suite_plugins.complaints.services import policies
from tests.plugins.complaints.conftest import local


def row(ctx, complaint_id) -> Complaint:
    with ctx.read() as s:
        found = s.get(Complaint, complaint_id)
        s.expunge(found)  # a plain snapshot of the row, readable after the session ends
        return found


def _action_version(ctx, complaint_id, action_id) -> int:
    return next(a.version for a in compensation.list_actions(ctx, complaint_id) if a.id == action_id)


def loc(value):
    return value.astimezone(local(2026, 1, 1).tzinfo).replace(tzinfo=None)


def test_default_policies_follow_the_written_policy(suite_ctx):
    terms = {p.severity: p.terms for p in policies.list_policies(suite_ctx)}
    assert (terms["urgent"].first_contact, terms["urgent"].solution, terms["urgent"].investigation,
            terms["urgent"].resolution) == (30, 120, 240, 1440)
    assert (terms["general"].first_contact, terms["general"].solution, terms["general"].investigation,
            terms["general"].resolution) == (60, 240, 480, 1440)
    assert (terms["non_urgent"].first_contact, terms["non_urgent"].solution) == (1440, 2880)
    assert terms["non_urgent"].investigation is None and terms["non_urgent"].resolution is None
    assert terms["urgent"].business_hours is False  # urgent runs round the clock
    assert terms["general"].business_hours and terms["non_urgent"].business_hours


def test_intake_suggests_the_severity_and_starts_the_clocks(intake, clerk, clock, staff):
    cid = intake("spoiled_illness", description="吃完后腹泻，已去医院", driver_staff_id=staff["driver"],
                 cook_staff_id=staff["cook"])
    c = row(clerk, cid)
    assert c.severity == c.suggested_severity == "urgent"
    assert c.number == "TS20260302-001"
    assert c.handler_staff_id == staff["cs"]  # the clerk's own staff record
    assert c.status == "new" and c.is_open
    assert loc(c.fc_due_at) == dt.datetime(2026, 3, 2, 9, 30)
    assert loc(c.sol_due_at) == dt.datetime(2026, 3, 2, 11, 0)
    assert loc(c.res_due_at) == dt.datetime(2026, 3, 3, 9, 0)
    assert c.inv_due_at is None  # no department notified yet
    assert c.next_stage == "first_contact" and c.next_due_at == c.fc_due_at
    assert c.received_month == 202603
    # the clerk may override the suggestion; numbers count up within the day
    other = row(clerk, intake("taste_suggestion", severity="general"))
    assert (other.severity, other.suggested_severity, other.number) == ("general", "non_urgent", "TS20260302-002")


def test_intake_refuses_bad_input_and_writes_nothing(intake, clerk, clock):
    with pytest.raises(ValidationError) as err:
        intake("nonsense", channel="fax", description="  ", severity="very")
    assert set(err.value.fields) == {"category", "channel", "description", "severity"}
    with pytest.raises(ValidationError) as err:
        intake(received_at=clock.now + dt.timedelta(hours=1))
    assert "received_at" in err.value.fields
    with pytest.raises(ValidationError) as err:
        intake(customer_id=None)
    assert "customer" in err.value.fields
    with pytest.raises(ValidationError) as err:
        intake(customer_id=999999)
    assert "customer" in err.value.fields
    with clerk.read() as s:
        assert s.query(Complaint).count() == 0


def test_intake_needs_the_permission(intake, login):
    driver = login("driver")
    with pytest.raises(PermissionDenied):
        intake(ctx=driver)


def test_intake_finds_the_order_by_number_and_checks_its_customer(intake, clerk, make_order, customer, other_customer):
    from suite_plugins.orders import api as orders_api

    oid = make_order(customer, "58.00")
    number = orders_api.get_order(clerk, oid).number
    c = row(clerk, intake("delivery_delay", order_number=number))
    assert (c.order_id, c.order_number, c.order_amount) == (oid, number, Decimal("58.00"))
    with pytest.raises(ValidationError) as err:
        intake(order_number="20990101-9999")
    assert "order" in err.value.fields
    foreign = make_order(other_customer, "20.00")
    with pytest.raises(ValidationError) as err:
        intake(order_id=foreign)
    assert "another customer" in str(err.value.fields["order"])


def test_a_case_from_intake_to_closing(intake, clerk, quality, manager, clock, staff):
    cid = intake("food_quality")  # general: business hours (whole working days)
    clock.advance(minutes=20)
    handling.log_first_contact(clerk, cid, note="已致歉，约定上门取样")
    handling.notify_department(clerk, cid, "production", staff_id=staff["cook"])
    clock.advance(minutes=40)
    handling.wait_for_customer(clerk, cid, reason="等客户拍照")
    c = row(clerk, cid)
    assert c.status == "waiting" and c.paused_since is not None
    assert c.sol_due_at is None  # the clock is stopped before the solution deadline
    clock.advance(hours=2)
    handling.customer_answered(clerk, cid, note="客户发来照片")
    c = row(clerk, cid)
    assert loc(c.sol_due_at) == dt.datetime(2026, 3, 2, 15, 0)  # 4 h + 2 h of waiting
    assert loc(c.inv_due_at) == dt.datetime(2026, 3, 2, 19, 20)  # 8 h after notice + 2 h waiting
    handling.propose_solution(clerk, cid, "重做一份并退还餐费")
    handling.record_investigation(quality, cid, findings="米饭中有头发，厨师未戴帽", root_cause="processing",
                                  responsible_department="production", responsible_staff_id=staff["cook"],
                                  substantiated=True)
    compensation.record_action(clerk, cid, "apology")
    compensation.record_action(clerk, cid, "replacement", note="补送一份")
    compensation.record_action(clerk, cid, "refund", amount="30")
    clock.advance(hours=1)
    handling.resolve(clerk, cid, "已重做并退款30元，客户接受")
    c = row(clerk, cid)
    assert c.status == "resolved" and c.next_stage == "followup"
    assert c.fc_met and c.sol_met and c.inv_met and c.res_met
    assert c.fc_minutes == 20 and c.res_minutes == 20 + 40 + 120 + 60
    assert c.compensation_total == Decimal("30.00") and not c.approval_pending
    assert loc(c.followup_due_at) == loc(c.resolved_at) + dt.timedelta(days=3)
    clock.advance(days=1)
    followup.record_followup(clerk, cid, method="phone", reached=True, satisfaction=4, comments="满意", close=True)
    c = row(clerk, cid)
    assert c.status == "closed" and not c.is_open and c.satisfaction == 4 and c.next_due_at is None
    kinds = [e.kind for e in _events(clerk, cid)]
    assert kinds == ["received", "first_contact", "department_notified", "waiting", "resumed", "solution_proposed",
                     "investigation_done", "action", "action", "action", "resolved", "followup", "closed"]
    with pytest.raises(ValidationError):  # a closed case is never changed again
        handling.update_complaint(clerk, cid, expected_version=c.version, description="改")


def _events(ctx, cid):
    with ctx.read() as s:
        found = s.query(Event).filter(Event.complaint_id == cid).order_by(Event.at, Event.id).all()
        s.expunge_all()
        return found


def test_closing_needs_a_first_contact_and_a_resolution(intake, clerk, clock):
    cid = intake()
    with pytest.raises(ValidationError) as err:
        handling.close(clerk, cid)
    assert {"first_contact", "resolution"} <= set(err.value.fields)
    handling.log_first_contact(clerk, cid)
    with pytest.raises(ValidationError) as err:
        handling.close(clerk, cid)
    assert set(err.value.fields) == {"resolution"}
    handling.resolve(clerk, cid, "已退款")
    with pytest.raises(ValidationError) as err:
        handling.close(clerk, cid)
    assert set(err.value.fields) == {"followup"}
    assert row(clerk, cid).is_open


def test_three_failed_follow_up_attempts_allow_closing(intake, clerk, clock):
    cid = intake()
    handling.log_first_contact(clerk, cid)
    handling.resolve(clerk, cid, "已补送")
    for n in range(3):
        clock.advance(hours=5)
        followup.record_followup(clerk, cid, method="phone", reached=False, comments=f"第{n + 1}次无人接听")
        if n < 2:
            with pytest.raises(ValidationError):
                handling.close(clerk, cid)
    c = row(clerk, cid)
    assert c.failed_followups == 3 and c.next_due_at is None
    handling.close(clerk, cid)
    assert row(clerk, cid).status == "closed"


def test_a_resolution_time_before_the_intake_is_refused(intake, clerk, clock):
    cid = intake(received_at=local(2026, 3, 2, 8, 30))
    handling.log_first_contact(clerk, cid)
    with pytest.raises(ValidationError) as err:
        handling.resolve(clerk, cid, "已处理", at=local(2026, 3, 2, 8, 0))
    assert "resolved_at" in err.value.fields and "received" in str(err.value)
    assert row(clerk, cid).resolved_at is None
    with pytest.raises(ValidationError):
        handling.resolve(clerk, cid, "已处理", at=clock.now + dt.timedelta(hours=2))  # the future
    with pytest.raises(ValidationError):  # before the first contact (logged at 09:00)
        handling.resolve(clerk, cid, "已处理", at=local(2026, 3, 2, 8, 45))
    handling.resolve(clerk, cid, "已处理", at=local(2026, 3, 2, 9, 0))
    assert loc(row(clerk, cid).resolved_at) == dt.datetime(2026, 3, 2, 9, 0)


def test_a_follow_up_before_the_resolution_is_refused(intake, clerk, clock):
    cid = intake()
    handling.log_first_contact(clerk, cid)
    with pytest.raises(ValidationError) as err:
        followup.record_followup(clerk, cid, method="phone", reached=True, satisfaction=5)
    assert "resolve" in str(err.value)
    clock.advance(hours=3)
    handling.resolve(clerk, cid, "已处理")
    with pytest.raises(ValidationError) as err:
        followup.record_followup(clerk, cid, method="phone", reached=True, satisfaction=5,
                                 at=clock.now - dt.timedelta(hours=1))
    assert "at" in err.value.fields
    with pytest.raises(ValidationError) as err:
        followup.record_followup(clerk, cid, method="phone", reached=True, satisfaction=None)
    assert "satisfaction" in err.value.fields
    with pytest.raises(ValidationError):
        followup.record_followup(clerk, cid, method="phone", reached=True, satisfaction=6)
    with clerk.read() as s:
        from suite_plugins.complaints.models import FollowUp

        assert s.query(FollowUp).count() == 0


def test_a_refund_larger_than_the_order_needs_a_note_and_a_manager(intake, clerk, manager, make_order, customer):
    cid = intake("wrong_item", order_id=make_order(customer, "36.00"))
    handling.log_first_contact(clerk, cid)
    with pytest.raises(ValidationError) as err:
        compensation.record_action(clerk, cid, "refund", amount="50")
    assert "note" in err.value.fields and "36.00" in str(err.value)
    assert row(clerk, cid).compensation_total == Decimal("0.00")
    aid = compensation.record_action(clerk, cid, "refund", amount="50", note="客户另付了配送费和包装费")
    c = row(clerk, cid)
    assert c.approval_pending and c.compensation_total == Decimal("0.00")  # pending amounts are shown apart
    with pytest.raises(ValidationError):
        handling.resolve(clerk, cid, "退款")  # the manager has not decided
    with pytest.raises(PermissionDenied):
        compensation.decide(clerk, aid, True, "同意", expected_version=_action_version(clerk, cid, aid))
    with pytest.raises(ValidationError) as err:
        compensation.decide(manager, aid, True, expected_version=_action_version(clerk, cid, aid))  # no note
    assert "approval_note" in err.value.fields
    compensation.decide(manager, aid, True, "含配送费，同意", expected_version=_action_version(clerk, cid, aid))
    assert not row(clerk, cid).approval_pending
    assert [a.approval for a in compensation.list_actions(clerk, cid)] == ["approved"]
    handling.resolve(clerk, cid, "已退款50元")


def test_compensation_above_the_threshold_waits_for_approval(intake, clerk, manager, clock):
    policies.save_desk_settings(manager, policies.DeskSettings(approval_threshold=Decimal("100")))
    cid = intake("spoiled_illness")
    handling.log_first_contact(clerk, cid)
    a1 = compensation.record_action(clerk, cid, "medical", amount="80")
    a2 = compensation.record_action(clerk, cid, "coupon", amount="30", coupon_expires=dt.date(2026, 6, 30))
    views = {a.id: a for a in compensation.list_actions(clerk, cid)}
    assert views[a1].approval == "none"  # 80 <= 100
    assert views[a2].approval == "pending"  # the case's total 110 > 100
    with pytest.raises(ValidationError):
        compensation.decide(manager, a2, False,  # a rejection needs a reason
                            expected_version=_action_version(clerk, cid, a2))
    compensation.decide(manager, a2, False, "已有医疗费补偿", expected_version=_action_version(clerk, cid, a2))
    c = row(clerk, cid)
    assert c.compensation_total == Decimal("80.00") and not c.approval_pending
    pending = compensation.pending_approvals(clerk)
    assert pending == []


def test_action_input_is_checked(intake, clerk, clock):
    cid = intake()
    for kwargs, field in [({"kind": "refund"}, "amount"), ({"kind": "refund", "amount": "-5"}, "amount"),
                          ({"kind": "refund", "amount": "abc"}, "amount"), ({"kind": "coupon", "amount": "10"}, "coupon_expires"),
                          ({"kind": "coupon", "amount": "10", "coupon_expires": dt.date(2026, 3, 1)}, "coupon_expires"),
                          ({"kind": "lab_test"}, "lab_sent_at"), ({"kind": "bribe"}, "kind")]:
        kind = kwargs.pop("kind")
        with pytest.raises(ValidationError) as err:
            compensation.record_action(clerk, cid, kind, **kwargs)
        assert field in err.value.fields, (kind, kwargs)
    aid = compensation.record_action(clerk, cid, "lab_test", lab_sent_at=clock.now, lab_name="市疾控中心")
    clock.advance(days=2)
    compensation.record_lab_result(clerk, aid, "菌落总数超标", expected_version=_action_version(clerk, cid, aid))
    lab = compensation.list_actions(clerk, cid)[0]
    assert lab.lab_result == "菌落总数超标" and lab.lab_name == "市疾控中心"


def test_a_deadline_that_cannot_be_met_records_the_reason_and_the_new_time(intake, clerk, clock):
    cid = intake("spoiled_illness")
    handling.log_first_contact(clerk, cid)
    with pytest.raises(ValidationError) as err:
        handling.extend_deadline(clerk, cid, "solution", new_due=clock.now + dt.timedelta(hours=5), reason="")
    assert "reason" in err.value.fields
    with pytest.raises(ValidationError):
        handling.extend_deadline(clerk, cid, "first_contact", new_due=clock.now + dt.timedelta(hours=5), reason="x")
    with pytest.raises(ValidationError):
        handling.extend_deadline(clerk, cid, "solution", new_due=clock.now - dt.timedelta(hours=1), reason="x")
    new_time = local(2026, 3, 2, 16, 0)
    handling.extend_deadline(clerk, cid, "solution", new_due=new_time, reason="检测机构下午才出结果")
    c = row(clerk, cid)
    assert c.sol_new_due_at == new_time and loc(c.sol_due_at) == dt.datetime(2026, 3, 2, 11, 0)
    assert c.next_stage == "solution" and c.next_due_at == new_time
    clock.set(local(2026, 3, 2, 15, 0))
    handling.propose_solution(clerk, cid, "退款并承担医疗费")
    assert row(clerk, cid).sol_met is False  # still late against the policy


def test_a_severity_change_retimes_the_deadlines_from_the_intake(intake, clerk, clock):
    cid = intake("food_quality")
    c = row(clerk, cid)
    assert loc(c.fc_due_at) == dt.datetime(2026, 3, 2, 10, 0)
    handling.update_complaint(clerk, cid, expected_version=c.version, severity="urgent",
                              description="吃后呕吐")
    c = row(clerk, cid)
    assert c.severity == "urgent" and loc(c.fc_due_at) == dt.datetime(2026, 3, 2, 9, 30)
    assert c.description == "吃后呕吐"


def test_two_users_editing_one_case_conflict(intake, clerk, login, clock):
    cid = intake()
    other = login("clerk", staff_key="cs2")
    shown = row(clerk, cid).version  # both open the form
    handling.update_complaint(other, cid, expected_version=shown, description="头发，两根")
    with pytest.raises(ConflictError):
        handling.update_complaint(clerk, cid, expected_version=shown, category="foreign_object")
    c = row(clerk, cid)
    assert c.description == "头发，两根" and c.category == "food_quality"  # nothing of the loser saved
    # an event recorded by someone else also makes a stale form conflict
    shown = c.version
    handling.log_first_contact(other, cid)
    with pytest.raises(ConflictError):
        handling.update_complaint(clerk, cid, expected_version=shown, category="foreign_object")


def test_waiting_needs_a_first_contact_and_pausing_cannot_be_abused(intake, clerk, clock):
    cid = intake()
    with pytest.raises(ValidationError):
        handling.wait_for_customer(clerk, cid, reason="等回电")
    handling.log_first_contact(clerk, cid)
    with pytest.raises(ValidationError):
        handling.customer_answered(clerk, cid)
    handling.wait_for_customer(clerk, cid, reason="等回电")
    with pytest.raises(ValidationError):
        handling.wait_for_customer(clerk, cid, reason="再等")
    with pytest.raises(ValidationError):
        handling.log_first_contact(clerk, cid)


def test_a_closed_case_cannot_change(intake, clerk, clock):
    cid = intake()
    handling.log_first_contact(clerk, cid)
    handling.resolve(clerk, cid, "ok")
    followup.record_followup(clerk, cid, method="sms", reached=True, satisfaction=5, close=True)
    v = row(clerk, cid).version
    with pytest.raises(ValidationError):
        handling.update_complaint(clerk, cid, expected_version=v, description="x")
    with pytest.raises(ValidationError):
        compensation.record_action(clerk, cid, "apology")


def test_quality_control_investigates_but_does_not_take_complaints(intake, quality, clerk, staff):
    cid = intake()
    with pytest.raises(PermissionDenied):
        handling.log_first_contact(quality, cid)
    handling.notify_department(quality, cid, "quality")
    with pytest.raises(ValidationError):
        handling.record_investigation(quality, cid, findings="", root_cause="x", responsible_department="y",
                                      substantiated=True)
    handling.record_investigation(quality, cid, findings="抽检合格", root_cause="other",
                                  responsible_department="quality", substantiated=False)
    c = row(clerk, cid)
    assert c.substantiated is False and c.root_cause == "other" and c.investigated_at is not None
    v = c.version
    handling.update_complaint(quality, cid, expected_version=v, substantiated=True)
    with pytest.raises(PermissionDenied):
        handling.update_complaint(quality, cid, expected_version=v + 1, description="x")


def test_recompute_is_idempotent_and_follows_the_events(intake, clerk, clock):
    """The derived columns are only a cache: wiping them and recomputing gives them back."""
    cid = intake("spoiled_illness")
    clock.advance(minutes=45)
    handling.log_first_contact(clerk, cid)
    before = row(clerk, cid)
    assert before.fc_met is False and before.fc_minutes == 45
    with clerk.unit_of_work() as s:
        c = s.get(Complaint, cid)
        c.fc_due_at = c.next_due_at = None
        c.status, c.fc_met = "closed", None
        cases.recompute(clerk, s, c)
    after = row(clerk, cid)
    for name in ("fc_due_at", "sol_due_at", "res_due_at", "next_due_at", "status", "fc_met", "fc_minutes"):
        assert getattr(after, name) == getattr(before, name), name
