"""Order desk (issue 4): planning a day of 2,000 orders over 20 drivers.

    .venv/bin/python benchmarks/bench_orders_plan.py [--orders 2000] [--drivers 20] [--runs 5] [--postgres URL]

The day's confirmed orders (written with bulk inserts) are planned by
``dispatch.plan_day`` (group by area, balance buckets and stops within each vehicle's
capacity, a reason per assignment, the assignment log and audit rows), each run on a fresh
copy of the day. Baseline in the same run: reading the same orders with one plain SELECT and
writing the same driver/stop columns back with one plain executemany UPDATE (what any planner
must at least do). Goal: <= 1 s per plan. Prints medians and the ratio.

Then the promised time (issue 12 §4) on that planned day: ``orders.review_order`` of a new
order, which asks the day's queue (the driver the area goes to, the stops before it on his
route, the area's orders not planned yet) and reviews the order, ``--promises`` times per
area, against a baseline in the same run (one order read and one GROUP BY of the day's
stops per driver). Goal: <= 20 ms p99. Wall time and this process's CPU time are both printed: on a
shared, loaded machine the wall time is mostly waiting for a core (``os.getloadavg`` shown).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import scratch_home  # noqa: E402

AREAS = [("东城片区", "东风路,朝阳街", 25), ("西城片区", "西环路,人民西路", 30), ("南城片区", "南京路,滨江大道", 35),
         ("北城片区", "北二环,解放北路", 30), ("开发区", "高新大道,科技园", 45), ("滨江片区", "江滨路,码头", 40)]


def setup(url: str, n_orders: int, n_drivers: int):
    from sqlalchemy import insert

    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api import core
    from suite.plugin_api.context import Context
    from suite_plugins.orders.models import Order
    from suite_plugins.orders.services import catalog, dispatch

    db = open_database(url)
    ctx = Context(db=db, host=build_host(only=["orders"]))
    prepare_database(ctx, backup=False)
    areas = [core.save_area(ctx, n, w, travel_minutes=m) for n, w, m in AREAS]
    delivery = core.department_id(ctx, "delivery")
    drivers = [core.save_staff(ctx, name=f"配送员{i:02d}", department_id=delivery) for i in range(n_drivers)]
    for i, d in enumerate(drivers):
        dispatch.save_vehicle(ctx, plate=f"浙A·P{i:04d}", capacity_buckets=400, default_driver_staff_id=d)
    catalog.save_product(ctx, catalog.ProductInput("桶装水", "18", kind="water", unit="桶", returnable=True, deposit="30"))
    customer = core.create_customer(ctx, core.CustomerInput("基准客户", phones=["13900000000"], addresses=["东风路1号"]))
    day = ctx.today()
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for n in range(n_orders):
        promised = ctx.local_to_utc(dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=(n * 7) % 600))
        rows.append({"number": f"{day:%Y%m%d}-B{n + 1:05d}", "day": day, "seq": 10_000 + n + 1, "channel": "phone", "status": "confirmed",
                     "customer_id": customer, "customer_name": "基准客户", "address": "东风路1号", "area_id": areas[n % len(areas)],
                     "contact_phone": "13900000000", "promised_at": promised, "confirmed_at": now, "buckets": 1 + n % 4,
                     "empties_expected": 0, "total_amount": Decimal(18), "adjustments": Decimal(0), "deposit_due": Decimal(0),
                     "table_no": "", "notes": "", "assign_reason": "", "cancel_reason": "", "amount_collected": Decimal(0),
                     "payment_method": "", "created_at": now, "updated_at": now, "version": 1})
    with db.engine.begin() as conn:
        conn.execute(insert(Order.__table__), rows)
    return db, ctx, day


def reset(db) -> None:
    from sqlalchemy import delete, update

    from suite_plugins.orders.models import Assignment, Order, Plan

    with db.engine.begin() as conn:
        conn.execute(update(Order.__table__).values(driver_staff_id=None, vehicle_id=None, stop_seq=None, plan_day=None,
                                                    assign_reason=""))
        conn.execute(delete(Assignment.__table__))
        conn.execute(delete(Plan.__table__))


def baseline(db, day: dt.date) -> float:
    """One SELECT of the due orders, one executemany UPDATE of driver and stop: the floor."""
    from sqlalchemy import bindparam, select, update

    from suite_plugins.orders.models import Order

    o = Order.__table__
    started = time.perf_counter()
    with db.engine.begin() as conn:
        rows = conn.execute(select(o.c.id, o.c.area_id, o.c.buckets, o.c.promised_at).where(o.c.status == "confirmed")).all()
        params = [{"b_id": r.id, "b_driver": None, "b_seq": n % 100 + 1} for n, r in enumerate(rows)]
        conn.execute(update(o).where(o.c.id == bindparam("b_id")).values(driver_staff_id=bindparam("b_driver"),
                                                                           stop_seq=bindparam("b_seq")), params)
    return time.perf_counter() - started


def time_promises(ctx, per_area: int) -> tuple[list[float], list[float]]:
    """A new order in every area (created through the service), reviewed ``per_area`` times
    each: the promise from the day's plan."""
    from suite.plugin_api import core
    from suite_plugins.orders.services import catalog, orders

    product = catalog.list_products(ctx)[0].id
    times, cpu = [], []
    for name, words, _m in AREAS:
        customer = core.create_customer(ctx, core.CustomerInput(f"承诺{name}", phones=[f"1380000{len(times):04d}"],
                                                                addresses=[f"{words.split(',')[0]}9号"]))
        oid = orders.create_order(ctx, orders.OrderInput(channel="phone", customer_id=customer,
                                                         items=[orders.ItemInput(product, 2)]))
        orders.review_order(ctx, oid)  # warm
        for _ in range(per_area):
            started, cpu_started = time.perf_counter(), time.process_time()
            review = orders.review_order(ctx, oid)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        assert review.promise is not None and "route" in review.promise.explanation, review.promise
    return times, cpu


def time_promise_floor(ctx, calls: int) -> list[float]:
    """Baseline of the promise, in the same run: a read transaction that loads one order with
    its lines and counts the day's open stops per driver with one plain query (what any
    promise from the day's queue must at least read)."""
    from sqlalchemy import func, select

    from suite_plugins.orders.models import Order

    o = Order.__table__
    with ctx.read() as s:
        oid = s.scalar(select(o.c.id).order_by(o.c.id.desc()).limit(1))
    day = ctx.today()
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        with ctx.read() as s:
            order = s.get(Order, oid)
            _ = list(order.items)
            s.execute(select(o.c.driver_staff_id, func.count()).where(
                o.c.plan_day == day, o.c.status.in_(("confirmed", "dispatched"))).group_by(o.c.driver_staff_id)).all()
        times.append(time.perf_counter() - started)
    return times


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=2000)
    p.add_argument("--drivers", type=int, default=20)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--promises", type=int, default=50, help="promises timed per area")
    p.add_argument("--postgres", help="also on this PostgreSQL server (a scratch database is created)")
    args = p.parse_args()
    home = scratch_home()
    targets = [("SQLite", f"sqlite:///{home / 'plan.db'}")]
    if args.postgres:
        import uuid

        from sqlalchemy import create_engine, text

        name = f"bench_plan_{uuid.uuid4().hex[:6]}"
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        targets.append(("PostgreSQL", args.postgres.rsplit("/", 1)[0] + "/" + name))
    from suite_plugins.orders.services import dispatch

    for label, url in targets:
        db, ctx, day = setup(url, args.orders, args.drivers)
        plans, floors = [], []
        for _ in range(args.runs):
            reset(db)
            floors.append(baseline(db, day))
            reset(db)
            started = time.perf_counter()
            result = dispatch.plan_day(ctx, day)
            plans.append(time.perf_counter() - started)
        promise_times, promise_cpu = time_promises(ctx, args.promises)
        floor_times = time_promise_floor(ctx, len(promise_times))
        loads = sorted(ld.buckets for ld in result.loads)
        stops = sorted(ld.stops for ld in result.loads)
        print(f"{label}: plan_day of {args.orders} orders over {args.drivers} drivers ({args.runs} runs)")
        print(f"  plan_day (services)                median {statistics.median(plans) * 1000:7.1f} ms   "
              f"max {max(plans) * 1000:7.1f} ms   goal <= 1000 ms: {'OK' if max(plans) <= 1.0 else 'MISSED'}")
        print(f"  plain SELECT + executemany UPDATE  median {statistics.median(floors) * 1000:7.1f} ms")
        print(f"  ratio {statistics.median(plans) / statistics.median(floors):.2f}x")
        print(f"  assigned {result.assigned_count}, unassigned {len(result.unassigned)}; buckets per driver "
              f"{loads[0]}..{loads[-1]}, stops per driver {stops[0]}..{stops[-1]}")
        import os

        wall, cpu = p99(promise_times), p99(promise_cpu)
        print(f"  promise (review_order) on the planned day, {len(promise_times)} calls: wall median "
              f"{statistics.median(promise_times) * 1000:6.2f} ms p99 {wall * 1000:6.2f} ms; CPU median "
              f"{statistics.median(promise_cpu) * 1000:6.2f} ms p99 {cpu * 1000:6.2f} ms   goal <= 20 ms p99: "
              f"{'OK' if wall <= 0.020 else 'MISSED'} (load average {os.getloadavg()[0]:.1f})")
        print(f"  promise baseline (one order read + one GROUP BY of the day's stops): wall median "
              f"{statistics.median(floor_times) * 1000:6.2f} ms p99 {p99(floor_times) * 1000:6.2f} ms; ratio p50 "
              f"{statistics.median(promise_times) / statistics.median(floor_times):.2f}x p99 "
              f"{wall / p99(floor_times):.2f}x")
        db.dispose()
        if label == "PostgreSQL":
            from sqlalchemy import create_engine, text

            admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
