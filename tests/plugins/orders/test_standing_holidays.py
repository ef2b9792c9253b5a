"""Standing orders skip the holidays of the complaints plugin's calendar when that plugin is
installed (through its api.py), besides the order desk's own list of days."""

from __future__ import annotations

import datetime as dt

import pytest

from suite.plugin_api import ValidationError, core
from suite_plugins.orders.services import standing
from suite_plugins.orders.services.standing import StandingInput

MONDAY = dt.date(2026, 3, 2)


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints"]


def test_the_complaints_holiday_calendar_is_skipped_with_the_desks_own_days(office):
    from suite_plugins.complaints.services import policies

    ctx = office.ctx
    assert ctx.has_plugin("complaints")
    policies.save_calendar_day(ctx, dt.date(2026, 3, 5), "holiday", "测试节")      # a Thursday
    policies.save_calendar_day(ctx, dt.date(2026, 3, 8), "workday", "调休")        # a make-up Sunday: not a day off
    core.set_setting(ctx, "orders", "statutory_holidays", "2026-03-09")
    sid = standing.create_standing(ctx, StandingInput(
        customer_id=office.customers["wang"], items=[(office.products["water"], 2)], weekdays=[1, 4, 7],
        start_on=MONDAY))
    keeps = standing.create_standing(ctx, StandingInput(
        customer_id=office.customers["li"], items=[(office.products["water"], 1)], weekdays=[4], start_on=MONDAY,
        skip_holidays=False))
    assert standing.holidays(ctx, MONDAY, dt.date(2026, 3, 31)) == {dt.date(2026, 3, 5), dt.date(2026, 3, 9)}
    days = [(d.day.day, d.state) for d in standing.upcoming(ctx, sid, MONDAY, 9)]
    assert days == [(2, "rule"), (5, "holiday"), (8, "rule"), (9, "holiday")]
    office.clock.advance(days=3)                                                   # Thursday the 5th
    created = standing.open_day(ctx).created
    from suite_plugins.orders.models import Order

    with ctx.read() as s:
        assert [s.get(Order, oid).standing_order_id for oid in created] == [keeps]  # only the one that keeps holidays
    with pytest.raises(ValidationError, match="no delivery on 2026-03-05"):
        standing.skip_occurrence(ctx, sid, dt.date(2026, 3, 5), "", expected_version=standing.get_standing(ctx, sid).version)
