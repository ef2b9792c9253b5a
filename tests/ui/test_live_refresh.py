"""Open pages show what another PC (here: another process) commits, within 2 seconds, keeping
the row chosen and the scroll position; the status bar shows a lost PostgreSQL connection and
the pages refresh once it is back (issue 14 §5)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import text

from suite.core.customers import CustomerInput, create_customer

from .conftest import settle

WRITER = textwrap.dedent("""
    import sys
    from suite.core.customers import CustomerInput, create_customer
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context

    db = open_database(sys.argv[1], check_share=False)
    ctx = Context(db=db, host=build_host(strict=True))
    create_customer(ctx, CustomerInput(sys.argv[2], phones=[sys.argv[3]]))
    db.dispose()
""")


def _write_elsewhere(db, name: str, phone: str) -> None:
    """A customer saved by another process (another PC) through the services."""
    done = subprocess.run([sys.executable, "-c", WRITER, db.url.render_as_string(hide_password=False), name, phone],
                          capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def many_customers(suite_ctx):
    with suite_ctx.unit_of_work():
        return [create_customer(suite_ctx, CustomerInput(f"Customer {n:03d}", phones=[f"1380000{n:04d}"]))
                for n in range(90)]


def _top_key(table):
    return table.model.row_key(table.view.rowAt(0))


def test_an_open_list_shows_another_pcs_customer_keeping_the_selection_and_scroll(
        make_window, many_customers, suite_db, qtbot):
    window = make_window("owner")
    page = window.open_page("core.customers")
    table = page.table
    qtbot.waitUntil(lambda: table.model.rowCount() == 90)
    chosen = many_customers[40]
    assert table.select_key(chosen)
    table.view.verticalScrollBar().setValue(30)
    anchor = _top_key(table)
    assert anchor == many_customers[30]
    shown = []
    table.currentKeyChanged.connect(shown.append)

    _write_elsewhere(suite_db, "AAA from the next PC", "13912345678")  # sorts first: every row moves down
    started = time.monotonic()
    qtbot.waitUntil(lambda: table.model.rowCount() == 91, timeout=2000)
    assert time.monotonic() - started < 2.0
    assert table.model.cell_text(0, 1) == "AAA from the next PC"
    assert table.current_key() == chosen
    assert page.current is not None and page.current.id == chosen  # the detail still shows it
    assert _top_key(table) == anchor  # the same rows on screen, not the top of the list
    assert shown == [chosen]  # no flicker through "nothing chosen"


def test_a_hidden_page_refreshes_when_it_is_opened_again(
        make_window, many_customers, suite_ctx, qtbot):
    window = make_window("owner")
    page = window.open_page("core.customers")
    window.open_page("home")
    create_customer(suite_ctx, CustomerInput("AAA while away", phones=["13912340000"]))
    qtbot.waitUntil(lambda: "core.customers" in window.stale, timeout=2000)
    assert page.table.model.rowCount() == 90  # not read while hidden
    window.open_page("core.customers")
    assert page.table.model.rowCount() == 91 and "core.customers" not in window.stale


def test_dashboard_cards_that_show_a_table_are_recomputed(runtime, suite_login, suite_ctx, qtbot):
    from suite.plugin_api.records import DashboardCard
    from suite.ui.dashboard import Dashboard

    ctx = suite_login("owner")
    board = Dashboard(ctx, runtime.host)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.painted)
    settle(qtbot)
    card = next(iter(board.cards.values()), None)
    if card is None:
        pytest.skip("no dashboard card in this test's plugins")
    card.record = DashboardCard(card.record.id, card.record.title, card.record.compute, shows="core_customers")
    card.value.setText("stale")
    board.data_changed(frozenset({"orders_orders"}))
    settle(qtbot)
    assert card.value.text() == "stale"  # another table: not recomputed
    board.data_changed(frozenset({"core_customers"}))
    settle(qtbot)
    assert card.value.text() != "stale"


@pytest.mark.postgres
def test_the_status_bar_shows_the_lost_server_and_pages_refresh_after_reconnect(
        make_window, many_customers, suite_db, suite_ctx, qtbot):
    if suite_db.is_sqlite:
        pytest.skip("a SQLite file has no server to lose")
    window = make_window("owner")
    page = window.open_page("core.customers")
    qtbot.waitUntil(lambda: window.live.watcher.backend_pid is not None, timeout=10_000)
    label = window.connection_label
    with suite_db.engine.connect() as conn:  # the server ends the listener's connection
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": window.live.watcher.backend_pid})
    qtbot.waitUntil(lambda: window.monitor.state == "lost", timeout=5000)
    assert "Connection lost" in label.text() and label.property("state") == "lost"
    # written while nobody listens: no notification will ever say so
    create_customer(suite_ctx, CustomerInput("AAA while the line was down", phones=["13912349999"]))
    qtbot.waitUntil(lambda: window.monitor.state == "reconnected", timeout=10_000)
    assert "Reconnected" in label.text()
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 91, timeout=2000)
