"""Two storekeepers issue the last units of a batch at the same moment on PostgreSQL:
exactly one succeeds and the balance never goes below zero."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

from suite.plugin_api import ValidationError
from tests.plugins.inventory.conftest import TODAY, bal


@pytest.mark.postgres
def test_two_storekeepers_take_the_last_units_at_once(suite_backend, keeper, login, world, receive):
    if suite_backend != "postgres":
        pytest.skip("row locks are a PostgreSQL matter; SQLite serialises writers")
    from suite_plugins.inventory.services import stock

    other = login("storekeeper", staff_key="store2")
    for round_ in range(3):
        b = receive(keeper, world.chicken, "3", expiry=TODAY + dt.timedelta(days=2), code=f"LAST{round_}")
        barrier = threading.Barrier(2)
        results: list[object] = []

        def take(ctx):
            barrier.wait()
            try:
                results.append(stock.issue(ctx, item_id=world.chicken, location_id=world.cold, quantity="3",
                                           batch_id=b, reason="宴席"))
            except ValidationError as exc:
                results.append(exc)

        threads = [threading.Thread(target=take, args=(c,)) for c in (keeper, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        ok = [r for r in results if not isinstance(r, Exception)]
        failed = [r for r in results if isinstance(r, ValidationError)]
        assert len(ok) == 1 and len(failed) == 1, results
        assert "Only 0 kg" in str(failed[0])
        assert bal(keeper, world.chicken) == Decimal("0")
    assert stock.ledger_mismatches(keeper) == []
