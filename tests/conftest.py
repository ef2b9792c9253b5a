"""Shared test set-up: Qt offscreen, every test in its own SUITE_HOME, plugins strict."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUITE_STRICT_PLUGINS", "1")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: plugin distributions used as test data carry tests of their own: they run in a child
#: process of their own (tests/devkit/test_compat.py), never collected with the suite's
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture(autouse=True)
def _isolated_home(suite_home):
    """No test reads or writes the real user's settings, data or logs."""
    return suite_home


#: plugins' reminder timers live as long as the application: stopped after every test
_REMINDERS = ("suite_plugins.kitchen.ui.day", "suite_plugins.complaints.ui.reminders")


@pytest.fixture(autouse=True)
def _stop_plugin_reminders():
    yield
    for name in _REMINDERS:
        module = sys.modules.get(name)
        if module is not None:
            module.stop_all()


@pytest.fixture
def run_suite(suite_home):
    """Run the ``suite`` command line in a child process; returns CompletedProcess."""
    import subprocess

    def run(*args, input: str | None = None, env: dict | None = None, timeout: float = 120):
        full_env = dict(os.environ)
        full_env["SUITE_HOME"] = str(suite_home)
        full_env["SUITE_LANG"] = "en"
        full_env.pop("SUITE_STRICT_PLUGINS", None)
        if env:
            full_env.update(env)
        return subprocess.run(
            [sys.executable, "-m", "suite", *args], input=input, capture_output=True, text=True,
            env=full_env, timeout=timeout, encoding="utf-8",
        )

    return run


@pytest.fixture(autouse=True)
def _no_top_level_widget_leaks(request):
    """No top-level widget outlives the test that made it (close or parent your widgets, or
    hand them to qtbot.addWidget)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    def leaks():
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        return [w for w in QApplication.topLevelWidgets()
                if w.isVisible() or (w.objectName() and not w.objectName().startswith("qt_"))]

    # a full garbage collection costs seconds once a worker's heap is large: only when a
    # widget is still there does the check collect (a widget kept alive by a cycle goes then)
    leaked = leaks()
    for _ in range(3):
        if not leaked:
            break
        gc.collect()
        leaked = leaks()
    if leaked:
        names = ", ".join(f"{type(w).__name__}({w.objectName() or w.windowTitle()!r})" for w in leaked)
        for w in leaked:
            w.close()
            w.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"top-level widgets leaked out of {request.node.name}: {names}")


@pytest.fixture(scope="session")
def demo_world(tmp_path_factory):
    """One demo database of every built-in plugin, built once (SQLite) exactly as ``suite demo``
    builds it, through every plugin's demo data. The demo tests of every plugin read it; they
    share one xdist group (``--dist loadgroup`` in tools/run-tests.sh), so a run builds it once.
    Returns ``(ctx, host)``: a Context acting as the system on it."""
    from types import SimpleNamespace

    from suite.bootstrap import load_catalogs
    from suite.db.engine import open_database, sqlite_url
    from suite.demo import build_demo
    from suite.host import build_host
    from suite.plugin_api.context import Context
    from suite.plugin_api.testing import fast_passwords

    mp = pytest.MonkeyPatch()
    home = tmp_path_factory.mktemp("demo-home")
    mp.setenv("SUITE_HOME", str(home))
    fast_passwords()
    host = build_host(strict=True)
    url = sqlite_url(home / "demo.db")
    import datetime as dt

    build_demo(url, host)
    built_at = dt.datetime.now(dt.timezone.utc)
    db = open_database(url, check_share=False)
    load_catalogs(host, "en")
    ctx = Context(db=db, host=host)
    from suite.core.company import office_timezone

    ctx.timezone_name = office_timezone(ctx)
    yield SimpleNamespace(ctx=ctx, host=host, url=url, built_at=built_at)
    db.dispose()
    mp.undo()
