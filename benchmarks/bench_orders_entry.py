"""Order desk (issue 4): order entry on a big database.

    .venv/bin/python benchmarks/bench_orders_entry.py [--orders 1000000] [--customers 100000] [--runs 300]
                                                      [--keep DIR] [--postgres URL]

1. Builds (once; ``--keep`` reuses it) a SQLite database with 1,000,000 orders (one line each,
   and a bucket-ledger entry each) and 100,000 customers, written with bulk inserts.
2. Through the services, as a logged-in clerk: ``create_order`` + ``confirm_order`` (review,
   promised time, status history, audit rows, numbering) ``--runs`` times; and the desk's
   phone lookup (``orders.lookup_phone`` on a 7-digit prefix, then ``customer_panel``).
3. The same on a small database (1,000 orders, 1,000 customers) in the same run: the ratios
   big / small show what a million orders costs.

Prints p50 and p99 per operation and the ratios. Goal: phone lookup <= 20 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import scratch_home  # noqa: E402

AREAS = [
    ("东城片区", ["东风路", "朝阳街", "东湖小区", "锦绣花园"], 25),
    ("西城片区", ["西环路", "人民西路", "西苑小区", "翠湖苑"], 30),
    ("南城片区", ["南京路", "滨江大道", "南湖新村", "阳光家园"], 35),
    ("北城片区", ["北二环", "解放北路", "北辰小区", "和平里"], 30),
    ("开发区", ["高新大道", "科技园", "创业路", "软件园"], 45),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚"


def phone_of(i: int) -> str:
    return f"139{(i * 7919) % 100_000_000:08d}"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def build(url: str, n_orders: int, n_customers: int, rng: random.Random) -> None:
    """A migrated database filled with bulk inserts (the services would take hours)."""
    from sqlalchemy import insert

    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api import core
    from suite.plugin_api.context import Context
    from suite_plugins.orders.models import DepositEntry, Order, OrderItem
    from suite_plugins.orders.services import catalog, dispatch

    db = open_database(url)
    host = build_host(only=["orders"])
    ctx = Context(db=db, host=host)
    prepare_database(ctx, backup=False)
    area_ids = {}
    for name, words, minutes in AREAS:
        area_ids[name] = core.save_area(ctx, name, words, travel_minutes=minutes)
    delivery = core.department_id(ctx, "delivery")
    drivers = [core.save_staff(ctx, name=f"配送员{i}", department_id=delivery) for i in range(20)]
    for i, d in enumerate(drivers):
        dispatch.save_vehicle(ctx, plate=f"浙A·B{i:04d}", capacity_buckets=60, default_driver_staff_id=d)
    water = catalog.save_product(ctx, catalog.ProductInput("农夫山泉 18.9L", "20", kind="water", unit="桶",
                                                           deposit="30", returnable=True, bucket_litres="18.9"))
    clerk = core.save_staff(ctx, name="客服小王", department_id=core.department_id(ctx, "customer_service"))
    core.create_user(ctx, "clerk", "bench-password-1", roles=("clerk",), staff_id=clerk)
    now = dt.datetime.now(dt.timezone.utc)
    stamp = {"created_at": now, "updated_at": now, "created_by": None, "updated_by": None, "version": 1}
    ct, pt, at = core.Customer.__table__, core.CustomerPhone.__table__, core.CustomerAddress.__table__
    started = time.perf_counter()
    names = []
    with db.engine.begin() as conn:
        for start in range(0, n_customers, 10_000):
            rows, phones, addresses = [], [], []
            for i in range(start, min(n_customers, start + 10_000)):
                area, words, _m = AREAS[i % len(AREAS)]
                name = rng.choice(SURNAMES) + rng.choice(GIVEN) + str(i % 97)
                names.append(name)
                rows.append({"id": i + 1, "name": name, "kind": "person", "area_id": area_ids[area], "notes": "",
                             "archived": False, **stamp})
                phones.append({"customer_id": i + 1, "phone": phone_of(i), "label": "", "is_primary": True, **stamp})
                addresses.append({"customer_id": i + 1, "address": f"{words[i % 4]}{i % 300 + 1}号", "label": "",
                                  "area_id": area_ids[area], "is_default": True, **stamp})
            conn.execute(insert(ct), rows)
            conn.execute(insert(pt), phones)
            conn.execute(insert(at), addresses)
    print(f"  {n_customers:,} customers in {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    today = ctx.today()
    per_day = 2500
    days = max(1, n_orders // per_day)
    first = today - dt.timedelta(days=days + 1)
    ot, it, lt = Order.__table__, OrderItem.__table__, DepositEntry.__table__
    counters = {}
    with db.engine.begin() as conn:
        batch_o, batch_i, batch_l = [], [], []
        for n in range(n_orders):
            day = first + dt.timedelta(days=n // per_day)
            seq = n % per_day + 1
            counters[day] = seq
            cid = (n * 31) % n_customers + 1
            area, words, _m = AREAS[(cid - 1) % len(AREAS)]
            created = dt.datetime.combine(day, dt.time(1, 0), tzinfo=dt.timezone.utc) + dt.timedelta(seconds=seq * 13)
            qty = 1 + n % 3
            total = Decimal(20 * qty)
            status = "cancelled" if n % 40 == 0 else "completed"
            delivered = created + dt.timedelta(minutes=50) if status == "completed" else None
            batch_o.append({
                "id": n + 1, "number": f"{day:%Y%m%d}-{seq:04d}", "day": day, "seq": seq, "channel": "phone",
                "status": status, "customer_id": cid, "customer_name": names[cid - 1],
                "address": f"{words[(cid - 1) % 4]}{(cid - 1) % 300 + 1}号", "area_id": area_ids[area],
                "contact_phone": phone_of(cid - 1), "requested_at": None, "promised_at": created + dt.timedelta(hours=1),
                "table_no": "", "guests": None, "notes": "", "total_amount": total, "adjustments": Decimal(0),
                "deposit_due": Decimal(0), "buckets": qty, "empties_expected": qty, "clerk_staff_id": clerk,
                "driver_staff_id": drivers[n % 20], "vehicle_id": None, "stop_seq": None, "plan_day": day,
                "assign_reason": "", "confirmed_at": created, "dispatched_at": created, "delivered_at": delivered,
                "completed_at": delivered, "cancelled_at": created if status == "cancelled" else None,
                "cancel_reason": "客户取消" if status == "cancelled" else "", "amount_collected": total if delivered else Decimal(0),
                "payment_method": "wechat" if delivered else "", "late_minutes": -10 if delivered else None,
                **{**stamp, "created_at": created}})
            batch_i.append({"id": n + 1, "order_id": n + 1, "product_id": water, "name": "农夫山泉 18.9L", "unit": "桶",
                            "quantity": qty, "unit_price": Decimal(20), "amount": total, "returnable": True,
                            "deposit": Decimal(30), "notes": "", **stamp})
            if delivered and n % 10 == 0:
                batch_l.append({"customer_id": cid, "at": delivered, "kind": "out", "buckets": 1, "amount": Decimal(0),
                                "order_id": n + 1, "delivery_id": None, "note": "", **stamp})
            if len(batch_o) >= 20_000:
                conn.execute(insert(ot), batch_o)
                conn.execute(insert(it), batch_i)
                if batch_l:
                    conn.execute(insert(lt), batch_l)
                batch_o, batch_i, batch_l = [], [], []
                print(f"  {n + 1:,} orders ...", end="\r", flush=True)
        if batch_o:
            conn.execute(insert(ot), batch_o)
            conn.execute(insert(it), batch_i)
            if batch_l:
                conn.execute(insert(lt), batch_l)
        from suite_plugins.orders.models import NumberCounter

        conn.execute(insert(NumberCounter.__table__), [{"day": d, "last": s} for d, s in counters.items()])
    print(f"  {n_orders:,} orders in {time.perf_counter() - started:.1f} s          ", flush=True)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    db.dispose()


def measure(url: str, runs: int, n_customers: int, rng: random.Random) -> dict[str, list[float]]:
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api import core
    from suite.plugin_api.context import Context
    from suite_plugins.orders.services import catalog, orders
    from suite_plugins.orders.services.orders import ItemInput, OrderInput

    db = open_database(url)
    base = Context(db=db, host=build_host(only=["orders"]))
    ctx = core.login(base, "clerk", "bench-password-1")
    water = catalog.list_products(ctx)[0].id
    times: dict[str, list[float]] = {"create + confirm": [], "phone lookup": [], "lookup + customer panel": []}
    for n in range(runs + 10):
        i = rng.randrange(n_customers)
        prefix = phone_of(i)[:7]
        t0 = time.perf_counter()
        found = orders.lookup_phone(ctx, prefix)
        t1 = time.perf_counter()
        orders.customer_panel(ctx, found[0].id)
        t2 = time.perf_counter()
        oid = orders.create_order(ctx, OrderInput(channel="phone", customer_id=i + 1, items=[ItemInput(water, 2)]))
        orders.confirm_order(ctx, oid)
        t3 = time.perf_counter()
        if n >= 10:  # warm-up runs are not counted
            times["phone lookup"].append(t1 - t0)
            times["lookup + customer panel"].append(t2 - t0)
            times["create + confirm"].append(t3 - t2)
    db.dispose()
    return times


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=1_000_000)
    p.add_argument("--customers", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=300)
    p.add_argument("--keep", help="folder to keep (and reuse) the big database in")
    args = p.parse_args()
    home = scratch_home()
    folder = Path(args.keep) if args.keep else home
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / f"orders-{args.orders}-{args.customers}.db"
    small = home / "orders-small.db"
    rng = random.Random(4)
    if not big.exists():
        print(f"Building {big} ...", flush=True)
        tmp = big.with_suffix(".building")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        build(f"sqlite:///{tmp}", args.orders, args.customers, rng)
        os.replace(tmp, big)
    else:
        print(f"Reusing {big}")
    work = home / "big-copy.db"
    import shutil

    shutil.copyfile(big, work)  # measure on a copy: the kept file stays as built
    print("Building the small database ...", flush=True)
    build(f"sqlite:///{small}", 1000, 1000, random.Random(5))

    print(f"\nThrough the services, {args.runs} runs each (SQLite, synchronous=FULL), milliseconds:")
    results = {}
    for label, url, customers in (("small (1,000 orders)", f"sqlite:///{small}", 1000),
                                  (f"big ({args.orders:,} orders, {args.customers:,} customers)", f"sqlite:///{work}",
                                   args.customers)):
        results[label] = measure(url, args.runs, customers, random.Random(9))
    names = list(next(iter(results.values())))
    labels = list(results)
    print(f"  {'operation':<26}" + "".join(f"{lab[:34]:>38}" for lab in labels) + "   ratio p50")
    for name in names:
        cells = []
        for lab in labels:
            v = results[lab][name]
            cells.append(f"p50 {statistics.median(v) * 1000:6.2f}  p99 {pct(v, 99) * 1000:7.2f}")
        ratio = statistics.median(results[labels[1]][name]) / statistics.median(results[labels[0]][name])
        print(f"  {name:<26}" + "".join(f"{c:>38}" for c in cells) + f"   {ratio:5.2f}x")
    lookup = results[labels[1]]["phone lookup"]
    print(f"\nPhone lookup on the big database: p50 {statistics.median(lookup) * 1000:.2f} ms, "
          f"p99 {pct(lookup, 99) * 1000:.2f} ms (goal <= 20 ms): {'OK' if pct(lookup, 99) <= 0.020 else 'MISSED'}")


if __name__ == "__main__":
    main()
