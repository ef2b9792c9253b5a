"""The demo data: last month closed and printable, the current month open."""

from __future__ import annotations


import pytest

from suite.plugin_api.reports import render_report
from suite_plugins.scoring.services import months
from suite_plugins.scoring.services.common import last_month, month_label, this_month


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_demo_closes_last_month_and_keeps_this_one_open(demo_world, tmp_path):
    ctx = demo_world.ctx  # the demo of every plugin, built once (tests/conftest.py)
    assert months.state(ctx, last_month(ctx)).status == "closed"
    assert months.state(ctx, this_month(ctx)).status == "open"
    rows = months.sheet(ctx, last_month(ctx))
    assert rows and any(r["absences"] for r in rows) and any(r["leave_days"] for r in rows)
    assert any(r["cs"] and r["cs_score"] for r in rows)
    out = render_report(ctx, "scoring.assessment", {"month": month_label(last_month(ctx)), "staff": "all"}, tmp_path / "d.pdf")
    assert out.stat().st_size > 10_000
