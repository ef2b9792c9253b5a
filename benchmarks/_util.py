"""Small helpers shared by the benchmarks: timing child processes, medians, a scratch home."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable


def scratch_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="suite-bench-"))
    os.environ["SUITE_HOME"] = str(home)
    return home


def time_process(args: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def compare_processes(label_a: str, args_a: list[str], label_b: str, args_b: list[str], runs: int = 15,
                      env: dict | None = None) -> tuple[float, float]:
    """Alternate the two commands (so machine noise hits both alike); print medians and ratio."""
    a, b = [], []
    for _ in range(2):  # warm the file cache
        time_process(args_a, env)
        time_process(args_b, env)
    for _ in range(runs):
        a.append(time_process(args_a, env))
        b.append(time_process(args_b, env))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"  {label_a:<44} median {ma * 1000:7.1f} ms")
    print(f"  {label_b:<44} median {mb * 1000:7.1f} ms")
    print(f"  ratio {ma / mb:.2f}x")
    return ma, mb
