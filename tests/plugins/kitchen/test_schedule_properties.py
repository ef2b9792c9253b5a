"""Property tests of schedule expansion (Hypothesis): every run lies inside its window and on
its office-local day, across month ends, the 29th-31st on short months, Asia/Shanghai."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from suite_plugins.kitchen.services.schedule import Rule, expand, falls_on

SHANGHAI = ZoneInfo("Asia/Shanghai")


@st.composite
def rules(draw):
    kind = draw(st.sampled_from(["shift", "daily", "weekday", "monthday"]))
    start = draw(st.times().map(lambda t: t.replace(second=0, microsecond=0)).filter(lambda t: t < dt.time(23, 59)))
    minutes = draw(st.integers(1, 24 * 60 - 1 - (start.hour * 60 + start.minute)))
    end_total = start.hour * 60 + start.minute + minutes
    end = dt.time(end_total // 60, end_total % 60)
    return Rule(schedule_id=draw(st.integers(1, 1000)), template_id=1, kind=kind, start_time=start, end_time=end,
                weekday=draw(st.integers(0, 6)) if kind == "weekday" else None,
                day_of_month=draw(st.integers(1, 31)) if kind == "monthday" else None)


periods = st.tuples(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 1)), st.integers(0, 75)).map(
    lambda p: (p[0], p[0] + dt.timedelta(days=p[1])))


@settings(max_examples=150, deadline=None)
@given(rule=rules(), period=periods)
def test_every_due_run_lies_inside_its_window_and_period(rule, period):
    start, end = period
    for occ in expand([rule], start, end, SHANGHAI):
        assert start <= occ.day <= end
        assert occ.start < occ.end
        local_start, local_end = occ.start.astimezone(SHANGHAI), occ.end.astimezone(SHANGHAI)
        assert local_start.date() == occ.day and local_end.date() == occ.day
        assert local_start.time() == rule.start_time and local_end.time() == rule.end_time
        # no daylight saving in Shanghai: a window is exactly its wall-clock length
        wall = dt.datetime.combine(occ.day, rule.end_time) - dt.datetime.combine(occ.day, rule.start_time)
        assert occ.end - occ.start == wall
        assert occ.start.utcoffset() == dt.timedelta(0)


@settings(max_examples=150, deadline=None)
@given(rule=rules(), period=periods)
def test_runs_fall_exactly_on_the_days_of_their_schedule(rule, period):
    start, end = period
    days = [o.day for o in expand([rule], start, end, SHANGHAI)]
    assert len(days) == len(set(days))
    n = (end - start).days + 1
    expected = [start + dt.timedelta(days=i) for i in range(n) if falls_on(rule, start + dt.timedelta(days=i))]
    assert days == expected
    if rule.kind in ("shift", "daily"):
        assert len(days) == n
    if rule.kind == "weekday":
        assert all(d.weekday() == rule.weekday for d in days)


@settings(max_examples=200, deadline=None)
@given(day_of_month=st.integers(1, 31), year=st.integers(2020, 2032), month=st.integers(1, 12))
def test_a_day_of_the_month_falls_once_a_month_on_the_last_day_of_a_shorter_month(day_of_month, year, month):
    rule = Rule(1, 1, "monthday", dt.time(14), dt.time(17), day_of_month=day_of_month)
    last = calendar.monthrange(year, month)[1]
    occ = expand([rule], dt.date(year, month, 1), dt.date(year, month, last), SHANGHAI)
    assert [o.day for o in occ] == [dt.date(year, month, min(day_of_month, last))]


@settings(max_examples=100, deadline=None)
@given(rule=rules(), start=st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)), split=st.integers(0, 40),
       more=st.integers(0, 40))
def test_expanding_two_adjacent_periods_equals_expanding_their_union(rule, start, split, more):
    mid = start + dt.timedelta(days=split)
    end = mid + dt.timedelta(days=more + 1)
    whole = expand([rule], start, end, SHANGHAI)
    parts = expand([rule], start, mid, SHANGHAI) + expand([rule], mid + dt.timedelta(days=1), end, SHANGHAI)
    assert whole == parts


def test_month_ends_and_leap_years():
    rule = Rule(1, 1, "monthday", dt.time(14), dt.time(17), day_of_month=31)
    days = [o.day for o in expand([rule], dt.date(2028, 1, 1), dt.date(2028, 12, 31), SHANGHAI)]
    assert days[:4] == [dt.date(2028, 1, 31), dt.date(2028, 2, 29), dt.date(2028, 3, 31), dt.date(2028, 4, 30)]
    assert len(days) == 12
    rule30 = Rule(1, 1, "monthday", dt.time(14), dt.time(17), day_of_month=30)
    assert [o.day for o in expand([rule30], dt.date(2027, 2, 1), dt.date(2027, 3, 31), SHANGHAI)] == [
        dt.date(2027, 2, 28), dt.date(2027, 3, 30)]
    # a window late in the evening in Shanghai lies in the same UTC day's afternoon
    late = Rule(1, 1, "daily", dt.time(22, 0), dt.time(23, 30))
    occ = expand([late], dt.date(2026, 12, 31), dt.date(2027, 1, 1), SHANGHAI)
    assert [(o.start.isoformat(), o.end.isoformat()) for o in occ] == [
        ("2026-12-31T14:00:00+00:00", "2026-12-31T15:30:00+00:00"),
        ("2027-01-01T14:00:00+00:00", "2027-01-01T15:30:00+00:00")]
