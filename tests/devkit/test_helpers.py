"""The helpers a plugin author gets besides the fixtures: the models-vs-migrations check, the
real main window offscreen on a page, ``suite screenshot``, ``suite shell`` and a Context for
scripts."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from suite.plugin_api.testing import assert_models_match_migrations


@pytest.fixture
def suite_plugins():
    return ["orders"]


def test_models_match_migrations_passes_and_names_a_difference(suite_ctx, suite_backend):
    assert_models_match_migrations(suite_ctx, "orders")
    assert_models_match_migrations(suite_ctx, "core")
    with suite_ctx.db.engine.begin() as conn:
        conn.execute(text("CREATE INDEX ix_not_in_models ON orders_products (unit)"))
    with pytest.raises(AssertionError, match="ix_not_in_models"):
        assert_models_match_migrations(suite_ctx, "orders")
    with pytest.raises(AssertionError, match="no migration location"):
        assert_models_match_migrations(suite_ctx, "no_such_plugin")


def test_suite_window_shows_a_page_as_a_role_and_grabs_it(suite_window, tmp_path):
    from PySide6.QtGui import QImage

    shown = suite_window("orders.list", role="clerk", lang="zh_CN")
    assert shown.window.isVisible() and shown.page is not None
    assert shown.window.title.text() != "Orders"  # the title is in Chinese
    png = shown.grab(tmp_path / "orders.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    with pytest.raises(Exception, match="no page"):
        suite_window("orders.nothing", role="clerk")


def _suite(tmp_path, *args, stdin: str | None = None):
    env = dict(os.environ, SUITE_HOME=str(tmp_path / "home"), SUITE_LANG="en", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "suite", *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=300)


@pytest.mark.slow
def test_screenshot_and_shell_on_the_command_line(tmp_path):
    db = f"sqlite:///{tmp_path / 'office.db'}"
    assert _suite(tmp_path, "--db", db, "db", "upgrade").returncode == 0
    out = tmp_path / "desk.png"
    done = _suite(tmp_path, "--db", db, "screenshot", "orders.list", "--role", "clerk", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000 and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = _suite(tmp_path, "--db", db, "screenshot", "orders.nowhere", "-o", str(tmp_path / "x.png"))
    assert bad.returncode == 2 and "no page" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    role = _suite(tmp_path, "--db", db, "screenshot", "home", "--role", "nobody", "-o", str(tmp_path / "y.png"))
    assert role.returncode == 2 and "no role" in role.stderr
    shell = _suite(tmp_path, "--db", db, "shell", "--role", "clerk", "-c",
                   "print(ctx.user.roles, ctx.can('orders.create'), ctx.can('users.manage'))")
    assert shell.returncode == 0, shell.stderr
    assert shell.stdout.strip() == "('clerk',) True False"


def test_open_context_gives_a_script_a_context(tmp_path, monkeypatch):
    from suite.plugin_api import core
    from suite.plugin_api.errors import NotFound, PermissionDenied
    from suite.plugin_api.script import open_context

    monkeypatch.setenv("SUITE_HOME", str(tmp_path / "home"))
    db = f"sqlite:///{tmp_path / 'script.db'}"
    with open_context(db, migrate=True) as ctx:  # the system: every permission
        core.save_staff(ctx, name="王师傅")
    with open_context(db, role="driver") as ctx:
        assert ctx.user.roles == ("driver",)
        with pytest.raises(PermissionDenied):
            core.save_staff(ctx, name="x")
    with pytest.raises(NotFound):
        with open_context(db, role="astronaut"):
            pass


def test_a_picture_of_home_shows_home_whatever_page_was_open_last(suite_window, suite_ctx):
    suite_ctx.settings.set("ui.last_page", "orders.list")  # the window the user closed was on the order list
    elsewhere = suite_window("orders.list", role="manager")
    assert elsewhere.window.current_page_id() == "orders.list"
    shown = suite_window("home", role="manager")
    assert shown.window.current_page_id() == "home"
