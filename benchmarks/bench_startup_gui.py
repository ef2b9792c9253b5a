"""Start-up of the desktop program: a new process until the logged-in main window first paints.

Compared, in the same run and alternating (so machine noise hits all alike), with a bare
script that imports PySide6.QtWidgets and sqlalchemy.orm, opens a SQLite engine on the same
file and shows an empty QMainWindow. Also timed: a real start up to the log-in dialog (what
a user sees first on an office PC).

Each child prints the wall-clock time of its first paint; the time counted is from just
before the process is spawned to that paint (process teardown is not counted).

    .venv/bin/python benchmarks/bench_startup_gui.py [--runs 15] [--home DIR]

``--home`` reuses the suite home (and demo database) of an earlier run instead of building one.

Goal: main window <= 1.3x the bare script.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import PYTHON, scratch_home  # noqa: E402

FIRST_PAINT = r'''
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, accept):
        super().__init__()
        self.accept, self.done = accept, False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and self.accept(obj):
            self.done = True
            print(f"{time.time():.6f}", flush=True)
            QCoreApplication.exit(0)
        return False
'''

SUITE_MAIN = FIRST_PAINT + r'''
import suite.ui.main_window as mw
_init = mw.MainWindow.__init__
def init(self, *a, **k):
    _init(self, *a, **k)
    app = QApplication.instance()
    self._bench = FirstPaint(lambda o: hasattr(o, "window") and isinstance(o.window(), mw.MainWindow))
    app.installEventFilter(self._bench)
mw.MainWindow.__init__ = init
from suite.ui.app import run_gui
run_gui(db_url=sys.argv[1], demo_user="owner")
'''

SUITE_LOGIN = FIRST_PAINT + r'''
import suite.ui.login as login
_init = login.LoginDialog.__init__
def init(self, *a, **k):
    _init(self, *a, **k)
    self._bench = FirstPaint(lambda o: hasattr(o, "window") and isinstance(o.window(), login.LoginDialog))
    QApplication.instance().installEventFilter(self._bench)
login.LoginDialog.__init__ = init
from suite.ui.app import run_gui
run_gui(db_url=sys.argv[1])
'''

BARE = FIRST_PAINT + r'''
from PySide6.QtWidgets import QMainWindow
import sqlalchemy.orm  # noqa: F401
from sqlalchemy import create_engine, text
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with engine.connect() as conn:
    conn.execute(text("SELECT 1"))
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
watch = FirstPaint(lambda o: o is window)
window.installEventFilter(watch)
window.show()
app.exec()
'''


def first_paint(code: str, db: Path, env: dict) -> float:
    started = time.time()
    out = subprocess.run([PYTHON, "-c", code, str(db)], env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({out.returncode}):\n{out.stdout}\n{out.stderr[-3000:]}")
    return float(lines[-1]) - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--home", type=Path, help="reuse the suite home of an earlier run (its demo database)")
    args = parser.parse_args()

    home = args.home or scratch_home()
    env = dict(os.environ, SUITE_HOME=str(home), QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    env.pop("SUITE_STRICT_PLUGINS", None)
    # an installed program has its bytecode (pip compiles it): a shell that forbids writing it
    # would have every start compile the suite's modules again (about 0.3 s on this machine)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = home / "data" / "demo.db"
    if not (args.home and db.exists()):
        print(f"building the demo database in {home} ...", flush=True)
        built = subprocess.run([PYTHON, "-m", "suite", "demo", "--no-gui"], env=env, capture_output=True, text=True)
        if built.returncode != 0:
            raise SystemExit(f"suite demo failed:\n{built.stdout}\n{built.stderr[-3000:]}")

    cases = {
        "bare: PySide6 + sqlalchemy.orm + empty window": BARE,
        "suite: logged-in main window (all plugins)": SUITE_MAIN,
        "suite: log-in dialog": SUITE_LOGIN,
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(2):  # warm the file cache (and take the day's backup once)
        for code in cases.values():
            first_paint(code, db, env)
    for _ in range(args.runs):
        for name, code in cases.items():
            times[name].append(first_paint(code, db, env))

    medians = {name: statistics.median(values) for name, values in times.items()}
    bare = medians["bare: PySide6 + sqlalchemy.orm + empty window"]
    print(f"cold start to first paint, median of {args.runs} runs each (Qt offscreen):")
    for name, value in medians.items():
        print(f"  {name:<48} {value * 1000:7.1f} ms   {value / bare:4.2f}x")
    ratio = medians["suite: logged-in main window (all plugins)"] / bare
    print(f"  ratio main window / bare: {ratio:.2f}x (goal <= 1.3x)")


if __name__ == "__main__":
    main()
