"""Fixtures of the desktop-shell tests: a runtime on the test database, the start-up shell,
and a main window for a user holding given roles. Everything runs offscreen for real."""

from __future__ import annotations

import pytest


def settle(qtbot, ms: int = 30) -> None:
    """Let background work finish and its results arrive."""
    from suite.ui import tasks
    from suite.ui.widgets.worker import wait_for_workers

    tasks.wait_all(10_000)
    wait_for_workers(10_000)
    qtbot.wait(ms)


def top_levels(kind=None, name: str | None = None, visible: bool = True):
    from PySide6.QtWidgets import QApplication

    found = []
    for widget in QApplication.topLevelWidgets():
        if visible and not widget.isVisible():
            continue
        if kind is not None and not isinstance(widget, kind):
            continue
        if name is not None and widget.objectName() != name:
            continue
        found.append(widget)
    return found


def close_new_top_levels(before) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget not in before and (widget.isVisible() or widget.objectName()):
            if hasattr(widget, "switching"):
                widget.switching = True
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def runtime(suite_db, suite_host, suite_ctx, qapp, tmp_path):
    """The pieces run_gui() puts together, on the test database (English)."""
    from PySide6.QtWidgets import QApplication

    from suite.bootstrap import Runtime
    from suite.config import Settings
    from suite.paths import get_paths
    from suite.ui.app import apply_look
    from suite.ui.errors import set_log_file

    paths = get_paths().ensure()
    settings = Settings.load(paths.settings_file)
    suite_ctx.settings = settings
    apply_look(qapp)
    set_log_file(paths.log_file)
    before = set(QApplication.topLevelWidgets())
    rt = Runtime(settings, paths, suite_db, suite_host, suite_ctx)
    yield rt
    from suite.ui import tasks
    from suite.ui.widgets.worker import wait_for_workers

    tasks.wait_all(10_000)
    wait_for_workers(10_000)
    close_new_top_levels(before)
    set_log_file(None)


@pytest.fixture
def make_window(runtime, suite_login, qtbot):
    """``make_window("clerk")`` -> a shown MainWindow for a new user with those roles
    (``make_window(ctx=...)`` for a given context)."""
    from suite.ui.main_window import MainWindow

    windows = []

    def make(*roles: str, ctx=None):
        ctx = ctx or suite_login(*(roles or ("manager",)))
        ctx.settings = runtime.settings
        window = MainWindow(ctx, runtime, language="en")
        windows.append(window)
        window.show()
        qtbot.waitUntil(window.isVisible)
        settle(qtbot)
        return window

    yield make
    for window in windows:
        window.switching = True
        window.close()
        window.deleteLater()


@pytest.fixture
def owner_window(make_window):
    return make_window("owner")
