"""Issue 13, findings 1-3: deadlines are fixed when computed (the calendar in force when a
clock starts is kept by the case, a closed case's results are stored at closing), office
hours that fit a food business, and deadlines in a year without a holiday calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from suite.plugin_api import ValidationError
from suite_plugins.complaints.models import Complaint
from suite_plugins.complaints.services import handling, followup, policies, queries, statistics
from suite_plugins.complaints.services import sla

from .conftest import SH, local

STAGE_COLS = ("fc_due_at", "sol_due_at", "inv_due_at", "res_due_at", "fc_met", "sol_met", "inv_met", "res_met")


def loc(value):
    return value.astimezone(SH).replace(tzinfo=None) if value is not None else None


def columns(ctx, cid) -> dict:
    with ctx.read() as s:
        c = s.get(Complaint, cid)
        return {k: getattr(c, k) for k in STAGE_COLS}


def test_the_default_office_is_a_food_business_open_every_day_and_on_holidays(intake, clerk, clock):
    desk = policies.get_desk_settings(clerk)
    assert desk.hours() == ((480, 1200),) * 7 and desk.open_on_holidays and desk.lunch is None
    clock.set(local(2026, 3, 8, 10, 0))  # a Sunday
    case = queries.get_case(clerk, intake("food_quality"))  # general: business hours, 1 h
    assert loc(case.stages[0].due) == dt.datetime(2026, 3, 8, 11, 0)
    # a weekday evening case continues the next morning, not at 23:00
    clock.set(local(2026, 3, 9, 19, 30))
    case = queries.get_case(clerk, intake("food_quality"))
    assert loc(case.stages[0].due) == dt.datetime(2026, 3, 10, 8, 30)
    # the eve of National Day: the office works through the holiday week
    clock.set(local(2026, 9, 30, 19, 30))
    case = queries.get_case(clerk, intake("food_quality"))
    assert loc(case.stages[0].due) == dt.datetime(2026, 10, 1, 8, 30)


def test_hours_per_weekday_a_lunch_break_and_closed_on_holidays(intake, clerk, manager, clock):
    hours = [(540, 1260)] * 6 + [None]  # 09:00-21:00 Monday-Saturday, closed on Sunday
    policies.save_desk_settings(manager, policies.DeskSettings(day_hours=tuple(hours), lunch_start=12 * 60,
                                                               lunch_end=13 * 60, open_on_holidays=False))
    got = policies.get_desk_settings(manager)
    assert got.hours()[6] is None and got.hours()[0] == (540, 1260) and got.lunch == (720, 780)
    clock.set(local(2026, 3, 9, 11, 30))  # Monday, half an hour before lunch
    assert loc(queries.get_case(clerk, intake("food_quality")).stages[0].due) == dt.datetime(2026, 3, 9, 13, 30)
    clock.set(local(2026, 3, 8, 10, 0))  # Sunday: closed
    assert loc(queries.get_case(clerk, intake("food_quality")).stages[0].due) == dt.datetime(2026, 3, 9, 10, 0)
    clock.set(local(2026, 9, 30, 21, 30))  # after closing on the eve of National Day, closed on holidays
    # 1-7 October off, Sunday 4 October closed anyway; 8 October (Thursday) opens at 09:00
    assert loc(queries.get_case(clerk, intake("food_quality")).stages[0].due) == dt.datetime(2026, 10, 8, 10, 0)


def test_bad_office_hours_are_refused_and_nothing_changes(manager):
    before = policies.get_desk_settings(manager)
    cases = [
        (policies.DeskSettings(day_hours=(None,) * 7), "weekdays"),
        (policies.DeskSettings(day_hours=((600, 500),) * 7), "close_minute"),
        (policies.DeskSettings(day_hours=((480, 1200),) * 6), "day_hours"),
        (policies.DeskSettings(lunch_start=720), "lunch"),
        (policies.DeskSettings(lunch_start=780, lunch_end=720), "lunch"),
        (policies.DeskSettings(lunch_start=600, lunch_end=1000), "lunch"),
        (policies.DeskSettings(max_extension_hours=0), "max_extension_hours"),
        (policies.DeskSettings(inquiry_reply_minutes=0), "inquiry_reply_minutes"),
    ]
    for bad, field in cases:
        with pytest.raises(ValidationError) as err:
            policies.save_desk_settings(manager, bad)
        assert field in err.value.fields, (bad, err.value.fields)
    assert policies.get_desk_settings(manager) == before
    with pytest.raises(ValidationError) as err:
        policies.save_desk_settings(manager, policies.DeskSettings(lunch_start=780, lunch_end=720))
    assert str(err.value.fields["lunch"]) == "The lunch break must start before it ends."


def _close_case(clerk, clock, cid, first_contact_after: dt.timedelta, resolve_after: dt.timedelta):
    received = queries.get_case(clerk, cid).received_at
    clock.set(received + resolve_after + dt.timedelta(days=1, hours=1))
    handling.log_first_contact(clerk, cid, at=received + first_contact_after)
    handling.resolve(clerk, cid, "退款并道歉", at=received + resolve_after)
    followup.record_followup(clerk, cid, method="phone", reached=True, satisfaction=4)
    handling.close(clerk, cid)


def test_changing_hours_and_holidays_moves_no_received_case(intake, clerk, manager, clock, suite_ctx):
    """The issue's reproduction: four closed November cases must keep their on-time flags
    and November's late counts when the office changes its hours and holidays."""
    cids = []
    # Sunday evening, weekday evenings: with every-day 08:00-20:00, four general cases handled
    for day, hour, fc_hours, res_hours in ((1, 19, 14, 40), (2, 19, 1, 20), (7, 18, 13, 30), (15, 19, 15, 50)):
        clock.set(local(2026, 11, day, hour, 30))
        cid = intake("food_quality")
        _close_case(clerk, clock, cid, dt.timedelta(hours=fc_hours), dt.timedelta(hours=res_hours))
        cids.append(cid)
    before = {cid: columns(suite_ctx, cid) for cid in cids}
    stats_before = statistics.statistics(manager, 202611, with_orders=False)
    late_before = [(s.stage, s.met, s.late) for s in stats_before.stages]
    # an open case received under the old calendar
    clock.set(local(2026, 12, 1, 19, 30))
    open_id = intake("food_quality")
    open_before = columns(suite_ctx, open_id)
    assert loc(open_before["fc_due_at"]) == dt.datetime(2026, 12, 2, 8, 30)

    # the office changes to 08:30-17:30 Monday-Saturday, closed on holidays, and adds one
    policies.save_desk_settings(manager, policies.DeskSettings(
        day_hours=((510, 1050),) * 6 + (None,), open_on_holidays=False))
    policies.save_calendar_day(manager, dt.date(2026, 12, 2), "holiday", "office day off")
    # a note on a closed case, a note and a step on the open one
    for cid in cids:
        handling.add_note(clerk, cid, "回访后补充")
    handling.add_note(clerk, open_id, "客户来电催促")
    handling.notify_department(clerk, open_id, "production")

    assert {cid: columns(suite_ctx, cid) for cid in cids} == before
    stats_after = statistics.statistics(manager, 202611, with_orders=False)
    assert [(s.stage, s.met, s.late) for s in stats_after.stages] == late_before
    now = columns(suite_ctx, open_id)
    assert (now["fc_due_at"], now["sol_due_at"], now["res_due_at"]) == \
        (open_before["fc_due_at"], open_before["sol_due_at"], open_before["res_due_at"])
    # the investigation's clock starts now: it runs on the new calendar (2 December off,
    # Thursday 3 December 08:30 + 8 h of 08:30-17:30 = 16:30)
    assert loc(now["inv_due_at"]) == dt.datetime(2026, 12, 3, 16, 30)
    # a case received now uses the new calendar
    clock.set(local(2026, 12, 5, 19, 0))  # Saturday after closing; Sunday closed
    later = columns(suite_ctx, intake("food_quality"))
    assert loc(later["fc_due_at"]) == dt.datetime(2026, 12, 7, 9, 30)


def test_a_closed_case_keeps_its_results_even_if_its_events_were_replayed_anew(intake, clerk, manager, clock,
                                                                                suite_ctx):
    from suite_plugins.complaints.services import cases

    clock.set(local(2026, 11, 2, 19, 30))
    cid = intake("food_quality")
    _close_case(clerk, clock, cid, dt.timedelta(hours=13), dt.timedelta(hours=30))
    with suite_ctx.read() as s:
        closed = [f for f in cases.facts(s, cid) if f.kind == "closed"][0]
    assert set(closed.data["results"]) == {"first_contact", "solution", "investigation", "resolution"}
    assert closed.data["results"]["first_contact"]["met"] is columns(suite_ctx, cid)["fc_met"]


def test_a_deadline_in_a_year_without_holidays_says_so(intake, clerk, manager, clock):
    policies.save_desk_settings(manager, policies.DeskSettings(open_on_holidays=False))
    known = policies.chinese_calendar_years()
    year = max(y for y in range(2026, 2031) if y in known or y == 2026) + 1
    assert year not in policies.calendar_years(manager)
    clock.set(local(year - 1, 12, 31, 10, 0))
    case = queries.get_case(clerk, intake("taste_suggestion"))  # non-urgent: 24 h / 48 h of office time
    first = case.stages[0]
    assert first.due.astimezone(SH).year == year and first.without_holidays
    # a deadline inside a known year is not flagged
    clock.set(local(year - 1, 3, 2, 9, 0))
    assert not queries.get_case(clerk, intake("taste_suggestion")).stages[0].without_holidays
    # open on holidays: holidays do not matter, nothing to flag
    policies.save_desk_settings(manager, policies.DeskSettings(open_on_holidays=True))
    clock.set(local(year - 1, 12, 31, 11, 0))
    assert not queries.get_case(clerk, intake("taste_suggestion")).stages[0].without_holidays


def test_snapshots_round_trip():
    cal = sla.WorkCalendar(holidays=frozenset({dt.date(2026, 10, 1)}), day_hours=((480, 1200),) * 6 + (None,),
                           lunch=(720, 780), known_years=frozenset({2026}))
    again = sla.WorkCalendar.from_snapshot(cal.snapshot(dt.date(2026, 9, 1)))
    start = dt.datetime(2026, 9, 30, 11, 0, tzinfo=dt.timezone.utc)
    for minutes in (30, 60, 600, 3000):
        assert sla.deadline(start, minutes, cal) == sla.deadline(start, minutes, again)
    assert again.lacks_holidays(dt.date(2027, 1, 1)) and not again.lacks_holidays(dt.date(2026, 5, 1))
