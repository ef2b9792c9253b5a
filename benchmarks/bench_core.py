"""Platform core benchmarks (issue 2).

    .venv/bin/python benchmarks/bench_core.py [--writes N] [--runs N]

1. Start-up cost: `suite plugins list` vs `python -c "import sqlalchemy.orm"` (goal <= 1.3x),
   and `suite db status` on a migrated database, reported the same way.
2. Writes: N audited single-row service writes (create_customer, each its own transaction,
   audit row included) on SQLite vs the same rows inserted with plain sqlite3, one
   transaction each, same pragmas (WAL, synchronous=FULL): rows/s and the ratio.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import PYTHON, compare_processes, scratch_home  # noqa: E402


def startup(runs: int) -> None:
    home = scratch_home()
    env = dict(os.environ)
    db = home / "status.db"
    import subprocess

    subprocess.run([PYTHON, "-m", "suite", "--db", str(db), "db", "upgrade"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    suite_cmd = [str(Path(PYTHON).with_name("suite"))]
    print("Start-up cost (new process each run, medians):")
    compare_processes("suite plugins list", suite_cmd + ["plugins", "list"],
                      'python -c "import sqlalchemy.orm"', [PYTHON, "-c", "import sqlalchemy.orm"], runs, env)
    print("Status of a migrated database:")
    compare_processes("suite db status", suite_cmd + ["--db", str(db), "db", "status"],
                      'python -c "import sqlalchemy.orm"', [PYTHON, "-c", "import sqlalchemy.orm"], runs, env)


def writes(n: int) -> None:
    home = scratch_home()
    from suite.bootstrap import prepare_database
    from suite.core.customers import CustomerInput, create_customer
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context

    db = open_database(f"sqlite:///{home / 'writes.db'}")
    ctx = Context(db=db, host=build_host())
    prepare_database(ctx, backup=False)
    names = [f"客户{i:06d}" for i in range(n)]
    start = time.perf_counter()
    for name in names:
        create_customer(ctx, CustomerInput(name, notes="bench"))
    suite_s = time.perf_counter() - start
    db.dispose()

    path = home / "plain.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, notes TEXT, archived INTEGER,"
                 " created_at TEXT, updated_at TEXT, version INTEGER)")
    start = time.perf_counter()
    for name in names:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO customers (name, kind, notes, archived, created_at, updated_at, version) "
                     "VALUES (?, 'person', 'bench', 0, datetime('now'), datetime('now'), 1)", (name,))
        conn.execute("COMMIT")
    plain_s = time.perf_counter() - start
    conn.close()
    print(f"Writes: {n} single-row writes, one transaction each (SQLite, WAL, synchronous=FULL):")
    print(f"  suite service (permission check, validation, audit row)  {n / suite_s:8.0f} rows/s  ({suite_s:.2f} s)")
    print(f"  plain sqlite3 INSERT                                      {n / plain_s:8.0f} rows/s  ({plain_s:.2f} s)")
    print(f"  ratio (suite time / plain time) {suite_s / plain_s:.2f}x")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--writes", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--only", choices=["startup", "writes"])
    args = p.parse_args()
    if args.only in (None, "startup"):
        startup(args.runs)
    if args.only in (None, "writes"):
        writes(args.writes)


if __name__ == "__main__":
    main()
