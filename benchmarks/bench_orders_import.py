"""Order desk (issue 4): importing 100,000 customers from a GBK CSV.

    .venv/bin/python benchmarks/bench_orders_import.py [--rows 100000] [--runs 3]

The file is written as Excel writes it on a Chinese Windows (GBK, CRLF, Chinese headers, an
area column 片区 left empty on every fifth row, a third of the phones in full-width digits).
Measured in the same run, on fresh SQLite databases with the same pragmas:

* the suite: ``imports.preview`` (decode with the UTF-8-then-GB18030 rule, map headers,
  check every row: phone digits, duplicates in the file and in the database, the delivery
  area of each address) and ``imports.commit`` (bulk inserts of customers, phones and
  addresses plus one audit row per customer, one transaction);
* the baseline: ``csv`` + ``sqlite3``: decode the file as GBK and insert the same three
  values per row into one plain table in one transaction.

Prints both medians and the ratio.
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import scratch_home  # noqa: E402

STREETS = ["东风路", "朝阳街", "西环路", "人民西路", "南京路", "滨江大道", "北二环", "解放北路", "高新大道", "科技园"]
AREAS = [("东城片区", "东风路,朝阳街"), ("西城片区", "西环路,人民西路"), ("南城片区", "南京路,滨江大道"),
         ("北城片区", "北二环,解放北路"), ("开发区", "高新大道,科技园")]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"


def write_file(path: Path, rows: int) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["姓名", "手机", "地址", "片区", "备注"])
    for i in range(rows):
        street = i % len(STREETS)
        # the office's own area column (issue 12): every fifth row leaves it empty (the address decides)
        area = "" if i % 5 == 0 else AREAS[street // 2][0]
        phone = f"13{i:09d}" if i % 3 else f"13{i:09d}".translate(FULL_WIDTH)  # a third typed full-width
        w.writerow([SURNAMES[i % len(SURNAMES)] + "客户" + str(i), phone,
                    f"{STREETS[street]}{i % 500 + 1}号{i % 30 + 1}层", area, "导入" if i % 7 == 0 else ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def suite_run(home: Path, path: Path, n: int) -> tuple[float, float, int]:
    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api import core
    from suite.plugin_api.context import Context
    from suite_plugins.orders.services import imports

    db = open_database(f"sqlite:///{home / f'suite-{n}.db'}")
    ctx = Context(db=db, host=build_host(only=["orders"]))
    prepare_database(ctx, backup=False)
    for name, words in AREAS:
        core.save_area(ctx, name, words)
    started = time.perf_counter()
    result = imports.preview_file(ctx, "customers", path)
    middle = time.perf_counter()
    written = imports.commit(ctx, result)
    done = time.perf_counter()
    db.dispose()
    return middle - started, done - started, written


def baseline_run(home: Path, path: Path, n: int) -> float:
    db = home / f"plain-{n}.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, address TEXT)")
    started = time.perf_counter()
    with path.open(encoding="gbk", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [(r[0], r[1], r[2]) for r in reader]
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO customers (name, phone, address) VALUES (?, ?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    home = scratch_home()
    path = home / "客户.csv"
    write_file(path, args.rows)
    print(f"{args.rows:,} customers, GBK CSV of {path.stat().st_size / 1e6:.1f} MB; {args.runs} runs each")
    previews, suites, plains = [], [], []
    for n in range(args.runs):
        plains.append(baseline_run(home, path, n))
        preview, total, written = suite_run(home, path, n)
        assert written == args.rows, written
        previews.append(preview)
        suites.append(total)
    ms, mp, mb = statistics.median(suites), statistics.median(previews), statistics.median(plains)
    print(f"  suite preview + commit (audited)   median {ms:6.2f} s   ({args.rows / ms:,.0f} rows/s; preview {mp:.2f} s)")
    print(f"  plain csv + sqlite3 insert         median {mb:6.2f} s   ({args.rows / mb:,.0f} rows/s)")
    print(f"  ratio {ms / mb:.1f}x")


if __name__ == "__main__":
    main()
