"""Statistics over known cases, the month's improvement measures, and the quarterly survey."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import PermissionDenied, ValidationError
from suite_plugins.complaints.services import compensation, followup, handling, statistics, surveys
from tests.plugins.complaints.conftest import local


@pytest.fixture
def history(intake, clerk, quality, manager, clock, staff):
    """Four cases in March 2026 and one in February, with known outcomes."""
    clock.set(local(2026, 2, 20, 10, 0))
    feb = intake("delivery_delay")
    clock.set(local(2026, 3, 2, 9, 0))
    a = intake("spoiled_illness")  # urgent: first contact due 09:30
    b = intake("food_quality")  # general, business hours (whole working days): first contact by 10:00
    c = intake("delivery_delay")
    d = intake("taste_suggestion")  # stays open, untouched
    clock.set(local(2026, 3, 2, 9, 20))
    handling.log_first_contact(clerk, a)  # 20 min: in time
    clock.set(local(2026, 3, 2, 10, 30))
    handling.log_first_contact(clerk, b)  # 90 min: late
    handling.log_first_contact(clerk, c)  # 90 min: late
    handling.notify_department(clerk, a, "production")
    handling.notify_department(clerk, c, "delivery")
    clock.set(local(2026, 3, 2, 11, 0))
    handling.record_investigation(quality, a, findings="食材变质", root_cause="ingredient_purchase",
                                  responsible_department="purchasing", substantiated=True)
    handling.record_investigation(quality, c, findings="堵车", root_cause="traffic",
                                  responsible_department="delivery", substantiated=False)
    compensation.record_action(clerk, a, "medical", amount="150")
    compensation.record_action(clerk, a, "refund", amount="40")  # total 190 <= 200
    compensation.record_action(clerk, c, "coupon", amount="10", coupon_expires=dt.date(2026, 6, 30))
    clock.set(local(2026, 3, 2, 12, 0))
    for cid in (a, b, c):
        handling.resolve(clerk, cid, "已处理")  # a: 180 min, b and c too
    clock.set(local(2026, 3, 3, 10, 0))
    followup.record_followup(clerk, a, method="phone", reached=True, satisfaction=5, close=True)
    followup.record_followup(clerk, b, method="phone", reached=True, satisfaction=2, close=True)
    clock.set(local(2026, 3, 5, 12, 0))  # d's first contact (24 h of working days) is overdue by now
    return {"feb": feb, "a": a, "b": b, "c": c, "d": d}


def test_statistics_of_a_month(history, manager, clock):
    st = statistics.statistics(manager, 202603, with_orders=False)
    assert st.total == 4 and st.open == 2 and st.closed == 2 and st.substantiated == 1
    # most frequent first, ties in the order of the category list
    assert st.by_category == [("food_quality", 1), ("spoiled_illness", 1), ("delivery_delay", 1),
                              ("taste_suggestion", 1)]
    # c was delayed by traffic: force majeure, counted against no department (seed 001)
    assert dict(st.by_department) == {"purchasing": 1} and st.force_majeure_delays == 1
    assert dict(st.by_root_cause) == {"ingredient_purchase": 1, "traffic": 1}
    assert dict(st.by_severity) == {"urgent": 1, "general": 2, "non_urgent": 1}
    stages = {s.stage: s for s in st.stages}
    assert (stages["first_contact"].met, stages["first_contact"].late, stages["first_contact"].overdue) == (1, 2, 1)
    assert stages["first_contact"].rate == pytest.approx(0.25)
    assert (stages["resolution"].met, stages["resolution"].late) == (3, 0)
    assert stages["investigation"].met == 2
    assert st.avg_first_contact_minutes == pytest.approx((20 + 90 + 90) / 3)
    assert st.avg_resolution_minutes == pytest.approx(180)
    comp = {c.kind: c for c in st.compensation}
    assert comp["medical"].amount == Decimal("150.00") and comp["refund"].amount == Decimal("40.00")
    assert st.compensation_total == Decimal("200.00")
    assert st.followups_reached == 2 and st.avg_satisfaction == pytest.approx(3.5)
    assert st.satisfaction_counts == {1: 0, 2: 1, 3: 0, 4: 0, 5: 1}
    assert [p.complaints for p in st.trend][-2:] == [1, 4] and len(st.trend) == 12
    assert st.period_label == "2026-03"


def test_statistics_of_a_year_and_the_permission(history, manager, clerk):
    st = statistics.statistics(manager, 202601, 202612, with_orders=False)
    assert st.total == 5 and st.period_label == "2026" and len(st.trend) == 12
    assert [p.complaints for p in st.trend][:3] == [0, 1, 4]
    with pytest.raises(PermissionDenied):
        statistics.statistics(clerk, 202603)
    with pytest.raises(ValidationError):
        statistics.statistics(manager, 202603, 202601)


def test_the_complaint_rate_uses_the_order_desks_delivered_orders(history, manager, monkeypatch):
    from suite_plugins.complaints.services import orders_link

    def fake(ctx, start, end):
        return {202603: 200, 202602: 100}

    monkeypatch.setattr(orders_link, "orders_per_month", fake)
    st = statistics.statistics(manager, 202603)
    assert st.orders == 200 and st.complaint_rate == pytest.approx(4 / 200)
    assert st.trend[-2].rate == pytest.approx(1 / 100)


def test_the_months_improvement_measures(manager, clerk):
    assert statistics.month_measures(manager, 202603) == ("", None)
    statistics.save_month_measures(manager, 202603, "厨房加强头发防护检查；雨天提前派单", expected_version=None)
    text, version = statistics.month_measures(manager, 202603)
    assert "雨天" in text
    from suite.plugin_api import ConflictError

    statistics.save_month_measures(manager, 202603, "改一", expected_version=version)
    with pytest.raises(ConflictError):
        statistics.save_month_measures(manager, 202603, "改二", expected_version=version)
    st = statistics.statistics(manager, 202603, with_orders=False)
    assert st.measures == [(202603, "改一")]
    with pytest.raises(PermissionDenied):
        statistics.save_month_measures(clerk, 202603, "x", expected_version=None)


# ---------------------------------------------------------------------------- surveys


def test_a_quarterly_survey_scores_and_compares_with_the_previous_quarter(clerk, suite_ctx, customer, other_customer):
    q4 = surveys.create_round(clerk, 2025, 4)
    surveys.add_response(clerk, q4, group="long_term", customer_id=customer,
                         scores={"food_quality": 4, "delivery": 3, "packaging": 4, "taste": 4, "price": 3, "attitude": 5})
    q1 = surveys.create_round(clerk, 2026, 1)
    surveys.add_response(clerk, q1, group="complainant", customer_id=customer,
                         scores={"food_quality": 5, "delivery": 4, "packaging": 4, "taste": 5, "price": 3, "attitude": 5},
                         comments="配送快了")
    surveys.add_response(clerk, q1, group="new", customer_id=other_customer,
                         scores={"food_quality": 4, "delivery": 2, "packaging": None, "taste": 4, "price": 3,
                                 "attitude": 4})
    res = surveys.results(clerk, q1)
    dims = {d.dimension: d for d in res.dimensions}
    assert res.respondents == 2 and res.by_group == {"long_term": 0, "new": 1, "complainant": 1}
    assert dims["food_quality"].average == 4.5 and dims["food_quality"].score == pytest.approx(90)
    assert dims["delivery"].score == pytest.approx(60) and dims["delivery"].low
    assert dims["delivery"].change == pytest.approx(0)  # 3.0 -> 3.0
    assert dims["packaging"].answers == 1
    assert dims["food_quality"].change == pytest.approx(10)
    assert dims["delivery"].satisfied_share == pytest.approx(0.5)
    assert res.overall.answers == 11
    assert res.overall.score == pytest.approx((5 + 4 + 4 + 5 + 3 + 5 + 4 + 2 + 4 + 3 + 4) / 11 * 20)
    assert res.previous is not None and res.previous.label == "2025 Q4"
    assert res.comments == ["配送快了"]


def test_survey_input_is_checked(clerk, customer):
    rid = surveys.create_round(clerk, 2026, 1)
    with pytest.raises(ValidationError):
        surveys.create_round(clerk, 2026, 1)
    with pytest.raises(ValidationError):
        surveys.create_round(clerk, 2026, 5)
    with pytest.raises(ValidationError) as err:
        surveys.add_response(clerk, rid, group="vip", scores={"taste": 6})
    assert set(err.value.fields) == {"group", "taste"}
    with pytest.raises(ValidationError):
        surveys.add_response(clerk, rid, group="new", scores={})
    surveys.add_response(clerk, rid, group="new", customer_id=customer, scores={"taste": 3})
    with pytest.raises(ValidationError):
        surveys.add_response(clerk, rid, group="new", customer_id=customer, scores={"taste": 4})
    surveys.save_round(clerk, rid, closed=True, improvement_plan="配送：增加午高峰人手",
                       expected_version=surveys.get_round(clerk, rid).version)
    with pytest.raises(ValidationError):
        surveys.add_response(clerk, rid, group="new", scores={"taste": 4})
    assert surveys.get_round(clerk, rid).improvement_plan == "配送：增加午高峰人手"


def test_respondents_are_suggested_from_complainants_and_new_and_long_term_customers(intake, clerk, clock, suite_ctx,
                                                                                      customer):
    from suite.plugin_api import core
    from suite.plugin_api.testing import FakeClock

    def customer_created(name: str, when: dt.datetime) -> int:
        ctx = suite_ctx.with_clock(FakeClock(when))
        return core.create_customer(ctx, core.CustomerInput(name, phones=["1370013" + str(when.year)]))

    veteran = customer_created("老客户赵", local(2024, 5, 1, 10, 0))
    newcomer = customer_created("新客户钱", local(2026, 2, 10, 10, 0))
    later = customer_created("下季度孙", local(2026, 5, 10, 10, 0))
    intake()  # the customer complained in Q1 2026
    rid = surveys.create_round(clerk, 2026, 1)
    found = {c.customer_id: c.group for c in surveys.suggest_respondents(clerk, rid)}
    assert found == {customer: "complainant", newcomer: "new", veteran: "long_term"}
    assert later not in found
    surveys.add_response(clerk, rid, group="complainant", customer_id=customer, scores={"attitude": 5})
    assert customer not in {c.customer_id for c in surveys.suggest_respondents(clerk, rid)}
