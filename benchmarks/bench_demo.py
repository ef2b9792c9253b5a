"""How long ``suite demo`` takes to build the demo database of every built-in plugin (issue 14 §3).

    .venv/bin/python benchmarks/bench_demo.py [--runs 1] [--only core,orders]

In the same run, alternating: the baseline (an empty database created and migrated, which
every build starts with) and the full demo build (``suite.demo.build_demo``, the code the
``suite demo`` command runs, with the production Argon2 parameters), each in a fresh SQLite
file. Prints the seconds of each step of the demo (wall and CPU), the medians, and the ratio
demo / baseline, so a busy machine shows in both. The target is <= 15 s for the demo on an
idle 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _util import scratch_home  # noqa: E402


def _baseline(host, folder: Path) -> float:
    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database, sqlite_url
    from suite.plugin_api.context import Context

    start = time.perf_counter()
    db = open_database(sqlite_url(folder / "empty.db"))
    try:
        prepare_database(Context(db=db, host=host), backup=False)
    finally:
        db.dispose()
    return time.perf_counter() - start


def _demo(host, folder: Path, show_steps: bool) -> float:
    from suite.db.engine import sqlite_url
    from suite.demo import build_demo

    steps: list[tuple[str, float, float]] = []
    state = {"label": None, "wall": 0.0, "cpu": 0.0}

    def progress(_fraction: float, label: str) -> None:
        if label != state["label"]:
            now, cpu = time.perf_counter(), time.process_time()
            if state["label"] is not None:
                steps.append((state["label"], now - state["wall"], cpu - state["cpu"]))
            state.update(label=label, wall=now, cpu=cpu)

    start = time.perf_counter()
    build_demo(sqlite_url(folder / "demo.db"), host, progress=progress)
    took = time.perf_counter() - start
    if show_steps:
        for label, wall, cpu in steps:
            print(f"    {label:<46} {wall:6.2f} s  (cpu {cpu:6.2f} s)")
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--disable", default="", help="plugins to leave out, comma-separated")
    args = ap.parse_args()
    scratch_home()
    from suite.bootstrap import load_catalogs
    from suite.host import build_host

    host = build_host(strict=True, disabled=[n for n in args.disable.split(",") if n])
    load_catalogs(host, "en")
    base, demo = [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
            base.append(_baseline(host, Path(tmp)))
            demo.append(_demo(host, Path(tmp), show_steps=run == 0))
    mb, md = statistics.median(base), statistics.median(demo)
    print(f"  baseline: empty migrated database       median {mb:6.2f} s")
    print(f"  suite demo: the whole demo database     median {md:6.2f} s")
    print(f"  ratio demo / baseline: {md / mb:.1f}x   target: demo <= 15 s -> {'met' if md <= 15 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
