"""Order numbers YYYYMMDD-NNNN: per day, unique and without gaps, also when several PCs save
at the same moment (threads with their own connections stand in for the PCs; on PostgreSQL
they are real concurrent sessions)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from suite.plugin_api import ValidationError
from suite_plugins.orders import api
from suite_plugins.orders.models import Order
from suite_plugins.orders.services import numbering, orders
from tests.plugins.orders.conftest import water_order


def _numbers(ctx) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(Order.number).order_by(Order.number)))


def test_format_and_normalise():
    import datetime as dt

    assert numbering.format_number(dt.date(2026, 3, 2), 7) == "20260302-0007"
    assert numbering.format_number(dt.date(2026, 3, 2), 12345) == "20260302-12345"
    assert numbering.normalise_number("20260302 0007") == "20260302-0007"
    assert numbering.normalise_number("202603027") is None  # too short to be a number with a tail
    assert numbering.normalise_number("abc") is None


def test_many_pcs_saving_at_once_get_every_number_once(office):
    """Four 'PCs' (threads, each its own connection) save 15 orders each as fast as they can."""
    ctx = office.ctx
    pcs, each = 4, 15
    barrier = threading.Barrier(pcs)
    errors: list[BaseException] = []

    def pc(n: int) -> None:
        mine = ctx.__class__(db=ctx.db, host=ctx.host, clock=office.clock)
        try:
            barrier.wait()
            for _ in range(each):
                orders.create_order(mine, water_order(office, ("wang", "li", "zhao")[n % 3]))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=pc, args=(n,)) for n in range(pcs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert _numbers(ctx) == [f"20260302-{n:04d}" for n in range(1, pcs * each + 1)]


def test_a_save_that_fails_gives_its_number_back(office):
    ctx = office.ctx
    with pytest.raises(RuntimeError):
        with ctx.unit_of_work():
            orders.create_order(ctx, water_order(office))
            raise RuntimeError("the PC crashed before commit")
    assert _numbers(ctx) == []
    oid = orders.create_order(ctx, water_order(office))
    assert api.get_order(ctx, oid).number == "20260302-0001"
    # a refused order does not use one up either
    with pytest.raises(ValidationError):
        orders.create_order(ctx, water_order(office, qty=0))
    assert api.get_order(ctx, orders.create_order(ctx, water_order(office))).number == "20260302-0002"


def test_the_second_pc_waits_for_the_first_and_takes_the_next_number(office):
    """PC A has taken a number and not yet committed; PC B's save waits for it (row lock on
    PostgreSQL, the write lock on SQLite) and gets the next number, not the same one."""
    ctx = office.ctx
    a = ctx.__class__(db=ctx.db, host=ctx.host, clock=office.clock)
    b = ctx.__class__(db=ctx.db, host=ctx.host, clock=office.clock)
    a_has_number = threading.Event()
    a_may_commit = threading.Event()
    result: dict = {}

    def pc_a():
        with a.unit_of_work():
            result["a"] = orders.create_order(a, water_order(office))
            a_has_number.set()
            a_may_commit.wait(30)
            result["a_committed_at"] = time.monotonic()

    def pc_b():
        a_has_number.wait(30)
        result["b"] = orders.create_order(b, water_order(office, "li"))
        result["b_done_at"] = time.monotonic()

    ta, tb = threading.Thread(target=pc_a), threading.Thread(target=pc_b)
    ta.start()
    tb.start()
    a_has_number.wait(30)
    time.sleep(0.5)
    assert "b" not in result, "PC B saved while PC A still held the day's counter"
    a_may_commit.set()
    ta.join(30)
    tb.join(30)
    assert result["b_done_at"] >= result["a_committed_at"]
    assert api.get_order(ctx, result["a"]).number == "20260302-0001"
    assert api.get_order(ctx, result["b"]).number == "20260302-0002"
