"""Several PCs see each other's changes (issue 14 §5): committed writes are announced (NOTIFY on
PostgreSQL, ``PRAGMA data_version`` on SQLite) and a watcher in another process hears which
tables changed; a rolled-back write says nothing; the PostgreSQL listener survives losing its
connection."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import text

from suite.core.customers import CustomerInput, create_customer
from suite.db.changes import CHANNEL, decode, encode, watcher_for

WAIT = 15.0

CHILD = textwrap.dedent("""
    import sys
    from suite.core.customers import CustomerInput, create_customer
    from suite.db.engine import open_database
    from suite.host import build_host
    from suite.plugin_api.context import Context

    db = open_database(sys.argv[1], check_share=False)
    ctx = Context(db=db, host=build_host(strict=True))
    print(create_customer(ctx, CustomerInput("隔壁电脑的客户", phones=["13900001111"])))
    db.dispose()
""")


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _next(q: queue.Queue, want=lambda item: True, timeout: float = WAIT):
    """The first item of *q* that satisfies *want* (others are dropped), or a failure."""
    deadline = time.monotonic() + timeout
    seen = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            pytest.fail(f"nothing wanted arrived within {timeout} s; saw {seen}")
        try:
            item = q.get(timeout=left)
        except queue.Empty:
            continue
        if want(item):
            return item
        seen.append(item)


@pytest.fixture
def heard(suite_db):
    """(changes, states, watcher): what a watcher on the test database reports."""
    changes: queue.Queue = queue.Queue()
    states: queue.Queue = queue.Queue()
    watcher = watcher_for(suite_db, changes.put, states.put, interval=0.05, retry=0.2, wait=0.1)
    watcher.start()
    assert watcher.ready.wait(WAIT)
    assert watcher.state == "ok"
    yield changes, states, watcher
    watcher.stop()
    assert not watcher.running


def test_another_process_writes_and_this_one_hears_the_tables(suite_db, suite_backend, heard):
    changes, _states, _watcher = heard
    env = dict(os.environ, SUITE_STRICT_PLUGINS="1")
    done = subprocess.run([sys.executable, "-c", CHILD, _url(suite_db)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    tables = _next(changes, lambda t: t is not None and "core_customers" in t)
    # the aggregate's children and the audit log are named too
    assert {"core_customers", "core_customer_phones", "core_audit_log"} <= tables


def test_a_rolled_back_write_says_nothing(suite_ctx, suite_backend, heard):
    from suite.core.customers import save_area

    changes, _states, _watcher = heard
    with pytest.raises(RuntimeError):
        with suite_ctx.unit_of_work():
            create_customer(suite_ctx, CustomerInput("不会留下的客户", phones=["13900002222"]))
            raise RuntimeError("the clerk cancelled")
    save_area(suite_ctx, "东区", "东街")
    first = _next(changes, lambda t: t is not None)
    # the first thing heard is the committed write of another table: the rolled-back
    # customer was never announced
    assert "core_customers" not in first and "core_audit_log" in first and len(first) == 2


def test_notify_payload_round_trip():
    assert decode(encode({"orders_orders", "core_audit_log"})) == {"orders_orders", "core_audit_log"}
    assert decode(encode(None)) is None
    assert decode(encode(f"t{i:060d}" for i in range(500))) is None  # too long for NOTIFY: everything
    assert decode("not json") is None


@pytest.mark.postgres
def test_the_listener_comes_back_after_the_server_cut_it_off(suite_db, suite_ctx, heard):
    if suite_db.is_sqlite:
        pytest.skip("the SQLite watcher has no server to lose")
    changes, states, watcher = heard
    first_pid = watcher.backend_pid
    with suite_db.engine.connect() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first_pid}).scalar()
    assert _next(states, lambda s: s == "lost") == "lost"
    assert _next(states, lambda s: s == "ok") == "ok"
    assert _next(changes, lambda t: t is None) is None  # after a reconnect: refresh everything
    assert watcher.backend_pid != first_pid and watcher.connects == 2
    create_customer(suite_ctx, CustomerInput("重连后的客户", phones=["13900004444"]))
    assert "core_customers" in _next(changes, lambda t: t is not None and "core_customers" in t)


@pytest.mark.postgres
def test_a_write_outside_the_orm_is_announced_by_its_audit_rows(suite_db, suite_ctx, heard):
    if suite_db.is_sqlite:
        pytest.skip("PostgreSQL's NOTIFY")
    from suite.plugin_api.core import audit_record

    changes, _states, _watcher = heard
    with suite_ctx.unit_of_work() as s:
        audit_record(s, suite_ctx, "orders_orders", "7", "update", {"note": ["", "x"]})
    tables = _next(changes, lambda t: t is not None and "orders_orders" in t)
    assert tables == {"orders_orders", "core_audit_log"}
    assert CHANNEL == "suite_changes"


def test_every_page_and_card_shows_tables_that_exist(suite_db, suite_host):
    from sqlalchemy import inspect as sa_inspect

    tables = set(sa_inspect(suite_db.engine).get_table_names())
    records = [*suite_host.pages(), *suite_host.dashboard_cards()]
    named = {(r.id, t) for r in records for t in r.shows}
    assert named, "no page or card says what it shows"
    assert {(rid, t) for rid, t in named if t not in tables} == set()
    page = next(p for p in suite_host.pages() if p.id == "core.customers")
    assert type(page)(page.id, page.title, page.factory, shows="core_customers").shows == ("core_customers",)
