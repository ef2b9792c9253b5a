"""The SLA clock engine: exact deadlines around holidays, make-up Saturdays, midnight and
month ends, and properties that hold for any start, budget, calendar and pauses."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from suite_plugins.complaints.services import sla
from suite_plugins.complaints.services.clock import Fact, PolicyTerms, derive

TZ = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc


def L(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TZ).astimezone(UTC)


def local(value):
    return None if value is None else value.astimezone(TZ).replace(tzinfo=None)


def chinese_2026() -> tuple[frozenset, frozenset]:
    from chinese_calendar import constants

    hol = frozenset(d for d in constants.holidays if d.year in (2025, 2026))
    work = frozenset(d for d in constants.workdays if d.year in (2025, 2026))
    return hol, work


HOL, WORK = chinese_2026()
OFFICE = sla.WorkCalendar(tz=TZ, holidays=HOL, workdays=WORK, open_minute=8 * 60, close_minute=20 * 60)
WHOLE_DAYS = sla.WorkCalendar(tz=TZ, holidays=HOL, workdays=WORK)


# ---------------------------------------------------------------------------- examples


def test_round_the_clock_counts_every_minute_across_midnight_and_month_end():
    assert local(sla.deadline(L(2026, 3, 31, 23, 40), 30)) == dt.datetime(2026, 4, 1, 0, 10)
    assert local(sla.deadline(L(2026, 2, 28, 22, 0), 24 * 60)) == dt.datetime(2026, 3, 1, 22, 0)
    assert local(sla.deadline(L(2026, 12, 31, 23, 59), 2)) == dt.datetime(2027, 1, 1, 0, 1)


def test_business_hours_continue_the_next_working_morning():
    # Monday 19:30 + 1 h in 08:00-20:00: 30 min today, 30 min on Tuesday morning
    assert local(sla.deadline(L(2026, 3, 2, 19, 30), 60, OFFICE)) == dt.datetime(2026, 3, 3, 8, 30)
    # a complaint at night starts counting when the office opens
    assert local(sla.deadline(L(2026, 3, 2, 23, 0), 60, OFFICE)) == dt.datetime(2026, 3, 3, 9, 0)
    # Friday evening skips the weekend
    assert local(sla.deadline(L(2026, 3, 6, 19, 0), 120, OFFICE)) == dt.datetime(2026, 3, 9, 9, 0)


def test_business_hours_skip_the_national_day_holiday():
    # 2026: 1-7 October off; the eve, 30 September, is a Wednesday
    assert local(sla.deadline(L(2026, 9, 30, 19, 30), 60, OFFICE)) == dt.datetime(2026, 10, 8, 8, 30)
    # received during the holiday: counting starts on the first working morning after it
    assert local(sla.deadline(L(2026, 10, 3, 10, 0), 60, OFFICE)) == dt.datetime(2026, 10, 8, 9, 0)


def test_make_up_working_saturday_counts():
    # Saturday 10 October 2026 is a make-up working day (调休) for National Day
    assert dt.date(2026, 10, 10) in WORK and dt.date(2026, 10, 10).weekday() == 5
    assert local(sla.deadline(L(2026, 10, 9, 19, 30), 60, OFFICE)) == dt.datetime(2026, 10, 10, 8, 30)
    # an ordinary Saturday does not count
    assert local(sla.deadline(L(2026, 10, 16, 19, 30), 60, OFFICE)) == dt.datetime(2026, 10, 19, 8, 30)


def test_whole_day_office_hours_mean_hours_of_working_days():
    # non-urgent: 24 h from Friday 15:00 is Monday 15:00
    assert local(sla.deadline(L(2026, 3, 6, 15, 0), 24 * 60, WHOLE_DAYS)) == dt.datetime(2026, 3, 9, 15, 0)
    # Spring Festival 2026 (15-23 February off, Saturday 28 February a make-up working day)
    assert local(sla.deadline(L(2026, 2, 13, 12, 0), 48 * 60, WHOLE_DAYS)) == dt.datetime(2026, 2, 24, 12, 0)
    assert local(sla.deadline(L(2026, 2, 27, 12, 0), 24 * 60, WHOLE_DAYS)) == dt.datetime(2026, 2, 28, 12, 0)


def test_a_pause_moves_the_deadline_by_the_counting_time_it_covered():
    start = L(2026, 3, 2, 10, 0)
    assert local(sla.deadline(start, 60, OFFICE, [(L(2026, 3, 2, 10, 10), L(2026, 3, 2, 10, 40))])) == \
        dt.datetime(2026, 3, 2, 11, 30)
    # a pause over the night costs nothing in business hours: the office was closed anyway
    assert local(sla.deadline(L(2026, 3, 2, 19, 30), 60, OFFICE, [(L(2026, 3, 2, 21, 0), L(2026, 3, 3, 7, 0))])) == \
        dt.datetime(2026, 3, 3, 8, 30)
    # but round the clock it does
    assert local(sla.deadline(L(2026, 3, 2, 19, 30), 60, sla.ROUND_THE_CLOCK,
                              [(L(2026, 3, 2, 20, 0), L(2026, 3, 2, 22, 0))])) == dt.datetime(2026, 3, 2, 22, 30)


def test_an_open_pause_stops_the_clock():
    start = L(2026, 3, 2, 10, 0)
    assert sla.deadline(start, 60, OFFICE, [(L(2026, 3, 2, 10, 20), None)]) is None
    # the budget ran out before the pause: the deadline is known (and passed)
    assert local(sla.deadline(start, 60, OFFICE, [(L(2026, 3, 2, 11, 20), None)])) == dt.datetime(2026, 3, 2, 11, 0)


def test_elapsed_and_remaining():
    start = L(2026, 3, 2, 19, 0)
    assert sla.elapsed(start, L(2026, 3, 3, 9, 0), OFFICE) == dt.timedelta(hours=2)
    assert sla.remaining(start, 180, L(2026, 3, 3, 9, 0), OFFICE) == dt.timedelta(hours=1)
    assert sla.remaining(start, 60, L(2026, 3, 3, 9, 0), OFFICE) == -dt.timedelta(hours=1)


def test_bad_office_hours_are_refused():
    with pytest.raises(ValueError):
        sla.WorkCalendar(tz=TZ, open_minute=600, close_minute=600)
    with pytest.raises(ValueError):
        sla.deadline(L(2026, 3, 2), -1)


# ---------------------------------------------------------------------------- properties

DAY0 = dt.datetime(2026, 1, 1, tzinfo=UTC)
instants = st.integers(min_value=0, max_value=2 * 365 * 24 * 60).map(lambda m: DAY0 + dt.timedelta(minutes=m))
budgets = st.integers(min_value=0, max_value=5 * 24 * 60)
days_2026 = st.integers(min_value=0, max_value=730).map(lambda d: dt.date(2026, 1, 1) + dt.timedelta(days=d))


@st.composite
def calendars(draw):
    if draw(st.booleans()):
        return sla.ROUND_THE_CLOCK
    open_m = draw(st.integers(min_value=0, max_value=23 * 60))
    close_m = draw(st.integers(min_value=open_m + 15, max_value=24 * 60))
    holidays = frozenset(draw(st.lists(days_2026, max_size=40))) | (HOL if draw(st.booleans()) else frozenset())
    workdays = frozenset(draw(st.lists(days_2026, max_size=10))) | (WORK if draw(st.booleans()) else frozenset())
    weekdays = frozenset(draw(st.sets(st.integers(0, 6), min_size=1)))
    return sla.WorkCalendar(tz=TZ, holidays=holidays, workdays=workdays, open_minute=open_m,
                            close_minute=close_m, weekdays=weekdays)


@st.composite
def pause_lists(draw, after: dt.datetime | None = None):
    out = []
    for _ in range(draw(st.integers(0, 4))):
        begin = draw(instants)
        length = draw(st.integers(min_value=1, max_value=3 * 24 * 60))
        out.append((begin, begin + dt.timedelta(minutes=length)))
    return out


@settings(max_examples=300, deadline=None)
@given(start=instants, minutes=budgets, cal=calendars(), pauses=pause_lists())
def test_a_deadline_is_never_before_its_start(start, minutes, cal, pauses):
    due = sla.deadline(start, minutes, cal, pauses)
    assert due is not None and due >= start
    # and exactly the budget of counting time lies between them
    assert sla.elapsed(start, due, cal, pauses) == dt.timedelta(minutes=minutes)


@settings(max_examples=300, deadline=None)
@given(start=instants, minutes=budgets, cal=calendars(), pauses=pause_lists(), extra=pause_lists())
def test_pausing_never_shortens_the_remaining_time(start, minutes, cal, pauses, extra):
    before = sla.deadline(start, minutes, cal, pauses)
    after = sla.deadline(start, minutes, cal, pauses + extra)
    assert after >= before
    # seen from any moment, the time left with more pauses is at least the time left without
    for now in (start, before, after, start + (after - start) / 2):
        assert sla.remaining(start, minutes, now, cal, pauses + extra) >= sla.remaining(start, minutes, now, cal, pauses)


@settings(max_examples=200, deadline=None)
@given(start=instants, minutes=budgets, more=st.integers(1, 600), cal=calendars())
def test_a_larger_budget_never_ends_earlier(start, minutes, more, cal):
    assert sla.deadline(start, minutes + more, cal) >= sla.deadline(start, minutes, cal)


@settings(max_examples=200, deadline=None)
@given(start=instants, minutes=budgets, cal=calendars(), open_at=st.integers(0, 3 * 24 * 60))
def test_an_open_pause_holds_or_leaves_the_deadline_where_it_was(start, minutes, cal, open_at):
    begin = start + dt.timedelta(minutes=open_at)
    plain = sla.deadline(start, minutes, cal)
    held = sla.deadline(start, minutes, cal, [(begin, None)])
    if plain <= begin:
        assert held == plain  # spent before the wait began
    else:
        assert held is None  # stopped until the customer answers


special_starts = st.sampled_from([
    L(2026, 9, 30, 19, 59), L(2026, 10, 9, 23, 59), L(2026, 10, 10, 0, 0), L(2026, 2, 28, 23, 30),
    L(2026, 1, 31, 23, 45), L(2026, 4, 30, 23, 59), L(2026, 12, 31, 23, 0), L(2026, 2, 13, 20, 0),
    L(2026, 5, 8, 19, 0), L(2026, 5, 9, 7, 0),
])


@settings(max_examples=200, deadline=None)
@given(start=special_starts, minutes=budgets, pauses=pause_lists(), which=st.sampled_from([OFFICE, WHOLE_DAYS]))
def test_holiday_eves_make_up_saturdays_midnights_and_month_ends(start, minutes, pauses, which):
    due = sla.deadline(start, minutes, which, pauses)
    assert due >= start
    if minutes > 0:
        # a business-hours deadline falls inside working time, never on a day off
        day = due.astimezone(TZ).date()
        before = (due - dt.timedelta(microseconds=1)).astimezone(TZ).date()
        assert which.is_working_day(day) or which.is_working_day(before)


# ---------------------------------------------------------------------------- derived from events

URGENT = PolicyTerms("urgent", 30, 120, 240, 1440, business_hours=False)


def test_derive_from_events_and_pauses():
    rec = L(2026, 3, 2, 10, 0)
    events = [
        Fact.of("received", rec, data={"policy": URGENT.as_dict()}),
        Fact.of("first_contact", L(2026, 3, 2, 10, 20)),
        Fact.of("waiting", L(2026, 3, 2, 10, 30)),
        Fact.of("resumed", L(2026, 3, 2, 11, 30)),
        Fact.of("department_notified", L(2026, 3, 2, 11, 40)),
    ]
    clock = derive(rec, events, OFFICE)
    assert clock.stages["first_contact"].met is True
    assert local(clock.stages["solution"].due) == dt.datetime(2026, 3, 2, 13, 0)  # 2 h + 1 h waited
    assert local(clock.stages["investigation"].due) == dt.datetime(2026, 3, 2, 15, 40)
    assert clock.next_stage == "solution" and clock.status == "investigating"
    # the first contact was done before the wait: its deadline stays where it was
    assert local(clock.stages["first_contact"].due) == dt.datetime(2026, 3, 2, 10, 30)
    # events out of order give the same answer: they are sorted by when they happened
    assert derive(rec, list(reversed(events)), OFFICE).columns() == clock.columns()


def test_derive_without_a_policy_is_refused():
    with pytest.raises(ValueError):
        derive(L(2026, 3, 2), [Fact.of("first_contact", L(2026, 3, 2, 1))], OFFICE)


@settings(max_examples=150, deadline=None)
@given(rec=instants, gaps=st.lists(st.integers(0, 600), min_size=1, max_size=6), cal=calendars(),
       waits=st.lists(st.tuples(st.integers(0, 900), st.integers(1, 900)), max_size=3))
def test_derived_deadlines_never_come_before_intake_and_waiting_never_brings_them_forward(rec, gaps, cal, waits):
    terms = PolicyTerms("general", 60, 240, 480, 1440, business_hours=isinstance(cal, sla.WorkCalendar))
    base = [Fact.of("received", rec, data={"policy": terms.as_dict()}),
            Fact.of("first_contact", rec + dt.timedelta(minutes=gaps[0]))]
    with_waits = list(base)
    for offset, length in waits:
        begin = rec + dt.timedelta(minutes=gaps[0] + offset)
        with_waits += [Fact.of("waiting", begin), Fact.of("resumed", begin + dt.timedelta(minutes=length))]
    plain = derive(rec, base, cal)
    waited = derive(rec, with_waits, cal)
    for stage in ("first_contact", "solution", "resolution"):
        assert plain.stages[stage].due >= rec
        assert waited.stages[stage].due >= plain.stages[stage].due
