"""The kitchen with the inventory plugin (CONTRACTS.md): an anomaly traced to a stock batch
and its supplier through inventory's published api. Skipped while inventory is absent; runs
after the integrator merges both plugins."""

from __future__ import annotations

import datetime as dt

import pytest

inventory = pytest.importorskip("suite_plugins.inventory.api")

from suite_plugins.kitchen import api as kitchen  # noqa: E402
from suite_plugins.kitchen.services import anomalies  # noqa: E402

pytestmark = pytest.mark.usefixtures("suite_backend")


@pytest.fixture
def suite_plugins():
    return ["inventory", "kitchen"]


def _a_batch(ctx):
    batches = inventory.search_batches(ctx, "", limit=1)
    if not batches:
        pytest.skip("no stock batch to link: inventory's demo or fixtures are needed")
    return batches[0]


def test_an_anomaly_traced_to_a_batch_names_its_supplier(suite_ctx, cook, clock):
    batch = _a_batch(suite_ctx)
    aid = anomalies.open_anomaly(cook, anomalies.AnomalyInput("spoiled_ingredient", "猪肉发臭", batch_id=batch.id))
    a = anomalies.get_anomaly(cook, aid)
    assert a.batch_code == batch.code and a.supplier_id == batch.supplier_id and a.supplier_name == batch.supplier_name
    if batch.supplier_id is not None:
        found = kitchen.anomalies_between(cook, dt.date(2000, 1, 1), dt.date(2100, 1, 1), supplier_id=batch.supplier_id)
        assert [r.id for r in found] == [aid]


def test_an_unknown_batch_is_refused(cook):
    with pytest.raises(Exception) as err:
        anomalies.open_anomaly(cook, anomalies.AnomalyInput("spoiled_ingredient", "x", batch_id=987654))
    assert err.type.__name__ == "ValidationError"
