"""``suite demo``: a separate demo database, filled through the services by every plugin's
demo-data hook, then the desktop program on it.

The build reports its progress as ``progress(fraction, label)``: *fraction* from 0.0 to 1.0,
never going back, and 1.0 exactly once at the end; *label* the step being built (the
:class:`~suite.plugin_api.records.DemoData` title). The command line prints it as
``[ 35%] 订单……`` lines, the desktop program as a progress dialog.
"""

from __future__ import annotations

import inspect
import logging
import random
from collections.abc import Callable

from suite.plugin_api.i18n import domain

T = domain("cli")
log = logging.getLogger("suite.demo")

#: the user the desktop program logs in as on the demo database
DEMO_USER = "owner"
#: the weight (about its seconds) of creating and migrating the empty database
PREPARE_WEIGHT = 1.5

Progress = Callable[[float, str], None]


class _Meter:
    """Turns steps of known weights, and each step's own fraction, into one monotone
    fraction of the whole build."""

    def __init__(self, weights: list[float], progress: Progress | None) -> None:
        self.total = sum(max(w, 0.01) for w in weights) or 1.0
        self.weights = [max(w, 0.01) for w in weights]
        self.progress = progress
        self.done = 0.0  # weight of the finished steps
        self.step = -1
        self.label = ""
        self.last = -1.0

    def start(self, step: int, label: str) -> None:
        if self.step >= 0:
            self.done += self.weights[self.step]
        self.step, self.label = step, label
        self._report(self.done / self.total)

    def inside(self, fraction: float) -> None:
        fraction = min(max(float(fraction), 0.0), 1.0)
        self._report((self.done + fraction * self.weights[self.step]) / self.total)

    def finish(self, label: str) -> None:
        self.label = label
        self._report(1.0, final=True)

    def _report(self, value: float, final: bool = False) -> None:
        value = 1.0 if final else min(value, 0.99)
        if self.progress is None or value <= self.last:
            return
        self.last = value
        self.progress(value, self.label)


def _accepts_progress(fn) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def build_demo(db_url: str, host, *, seed: int = 2026, progress: Progress | None = None) -> None:
    """Create and fill a demo database at *db_url* (which must be empty), reporting
    ``progress(fraction, label)`` as it goes (see the module's docstring).

    A SQLite file is built with ``synchronous=OFF`` (it is deleted when the build fails, so no
    commit needs its fsync) and checkpointed at the end; every later open is FULL again."""
    from suite.bootstrap import prepare_database
    from suite.db.engine import open_database
    from suite.host import resolve
    from suite.plugin_api.context import Context

    items = host.demo_data()
    meter = _Meter([PREPARE_WEIGHT] + [item.weight for item in items], progress)
    db = open_database(db_url, building=True)
    try:
        meter.start(0, str(T("empty database")))
        ctx = Context(db=db, host=host)
        prepare_database(ctx, backup=False)
        rng = random.Random(seed)
        for n, item in enumerate(items, 1):
            meter.start(n, str(item.title or item.id))
            create = resolve(item.create)
            if _accepts_progress(create):
                create(ctx.as_system(), rng, progress=meter.inside)
            else:
                create(ctx.as_system(), rng)
        if db.is_sqlite:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        meter.finish(str(T("demo database ready")))
    finally:
        db.dispose()


def percent_line(fraction: float, label: str) -> str:
    """One line of the command line's progress: ``[ 35%] 订单……``."""
    return f"[{int(fraction * 100):3d}%] {label}" + ("" if fraction >= 1.0 else "…")


class PercentPrinter:
    """Prints a :func:`percent_line` when the step changes and at every *every* per cent."""

    def __init__(self, write: Callable[[str], None] = lambda line: print(line, flush=True), every: int = 10) -> None:
        self.write = write
        self.every = every
        self.label = None
        self.shown = -1

    def __call__(self, fraction: float, label: str) -> None:
        pct = int(fraction * 100)
        if label != self.label or pct // self.every > self.shown // self.every or fraction >= 1.0:
            self.label = label
            self.shown = pct
            self.write(percent_line(fraction, label))


def login_lines(user: str = DEMO_USER) -> list[str]:
    """What the demo says on the console about logging in: who, and how to switch user."""
    from suite.core.demo import DEMO_PASSWORD

    return [
        T.now("Logged in as {user}. Switch user: File > Switch user / log out (Ctrl+Shift+L), then log in as "
              "manager, clerk, dispatcher, driver, kitchen, quality or storekeeper with the password {password}.",
              user=user, password=DEMO_PASSWORD),
    ]


def _remove(path) -> None:
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            p.unlink()


def run_demo(*, reset: bool = False, gui: bool = True, language: str | None = None, host=None, seed: int = 2026) -> int:
    from suite.bootstrap import build_host_from_settings
    from suite.config import Settings
    from suite.core.demo import DEMO_PASSWORD
    from suite.db.engine import sqlite_url
    from suite.paths import get_paths

    paths = get_paths().ensure()
    path = paths.demo_database
    if host is None:
        host = build_host_from_settings(Settings.load(paths.settings_file))
    if reset:
        _remove(path)
    url = sqlite_url(path)
    if not path.exists():
        tmp = path.with_name(path.stem + ".building.db")
        _remove(tmp)

        def build(progress: Progress) -> None:
            try:
                build_demo(sqlite_url(tmp), host, seed=seed, progress=progress)
            except BaseException:
                _remove(tmp)
                raise
            _remove(path)
            tmp.replace(path)

        print(T.now("Creating the demo database {path} ...", path=str(path)), flush=True)
        if gui:
            from suite.ui.demo_progress import build_with_dialog

            build_with_dialog(build, host=host, language=language, echo=PercentPrinter())
        else:
            build(PercentPrinter())
    print(T.now("Demo database: {path}", path=str(path)))
    print(T.now("Demo accounts (password {password}): owner, manager, clerk, dispatcher, driver, kitchen, quality, storekeeper",
                password=DEMO_PASSWORD))
    if not gui:
        return 0
    for line in login_lines():
        print(line, flush=True)
    from suite.ui.app import run_gui

    return run_gui(db_url=url, language=language, demo_user=DEMO_USER)
