"""Issue 13, finding 4: compensation needs a second person, totals count approved and paid
money only (pending apart, in the statistics and the PDF), deadline extensions need a reason
and stay within the office's maximum, and an extended stage still alarms at its new time."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from suite.plugin_api import ValidationError
from suite_plugins.complaints.models import Action, Complaint, Event
from suite_plugins.complaints.services import compensation, handling, policies, queries, statistics

from .conftest import local



def _v(ctx, action_id):
    """The version of the compensation the approver sees (the case's list of actions)."""
    from suite_plugins.complaints.models import Action

    with ctx.read() as s:
        return s.get(Action, action_id).version

def row(ctx, cid) -> Complaint:
    with ctx.read() as s:
        c = s.get(Complaint, cid)
        s.expunge(c)
        return c


def test_whoever_records_a_compensation_cannot_approve_it(intake, login, manager, clock, suite_ctx):
    cid = intake("spoiled_illness")
    boss = login("manager")
    handling.log_first_contact(manager, cid)
    aid = compensation.record_action(manager, cid, "medical", amount="500", note="医药费")
    with pytest.raises(ValidationError) as err:
        compensation.decide(manager, aid, True, "同意", expected_version=_v(manager, aid))
    assert str(err.value.fields["approval_note"]) == \
        "You recorded this compensation yourself: another manager must approve it."
    assert row(manager, cid).approval_pending
    with suite_ctx.read() as s:
        assert s.get(Action, aid).approval == "pending"
    compensation.decide(boss, aid, True, "同意", expected_version=_v(boss, aid))
    assert not row(manager, cid).approval_pending


def test_the_owner_may_approve_his_own_with_a_note_and_it_is_on_record(intake, login, clock, suite_ctx):
    owner = login("owner")
    cid = intake("spoiled_illness")
    handling.log_first_contact(owner, cid)
    aid = compensation.record_action(owner, cid, "refund", amount="300", note="全额退款")
    with pytest.raises(ValidationError) as err:
        compensation.decide(owner, aid, True, expected_version=_v(owner, aid))
    assert "with a note" in str(err.value.fields["approval_note"])
    compensation.decide(owner, aid, True, "店主亲自处理，客户住院", expected_version=_v(owner, aid))
    with suite_ctx.read() as s:
        a = s.get(Action, aid)
        assert a.approval == "approved" and a.approved_by == owner.user.id == a.created_by
        ev = s.scalars(select(Event).where(Event.complaint_id == cid, Event.kind == "approval")).one()
        assert json.loads(ev.data)["own_approval"] is True and ev.note == "店主亲自处理，客户住院"
        audited = s.execute(select(Action.version).where(Action.id == aid)).scalar()
        assert audited >= 2  # the approval changed the row (the session listener audits every change)


def test_totals_count_approved_and_paid_money_and_show_pending_apart(intake, clerk, manager, clock, tmp_path):
    cid = intake("spoiled_illness")
    handling.log_first_contact(clerk, cid)
    compensation.record_action(clerk, cid, "coupon", amount="20", coupon_expires=dt.date(2026, 6, 30))
    big = compensation.record_action(clerk, cid, "refund", amount="999999.99", note="误输入")
    assert row(clerk, cid).compensation_total == Decimal("20.00")
    st = statistics.statistics(manager, 202603, with_orders=False)
    assert st.compensation_total == Decimal("20.00") and st.compensation_pending == Decimal("999999.99")
    refund = next(c for c in st.compensation if c.kind == "refund")
    assert (refund.count, refund.amount, refund.pending, refund.pending_amount) == \
        (0, Decimal("0.00"), 1, Decimal("999999.99"))
    from suite.plugin_api.reports import render_report

    from .test_reports import pdf_text

    text = pdf_text(render_report(manager, "complaints.monthly", {"month": "2026-03"}, tmp_path / "m.pdf"))
    flat = " ".join(text.split())
    assert "Compensation paid ¥20.00" in flat and "awaiting" in flat and "¥999,999.99" in flat
    assert "1,000,019.99" not in flat
    compensation.decide(manager, big, False, "金额错误", expected_version=_v(manager, big))
    assert statistics.statistics(manager, 202603, with_orders=False).compensation_pending == Decimal("0.00")


def test_an_extension_needs_a_reason_and_stays_within_the_maximum(intake, clerk, manager, clock):
    cid = intake("spoiled_illness")  # urgent, round the clock: resolution due 24 h after intake
    handling.log_first_contact(clerk, cid)
    res_due = row(clerk, cid).res_due_at
    with pytest.raises(ValidationError) as err:
        handling.extend_deadline(clerk, cid, "solution", new_due=clock.now + dt.timedelta(hours=5), reason="  ")
    assert str(err.value.fields["reason"]) == "Say why the deadline cannot be met."
    with pytest.raises(ValidationError) as err:
        handling.extend_deadline(clerk, cid, "solution", new_due=local(2030, 1, 1, 9, 0), reason="等检测")
    assert "at most 48 hours after the resolution deadline" in str(err.value.fields["new_due"])
    c = row(clerk, cid)
    assert c.sol_new_due_at is None
    # exactly the maximum is accepted; a smaller office maximum refuses it
    handling.extend_deadline(clerk, cid, "solution", new_due=res_due + dt.timedelta(hours=48), reason="等检测结果")
    policies.save_desk_settings(manager, policies.DeskSettings(max_extension_hours=4))
    with pytest.raises(ValidationError):
        handling.extend_deadline(clerk, cid, "resolution", new_due=res_due + dt.timedelta(hours=5), reason="等检测")


def test_an_extended_stage_still_alarms_at_its_new_time(intake, clerk, clock):
    cid = intake("spoiled_illness")
    handling.log_first_contact(clerk, cid)
    new_time = local(2026, 3, 2, 16, 0)
    handling.extend_deadline(clerk, cid, "solution", new_due=new_time, reason="检测机构下午才出结果")
    clock.set(local(2026, 3, 2, 12, 0))  # past the original 11:00, before the new time
    case = queries.get_case(clerk, cid)
    solution = next(s for s in case.stages if s.stage == "solution")
    assert solution.state == "running"
    clock.set(local(2026, 3, 2, 15, 50))
    assert [r.complaint_id for r in queries.due_reminders(clerk)] == [cid]
    assert next(s for s in queries.get_case(clerk, cid).stages if s.stage == "solution").state == "soon"
    clock.set(local(2026, 3, 2, 16, 1))
    assert queries.open_deadlines(clerk).overdue == 1
    assert next(s for s in queries.get_case(clerk, cid).stages if s.stage == "solution").state == "overdue"


def test_the_statistics_page_shows_pending_compensation_apart(qtbot, intake, clerk, manager, clock):
    from suite_plugins.complaints.ui.statistics import StatisticsPage

    cid = intake("spoiled_illness")
    handling.log_first_contact(clerk, cid)
    compensation.record_action(clerk, cid, "medical", amount="650", note="医药费")
    page = StatisticsPage(manager)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.stats is not None, timeout=5000)
    assert page.kpi["compensation"].text() == "¥0.00"
    assert not page.compensation_note.isHidden() and "650.00" in page.compensation_note.text()
