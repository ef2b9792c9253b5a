"""The audit chain's state where people see it: the status bar after the background check at
start-up, the audit page ("Verify now"), and the backup page's "last verified"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from tests.ui.conftest import settle


def _break_row(db, row_id: int) -> None:
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER core_audit_log_no_update")
        else:
            conn.execute(text("ALTER TABLE core_audit_log DISABLE TRIGGER core_audit_log_no_change"))
        conn.execute(text("UPDATE core_audit_log SET username = 'mallory' WHERE id = :i"), {"i": row_id})
        if not db.is_sqlite:
            conn.execute(text("ALTER TABLE core_audit_log ENABLE TRIGGER core_audit_log_no_change"))


def test_the_start_up_check_runs_after_the_window_shows_and_reaches_the_status_bar(runtime, qtbot, suite_login):
    from suite.ui.app import Shell

    owner = suite_login("owner")
    shell = Shell(runtime, language="en", quit_app=False)
    shell.open_main(owner)
    window = shell.window
    assert window.audit_label.property("state") == "checking"  # start-up did not wait for it
    qtbot.waitUntil(lambda: window.audit_label.property("state") == "ok", timeout=15_000)
    assert "verified" in window.audit_label.text()
    page = window.open_page("core.audit")
    assert page.check.property("state") == "ok" and "intact" in page.check.text()

    _break_row(runtime.db, 5)
    job = page.verify_now()
    job.wait(15_000)
    settle(qtbot)
    assert page.check.property("state") == "broken"
    assert "BROKEN" in page.check.text() and "row 5" in page.check.text()
    assert window.audit_label.property("state") == "broken" and "row 5" in window.audit_label.toolTip()
    shell.end(0)
    settle(qtbot)


def test_the_backup_page_shows_when_a_backup_was_last_verified(owner_window, runtime, qtbot):
    if not runtime.db.is_sqlite:
        pytest.skip("PostgreSQL is backed up with pg_dump")
    from suite import backup

    page = owner_window.open_page("core.backup")
    assert "never" in page.verified.text()
    backup.daily_backup(runtime.db, runtime.settings, now=dt.datetime(2026, 3, 2, 8, 0), host=runtime.host)
    page.refresh()
    assert page.verified.property("state") == "ok"
    assert "Last verified" in page.verified.text() and "audit chain correct" in page.verified.text()
    cells = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert any(c.startswith("✓") for c in cells)
