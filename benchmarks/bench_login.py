"""Log-in timing: does the answer time tell whether a user name exists? (issue 8, section 4)

    .venv/bin/python benchmarks/bench_login.py [--tries 20] [--postgres URL]

With the production Argon2id parameters (RFC 9106, argon2-cffi's defaults), times ``login``
for an unknown name, a known name with a wrong password, and a locked account, alternating
so that machine noise hits all alike, on a fresh SQLite database (and on PostgreSQL when
``--postgres`` names a server). Reports the median and mean of each and whether unknown and
known names are within 20% of each other. The known account is unlocked between tries
(outside the timing) so that "wrong password" stays a wrong password, not a lockout.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import scratch_home  # noqa: E402


def _time(fn) -> float:
    start = time.perf_counter()
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - every try here is meant to fail
        if "Wrong user name" not in str(exc):
            raise
    return time.perf_counter() - start


def run(url: str, tries: int) -> bool:
    from suite.bootstrap import open_runtime
    from suite.core import users

    rt = open_runtime(url, backup=False, language="en")
    ctx = rt.ctx
    try:
        users.create_owner(ctx, "boss", "owner-password")
        users.create_user(ctx, "clerk", "clerk-password", roles=("clerk",))
        users.create_user(ctx, "locked", "locked-password", roles=("clerk",))
        clerk_id = next(u.id for u in users.list_users(ctx) if u.username == "clerk")
        for i in range(5):
            _time(lambda: users.login(ctx, "locked", f"wrong-{i}"))
        for _ in range(3):  # warm up (the dummy hash is made on first use)
            _time(lambda: users.login(ctx, "ghost", "wrong-password"))
            _time(lambda: users.login(ctx, "clerk", "wrong-password"))
        unknown, known, locked = [], [], []
        for i in range(tries):
            unknown.append(_time(lambda: users.login(ctx, f"nobody{i}", "wrong-password")))
            known.append(_time(lambda: users.login(ctx, "clerk", "wrong-password")))
            locked.append(_time(lambda: users.login(ctx, "locked", "locked-password")))
            if i % 4 == 3:
                users.set_locked(ctx, clerk_id, False)  # outside the timing
        print(f"{rt.db.describe().split(':')[0]}: {tries} tries each")
        for label, values in (("unknown name", unknown), ("known name, wrong password", known),
                              ("locked account, right password", locked)):
            print(f"  {label:<32} median {statistics.median(values) * 1000:7.1f} ms   "
                  f"mean {statistics.mean(values) * 1000:7.1f} ms")
        ratio = statistics.median(unknown) / statistics.median(known)
        ok = abs(ratio - 1) <= 0.20
        print(f"  unknown / known (medians) {ratio:.3f}: {'within' if ok else 'NOT within'} 20%")
        return ok
    finally:
        rt.close()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--tries", type=int, default=20)
    p.add_argument("--postgres", metavar="URL", help="also run on a new database on this server")
    args = p.parse_args()
    home = scratch_home()
    ok = run(f"sqlite:///{home / 'login.db'}", args.tries)
    if args.postgres:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"suite_bench_login_{uuid.uuid4().hex[:6]}"
        admin = create_engine(make_url(args.postgres).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            ok = run(make_url(args.postgres).set(drivername="postgresql+psycopg", database=name)
                     .render_as_string(hide_password=False), args.tries) and ok
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
