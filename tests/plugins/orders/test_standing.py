"""Standing (recurring) deliveries: the rule, a pause, an end, holidays, one occurrence
skipped or changed, the day's orders generated once, stale edits refused, audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from suite.plugin_api import ConflictError, ValidationError, core
from suite_plugins.orders import api
from suite_plugins.orders.models import Order, StandingOrder
from suite_plugins.orders.services import dispatch, standing
from suite_plugins.orders.services.standing import StandingInput

MONDAY = dt.date(2026, 3, 2)  # the office clock's day


def _weekly(office, **kw) -> StandingInput:
    values = dict(customer_id=office.customers["wang"], items=[(office.products["water"], 2)], pattern="weekly",
                  weekdays=[1, 4], window_start="10:00", window_end="12:00", start_on=MONDAY)
    values.update(kw)
    return StandingInput(**values)


def _count(ctx, model) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("change, field, words", [
    (dict(items=[]), "items", "at least one item"),
    (dict(weekdays=[]), "weekdays", "at least one weekday"),
    (dict(weekdays=[8]), "weekdays", "at least one weekday"),
    (dict(pattern="every_n", every_n_days=0), "every_n_days", "Every 1 to 365"),
    (dict(pattern="monthly", month_days=[32]), "month_days", "1 to 31"),
    (dict(pattern="yearly"), "pattern", "Choose weekdays"),
    (dict(window_start="9点", window_end="11:00"), "window", "two times"),
    (dict(window_start="12:00", window_end="10:00"), "window", "ends after it starts"),
    (dict(start_on=None), "start_on", "first day"),
    (dict(end_on=dt.date(2026, 3, 1)), "end_on", "before the first"),
    (dict(items=[(1, 0)]), "items", "quantity from 1"),
])
def test_bad_standing_orders_are_refused_and_nothing_changes(office, change, field, words):
    with pytest.raises(ValidationError) as err:
        standing.create_standing(office.ctx, _weekly(office, **change))
    assert field in err.value.fields and words in str(err.value.fields[field])
    assert _count(office.ctx, StandingOrder) == 0


def test_the_rule_pause_end_and_holidays_decide_the_days(office):
    ctx = office.ctx
    sid = standing.create_standing(ctx, _weekly(office))
    view = standing.get_standing(ctx, sid)
    days = [MONDAY + dt.timedelta(days=n) for n in range(14)]
    assert [d for d in days if standing.occurs_on(view, d)] == [MONDAY, dt.date(2026, 3, 5), dt.date(2026, 3, 9),
                                                                  dt.date(2026, 3, 12)]
    assert "Mon, Thu 10:00-12:00: 农夫山泉 18.9L×2" == view.summary
    standing.pause_standing(ctx, sid, dt.date(2026, 3, 4), dt.date(2026, 3, 10), expected_version=view.version)
    view = standing.get_standing(ctx, sid)
    assert [d for d in days if standing.occurs_on(view, d)] == [MONDAY, dt.date(2026, 3, 12)]
    core.set_setting(ctx, "orders", "statutory_holidays", "2026-03-12, 2026-05-01")
    assert not standing.occurs_on(view, dt.date(2026, 3, 12), standing.holidays(ctx))
    standing.end_standing(ctx, sid, dt.date(2026, 3, 11), expected_version=view.version)
    view = standing.get_standing(ctx, sid)
    assert view.end_on == dt.date(2026, 3, 11) and not standing.occurs_on(view, dt.date(2026, 3, 12))
    every = standing.create_standing(ctx, _weekly(office, pattern="every_n", every_n_days=3, weekdays=[]))
    ev = standing.get_standing(ctx, every)
    assert [d.day for d in days if standing.occurs_on(ev, d)] == [2, 5, 8, 11, 14]
    monthly = standing.create_standing(ctx, _weekly(office, pattern="monthly", month_days=[3, 10], weekdays=[]))
    assert [d.day for d in days if standing.occurs_on(standing.get_standing(ctx, monthly), d)] == [3, 10]
    # creating, pausing and ending are in the audit log
    entries = core.audit_entries(ctx, table="orders_standing_orders")
    assert {e.action for e in entries} >= {"insert", "update"}
    assert any("paused_from" in e.changes for e in entries) and any("end_on" in e.changes for e in entries)


def test_the_days_orders_are_generated_once_confirmed_and_marked(office):
    ctx = office.ctx
    sid = standing.create_standing(ctx, _weekly(office))
    standing.create_standing(ctx, _weekly(office, customer_id=office.customers["li"], weekdays=[2]))  # Tuesdays
    created = list(standing.generate_day(ctx, MONDAY).created)
    assert len(created) == 1
    assert standing.generate_day(ctx, MONDAY).created == ()  # twice: nothing twice
    with ctx.read() as s:
        order = s.get(Order, created[0])
        assert (order.standing_order_id, order.status, order.customer_id) == (sid, "confirmed", office.customers["wang"])
        assert "standing order 10:00-12:00" in order.notes
        assert ctx.to_local(order.requested_at).strftime("%H:%M") == "10:00"
        assert s.scalar(select(func.count()).select_from(Order).where(Order.standing_order_id == sid)) == 1
    result = dispatch.plan_day(ctx, MONDAY)
    assert [s.order_id for s in result.stops] == created
    assert api.get_order(ctx, created[0]).items_summary.startswith("农夫山泉")


def test_one_occurrence_is_skipped_or_changed_without_touching_the_rule(office):
    ctx = office.ctx
    sid = standing.create_standing(ctx, _weekly(office))
    view = standing.get_standing(ctx, sid)
    thursday = dt.date(2026, 3, 5)
    with pytest.raises(ValidationError, match="no delivery on 2026-03-03"):
        standing.skip_occurrence(ctx, sid, dt.date(2026, 3, 3), "x", expected_version=view.version)
    standing.skip_occurrence(ctx, sid, MONDAY, "客户出差", expected_version=view.version)
    assert standing.generate_day(ctx, MONDAY).created == ()
    view = standing.get_standing(ctx, sid)
    standing.change_occurrence(ctx, sid, thursday, [(office.products["water"], 3), (office.products["cups"], 1)],
                               "节前多要一桶", expected_version=view.version)
    office.clock.advance(days=3)
    created = standing.generate_day(ctx, thursday).created
    with ctx.read() as s:
        order = s.get(Order, created[0])
        assert sorted((i.product_id, i.quantity) for i in order.items) == sorted(
            [(office.products["water"], 3), (office.products["cups"], 1)])
    after = standing.get_standing(ctx, sid)
    assert after.items == ((office.products["water"], "农夫山泉 18.9L", 2),)  # the rule is as it was
    with pytest.raises(ValidationError, match="already generated"):
        standing.skip_occurrence(ctx, sid, thursday, "太晚了", expected_version=after.version)


def test_two_stale_edits_of_a_standing_order_conflict(office):
    ctx = office.ctx
    sid = standing.create_standing(ctx, _weekly(office))
    version = standing.get_standing(ctx, sid).version
    standing.update_standing(ctx, sid, _weekly(office, weekdays=[1]), expected_version=version)
    with pytest.raises(ConflictError):
        standing.pause_standing(ctx, sid, MONDAY, MONDAY, expected_version=version)
    with pytest.raises(TypeError):
        standing.end_standing(ctx, sid, MONDAY)  # the version is required
    # a changed occurrence is part of the standing order: it moves the version too
    now = standing.get_standing(ctx, sid).version
    standing.skip_occurrence(ctx, sid, dt.date(2026, 3, 9), "", expected_version=now)
    assert standing.get_standing(ctx, sid).version > now
    with pytest.raises(ConflictError):
        standing.skip_occurrence(ctx, sid, dt.date(2026, 3, 16), "", expected_version=now)


def test_a_refused_standing_order_is_reported_and_the_others_are_generated(office):
    from suite_plugins.orders.services import catalog

    ctx = office.ctx
    good = standing.create_standing(ctx, _weekly(office))
    bad = standing.create_standing(ctx, _weekly(office, customer_id=office.customers["li"],
                                                items=[(office.products["small"], 1)]))
    catalog.set_active(ctx, office.products["small"], False,
                       expected_version=catalog.get_product(ctx, office.products["small"]).version)
    result = standing.generate_day(ctx, MONDAY)
    assert len(result.created) == 1 and [sid for sid, _ in result.refused] == [bad]
    assert "no longer sold" in result.refused[0][1]
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 1
        assert s.get(Order, result.created[0]).standing_order_id == good
        numbers = list(s.scalars(select(Order.seq)))
    assert numbers == [1]  # the refused one took no number


# ---------------------------------------------------------------------------- generated without anyone asking


def test_opening_the_day_generates_its_standing_orders_once_as_the_system(office, suite_login):
    from suite_plugins.orders.services import indicators

    ctx = office.ctx
    sid = standing.create_standing(ctx, _weekly(office))
    clerk = office.login(suite_login, "clerk")
    first = standing.open_day(clerk)
    assert len(first.created) == 1 and first.refused == ()
    assert standing.open_day(clerk).created == ()           # twice: nothing twice
    with ctx.read() as s:
        order = s.get(Order, first.created[0])
        # the rule took the order, not the clerk who happened to open the desk
        assert order.standing_order_id == sid and order.clerk_staff_id is None and order.status == "confirmed"
    # the dashboard's "orders today" opens the day as well: a Thursday opened there
    office.clock.advance(days=3)
    card = indicators.card_today(clerk)
    with ctx.read() as s:
        thursday = s.scalars(select(Order).where(Order.standing_order_id == sid).order_by(Order.id)).all()
    assert len(thursday) == 2 and card.value == "1"


def test_a_past_or_closed_day_is_not_generated(office, suite_login):
    from suite_plugins.orders.services import close

    ctx = office.ctx
    standing.create_standing(ctx, _weekly(office, weekdays=[1, 2, 3, 4, 5, 6, 7]))
    office.clock.advance(days=1)
    assert standing.open_day(ctx, MONDAY).created == ()      # yesterday: left alone
    close.close_day(ctx, ctx.today())
    assert standing.open_day(ctx).created == ()              # today is closed: nothing dated on it
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 0


def test_planning_a_day_generates_its_standing_orders_first(office, suite_login):
    ctx = office.ctx
    sid = standing.create_standing(ctx, _weekly(office))
    dispatcher = office.login(suite_login, "dispatcher")
    thursday = dt.date(2026, 3, 5)
    result = dispatch.plan_day(dispatcher, thursday)        # planned ahead, on Monday
    with ctx.read() as s:
        oid = s.scalar(select(Order.id).where(Order.standing_order_id == sid))
    assert [st.order_id for st in result.stops] == [oid]
    assert dispatch.plan_day(dispatcher, thursday).stops[0].kept  # re-planned: the same order, kept
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Order)) == 1


def test_the_coming_days_show_the_rule_each_days_own_change_and_what_was_taken(office):
    ctx = office.ctx
    core.set_setting(ctx, "orders", "statutory_holidays", "2026-03-12")
    sid = standing.create_standing(ctx, _weekly(office))
    v = standing.get_standing(ctx, sid)
    standing.generate_day(ctx, MONDAY)
    v = standing.get_standing(ctx, sid)
    standing.skip_occurrence(ctx, sid, dt.date(2026, 3, 5), "客户出差", expected_version=v.version)
    v = standing.get_standing(ctx, sid)
    standing.change_occurrence(ctx, sid, dt.date(2026, 3, 9), [(office.products["water"], 3)], "",
                               expected_version=v.version)
    v = standing.get_standing(ctx, sid)
    standing.pause_standing(ctx, sid, dt.date(2026, 3, 16), dt.date(2026, 3, 19), expected_version=v.version)
    days = standing.upcoming(ctx, sid, MONDAY, 21)
    assert [(d.day.day, d.state) for d in days] == [(2, "generated"), (5, "skip"), (9, "change"), (12, "holiday"),
                                                     (16, "paused"), (19, "paused")]
    assert days[0].order_number.startswith("20260302-") and days[0].items_text == "农夫山泉 18.9L×2"
    assert days[1].reason == "客户出差" and days[1].items == () and days[2].items_text == "农夫山泉 18.9L×3"
    assert [d.open for d in days] == [False, True, True, False, False, False]
    assert str(days[3].state_label) == "statutory holiday: no delivery"
    # a skip and a change are undone: the day follows the rule again; a generated day cannot be
    v = standing.get_standing(ctx, sid)
    standing.restore_occurrence(ctx, sid, dt.date(2026, 3, 5), expected_version=v.version)
    v = standing.get_standing(ctx, sid)
    standing.restore_occurrence(ctx, sid, dt.date(2026, 3, 9), expected_version=v.version)
    v = standing.get_standing(ctx, sid)
    with pytest.raises(ValidationError, match="already generated"):
        standing.restore_occurrence(ctx, sid, MONDAY, expected_version=v.version)
    assert [d.state for d in standing.upcoming(ctx, sid, MONDAY, 14)] == ["generated", "rule", "rule", "holiday"]
    assert any(e.action == "delete" for e in core.audit_entries(ctx, table="orders_standing_occurrences"))


def test_a_standing_order_with_several_items_generates_every_line(office):
    ctx = office.ctx
    sid = standing.create_standing(ctx, _weekly(office, items=[(office.products["water"], 2),
                                                                (office.products["cups"], 1)]))
    assert standing.get_standing(ctx, sid).summary.endswith("农夫山泉 18.9L×2, 一次性纸杯×1")
    (oid,) = standing.generate_day(ctx, MONDAY).created
    with ctx.read() as s:
        assert sorted((i.product_id, i.quantity) for i in s.get(Order, oid).items) == sorted(
            [(office.products["water"], 2), (office.products["cups"], 1)])
    with pytest.raises(ValidationError, match="once"):
        standing.create_standing(ctx, _weekly(office, items=[(office.products["water"], 2),
                                                             (office.products["water"], 1)]))


GENERATOR = """
import datetime as dt, sys, time
from suite.db.engine import open_database
from suite.host import build_host
from suite.plugin_api.context import Context
from suite.plugin_api.testing import FakeClock
from suite_plugins.orders.services import standing

db = open_database(sys.argv[1], check_share=False)
ctx = Context(db=db, host=build_host(strict=True, only=["orders"])).with_clock(FakeClock(dt.datetime(2026, 3, 2, 1, 0,
                                                                                    tzinfo=dt.timezone.utc)))
start = float(sys.argv[2])
while time.time() < start:  # both PCs press the button at the same moment
    time.sleep(0.001)
result = standing.open_day(ctx, dt.date(2026, 3, 2))
print(len(result.created), len(result.refused))
db.dispose()
"""


def test_two_pcs_generating_the_same_day_at_once_create_each_occurrence_once(office, suite_db):
    """Two processes (two PCs) open the same day at the same moment, on a SQLite file and on
    PostgreSQL: every standing order of the day becomes exactly one order, both finish
    without an error, and the day's order numbers stay gapless."""
    import os
    import subprocess
    import sys
    import time

    from suite_plugins.orders.models import StandingOccurrence

    ctx = office.ctx
    customers = [core.create_customer(ctx, core.CustomerInput(f"常客{n:02d}", phones=[f"1390000{n:04d}"],
                                                              addresses=[f"东风路{n}号"])) for n in range(30)]
    ids = [standing.create_standing(ctx, _weekly(office, customer_id=c, window_start="", window_end=""))
           for c in customers]
    url = suite_db.url.render_as_string(hide_password=False)
    start = f"{time.time() + 8:.3f}"
    pcs = [subprocess.Popen([sys.executable, "-c", GENERATOR, url, start], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ)) for _ in range(2)]
    results = [pc.communicate(timeout=240) for pc in pcs]
    for pc, (out, err) in zip(pcs, results):
        assert pc.returncode == 0, err
    created = [tuple(int(x) for x in out.split()) for out, _err in results]
    assert sum(n for n, _refused in created) == len(ids), created
    assert all(refused == 0 for _n, refused in created)
    with ctx.read() as s:
        rows = s.execute(select(Order.standing_order_id, Order.number).where(
            Order.standing_order_id.is_not(None))).all()
        occurrences = s.execute(select(StandingOccurrence.standing_id, StandingOccurrence.action).where(
            StandingOccurrence.day == MONDAY)).all()
    assert sorted(sid for sid, _number in rows) == sorted(ids)           # each exactly once
    assert sorted(occurrences) == sorted((sid, "generated") for sid in ids)
    serials = sorted(int(number.rsplit("-", 1)[1]) for _sid, number in rows)
    assert serials == list(range(serials[0], serials[0] + len(ids)))     # gapless
    assert standing.open_day(ctx, MONDAY).created == ()


def test_an_office_that_delivers_on_holidays_keeps_the_day(office):
    """Issue 12 §2: skipped on statutory holidays *or not*, as the office chooses."""
    ctx = office.ctx
    core.set_setting(ctx, "orders", "statutory_holidays", "2026-03-02")  # today, a Monday
    skips = standing.create_standing(ctx, _weekly(office))
    keeps = standing.create_standing(ctx, _weekly(office, customer_id=office.customers["li"], skip_holidays=False))
    assert standing.get_standing(ctx, keeps).skip_holidays is False
    assert [d.state for d in standing.upcoming(ctx, keeps, MONDAY, 1)] == ["rule"]
    assert [d.state for d in standing.upcoming(ctx, skips, MONDAY, 1)] == ["holiday"]
    created = standing.generate_day(ctx, MONDAY).created
    with ctx.read() as s:
        assert [s.get(Order, oid).standing_order_id for oid in created] == [keeps]
