"""Complaints desk benchmarks (issue 5).

    .venv/bin/python benchmarks/bench_complaints.py [--complaints 500000] [--open 5000] [--runs 7] [--rebuild]

Builds (once, cached under the system's temp folder) a SQLite database of N complaints over
five years (2022-01 to 2026-11), every one's derived columns computed by the real clock
engine from a realistic event history, with refunds, coupons and medical costs on about a
third of them; the latest ``--open`` cases are still open. Then measures, as medians:

1. statistics of one month  (goal <= 300 ms), against one indexed aggregate over that month;
2. statistics of one year   (goal <= 1 s),    against one indexed aggregate over that year;
3. the year's analysis report PDF (goal <= 3 s), against the same report of an empty month;
4. the dashboard's "open complaints with the next deadline" (goal <= 100 ms) and the first
   page of the complaint list, against a plain indexed query of the ten next deadlines.

Ratios compare each service with its baseline in the same run (the machine is shared).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics as stats
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

UTC = dt.timezone.utc
FIRST_MONTH = (2022, 1)
NOW = dt.datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in the office


def _median_ms(fn, runs: int) -> float:
    fn()  # warm the caches once
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return stats.median(samples)


def _report(label: str, ms: float, base_label: str, base_ms: float, goal_ms: float) -> None:
    verdict = "OK" if ms <= goal_ms else "OVER GOAL"
    print(f"  {label:<52} median {ms:8.2f} ms   (goal <= {goal_ms:.0f} ms: {verdict})")
    print(f"  {base_label:<52} median {base_ms:8.2f} ms")
    print(f"  ratio {ms / base_ms:.1f}x")


# ---------------------------------------------------------------------------- the database


def _months() -> list[tuple[int, int]]:
    out, (y, m) = [], FIRST_MONTH
    while (y, m) <= (2026, 11):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def build(path: Path, n: int, n_open: int, seed: int = 5) -> None:
    from sqlalchemy import insert

    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context
    from suite_plugins.complaints import codes
    from suite_plugins.complaints.models import Action, Complaint
    from suite_plugins.complaints.services import policies
    from suite_plugins.complaints.services.clock import Fact, derive

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(f"sqlite:///{path}")
    host = build_host(only=["orders", "complaints"])
    ctx = Context(db=db, host=host)
    prepare_database(ctx, backup=False)
    cal = policies.work_calendar(ctx)
    terms = {k: v.as_dict() for k, v in policies.DEFAULT_POLICIES.items()}
    rng = random.Random(seed)

    with sqlite3.connect(path) as raw:  # customers and staff: plain rows are enough here
        now = NOW.replace(tzinfo=None).isoformat(" ")
        raw.executemany("INSERT INTO core_customers (id, name, kind, notes, archived, created_at, updated_at, version) "
                        "VALUES (?, ?, 'person', '', 0, ?, ?, 1)", [(i, f"客户{i:05d}", now, now) for i in range(1, 5001)])
        raw.executemany("INSERT INTO core_staff (id, name, phone, position, notes, archived, created_at, updated_at, version) "
                        "VALUES (?, ?, '', '', '', 0, ?, ?, 1)", [(i, f"员工{i:02d}", now, now) for i in range(1, 31)])

    cats = list(codes.CATEGORIES)
    weights = [14, 8, 3, 24, 12, 8, 3, 8, 5, 10, 5]
    deps, causes = list(codes.DEPARTMENTS), list(codes.ROOT_CAUSES)
    months = _months()
    per_month = n // len(months)
    received_all = []
    for i, (y, m) in enumerate(months):
        count = per_month + (n - per_month * len(months) if i == len(months) - 1 else 0)
        start = dt.datetime(y, m, 1, tzinfo=UTC) - dt.timedelta(hours=8)
        end = (dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=UTC) - dt.timedelta(hours=8))
        end = min(end, NOW - dt.timedelta(hours=1))
        span = int((end - start).total_seconds())
        received_all += [start + dt.timedelta(seconds=rng.randrange(span)) for _ in range(count)]
    received_all.sort()
    open_from = len(received_all) - n_open
    rows, actions, cid = [], [], 0
    table, atable = Complaint.__table__, Action.__table__
    with db.engine.begin() as conn:
        for idx, rec in enumerate(received_all):
            cid += 1
            cat = rng.choices(cats, weights)[0]
            sev = codes.SUGGESTED_SEVERITY[cat]
            facts = [Fact.of("received", rec, data={"policy": terms[sev]})]
            is_open = idx >= open_from
            t = rec + dt.timedelta(minutes=rng.choice([5, 10, 20, 35, 50, 75, 140]))
            dep = cause = ""
            subst = None
            if not is_open or rng.random() < 0.6:
                facts.append(Fact.of("first_contact", min(t, NOW)))
                if rng.random() < 0.6:
                    facts.append(Fact.of("department_notified", min(t + dt.timedelta(minutes=10), NOW)))
                    dep, cause = rng.choice(deps), rng.choice(causes)
                    subst = rng.random() < 0.7
                    if not is_open:
                        facts.append(Fact.of("investigation_done", t + dt.timedelta(minutes=rng.randint(60, 600))))
                if not is_open:
                    sol = t + dt.timedelta(minutes=rng.randint(30, 300))
                    res = sol + dt.timedelta(minutes=rng.randint(30, 1500))
                    facts += [Fact.of("solution_proposed", sol), Fact.of("resolved", res)]
                    reached = rng.random() < 0.9
                    visit = res + dt.timedelta(days=rng.choice([1, 2, 3]))
                    facts.append(Fact.of("followup", visit, data={"reached": reached,
                                                                  "satisfaction": rng.choice([5, 5, 4, 4, 3, 2, 1]) if reached else None}))
                    if not reached:
                        facts += [Fact.of("followup", visit + dt.timedelta(hours=h), data={"reached": False}) for h in (4, 24)]
                    facts.append(Fact.of("closed", visit + dt.timedelta(days=1)))
            clock = derive(rec, facts, cal)
            local = rec + dt.timedelta(hours=8)
            row = {"id": cid, "number": f"TS{local:%Y%m%d}-{cid:07d}", "channel": rng.choice(list(codes.CHANNELS)),
                   "customer_id": rng.randint(1, 5000), "description": "bench", "category": cat, "severity": sev,
                   "suggested_severity": sev, "received_at": rec, "received_month": local.year * 100 + local.month,
                   "handler_staff_id": rng.randint(1, 30), "responsible_department": dep, "root_cause": cause,
                   "responsible_staff_id": rng.randint(1, 30) if dep else None, "substantiated": subst,
                   "resolution": "", "order_number": "", "supplier_name": "", "created_at": rec, "updated_at": rec,
                   "version": len(facts), "compensation_total": Decimal("0.00"), "approval_pending": False,
                   "driver_staff_id": None, "cook_staff_id": None, "clerk_staff_id": None, "order_id": None,
                   "order_amount": None, "supplier_id": None, "created_by": None, "updated_by": None}
            row.update(clock.columns())
            if rng.random() < 0.33:
                kind = rng.choice(["refund", "refund", "coupon", "medical"])
                amount = Decimal(rng.choice(["10", "20", "36", "58", "180"]))
                approval = "approved" if amount > 100 else "none"
                row["compensation_total"] = amount
                actions.append({"complaint_id": cid, "kind": kind, "at": rec, "amount": amount, "note": "",
                                "lab_name": "", "lab_result": "", "approval": approval, "approval_note": "",
                                "created_at": rec, "updated_at": rec, "version": 1})
            rows.append(row)
            if len(rows) >= 5000:
                conn.execute(insert(table), rows)
                if actions:
                    conn.execute(insert(atable), actions)
                rows, actions = [], []
                print(f"\r  {cid:,} complaints", end="", flush=True)
        if rows:
            conn.execute(insert(table), rows)
        if actions:
            conn.execute(insert(atable), actions)
    with sqlite3.connect(path) as raw:
        raw.execute("ANALYZE")
    db.dispose()
    print(f"\r  built {n:,} complaints ({n_open:,} open) in {time.perf_counter() - started:.0f} s")


# ---------------------------------------------------------------------------- measuring


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=500_000)
    parser.add_argument("--open", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("SUITE_HOME", tempfile.mkdtemp(prefix="suite-bench-"))

    path = Path(tempfile.gettempdir()) / f"suite-bench-complaints-{args.complaints}-{args.open}.db"
    if args.rebuild or not path.exists():
        print(f"Building {path} ...")
        build(path, args.complaints, args.open)

    from suite.bootstrap import load_catalogs
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context
    from suite.plugin_api.lists import ListPager
    from suite.plugin_api.reports import render_report
    from suite.plugin_api.testing import FakeClock
    from suite_plugins.complaints.services import queries, statistics

    host = build_host(only=["orders", "complaints"])
    load_catalogs(host, "zh_CN")
    db = open_database(f"sqlite:///{path}")
    ctx = Context(db=db, host=host).with_clock(FakeClock(NOW))
    raw = sqlite3.connect(path)
    n = raw.execute("SELECT count(*) FROM cmp_complaints").fetchone()[0]
    n_open = raw.execute("SELECT count(*) FROM cmp_complaints WHERE is_open").fetchone()[0]
    print(f"Database: {n:,} complaints, {n_open:,} open ({path.stat().st_size / 1e6:.0f} MB), runs={args.runs}")

    print("1. Statistics of one month (2026-10):")
    month = _median_ms(lambda: statistics.statistics(ctx, 202610), args.runs)
    base = _median_ms(lambda: raw.execute("SELECT count(*), sum(fc_minutes) FROM cmp_complaints "
                                          "WHERE received_month = 202610").fetchall(), args.runs)
    _report("statistics(ctx, 202610)", month, "baseline: one indexed aggregate of the month", base, 300)

    print("2. Statistics of one year (2025):")
    year = _median_ms(lambda: statistics.statistics(ctx, 202501, 202512), args.runs)
    base = _median_ms(lambda: raw.execute("SELECT count(*), sum(fc_minutes) FROM cmp_complaints "
                                          "WHERE received_month BETWEEN 202501 AND 202512").fetchall(), args.runs)
    _report("statistics(ctx, 202501, 202512)", year, "baseline: one indexed aggregate of the year", base, 1000)

    print("3. The year's after-sales analysis report (PDF, zh_CN):")
    out = Path(tempfile.gettempdir()) / "suite-bench-complaints-year.pdf"
    pdf = _median_ms(lambda: render_report(ctx, "complaints.yearly", {"year": "2025"}, out), max(3, args.runs // 2))
    empty = _median_ms(lambda: render_report(ctx, "complaints.monthly", {"month": "2021-01"}, out.with_name("e.pdf")),
                       max(3, args.runs // 2))
    _report("render complaints.yearly 2025", pdf, "baseline: the monthly report of an empty month", empty, 3000)

    print("4. Dashboard: open complaints with the next deadline:")
    dash = _median_ms(lambda: queries.open_deadlines(ctx, limit=10), args.runs)
    now, soon = NOW.replace(tzinfo=None).isoformat(" "), (NOW + queries.DUE_SOON).replace(tzinfo=None).isoformat(" ")

    def plain():
        raw.execute("SELECT count(*), sum(next_due_at < ?), sum(next_due_at >= ? AND next_due_at < ?), "
                    "sum(paused_since IS NOT NULL), sum(next_stage = 'followup'), sum(approval_pending) "
                    "FROM cmp_complaints WHERE is_open = 1", (now, now, soon)).fetchall()
        return raw.execute("SELECT c.id, c.number, u.name, c.next_stage, c.next_due_at FROM cmp_complaints c "
                           "JOIN core_customers u ON u.id = c.customer_id WHERE c.is_open = 1 AND c.next_due_at "
                           "IS NOT NULL ORDER BY c.next_due_at, c.id LIMIT 10").fetchall()

    base = _median_ms(plain, args.runs)
    _report("open_deadlines(ctx, limit=10) (counts + next ten)", dash,
            "baseline: the same two queries in plain sqlite3", base, 100)

    def first_page():
        pager = ListPager(ctx, queries.complaint_list(ctx))
        return pager.fetch_next()

    page = _median_ms(first_page, args.runs)
    _report("complaint list, first page of open cases (200 rows)", page,
            "baseline: the same two queries in plain sqlite3", base, 100)
    raw.close()
    db.dispose()


if __name__ == "__main__":
    main()
