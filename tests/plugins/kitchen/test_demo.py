"""The demo data: two months of a restaurant kitchen's records, through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from suite_plugins.kitchen.services import anomalies, health, readings, runs, samples, signoff


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_demo_data_has_two_months_of_kitchen_records(demo_world):
    ctx = demo_world.ctx  # the demo of every plugin, built once (tests/conftest.py)
    today = ctx.today()
    start = today - dt.timedelta(days=60)
    out = readings.readings_between(ctx, start, today, only_out_of_range=True)
    assert 3 <= len([r for r in out if r.recheck_of_id is None]) <= 10
    assert all(r.corrective_action for r in out if r.recheck_of_id is None)
    month = runs.runs_between(ctx, start, today - dt.timedelta(days=1))
    assert len(month) > 200
    assert any(r.status == "missed" and r.missed_note for r in month)
    assert any(r.status == "done_late" for r in month)
    assert runs.monthly_inspections(ctx, (today - dt.timedelta(days=31)).year, (today - dt.timedelta(days=31)).month)
    assert len(samples.samples_between(ctx, start, today)) >= 4 * 55
    assert any(c.state == "expiring" for c in health.certificates(ctx))
    assert any(not c.fit and c.action == "non_food_work" for c in health.checks_between(ctx, start, today))
    kinds = {a.kind for a in anomalies.anomalies_between(ctx, start, today)}
    assert {"foreign_object", "random_inspection_failed"} <= kinds
    signed = signoff.signed_days(ctx, start, today)
    assert len(signed) >= 55 and today not in signed
    assert len(signoff.amendments_between(ctx, start, today)) == 1
    # yesterday waits for the note of its missed opening checks
    assert signoff.review(ctx, today - dt.timedelta(days=1)).blockers
