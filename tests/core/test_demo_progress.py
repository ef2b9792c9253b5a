"""``suite demo``'s progress: the builder's reports (monotone, reaching 100 % once), the
command line's percentage lines, the desktop program's progress dialog, and the demo banner.

These build the core's demo only (the other plugins switched off): the whole demo is built
once per run by the ``demo_world`` fixture and checked by each plugin's demo tests."""

from __future__ import annotations

import re
import sqlite3

import pytest

from suite.demo import PercentPrinter, build_demo, percent_line
from suite.db.engine import sqlite_url

OTHERS = "orders,complaints,inventory,kitchen,scoring"


@pytest.fixture
def core_host(monkeypatch):
    from suite.host import build_host
    from suite.plugin_api.testing import fast_passwords

    fast_passwords()
    return build_host(strict=True, disabled=OTHERS.split(","))


def _check_reports(reports):
    fractions = [f for f, _label in reports]
    assert fractions, "no progress at all"
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert all(b > a for a, b in zip(fractions, fractions[1:])), fractions  # strictly rising
    assert fractions[-1] == 1.0 and fractions.count(1.0) == 1


def test_build_reports_monotone_progress_to_100(core_host, tmp_path):
    reports: list[tuple[float, str]] = []
    build_demo(sqlite_url(tmp_path / "demo.db"), core_host, progress=lambda f, label: reports.append((f, label)))
    _check_reports(reports)
    labels = [label for _f, label in reports]
    assert labels[0] == "empty database" and labels[-1] == "demo database ready"
    assert "Customers, staff and logins" in labels
    # the file is complete (checkpointed) and normal again
    con = sqlite3.connect(tmp_path / "demo.db")
    assert con.execute("SELECT count(*) FROM core_customers").fetchone()[0] == 240
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    assert not (tmp_path / "demo.db-wal").exists() or (tmp_path / "demo.db-wal").stat().st_size == 0


def test_demo_logins_share_one_hash_and_still_log_in(core_host, tmp_path):
    from suite.core import users
    from suite.core.demo import DEMO_PASSWORD
    from suite.db.engine import open_database
    from suite.plugin_api.context import Context

    url = sqlite_url(tmp_path / "demo.db")
    build_demo(url, core_host)
    con = sqlite3.connect(tmp_path / "demo.db")
    hashes = {h for (h,) in con.execute("SELECT password_hash FROM core_users")}
    con.close()
    assert len(hashes) == 1
    db = open_database(url, check_share=False)
    try:
        ctx = Context(db=db, host=core_host)
        assert users.login(ctx, "clerk", DEMO_PASSWORD).user.username == "clerk"
        assert users.login(ctx, "driver", DEMO_PASSWORD).user.username == "driver"
        with pytest.raises(Exception):
            users.login(ctx, "driver", "wrong-password")
        # a real account made afterwards gets a hash of its own
        users.create_user(ctx.as_system(), "newbie", DEMO_PASSWORD, roles=("clerk",))
    finally:
        db.dispose()
    con = sqlite3.connect(tmp_path / "demo.db")
    assert len({h for (h,) in con.execute("SELECT password_hash FROM core_users")}) == 2
    con.close()


def test_percent_printer_lines():
    lines: list[str] = []
    printer = PercentPrinter(lines.append, every=10)
    for n in range(0, 101):
        printer(n / 100 if n < 100 else 1.0, "订单" if n < 65 else "投诉")
    assert lines[0] == "[  0%] 订单…" and lines[-1] == "[100%] 投诉"
    assert "[ 65%] 投诉…" in lines and "[ 60%] 订单…" in lines and "[ 70%] 投诉…" in lines
    assert len(lines) == 12  # every ten per cent, and the change of step
    assert percent_line(0.354, "订单") == "[ 35%] 订单…"


def test_cli_prints_percentage_lines_and_the_login(run_suite, suite_home):
    result = run_suite("demo", "--no-gui", env={"SUITE_DISABLED_PLUGINS": OTHERS}, timeout=300)
    assert result.returncode == 0, (result.stdout, result.stderr)
    lines = [line for line in result.stdout.splitlines() if re.match(r"^\[\s*\d+%\] ", line)]
    assert len(lines) >= 3, result.stdout
    pct = [int(re.match(r"^\[\s*(\d+)%\]", line).group(1)) for line in lines]
    assert pct == sorted(pct) and pct[0] == 0 and pct[-1] == 100
    assert "[100%] demo database ready" in result.stdout
    assert "password demo1234" in result.stdout
    assert (suite_home / "data" / "demo.db").exists()
    assert not (suite_home / "data" / "demo.building.db").exists()
    # built once: a second run opens what is there
    again = run_suite("demo", "--no-gui", env={"SUITE_DISABLED_PLUGINS": OTHERS})
    assert again.returncode == 0 and "%]" not in again.stdout


def test_cli_lines_in_chinese(run_suite):
    result = run_suite("--lang", "zh_CN", "demo", "--no-gui", env={"SUITE_DISABLED_PLUGINS": OTHERS}, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "] 客户、员工和登录账号…" in result.stdout, result.stdout
    assert "[100%] 演示数据库已就绪" in result.stdout


def test_progress_dialog_follows_the_build(qtbot, core_host, tmp_path):
    from suite.ui.demo_progress import STEPS, DemoProgressDialog, build_with_dialog

    dialog = DemoProgressDialog()
    qtbot.addWidget(dialog)
    echoed: list[tuple[float, str]] = []
    build_with_dialog(lambda progress: build_demo(sqlite_url(tmp_path / "demo.db"), core_host, progress=progress),
                      dialog=dialog, echo=lambda f, label: echoed.append((f, label)))
    _check_reports(echoed)
    assert dialog.fractions == [f for f, _l in echoed]
    assert dialog.value() == STEPS
    assert "100%" in dialog.labelText() and "demo database ready" in dialog.labelText()
    dialog.grab().save("/tmp/demofast-progress-en.png")


def test_progress_dialog_reraises_a_failed_build(qtbot):
    from suite.ui.demo_progress import DemoProgressDialog, build_with_dialog

    dialog = DemoProgressDialog()
    qtbot.addWidget(dialog)

    def broken(progress):
        progress(0.2, "step")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        build_with_dialog(broken, dialog=dialog)
    assert not dialog.isVisible()


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_the_demo_writes_nothing_after_the_moment_it_was_built(demo_world):
    """A demo built at 09:30 holds the morning's work, not the evening's: every change of
    every plugin is in the audit log with the (simulated) time it was made."""
    import datetime as dt

    from sqlalchemy import func, select

    from suite.core.models import AuditLog

    with demo_world.ctx.read() as s:
        latest = s.scalar(select(func.max(AuditLog.at)))
        later = s.execute(select(AuditLog.table_name, func.count()).where(
            AuditLog.at > demo_world.built_at).group_by(AuditLog.table_name)).all()
    if latest.tzinfo is None:
        latest = latest.replace(tzinfo=dt.timezone.utc)
    assert later == [] and latest <= demo_world.built_at


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_the_demo_office_is_fully_set_up(demo_world):
    """The demo shows a working office: every step of the set-up checklist is done (a newcomer
    found the letterhead's logo and the office hours still open), so the home page shows no
    checklist."""
    from suite.core.setup import checklist, finished

    states = checklist(demo_world.ctx)
    assert [s.step.id for s in states if not s.done] == [] and finished(states)


def test_the_progress_dialog_ends_on_the_last_report_even_when_one_arrives_inside_another(qtbot):
    """A modal progress dialog's setValue() processes pending events: the next report can be
    shown inside the one before it, and the dialog must still end on the later one (CI once
    saw "99% · Customers, staff and logins" after the build was done)."""
    from PySide6.QtCore import QTimer

    from suite.ui.demo_progress import STEPS, DemoProgressDialog

    dialog = DemoProgressDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    dialog._on_progress(0.1, "started")     # shown by its own setValue() from here on
    dialog._on_progress(0.2, "going")
    QTimer.singleShot(0, lambda: dialog._on_progress(1.0, "ready"))
    dialog._on_progress(0.5, "halfway")
    qtbot.wait(20)
    assert dialog.fractions == [0.1, 0.2, 0.5, 1.0]
    assert dialog.value() == STEPS and dialog.labelText() == "100% · ready"
