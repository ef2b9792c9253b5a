"""The demo data: last month closed and printable, the current month open."""

from __future__ import annotations

import random

import pytest

from suite.plugin_api.reports import render_report
from suite_plugins.scoring.services import months
from suite_plugins.scoring.services.common import last_month, month_label, this_month


@pytest.fixture(autouse=True)
def _sqlite_only(suite_backend):
    """Pages, PDFs and the demo run on SQLite; the services they call are tested on both."""
    if suite_backend != "sqlite":
        pytest.skip("tested on SQLite (the services underneath run on PostgreSQL too)")


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints", "scoring"]


@pytest.fixture
def suite_host(suite_plugins):
    from suite.host import build_host

    return build_host(only=suite_plugins, strict=True)


def test_demo_closes_last_month_and_keeps_this_one_open(suite_ctx, suite_host, tmp_path):
    from suite.host import resolve

    rng = random.Random(2026)
    for item in suite_host.demo_data():
        if item.plugin in ("core", "scoring") or item.id.startswith("core"):
            resolve(item.create)(suite_ctx.as_system(), rng)
    ctx = suite_ctx.as_system()
    assert months.state(ctx, last_month(ctx)).status == "closed"
    assert months.state(ctx, this_month(ctx)).status == "open"
    rows = months.sheet(ctx, last_month(ctx))
    assert rows and any(r["absences"] for r in rows) and any(r["leave_days"] for r in rows)
    assert any(r["cs"] and r["cs_score"] for r in rows)
    out = render_report(ctx, "scoring.assessment", {"month": month_label(last_month(ctx)), "staff": "all"}, tmp_path / "d.pdf")
    assert out.stat().st_size > 10_000
