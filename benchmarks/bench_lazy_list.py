"""Lazy list benchmark (issue 3, shared widgets): a customer list of 1,000,000 rows in a
SQLite file against the same list of 1,000 rows, measured in the same run.

    .venv/bin/python benchmarks/bench_lazy_list.py [--rows 1000000] [--baseline 1000] [--runs 5]

Each measurement runs in a fresh child process (so memory and caches do not carry over),
alternating the big and the small list. Measured, with goals:

* first paint: LazyTable (model, view, first page) built, shown and rendered (``grab()``)
  <= 200 ms;
* sort by an indexed column (name, descending; then the primary key) and render again
  <= 500 ms;
* memory growth (RSS after first paint and sorts minus RSS before the list was built)
  within 50 MB of the 1,000-row list's.

For information (no goal): a sort by a column without an index (it reads every row) and the
next page fetched when scrolling to the end.

Prints medians and the ratios against the 1,000-row baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import PYTHON, scratch_home  # noqa: E402

GOAL_PAINT_MS = 200
GOAL_SORT_MS = 500
GOAL_RSS_MB = 50


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):  # pragma: no cover - not Linux
        import psutil

        return psutil.Process().memory_info().rss / 2**20


# ---------------------------------------------------------------------------- data


def build_database(path: Path, rows: int) -> None:
    """A migrated suite database with *rows* customers, each with a phone (bulk Core inserts)."""
    from suite.bootstrap import prepare_database
    from suite.core.models import Customer, CustomerPhone
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context

    db = open_database(f"sqlite:///{path}", check_share=False)
    prepare_database(Context(db=db, host=build_host()), backup=False)
    c, p = Customer.__table__, CustomerPhone.__table__
    step = 50_000
    with db.engine.begin() as conn:
        for start in range(0, rows, step):
            chunk = range(start + 1, min(rows, start + step) + 1)
            # names in an order unrelated to ids, so sorting by name really reorders
            conn.execute(c.insert(), [{"id": i, "name": f"客户{(i * 7919) % 1_000_003:07d}",
                                       "kind": "company" if i % 4 == 0 else "person", "notes": ""} for i in chunk])
            conn.execute(p.insert(), [{"customer_id": i, "phone": f"139{i:08d}", "is_primary": True, "label": ""}
                                      for i in chunk])
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.dispose()


# ---------------------------------------------------------------------------- one measurement


def child(db_path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from suite.core.lists import customer_list
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context
    from suite.plugin_api.ui import LazyTable, wait_for_workers

    app = QApplication.instance() or QApplication([])
    db = open_database(f"sqlite:///{db_path}", check_share=False)
    ctx = Context(db=db, host=build_host())
    with db.engine.connect() as conn:  # open the file once: not part of the list's cost
        conn.exec_driver_sql("SELECT 1")
    query = customer_list(ctx)
    app.processEvents()
    rss0 = rss_mb()

    start = time.perf_counter()
    table = LazyTable(ctx, query)
    table.resize(1100, 600)
    table.show()
    table.grab()
    paint = time.perf_counter() - start

    start = time.perf_counter()
    table.sort_by("name", descending=True)
    table.grab()
    sort_name = time.perf_counter() - start
    first = table.model.index(0, 1).data()

    start = time.perf_counter()
    table.sort_by("id", descending=True)
    table.grab()
    sort_key = time.perf_counter() - start

    start = time.perf_counter()
    table.sort_by("updated_at", descending=True)  # not indexed: reads every row
    table.grab()
    sort_unindexed = time.perf_counter() - start
    table.sort_by("id", descending=True)

    start = time.perf_counter()
    table.view.scrollToBottom()  # one more page
    table.grab()
    scroll = time.perf_counter() - start
    loaded = table.model.rowCount()

    start = time.perf_counter()
    wait_for_workers()
    count_wait = time.perf_counter() - start
    rss1 = rss_mb()
    print(json.dumps({
        "paint": paint, "sort_name": sort_name, "sort_key": sort_key, "sort_unindexed": sort_unindexed, "scroll": scroll, "loaded": loaded,
        "rss": rss1 - rss0, "count": table.count_label.text(), "count_wait": count_wait, "first": first,
    }))
    table.close()
    db.dispose()


def measure(db_path: Path) -> dict:
    out = subprocess.run([PYTHON, __file__, "--child", str(db_path)], check=True, capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------- report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0

    home = scratch_home()
    try:
        return report(home, args)
    finally:
        shutil.rmtree(home, ignore_errors=True)  # the big file is 235 MB


def report(home: Path, args) -> int:
    big, small = home / "big.db", home / "small.db"
    start = time.perf_counter()
    build_database(big, args.rows)
    build_database(small, args.baseline)
    print(f"Built {args.rows:,} and {args.baseline:,} customers in {time.perf_counter() - start:.0f} s "
          f"({big.stat().st_size / 2**20:.0f} MB file)")

    results: dict[str, list[dict]] = {"big": [], "small": []}
    measure(small)  # warm the file cache and Python's bytecode cache
    measure(big)
    for _ in range(args.runs):
        results["big"].append(measure(big))
        results["small"].append(measure(small))

    def med(which: str, key: str) -> float:
        return statistics.median(r[key] for r in results[which])

    print(f"\nLazy customer list, medians of {args.runs} runs (each a fresh process):")
    print(f"  {'':34} {args.rows:>12,} {args.baseline:>10,}   ratio   goal")
    ok = True
    for key, label, goal in (("paint", "first paint (build, show, render)", GOAL_PAINT_MS),
                             ("sort_name", "sort by name (indexed), render", GOAL_SORT_MS),
                             ("sort_key", "sort by number (primary key)", GOAL_SORT_MS),
                             ("sort_unindexed", "sort by last changed (indexed)", None),
                             ("scroll", "scroll to the end: next page", None)):
        b, s = med("big", key) * 1000, med("small", key) * 1000
        verdict = "" if goal is None else ("ok" if b <= goal else "MISSED")
        ok &= verdict != "MISSED"
        goal_text = f"<= {goal} ms {verdict}" if goal else ""
        print(f"  {label:34} {b:9.1f} ms {s:7.1f} ms  {b / s:5.2f}x  {goal_text}")
    b, s = med("big", "rss"), med("small", "rss")
    verdict = "ok" if b - s <= GOAL_RSS_MB else "MISSED"
    ok &= verdict == "ok"
    print(f"  {'memory growth (RSS)':34} {b:9.1f} MB {s:7.1f} MB  {b - s:+5.1f} MB  <= +{GOAL_RSS_MB} MB {verdict}")
    print(f"  {'rows loaded after one scroll':34} {results['big'][0]['loaded']:12,} {results['small'][0]['loaded']:10,}")
    print(f"  row count shown (counted in the background, capped): \"{results['big'][0]['count']}\" / "
          f"\"{results['small'][0]['count']}\"")
    print(f"  first row after sorting by name descending: {results['big'][0]['first']}")
    print("\nAll goals met." if ok else "\nSome goals were missed.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
