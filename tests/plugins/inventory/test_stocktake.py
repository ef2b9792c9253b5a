"""Stocktake: count sheet, keyboard counts, posting differences once with the approver."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ConflictError, PermissionDenied
from tests.plugins.inventory.conftest import TODAY, bal
from tests.plugins.inventory.test_ledger import refused


def test_count_review_and_post_once(suite_backend, keeper, manager, world, receive, clock):
    from suite_plugins.inventory.services import queries, stock, stocktake

    a = receive(keeper, world.chicken, "10", expiry=TODAY + dt.timedelta(days=3), code="A")
    b = receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=4), code="B")
    st = stocktake.start(keeper, world.cold)
    sheet = stocktake.get(keeper, st)
    assert [l.batch_code for l in sheet.lines] == ["A", "B"]
    assert all(l.expected is None for l in sheet.lines)        # hidden from the counter
    refused(keeper, lambda: stocktake.start(keeper, world.cold), "already being counted")
    ids = {l.batch_code: l.id for l in sheet.lines}
    clock.advance(minutes=1)
    v = stocktake.enter_counts(keeper, st, {ids["A"]: "9.5"}, expected_version=sheet.version)
    refused(keeper, lambda: stocktake.post(manager, st, expected_version=v), "1 lines are not counted")
    with pytest.raises(ConflictError):
        stocktake.enter_counts(keeper, st, {ids["B"]: "5"}, expected_version=sheet.version)
    v = stocktake.enter_counts(keeper, st, {ids["B"]: "6"}, expected_version=v)
    with pytest.raises(PermissionDenied):
        stocktake.post(keeper, st, expected_version=v)
    review = stocktake.get(manager, st, for_review=True)
    assert [(l.expected, l.difference) for l in review.lines] == [(Decimal("10"), Decimal("-0.5")),
                                                                 (Decimal("5"), Decimal("1"))]
    moves = stocktake.post(manager, st, expected_version=v)
    assert len(moves) == 2
    assert bal(keeper, world.chicken) == Decimal("15.5")
    done = stocktake.get(keeper, st)
    assert done.status == "posted" and done.approver_name
    refused(manager, lambda: stocktake.post(manager, st, expected_version=done.version), "already posted")
    refused(keeper, lambda: stocktake.enter_counts(keeper, st, {ids["A"]: "1"}, expected_version=done.version),
            "was posted")
    assert stock.ledger_mismatches(keeper) == []
    # the storekeeper who counted carries the difference in his metric
    m = queries.stocktake_differences(manager, [keeper.user.staff_id], TODAY, TODAY + dt.timedelta(days=1))
    assert m[keeper.user.staff_id] == pytest.approx(0.5 * 10 + 1 * 10)
    stock.write_off(keeper, batch_id=a, location_id=world.cold, quantity="1", reason="变质")
    w = queries.waste_value(manager, [keeper.user.staff_id], TODAY, TODAY + dt.timedelta(days=1))
    assert w[keeper.user.staff_id] == pytest.approx(10.0)
    assert b
