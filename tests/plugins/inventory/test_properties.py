"""Property tests (Hypothesis): any sequence of moves keeps every balance equal to the sum
of the ledger and never negative; FEFO never takes a later-expiring batch while an earlier,
usable one has stock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from suite.plugin_api import ValidationError
from tests.plugins.inventory.conftest import TODAY

QTY = st.decimals(min_value=Decimal("0.5"), max_value=Decimal("20"), places=1)
OPS = st.lists(st.one_of(
    st.tuples(st.just("receive"), QTY, st.integers(min_value=-1, max_value=6)),
    st.tuples(st.just("issue"), QTY, st.integers(0, 1)),
    st.tuples(st.just("transfer"), QTY, st.integers(0, 1)),
    st.tuples(st.just("waste"), QTY, st.integers(0, 5)),
    st.tuples(st.just("reverse"), st.integers(0, 30), st.integers(0, 0)),
), min_size=1, max_size=14)


def _check(keeper, world, item):
    from suite_plugins.inventory.models import Balance
    from suite_plugins.inventory.services import stock

    assert stock.ledger_mismatches(keeper) == []
    with keeper.read() as s:
        assert all(q >= 0 for q in s.scalars(select(Balance.quantity).where(Balance.item_id == item)))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_any_sequence_of_moves_keeps_balances_equal_to_the_ledger(ops, keeper, world, clock):
    from suite_plugins.inventory.services import catalog, purchasing as pur, stock

    n = getattr(world, "_n", 0) + 1
    world._n = n
    item = catalog.save_item(keeper.as_system(), catalog.ItemInput(f"P{n}", f"试验品{n}", "ingredient", "kg",
                                                                  shelf_life_days=10))
    locations = (world.store, world.kitchen)
    moves: list[int] = []
    batches: list[int] = []
    for op, a, b in ops:
        try:
            if op == "receive":
                rid = pur.receive(keeper, pur.ReceiptInput(world.fresh, world.store, [pur.ReceiptLineInput(
                    item, a, "3", expiry=TODAY + dt.timedelta(days=max(b, 0)))], certificates_seen=True))
                batches.append(pur.get_receipt(keeper, rid).lines[0].batch_id)
            elif op == "issue":
                moves += stock.issue(keeper, item_id=item, location_id=locations[b], quantity=a).move_ids
            elif op == "transfer":
                moves += stock.transfer(keeper, item_id=item, from_location_id=locations[b],
                                        to_location_id=locations[1 - b], quantity=a).move_ids
            elif op == "waste" and batches:
                moves += stock.write_off(keeper, batch_id=batches[b % len(batches)], location_id=world.store,
                                         quantity=a, reason="损耗").move_ids
            elif op == "reverse" and moves:
                stock.reverse(keeper, moves[a % len(moves)], reason="撤销")
        except ValidationError:
            pass  # refused moves change nothing; the invariants below still hold
        _check(keeper, world, item)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(expiries=st.lists(st.integers(min_value=-3, max_value=10), min_size=1, max_size=6),
       quantities=st.lists(QTY, min_size=6, max_size=6), take=QTY)
def test_fefo_never_takes_a_later_batch_while_an_earlier_usable_one_has_stock(expiries, quantities, take, keeper,
                                                                              world, clock):
    from suite_plugins.inventory.models import Batch
    from suite_plugins.inventory.services import catalog, purchasing as pur, stock

    n = getattr(world, "_m", 0) + 1
    world._m = n
    system = keeper.as_system()
    item = catalog.save_item(system, catalog.ItemInput(f"F{n}", f"先到期{n}", "ingredient", "kg", shelf_life_days=30))
    # expired batches are booked in with a past receipt date
    for i, days in enumerate(expiries):
        clock.advance(days=-5)
        pur.receive(keeper, pur.ReceiptInput(world.fresh, world.store, [pur.ReceiptLineInput(
            item, quantities[i], "2", expiry=TODAY + dt.timedelta(days=days), batch_code=f"B{i}")],
            certificates_seen=True))
        clock.advance(days=5)
    try:
        taken = stock.issue(keeper, item_id=item, location_id=world.store, quantity=take).batches
    except ValidationError:
        usable = sum(q for q, d in zip(quantities, expiries) if d >= 0)
        assert usable < take
        return
    with keeper.read() as s:
        expiry = {b.id: b.expiry for b in s.scalars(select(Batch).where(Batch.item_id == item))}
    assert all(expiry[b] >= TODAY for b, _ in taken)
    latest = max(expiry[b] for b, _ in taken)
    # every usable batch expiring before the latest one taken was emptied
    for b, e in expiry.items():
        if TODAY <= e < latest:
            assert stock.on_hand(keeper, item, world.store) is not None
            with keeper.read() as s:
                from suite_plugins.inventory.models import Balance

                left = s.scalar(select(Balance.quantity).where(Balance.batch_id == b))
            assert left == 0, (b, e, latest, taken)
