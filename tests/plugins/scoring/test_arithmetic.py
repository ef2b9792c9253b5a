"""The arithmetic of the policies, as properties (Hypothesis): the 26-point scheme, the bonus
tiers at every boundary, the 200 % absence deduction in Decimal, the safe formula."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from suite.plugin_api import ValidationError
from suite_plugins.scoring.services import attendance, formula, reviews

BONUS = Decimal("300.00")


@given(st.integers(min_value=0, max_value=31), st.lists(st.integers(min_value=0, max_value=20), max_size=31),
       st.integers(min_value=0, max_value=5))
def test_month_score_is_working_days_less_lost_days_never_below_zero(working, failing, absent):
    failing = failing[:working]
    score = reviews.month_score(working, failing, 4, absent)
    lost = sum(1 for f in failing if f >= 4) + absent
    assert score == max(0, working - lost)
    assert 0 <= score <= working
    # each day is worth 1 and loses it at 4 failing records, not at 3
    assert reviews.day_point(3) == 1 and reviews.day_point(4) == 0 and reviews.day_point(20) == 0


def test_a_perfect_month_with_four_rest_days_scores_26():
    assert reviews.month_score(30 - 4, [0, 3, 1] * 8) == 26
    assert reviews.month_score(26, [4] * 26) == 0


@pytest.mark.parametrize("score,deduction,tier,full", [
    (26, "0.00", "full", True), (25, "0.00", "ok", False), (20, "0.00", "ok", False),
    (19, "50.00", "tier1", False), (15, "50.00", "tier1", False), (14, "100.00", "tier2", False),
    (12, "100.00", "tier2", False), (11, "300.00", "none", False), (0, "300.00", "none", False),
])
def test_bonus_tiers_at_every_boundary(score, deduction, tier, full):
    out = reviews.bonus_outcome(score, 26, BONUS)
    assert (out.deduction, out.tier, out.full) == (Decimal(deduction), tier, full)
    assert out.paid + out.deduction == BONUS


@given(st.integers(min_value=0, max_value=31), st.integers(min_value=1, max_value=31),
       st.decimals(min_value=0, max_value=1000, places=2))
def test_bonus_tiers_are_monotone_and_never_pay_more_than_the_bonus(score, max_score, bonus):
    out = reviews.bonus_outcome(score, max_score, bonus)
    assert Decimal(0) <= out.deduction <= bonus and out.paid == bonus - out.deduction
    if score < 12:
        assert out.paid == 0
    elif score < 15:
        assert out.deduction == min(bonus, Decimal("100.00"))
    elif score < 20:
        assert out.deduction == min(bonus, Decimal("50.00"))
    else:
        assert out.deduction == 0
    assert out.full == (score >= 20 and score >= max_score)


@settings(max_examples=200)
@given(st.decimals(min_value=0, max_value=50000, places=2), st.integers(min_value=1, max_value=31),
       st.integers(min_value=0, max_value=31))
def test_absence_costs_200_percent_of_the_daily_standard_wage_in_decimal(wage, working, days):
    got = attendance.absence_deduction(wage, working, days)
    assert isinstance(got, Decimal) and got.as_tuple().exponent == -2
    per_day = (wage * 2 / Decimal(working)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert got == per_day * days


def test_absence_example_from_the_policy():
    # 2600 a month over 26 working days: 100 a day; one absence costs 200
    assert attendance.absence_deduction(Decimal("2600"), 26, 1) == Decimal("200.00")
    # 2800 over 28 days is 100, 2800 over 26 days is 107.6923...: 215.38 a day
    assert attendance.absence_deduction(Decimal("2800"), 26, 2) == Decimal("430.76")


@given(st.decimals(min_value=0, max_value=5000, places=2), st.decimals(min_value=0, max_value=5000, places=2))
def test_damage_is_split_between_this_month_and_the_next(owed, capacity):
    take, carry = attendance.damage_split(owed, capacity)
    assert take + carry == owed and take <= capacity and take >= 0 and carry >= 0


@pytest.mark.parametrize("text", ["__import__('os')", "kpi.__class__", "open('x')", "[x for x in (1,)]",
                                  "lambda: 1", "'a' * 3"])
def test_python_code_in_a_formula_is_refused(text):
    with pytest.raises(ValidationError):
        formula.validate(text, formula.BASE_NAMES)


def test_formula_syntax_error_and_unknown_name_are_explained():
    with pytest.raises(ValidationError) as err:
        formula.validate("0.6*kpi +", formula.BASE_NAMES)
    assert "syntax error" in str(err.value)
    with pytest.raises(ValidationError) as err:
        formula.validate("0.6*kpi + bonus_points", formula.BASE_NAMES)
    assert "Unknown name" in str(err.value) and "bonus_points" in str(err.value)


def test_formula_evaluates_min_max_round_and_if():
    v = {"kpi": 80, "points": 5, "attendance": 100}
    assert formula.evaluate("0.6*kpi + 0.3*points + 0.1*attendance", v) == pytest.approx(59.5)
    assert formula.evaluate("round(max(kpi, 90) if points > 3 else min(kpi, 10), 0)", v) == 90
    with pytest.raises(formula.FormulaError):
        formula.evaluate("kpi / (points - 5)", v)
