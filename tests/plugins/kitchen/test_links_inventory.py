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
    """A batch of pork received from a qualified supplier, through inventory's own services."""
    from suite_plugins.inventory.services import catalog, purchasing, suppliers
    from tests.plugins.inventory.conftest import licences

    supplier = suppliers.save_supplier(ctx, suppliers.SupplierInput("鲜丰食材", supplies="肉类"))
    licences(ctx, supplier)
    cold = catalog.save_location(ctx, "C1", "冷藏库", "cold_room")
    pork = catalog.save_item(ctx, catalog.ItemInput("RM010", "猪肉", "ingredient", "kg", shelf_life_days=3,
                                                    storage="chilled", standard_cost="26.00"))
    today = ctx.today()
    rid = purchasing.receive(ctx, purchasing.ReceiptInput(supplier, cold, [purchasing.ReceiptLineInput(
        pork, "8", "26.00", batch_code="P-0001", expiry=today + dt.timedelta(days=3), arrival_temp="3")],
        certificates_seen=True, invoice_seen=True))
    batch = inventory.get_batch(ctx, purchasing.get_receipt(ctx, rid).lines[0].batch_id)
    assert batch.supplier_id == supplier and batch.item_name == "猪肉"
    return batch


def test_an_anomaly_traced_to_a_batch_names_its_supplier(suite_ctx, cook, clock):
    batch = _a_batch(suite_ctx.with_clock(clock))
    aid = anomalies.open_anomaly(cook, anomalies.AnomalyInput("spoiled_ingredient", "猪肉发臭", batch_id=batch.id))
    a = anomalies.get_anomaly(cook, aid)
    assert a.batch_code == batch.code and a.supplier_id == batch.supplier_id and a.supplier_name == batch.supplier_name
    found = kitchen.anomalies_between(cook, dt.date(2000, 1, 1), dt.date(2100, 1, 1), supplier_id=batch.supplier_id)
    assert [r.id for r in found] == [aid]


def test_an_unknown_batch_is_refused(cook):
    with pytest.raises(Exception) as err:
        anomalies.open_anomaly(cook, anomalies.AnomalyInput("spoiled_ingredient", "x", batch_id=987654))
    assert err.type.__name__ == "ValidationError"
