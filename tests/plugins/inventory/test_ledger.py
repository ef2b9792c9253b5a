"""The stock ledger: moves, balances, FEFO, expiry on the boundary day, bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from suite.plugin_api import ConflictError, PermissionDenied, ValidationError
from tests.plugins.inventory.conftest import TODAY, bal, local, snapshot


def refused(ctx, fn, text: str):
    """Call fn; it must raise ValidationError mentioning *text*, and change nothing."""
    before = snapshot(ctx)
    with pytest.raises(ValidationError) as exc:
        fn()
    assert text in str(exc.value), str(exc.value)
    assert snapshot(ctx) == before
    return exc.value


def test_receipt_issue_and_balances_follow_the_ledger(suite_backend, keeper, world, receive):
    from suite_plugins.inventory.services import stock

    b = receive(keeper, world.chicken, "12.5", expiry=TODAY + dt.timedelta(days=4))
    assert bal(keeper, world.chicken, world.cold) == Decimal("12.5")
    r = stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="2.25", unit="kg")
    assert r.batches == ((b, Decimal("2.250")),)
    assert bal(keeper, world.chicken) == Decimal("10.25")
    assert stock.ledger_mismatches(keeper) == []


@pytest.mark.parametrize("quantity, text", [("0", "greater than zero"), ("-3", "greater than zero"),
                                             ("abc", "as a number"), ("1.0001", "three decimal places")])
def test_a_zero_negative_or_malformed_quantity_is_refused(suite_backend, keeper, world, receive, quantity, text):
    from suite_plugins.inventory.services import stock

    receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3))
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity=quantity),
            text)


def test_a_unit_that_does_not_match_the_item_is_refused(suite_backend, keeper, world, receive):
    from suite_plugins.inventory.services import stock

    receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3))
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1",
                                        unit="斤"), "counted in kg, not in 斤")


def test_issuing_more_than_the_balance_is_refused(suite_backend, keeper, world, receive):
    from suite_plugins.inventory.services import stock

    b = receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3))
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="5.5"),
            "Only 5 kg of 鸡胸肉 can be issued at 冷藏库, not 5.5")
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="6",
                                        batch_id=b, reason="客户指定"), "Only 5 kg")
    refused(keeper, lambda: stock.write_off(keeper, batch_id=b, location_id=world.cold, quantity="6",
                                            reason="变质"), "Only 5 kg")
    refused(keeper, lambda: stock.transfer(keeper, item_id=world.chicken, from_location_id=world.cold,
                                           to_location_id=world.kitchen, quantity="9"), "Only 5 kg")
    refused(keeper, lambda: stock.adjust(keeper, batch_id=b, location_id=world.cold, quantity="-7",
                                         reason="称重误差"), "Only 5 kg")


def test_fefo_takes_the_earliest_expiry_first_and_splits_across_batches(suite_backend, keeper, world, receive):
    from suite_plugins.inventory.services import stock

    late = receive(keeper, world.chicken, "4", expiry=TODAY + dt.timedelta(days=4), code="L-late")
    early = receive(keeper, world.chicken, "3", expiry=TODAY + dt.timedelta(days=1), code="L-early")
    r = stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="5")
    assert r.batches == ((early, Decimal("3.000")), (late, Decimal("2.000")))


def test_the_expiry_day_itself_may_be_issued_the_day_after_not(suite_backend, keeper, world, receive, clock):
    """Boundary in the office time zone: 23:59 Shanghai on the expiry day is still that day,
    00:00 the next day is not (UTC is still the expiry day then)."""
    from suite_plugins.inventory.services import stock

    b = receive(keeper, world.chicken, "4", expiry=TODAY + dt.timedelta(days=1), code="EXP")
    clock.set(local(2026, 3, 3, 23, 59))
    stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1")
    clock.set(local(2026, 3, 4, 0, 0))   # 2026-03-03 16:00 UTC
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1"),
            "Only expired stock of 鸡胸肉 is left at 冷藏库")
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1",
                                        batch_id=b, reason="还能用"), "expired on 2026-03-03")
    refused(keeper, lambda: stock.transfer(keeper, item_id=world.chicken, from_location_id=world.cold,
                                           to_location_id=world.bar, quantity="1", batch_id=b), "only written off")
    refused(keeper, lambda: stock.transfer(keeper, item_id=world.chicken, from_location_id=world.cold,
                                           to_location_id=world.bar, quantity="1"), "Only expired stock")
    # written off it can be
    stock.write_off(keeper, batch_id=b, location_id=world.cold, quantity="3", reason="过期报废")
    assert bal(keeper, world.chicken) == 0


def test_a_batch_chosen_by_hand_needs_a_reason(suite_backend, keeper, world, receive):
    from suite_plugins.inventory.services import stock

    receive(keeper, world.chicken, "2", expiry=TODAY + dt.timedelta(days=1), code="A")
    later = receive(keeper, world.chicken, "2", expiry=TODAY + dt.timedelta(days=3), code="B")
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1",
                                        batch_id=later), "needs a reason")
    r = stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1", batch_id=later,
                    reason="整块用于宴席")
    assert r.batches[0][0] == later


def test_issues_from_the_bar_need_the_order_or_ticket(suite_backend, keeper, world, receive):
    from suite_plugins.inventory.services import stock

    receive(keeper, world.beer, "24", expiry=TODAY + dt.timedelta(days=200), location=world.store, temp=None)
    stock.transfer(keeper, item_id=world.beer, from_location_id=world.store, to_location_id=world.bar, quantity="12")
    refused(keeper, lambda: stock.issue(keeper, item_id=world.beer, location_id=world.bar, quantity="2"), "见单下货")
    stock.issue(keeper, item_id=world.beer, location_id=world.bar, quantity="2", ticket="T-0012")
    assert bal(keeper, world.beer, world.bar) == 10


def test_a_posted_move_cannot_be_edited_or_deleted_only_reversed(suite_backend, keeper, world, receive):
    from suite_plugins.inventory.models import Move
    from suite_plugins.inventory.services import stock

    receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3))
    r = stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="2")

    def edit():
        with keeper.unit_of_work() as s:
            s.get(Move, r.move_ids[0]).quantity = Decimal("-1")

    def delete():
        with keeper.unit_of_work() as s:
            s.delete(s.get(Move, r.move_ids[0]))

    refused(keeper, edit, "cannot be changed or deleted")
    refused(keeper, delete, "cannot be changed or deleted")
    refused(keeper, lambda: stock.reverse(keeper, r.move_ids[0], reason=""), "Say why")
    stock.reverse(keeper, r.move_ids[0], reason="领错了")
    assert bal(keeper, world.chicken) == 5
    refused(keeper, lambda: stock.reverse(keeper, r.move_ids[0], reason="再来一次"), "already reversed")
    assert stock.ledger_mismatches(keeper) == []


def test_blocked_batches_are_not_issued(suite_backend, keeper, manager, world, receive):
    from suite_plugins.inventory.services import stock, trace

    b = receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3))
    t = trace.batch_trace(manager, b)
    trace.recall(manager, b, reason="供应商召回", expected_version=t.version)
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1"),
            "Only 0 kg")
    refused(keeper, lambda: stock.issue(keeper, item_id=world.chicken, location_id=world.cold, quantity="1",
                                        batch_id=b, reason="x"), "blocked")


def test_permissions_are_checked_in_the_services(suite_backend, clerk, keeper, world, receive):
    from suite_plugins.inventory.services import catalog, stock

    receive(keeper, world.chicken, "5", expiry=TODAY + dt.timedelta(days=3))
    with pytest.raises(PermissionDenied):
        stock.issue(clerk, item_id=world.chicken, location_id=world.cold, quantity="1")
    with pytest.raises(PermissionDenied):
        catalog.save_item(keeper, catalog.ItemInput("X1", "x", "other", "个"))


def test_two_stale_item_edits_conflict(suite_backend, manager, world):
    from suite_plugins.inventory.services import catalog

    data, version = catalog.item_input(manager, world.rice)
    catalog.update_item(manager, world.rice, data.__class__(**{**data.__dict__, "reorder_point": "60"}),
                        expected_version=version)
    with pytest.raises(ConflictError):
        catalog.update_item(manager, world.rice, data, expected_version=version)


def test_the_reason_of_a_sale_move_is_shown_in_words_not_as_its_code():
    from suite_plugins.inventory.services import queries

    assert queries.reason_text("recipe") == "Recipe of a completed order"
    assert queries.reason_text("delivery") == "Delivered to the customer"
    assert queries.reason_text("过期报废") == "过期报废" and queries.reason_text(None) == ""
