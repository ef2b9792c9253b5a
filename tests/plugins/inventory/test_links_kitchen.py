"""The supplier scorecard counts kitchen anomalies traced to the supplier's batches (runs once
the kitchen plugin is merged; skipped while it is absent)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("suite_plugins.kitchen.api")

from tests.plugins.inventory.conftest import TODAY  # noqa: E402


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints", "kitchen", "inventory"]


def test_anomalies_traced_to_a_suppliers_batch_lower_its_score(suite_backend, suite_ctx, clock, manager, keeper,
                                                               world, receive):
    from suite.plugin_api import core
    from suite_plugins.complaints.services import intake
    from suite_plugins.inventory.services import scorecard as sc
    from suite_plugins.kitchen import api as kitchen

    batch = receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3), code="K-1")
    ctx = suite_ctx.with_clock(clock)
    customer = core.create_customer(ctx, core.CustomerInput("王芳", phones=["13800138000"], addresses=["东风路1号"]))
    cid = intake.create_complaint(ctx, intake.ComplaintInput(customer_id=customer, channel="hotline",
                                                             category="food_quality", description="鸡肉有异味"))
    aid = kitchen.open_anomaly_from_complaint(ctx, cid, kind="spoiled_ingredient", description="鸡肉有异味",
                                              batch_id=batch)
    found = kitchen.anomalies_between(ctx, TODAY, TODAY, supplier_id=world.fresh)
    assert [a.id for a in found] == [aid]
    f = {x.code: x for x in sc.scorecard(manager, world.fresh, TODAY, TODAY).figures}
    assert f["anomalies"].available and f["anomalies"].record_ids == (aid,)
    assert f["anomalies"].score == 75
