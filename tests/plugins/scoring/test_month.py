"""Chat reviews, attendance and house rules, templates, the month sheet, close and reopen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError
from suite_plugins.scoring.services import attendance, ledger, months, reviews, templates
from suite_plugins.scoring.services.common import MASK
from tests.plugins.scoring.conftest import NOV, snapshot

pytestmark = pytest.mark.usefixtures("suite_backend")
D = dt.date


def line(rows, sid):
    return next(r for r in rows if r["staff_id"] == sid)


def test_review_grid_saves_marks_and_refuses_bad_days(manager, staff):
    cs = staff["cs"]
    marks = [("greeting",), (), ("timely", "wording"), (), ()] + [()] * 15
    rid = reviews.save_review(manager, cs, D(2026, 11, 3), marks=marks, expected_version=None)
    got = reviews.get_review(manager, cs, D(2026, 11, 3))
    assert got.id == rid and got.failing == 2 and got.records == 20 and got.marks[2] == ("timely", "wording")
    before = snapshot(manager)
    with pytest.raises(ValidationError) as err:
        reviews.save_review(manager, cs, D(2026, 11, 4), records=20, failing=21, expected_version=None)
    assert "more than the 20 reviewed" in str(err.value.fields["failing"])
    with pytest.raises(ValidationError) as err:
        reviews.save_review(manager, cs, D(2026, 11, 4), records=3, marks=[()] * 4, expected_version=None)
    assert "More reviewed records" in str(err.value.fields["marks"])
    with pytest.raises(ValidationError):
        reviews.save_review(manager, cs, D(2026, 11, 4), marks=[("rudeness",)], expected_version=None)
    with pytest.raises(ConflictError):
        reviews.save_review(manager, cs, D(2026, 11, 3), failing=5, expected_version=got.version - 1)
    assert snapshot(manager) == before
    # the record rows are part of the day: changing one bumps the day's version
    reviews.save_review(manager, cs, D(2026, 11, 3), marks=[()] * 20, expected_version=got.version)
    assert reviews.get_review(manager, cs, D(2026, 11, 3)).version > got.version


def test_customer_service_month_score_and_bonus_tier(manager, staff):
    cs = staff["cs"]
    for day in range(1, 10):  # 9 days with 4 failing records: 30 - 4 rest = 26 -> 17
        reviews.save_review(manager, cs, D(2026, 11, day), failing=4, expected_version=None)
    reviews.save_review(manager, cs, D(2026, 11, 10), failing=3, expected_version=None)
    ln = line(months.sheet(manager, NOV), cs)
    assert (ln["working_days"], ln["cs_score"], ln["cs_tier"]) == (26, 17, "tier1")
    assert ln["bonus_deduction"] == Decimal("50.00") and ln["bonus_paid"] == Decimal("250.00")
    other = line(months.sheet(manager, NOV), staff["cs2"])
    assert other["cs_score"] == 26 and other["flagged"] and other["bonus_deduction"] == 0


def test_leave_absence_advances_damage_and_inspection(manager, staff):
    waiter = staff["waiter"]
    lid = attendance.request_leave(manager, waiter, D(2026, 11, 5), D(2026, 11, 6), "家里有事")
    before = snapshot(manager)
    with pytest.raises(ValidationError) as err:
        attendance.request_leave(manager, waiter, D(2026, 11, 6), D(2026, 11, 8), "又有事")
    assert "overlaps a leave from 2026-11-05 to 2026-11-06" in str(err.value)
    with pytest.raises(ValidationError) as err:
        attendance.request_leave(manager, waiter, D(2026, 11, 9), D(2026, 11, 10), " ")
    assert "written reason" in str(err.value.fields["reason"])
    with pytest.raises(ValidationError) as err:  # pay 2800 + 300: at most 1550 advanced
        attendance.add_advance(manager, waiter, NOV, "1550.01")
    assert "half the month's pay (1550.00)" in str(err.value)
    assert snapshot(manager) == before
    attendance.decide_leave(manager, lid, True, expected_version=1)
    attendance.record_absence(manager, waiter, D(2026, 11, 12), "未请假")
    attendance.add_advance(manager, waiter, NOV, "1000")
    with pytest.raises(ValidationError):
        attendance.add_advance(manager, waiter, NOV, "600")
    attendance.add_money_item(manager, waiter, NOV, "inspection", 0, "", passed=True)
    attendance.add_money_item(manager, waiter, NOV, "damage", "3000", "打碎火锅")
    ln = line(months.sheet(manager, NOV), waiter)
    # restaurant staff: 2 rest days -> 28 working days; 2800/28 = 100 a day, 200 % = 200
    assert (ln["working_days"], ln["absences"], ln["leave_days"]) == (28, 1, 2)
    assert ln["absence_deduction"] == Decimal("200.00") and ln["inspection"] == Decimal("5.00")
    # approved leave is unpaid: 2 weekdays x 100
    assert ln["leave_deduction"] == Decimal("200.00")
    # 2800 + 300 - 200 - 200 + 5 - 1000 = 1705 is all the month bears; 1295 carried to December
    assert ln["damage_deducted"] == Decimal("1705.00") and ln["damage_carried"] == Decimal("1295.00")
    assert ln["net_pay"] == Decimal("0.00")


def test_templates_validate_formula_and_kpis_and_report_per_person_errors(manager, staff, metric):
    before = snapshot(manager)
    for formula_text, text in [("0.6*kpi +", "syntax error"), ("kpi + nonsense", "Unknown name"),
                               ("__import__('os')", "only min, max")]:
        with pytest.raises(ValidationError) as err:
            templates.save_template(manager, name="Kitchen", department="production", formula_text=formula_text)
        assert text in str(err.value.fields["formula"])
    with pytest.raises(ValidationError) as err:
        templates.save_template(manager, name="Kitchen", department="production",
                                kpis=[templates.KpiInput("nobody.metric", 1, 1)])
    assert "No plugin offers" in str(err.value.fields["kpis"])
    assert snapshot(manager) == before
    tid = templates.save_template(manager, name="Kitchen", department="production",
                                  formula_text="kpi / fake_checklists",
                                  kpis=[templates.KpiInput("fake.checklists", 20, 1)])
    metric(staff["cook"], NOV, 0)
    ln = line(months.sheet(manager, NOV), staff["cook"])
    assert ln["final_score"] is None and "division by zero" in ln["error"]
    assert line(months.sheet(manager, NOV), staff["waiter"])["final_score"] is not None  # the others still score
    t = next(t for t in templates.list_templates(manager) if t.id == tid)
    templates.save_template(manager, template_id=tid, name="Kitchen", department="production",
                            formula_text="kpi", kpis=[templates.KpiInput("fake.checklists", 20, 1)],
                            expected_version=t.version)
    metric(staff["cook"], NOV, 10)
    ln = line(months.sheet(manager, NOV), staff["cook"])
    assert ln["final_score"] == 50.0 and ln["grade"] == "D"
    assert ln["kpis"][0]["actual"] == 10 and ln["kpis"][0]["target"] == 20
    with pytest.raises(ConflictError):
        templates.save_template(manager, template_id=tid, name="K", department="production", formula_text="kpi",
                                expected_version=t.version)


def test_close_is_refused_while_items_are_pending_then_freezes(manager, staff, login, metric):
    cs, waiter = staff["cs"], staff["waiter"]
    reviews.save_review(manager, cs, D(2026, 11, 3), failing=1, done=False, expected_version=None)
    lid = attendance.request_leave(manager, waiter, D(2026, 11, 20), D(2026, 11, 20), "看病")
    before = snapshot(manager)
    with pytest.raises(ValidationError) as err:
        months.close_month(manager, NOV, expected_version=0)
    msg = str(err.value)
    assert "chat review of 客服小王 on 2026-11-03" in msg and "leave request of 服务员小赵" in msg
    assert snapshot(manager) == before
    reviews.save_review(manager, cs, D(2026, 11, 3), failing=1, expected_version=1)
    attendance.decide_leave(manager, lid, False, expected_version=1)
    months.set_comment(manager, NOV, cs, "服务热情", expected_version=0)
    ledger.adjust(manager, cs, NOV, "3", "表扬信")
    months.close_month(manager, NOV, expected_version=months.state(manager, NOV).version)
    frozen = line(months.sheet(manager, NOV), cs)
    assert frozen["points"] == Decimal("3.00") and frozen["comment"] == "服务热情"
    # later changes never change a closed month
    templates.save_template(manager, name="CS", department="customer_service", formula_text="0", template_id=next(
        t.id for t in templates.list_templates(manager) if t.department == "customer_service"),
        expected_version=next(t.version for t in templates.list_templates(manager) if t.department == "customer_service"))
    assert line(months.sheet(manager, NOV), cs) == frozen
    before = snapshot(manager)
    for attempt in (lambda: ledger.adjust(manager, cs, NOV, "1", "late"),
                    lambda: reviews.save_review(manager, cs, D(2026, 11, 4), failing=0, expected_version=None),
                    lambda: attendance.record_absence(manager, cs, D(2026, 11, 5)),
                    lambda: months.set_comment(manager, NOV, cs, "x", expected_version=months.state(manager, NOV).version),
                    lambda: ledger.evaluate_month(manager, NOV)):
        with pytest.raises(ValidationError) as err:
            attempt()
        assert "is closed" in str(err.value)
    # reopening is the owner's, with a reason
    st = months.state(manager, NOV)
    with pytest.raises(PermissionDenied):
        months.reopen_month(manager, NOV, "错误", expected_version=st.version)
    owner = manager.as_system()
    with pytest.raises(ValidationError) as err:
        months.reopen_month(owner, NOV, "  ", expected_version=st.version)
    assert "needs a reason" in str(err.value)
    assert snapshot(manager) == before
    months.reopen_month(owner, NOV, "补录缺勤", expected_version=st.version)
    assert months.state(manager, NOV).status == "open" and months.state(manager, NOV).reopen_reason == "补录缺勤"
    with pytest.raises(ConflictError):
        months.close_month(manager, NOV, expected_version=st.version)


def test_money_is_masked_for_users_without_the_permission(manager, staff, login):
    clerk = login("clerk", staff_key="cs")
    rows = months.sheet(clerk, NOV)
    assert [r["staff_id"] for r in rows] == [staff["cs"]]  # only her own month
    assert rows[0]["net_pay"] == MASK and rows[0]["bonus"] == MASK
    assert line(months.sheet(manager, NOV), staff["cs"])["wage"] == Decimal("2800.00")
    with pytest.raises(PermissionDenied):
        attendance.get_terms(clerk, staff["cs"])
    with pytest.raises(PermissionDenied):
        months.person(clerk, NOV, staff["cs2"])


def test_an_office_without_the_order_desk_still_scores(manager, staff):
    # the ledger and the sheet never need another plugin: here only manual points and reviews
    ledger.adjust(manager, staff["cook"], NOV, "2", "厨房卫生好")
    assert line(months.sheet(manager, NOV), staff["cook"])["points"] == Decimal("2.00")


def test_stale_edits_conflict_for_terms_leave_and_template_children(manager, staff, clock):
    t = attendance.get_terms(manager, staff["cook"])
    attendance.save_terms(manager, staff["cook"], monthly_wage="3000", bonus="300", expected_version=t.version)
    with pytest.raises(ConflictError):
        attendance.save_terms(manager, staff["cook"], monthly_wage="3100", bonus="300", expected_version=t.version)
    assert attendance.get_terms(manager, staff["cook"]).monthly_wage == Decimal("3000.00")
    lid = attendance.request_leave(manager, staff["cook"], D(2026, 11, 2), D(2026, 11, 2), "体检")
    attendance.decide_leave(manager, lid, True, expected_version=1)
    with pytest.raises(ConflictError):
        attendance.decide_leave(manager, lid, False, expected_version=1)
    # a KPI row belongs to its template: changing only a KPI bumps the template's version
    tid = templates.save_template(manager, name="厨房", department="production", formula_text="kpi",
                                  kpis=[templates.KpiInput("fake.checklists", 20, 1)])
    v = next(t for t in templates.list_templates(manager) if t.id == tid).version
    clock.advance(seconds=1)  # the root's bump writes updated_at: a frozen clock would write nothing new
    templates.save_template(manager, template_id=tid, name="厨房", department="production", formula_text="kpi",
                            kpis=[templates.KpiInput("fake.checklists", 25, 1)], expected_version=v)
    assert next(t for t in templates.list_templates(manager) if t.id == tid).version == v + 1


def test_settings_are_validated(manager):
    from suite_plugins.scoring.services import common

    before = snapshot(manager)
    with pytest.raises(ValidationError) as err:
        common.save_settings(manager, {"cs_records_per_day": -1, "inspection_pass": "abc"})
    assert set(err.value.fields) == {"cs_records_per_day", "inspection_pass"}
    assert snapshot(manager) == before and common.setting(manager, "cs_records_per_day") == 20
    common.save_settings(manager, {"cs_records_per_day": 15, "cs_tier1_amount": "60.00"})
    assert common.setting(manager, "cs_records_per_day") == 15
    assert reviews.get_review(manager, 1, D(2026, 11, 3)).records == 15


def test_a_kpi_without_data_is_left_out_not_scored_zero(manager, staff, metric):
    templates.save_template(manager, name="Kitchen", department="production", formula_text="kpi",
                            kpis=[templates.KpiInput("fake.checklists", 20, 1), templates.KpiInput("fake.errors", 2, 1)])
    metric(staff["cook"], NOV, 20)  # both fake metrics read the same values: 20 checklists, 20 errors
    ln = line(months.sheet(manager, NOV), staff["cook"])
    assert [k["achievement"] for k in ln["kpis"]] == [100.0, 0.0] and ln["kpi"] == 50.0
    oct_line = line(months.sheet(manager, 202610), staff["cook"])
    assert [k["actual"] for k in oct_line["kpis"]] == [None, None] and oct_line["kpi"] == 100.0


def test_the_weekend_rule_counts_weekend_leave_as_rest_except_for_cooks(manager, staff):
    """Seed 004: restaurant staff take their 2 rest days on Saturdays and Sundays, cooks and
    hot-pot prep staff are exempt. The same Friday-to-Monday leave (13-16 November 2026) is 2
    unpaid days for a waiter (the weekend is their rest) and 4 for the cook."""
    waiter, cook = staff["waiter"], staff["cook"]
    for sid in (waiter, cook):
        lid = attendance.request_leave(manager, sid, D(2026, 11, 13), D(2026, 11, 16), "回老家")
        attendance.decide_leave(manager, lid, True, expected_version=1)
    assert attendance.rest_rule(manager, waiter) == (2, True)
    assert attendance.rest_rule(manager, cook) == (2, False)
    rows = months.sheet(manager, NOV)
    w, c = line(rows, waiter), line(rows, cook)
    assert (w["leave_days"], w["leave_rest_days"], w["weekend_rest"]) == (2, 2, True)
    assert (c["leave_days"], c["leave_rest_days"], c["weekend_rest"]) == (4, 0, False)
    assert w["leave_deduction"] == Decimal("200.00") and c["leave_deduction"] == Decimal("400.00")
    assert w["attendance"] == round(100 * 26 / 28, 1) and c["attendance"] == round(100 * 24 / 28, 1)
    # a waiter exempted in the pay terms (hot-pot prep) counts every day, like the cook
    v = attendance.get_terms(manager, waiter).version
    attendance.save_terms(manager, waiter, monthly_wage="2800", bonus="300", weekend_exempt=True, expected_version=v)
    assert line(months.sheet(manager, NOV), waiter)["leave_days"] == 4


def test_counted_days_uses_no_more_weekend_days_than_the_rest_days():
    # Saturday 14 to Sunday 22 November: 9 days, 4 of them weekend days, 2 rest days a month
    assert attendance.counted_days([(D(2026, 11, 14), D(2026, 11, 22))], NOV, 2, True) == (7, 2)
    assert attendance.counted_days([(D(2026, 11, 14), D(2026, 11, 22))], NOV, 2, False) == (9, 0)
    # a leave running into December counts November's days only; overlapping ranges once
    assert attendance.counted_days([(D(2026, 11, 27), D(2026, 12, 3)), (D(2026, 11, 30), D(2026, 11, 30))],
                                   NOV, 2, True) == (2, 2)
    assert attendance.leave_deduction(Decimal("2600.00"), 26, 3) == Decimal("300.00")
