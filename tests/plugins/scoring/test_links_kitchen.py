"""With the kitchen plugin (after the merge): its inspection of the 15th counts in the month,
and its staff metrics are sources for rules and KPIs. Skipped while the kitchen is absent."""

from __future__ import annotations

import pytest

pytest.importorskip("suite_plugins.kitchen.api")

from decimal import Decimal  # noqa: E402

from suite_plugins.scoring.services import attendance, months, sources  # noqa: E402
from tests.plugins.scoring.conftest import NOV  # noqa: E402


@pytest.fixture
def suite_plugins():
    return ["orders", "complaints", "kitchen", "scoring", "fakemetrics"]


def test_kitchen_metrics_are_sources(manager):
    assert any(m.plugin == "kitchen" for m in sources.metrics(manager).values())


def test_kitchen_inspections_are_read_guarded(manager, staff):
    got = attendance.kitchen_inspections(manager, NOV)
    assert got is not None  # the kitchen answers (maybe with nobody inspected)
    line = next(r for r in months.sheet(manager, NOV) if r["staff_id"] == staff["cook"])
    if staff["cook"] in got:
        assert line["inspection"] == (Decimal("5.00") if got[staff["cook"]] else Decimal("-2.00"))
