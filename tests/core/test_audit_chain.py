"""The audit log is tamper-evident: a hash chain over every row, appended by one writer at a
time, verified against a head kept outside the database; the triggers come back at every start;
bulk writes that would skip the audit are refused. Each reproduction of issue 8, section 1, is
a test here."""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager

import pytest
from sqlalchemy import delete, text, update

from suite.bootstrap import prepare_database
from suite.core import audit_chain, audit_head
from suite.core.customers import CustomerInput, create_customer, get_customer, update_customer
from suite.core.models import Customer
from suite.db.session import UnauditedWrite


def _rows(db):
    with db.engine.connect() as conn:
        return conn.execute(text(
            "SELECT id, prev_hash, row_hash, username, changes FROM core_audit_log ORDER BY id")).all()


def _verify(db, expected=None):
    with db.engine.connect() as conn:
        return audit_chain.verify(conn, expected=expected)


@contextmanager
def guards_off(db):
    """What someone with the database's owner rights can do: the triggers out of the way
    (dropped on SQLite, disabled then enabled again on PostgreSQL)."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for name in audit_chain.SQLITE_TRIGGERS:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        else:
            conn.execute(text("ALTER TABLE core_audit_log DISABLE TRIGGER USER"))
        yield conn
        if not db.is_sqlite:
            conn.execute(text("ALTER TABLE core_audit_log ENABLE TRIGGER USER"))


@pytest.fixture
def office(suite_ctx):
    for n in range(4):
        create_customer(suite_ctx, CustomerInput(f"链{n}", phones=[f"1380000{n:04d}"]))
    return suite_ctx


def test_every_write_is_a_link_of_one_chain(office):
    cid = create_customer(office, CustomerInput("张三", phones=["13911112222"]))
    view = get_customer(office, cid)
    update_customer(office, cid, CustomerInput("张三丰", phones=["13911112222"]), expected_version=view.version)
    rows = _rows(office.db)
    assert rows[0].prev_hash == audit_chain.GENESIS
    for before, after in zip(rows, rows[1:]):
        assert after.prev_hash == before.row_hash and after.id == before.id + 1
    report = _verify(office.db)
    assert report.ok and report.rows == len(rows) and report.head_id == rows[-1].id
    assert report.head_hash == rows[-1].row_hash
    assert "intact" in report.message


def test_concurrent_writers_on_several_connections_form_one_chain(office):
    before = len(_rows(office.db))
    errors = []

    def writer(n):
        try:
            for i in range(6):
                create_customer(office, CustomerInput(f"并发{n}-{i}", phones=[f"137{n:02d}00{i:04d}"]))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    rows = _rows(office.db)
    customers = [r for r in rows[before:] if '"name"' in r.changes and "并发" in r.changes]
    assert len(customers) == 36
    report = _verify(office.db)
    assert report.ok, report.message
    assert [r.id for r in rows] == list(range(1, len(rows) + 1))


def test_a_long_composite_key_is_audited_whole(office):
    """A role's permission is keyed by the role and a permission name of up to 80 characters;
    the audit row keeps the whole key (PostgreSQL refused the write when it passed 64)."""
    from suite.core import users

    perm = "p" * 80
    rid = users.save_role(office, name="长权限", permissions=[perm], known_permissions={perm})
    rows = _rows(office.db)
    with office.db.engine.connect() as conn:
        keys = conn.execute(text("SELECT row_id FROM core_audit_log WHERE table_name = 'core_role_permissions'")).scalars().all()
    assert f"{rid},{perm}" in keys
    assert _verify(office.db).ok and rows


def test_a_row_that_does_not_continue_the_chain_is_refused(office):
    head = _rows(office.db)[-1]
    bad = [
        (head.id + 1, "0" * 64),          # a wrong previous hash
        (head.id, head.prev_hash),        # an old id again (INSERT OR REPLACE's way in)
    ]
    for row_id, prev in bad:
        with pytest.raises(Exception, match="append-only"):
            with office.unit_of_work() as s:
                s.execute(text(
                    "INSERT INTO core_audit_log (id, at, user_id, username, action, table_name, row_id, changes, "
                    "prev_hash, row_hash) VALUES (:id, CURRENT_TIMESTAMP, NULL, 'x', 'insert', 't', '1', '{}', "
                    ":prev, :h)"), {"id": row_id, "prev": prev, "h": "f" * 64})
    assert _rows(office.db)[-1] == head


def test_insert_or_replace_cannot_rewrite_audit_rows_on_sqlite(office):
    """Issue 8: ``INSERT OR REPLACE INTO core_audit_log ... SELECT ...`` rewrote rows with no
    trigger firing."""
    if not office.db.is_sqlite:
        pytest.skip("SQLite's INSERT OR REPLACE")
    before = _rows(office.db)
    with pytest.raises(Exception, match="append-only"):
        with office.unit_of_work() as s:
            s.execute(text(
                "INSERT OR REPLACE INTO core_audit_log (id, at, user_id, username, action, table_name, row_id, "
                "changes, prev_hash, row_hash) SELECT id, at, user_id, 'mallory', action, table_name, row_id, "
                "'{}', prev_hash, row_hash FROM core_audit_log WHERE id <= 3"))
    assert _rows(office.db) == before
    assert _verify(office.db).ok


def _shift_ids_up(conn, after_id):
    conn.execute(text("UPDATE core_audit_log SET id = id + 1000000 WHERE id > :k"), {"k": after_id})
    conn.execute(text("UPDATE core_audit_log SET id = id - 999999 WHERE id > 1000000"))


def _at(value):
    """A stored time as the suite reads it (SQLite hands raw selects back as text)."""
    import datetime as dt

    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _copy_row(conn, source_id, new_id, username):
    row = conn.execute(text("SELECT * FROM core_audit_log WHERE id = :i"), {"i": source_id}).mappings().one()
    prev = conn.execute(text("SELECT row_hash FROM core_audit_log WHERE id = :i"), {"i": new_id - 1}).scalar()
    at = _at(row["at"])
    digest = audit_chain.row_digest(new_id, at, row["user_id"], username, row["action"], row["table_name"],
                                    row["row_id"], row["changes"], prev)
    conn.execute(text(
        "INSERT INTO core_audit_log (id, at, user_id, username, action, table_name, row_id, changes, prev_hash, "
        "row_hash) VALUES (:id, :at, :u, :n, :a, :t, :r, :c, :p, :h)"),
        {"id": new_id, "at": row["at"], "u": row["user_id"], "n": username, "a": row["action"],
         "t": row["table_name"], "r": row["row_id"], "c": row["changes"], "p": prev, "h": digest})


def _changed(conn, k):
    conn.execute(text("UPDATE core_audit_log SET changes = '{\"name\": [null, \"forged\"]}' WHERE id = :k"), {"k": k})


def _deleted(conn, k):
    conn.execute(text("DELETE FROM core_audit_log WHERE id = :k"), {"k": k})


def _inserted(conn, k):
    # a careful forger: the new row carries a correct hash of its own and links to row k
    _shift_ids_up(conn, k)
    _copy_row(conn, k, k + 1, "mallory")


def _reordered(conn, k):
    conn.execute(text("UPDATE core_audit_log SET id = -1 WHERE id = :k"), {"k": k})
    conn.execute(text("UPDATE core_audit_log SET id = :k WHERE id = :n"), {"k": k, "n": k + 1})
    conn.execute(text("UPDATE core_audit_log SET id = :n WHERE id = -1"), {"n": k + 1})


@pytest.mark.parametrize("tamper,problem,first_broken", [
    (_changed, "changed", 0), (_deleted, "unlinked", 1), (_inserted, "unlinked", 2), (_reordered, "unlinked", 0),
])
def test_a_changed_deleted_inserted_or_reordered_row_names_the_first_broken_link(
        office, tamper, problem, first_broken):
    k = len(_rows(office.db)) // 2
    with guards_off(office.db) as conn:
        tamper(conn, k)
    report = _verify(office.db)
    assert not report.ok
    assert (report.problem, report.broken_id) == (problem, k + first_broken)
    assert f"row {k + first_broken}" in report.message


def test_rows_removed_from_the_start_are_found(office):
    with guards_off(office.db) as conn:
        conn.execute(text("DELETE FROM core_audit_log WHERE id <= 2"))
    report = _verify(office.db)
    assert (report.problem, report.broken_id) == ("start", 3)


def test_drop_trigger_then_update_is_found_and_the_triggers_return_at_the_next_start(office):
    """Issue 8: ``DROP TRIGGER`` then ``UPDATE`` worked, and nothing re-created the trigger
    (on PostgreSQL: ``DISABLE TRIGGER``, ``UPDATE``, ``ENABLE`` left no trace)."""
    k = 3
    with office.db.engine.begin() as conn:
        if office.db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER core_audit_log_no_update")
        else:
            conn.execute(text("ALTER TABLE core_audit_log DISABLE TRIGGER core_audit_log_no_change"))
    with office.unit_of_work() as s:
        s.execute(text("UPDATE core_audit_log SET username = 'mallory' WHERE id = :k"), {"k": k})
    with office.db.engine.connect() as conn:
        assert audit_chain.guard_problems(conn) == ["core_audit_log_no_update" if office.db.is_sqlite
                                                    else "core_audit_log_no_change"]
    if not office.db.is_sqlite:  # the PostgreSQL reproduction switches it back on afterwards
        with office.db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE core_audit_log ENABLE TRIGGER core_audit_log_no_change"))
    report = _verify(office.db)
    assert (report.problem, report.broken_id) == ("changed", k)

    # the next start puts the guard back (and says so in the audit log)
    with office.db.engine.begin() as conn:
        if office.db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER core_audit_log_no_delete")
        else:
            conn.execute(text("ALTER TABLE core_audit_log DISABLE TRIGGER core_audit_log_chain"))
    prepare_database(office, backup=False)
    with office.db.engine.connect() as conn:
        assert audit_chain.guard_problems(conn) == []
    last = _rows(office.db)[-1]
    assert last.username == "system" and "guards" in last.changes
    for statement in ("UPDATE core_audit_log SET username = 'x'", "DELETE FROM core_audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with office.unit_of_work() as s:
                s.execute(text(statement))


def test_a_trigger_replaced_by_a_harmless_one_of_the_same_name_is_repaired_on_sqlite(office):
    if not office.db.is_sqlite:
        pytest.skip("SQLite trigger text")
    with office.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER core_audit_log_no_delete")
        conn.exec_driver_sql("CREATE TRIGGER core_audit_log_no_delete BEFORE DELETE ON core_audit_log BEGIN SELECT 1; END")
    assert audit_chain.ensure_guards(office.db) == ["core_audit_log_no_delete"]
    with pytest.raises(Exception, match="append-only"):
        with office.unit_of_work() as s:
            s.execute(text("DELETE FROM core_audit_log"))


def test_orm_bulk_update_and_delete_are_refused(office):
    """Issue 8: ``s.execute(update(Customer).values(...))`` changed rows and wrote no audit row."""
    before = _rows(office.db)
    for stmt in (update(Customer).values(name="批量"), delete(Customer),
                 update(Customer.__table__).values(notes="x"), delete(audit_chain._table())):
        with pytest.raises(UnauditedWrite, match="refused"):
            with office.unit_of_work() as s:
                s.execute(stmt)
    with office.read() as s:
        assert s.execute(text("SELECT count(*) FROM core_customers WHERE name = '批量' OR notes = 'x'")).scalar() == 0
    assert _rows(office.db) == before


# ---------------------------------------------------------------------------- the head kept outside


def test_the_verified_head_is_kept_in_the_settings_folder_and_catches_an_emptied_log(office, suite_home):
    result = audit_head.verify_database(office.db)
    assert result.ok
    saved = json.loads(audit_head.heads_file().read_text(encoding="utf-8"))
    entry = saved[audit_head.database_key(office.db)]
    rows = _rows(office.db)
    assert (entry["id"], entry["hash"]) == (rows[-1].id, rows[-1].row_hash)
    assert audit_head.heads_file().is_relative_to(suite_home)

    with guards_off(office.db) as conn:  # an empty log is a valid chain of nothing
        conn.execute(text("DELETE FROM core_audit_log"))
    assert _verify(office.db).ok
    result = audit_head.verify_database(office.db)
    assert not result.ok and result.report.problem == "missing_head"
    assert f"row {rows[-1].id}" in result.message and "emptied or cut short" in result.message
    # the head stays: the next start says it again
    assert audit_head.load_head(office.db)["id"] == rows[-1].id
    assert not audit_head.verify_database(office.db).ok


def test_a_log_cut_short_or_rebuilt_is_caught_by_the_outside_head(office):
    assert audit_head.verify_database(office.db).ok
    rows = _rows(office.db)
    with guards_off(office.db) as conn:
        conn.execute(text("DELETE FROM core_audit_log WHERE id > :k"), {"k": rows[-1].id - 3})
    result = audit_head.verify_database(office.db)
    assert result.report.problem == "missing_head" and result.report.broken_id == rows[-1].id

    # someone with the file and time rebuilds the whole chain after changing a row
    with guards_off(office.db) as conn:
        _changed(conn, 2)
        remaining = conn.execute(text("SELECT id, at, user_id, username, action, table_name, row_id, changes "
                                      "FROM core_audit_log ORDER BY id")).all()
        conn.execute(text("DELETE FROM core_audit_log"))
        prev = audit_chain.GENESIS
        a = audit_chain._table()
        for r in remaining:
            values = dict(r._mapping)
            values["at"] = _at(values["at"])
            values["prev_hash"] = prev
            values["row_hash"] = prev = audit_chain.row_digest(**values)
            conn.execute(a.insert(), [values])
        for n in range(3):  # and writes the rows that were cut, so the head's id exists again
            head = conn.execute(text("SELECT max(id) FROM core_audit_log")).scalar()
            values = dict(values, id=head + 1, prev_hash=prev, row_id=str(n))
            values["row_hash"] = prev = audit_chain.row_digest(**{k: v for k, v in values.items() if k != "row_hash"})
            conn.execute(a.insert(), [values])
    assert _verify(office.db).ok  # a perfect chain...
    result = audit_head.verify_database(office.db)
    assert result.report.problem == "rewritten" and result.report.broken_id == rows[-1].id  # ...but not ours
    assert "rewritten" in result.message


# ---------------------------------------------------------------------------- migration


def test_yesterdays_audit_rows_are_chained_by_the_upgrade(suite_backend, tmp_path, request):
    import datetime as dt

    import sqlalchemy as sa
    from alembic import command

    from suite import migrate
    from suite.host import build_host
    from suite.plugin_api.context import Context
    from tests.core.test_migrations import _empty_db

    host = build_host(strict=True)
    db, drop = _empty_db(suite_backend, tmp_path, request, host)
    try:
        prepare_database(Context(db=db, host=host), backup=False)
        core = next(loc for loc in host.migration_locations() if loc.branch == "core")
        with db.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(core, conn), "508b82e749c4")
        old = sa.table("core_audit_log", *(sa.column(c) for c in (
            "at", "user_id", "username", "action", "table_name", "row_id", "changes")))
        at = dt.datetime(2026, 11, 30, 9, 30, 1, 250000)
        with db.engine.begin() as conn:  # what yesterday's suite wrote: no chain yet
            before = conn.execute(text("SELECT count(*) FROM core_audit_log")).scalar()
            conn.execute(old.insert(), [{"at": at, "user_id": None, "username": "clerk", "action": "insert",
                                         "table_name": "core_customers", "row_id": str(n),
                                         "changes": json.dumps({"name": [None, f"昨天{n}"]}, ensure_ascii=False)}
                                        for n in range(5)])
            with pytest.raises(Exception, match="append-only"):
                with conn.begin_nested():
                    conn.execute(text("DELETE FROM core_audit_log"))
        assert ("core", "c7d31a9e5f20") in migrate.upgrade(db, host, backup=False)
        report = _verify(db)
        assert report.ok and report.rows == before + 5
        assert migrate.compare(db, core) == []
        with db.engine.connect() as conn:
            assert audit_chain.guard_problems(conn) == []
        # the suite writes on from there
        ctx = Context(db=db, host=host)
        create_customer(ctx, CustomerInput("今天的客户"))
        assert _verify(db).ok and _verify(db).rows > before + 5
        # and the way back works too
        with db.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(core, conn), "508b82e749c4")
        with db.engine.connect() as conn:
            cols = {c["name"] for c in sa.inspect(conn).get_columns("core_audit_log")}
            assert "row_hash" not in cols and conn.execute(text("SELECT count(*) FROM core_audit_log")).scalar() > 0
    finally:
        db.dispose()
        drop()


# ---------------------------------------------------------------------------- suite audit verify


def test_suite_audit_verify_says_one_line_and_fails_on_a_break(run_suite, tmp_path):
    path = tmp_path / "cli.db"
    db = f"sqlite:///{path}"
    run = run_suite("--db", db, "db", "upgrade")
    assert run.returncode == 0, run.stderr
    ok = run_suite("--db", db, "audit", "verify")
    assert ok.returncode == 0, ok.stderr
    lines = [line for line in ok.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("OK") and "intact" in lines[0]

    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER core_audit_log_no_update")
    conn.execute("UPDATE core_audit_log SET username = 'mallory' WHERE id = 7")
    conn.commit()
    conn.close()
    broken = run_suite("--db", db, "audit", "verify")
    assert broken.returncode == 4
    lines = [line for line in broken.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("BROKEN") and "row 7" in lines[0], broken.stdout

    # emptied: the chain of nothing holds, the head kept in the settings folder does not
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER core_audit_log_no_delete")
    conn.execute("DELETE FROM core_audit_log")
    conn.commit()
    conn.close()
    emptied = run_suite("--db", db, "audit", "verify")
    assert emptied.returncode == 4 and "emptied or cut short" in emptied.stdout, emptied.stdout


# ---------------------------------------------------------------------------- a hardened server


def _readme_hardening_sql() -> str:
    import re

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<<'SQL'\n(-- audit-hardening.*?)\nSQL\n", readme, re.S)
    assert block, "README.md lost its audit-hardening psql block"
    return block.group(1)


def test_the_readme_psql_commands_leave_the_suite_role_only_appending(request, suite_host, tmp_path):
    """The README's multi-PC set-up, run on the local PostgreSQL: the suite's role appends audit
    rows through the SECURITY DEFINER function and can do nothing else to the table."""
    import re
    import shutil
    import subprocess
    import uuid

    from sqlalchemy.engine import make_url

    from suite.db.engine import open_database
    from suite.plugin_api.context import Context
    from suite.plugin_api.testing import _pg_admin, _pg_url_for, fast_passwords, postgres_url

    admin_url = postgres_url(request.config)
    if not admin_url:
        pytest.skip("SUITE_TEST_POSTGRES_URL is not set")
    fast_passwords()
    tag = uuid.uuid4().hex[:8]
    role, audit_role, name = f"suite_r_{tag}", f"suite_a_{tag}", f"suite_h_{tag}"
    admin = _pg_admin(admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'CREATE DATABASE "{name}" OWNER "{role}"'))
    suite_url = make_url(_pg_url_for(admin_url, name)).set(username=role, password=None)
    db = None
    try:
        db = open_database(suite_url.render_as_string(hide_password=False), check_share=False)
        ctx = Context(db=db, host=suite_host)
        prepare_database(ctx, backup=False)  # the first PC's start, as the suite's role
        create_customer(ctx, CustomerInput("加固前"))

        sql = _readme_hardening_sql()
        sql = re.sub(r"\bsuite_audit\b", audit_role, sql)
        sql = re.sub(r"\bsuite\b", role, sql)
        target = _pg_url_for(admin_url, name)
        psql = shutil.which("psql")
        if psql:
            u = make_url(target)
            run = subprocess.run([psql, "-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres",
                                  "-d", name, "-v", "ON_ERROR_STOP=1"], input=sql, capture_output=True, text=True,
                                 env={**__import__("os").environ, "PGPASSWORD": u.password or ""}, timeout=60)
            assert run.returncode == 0, run.stderr
        else:  # the same statements without the psql client
            eng = _pg_admin(target)
            with eng.connect() as conn:
                for statement in filter(None, (s.strip() for s in re.sub(r"--[^\n]*", "", sql).split(";"))):
                    conn.execute(text(statement))
            eng.dispose()

        # the suite works on: writes are audited through the function, the next start is clean
        db.dispose()
        create_customer(ctx, CustomerInput("加固后", phones=["13512345678"]))
        prepare_database(ctx, backup=False)
        assert audit_head.verify_database(db).ok
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT tableowner FROM pg_tables WHERE tablename = 'core_audit_log'")
                                ).scalar() == audit_role
        # and can do nothing else to the audit log
        for statement in (
            "UPDATE core_audit_log SET username = 'x'",
            "DELETE FROM core_audit_log",
            "TRUNCATE core_audit_log",
            "ALTER TABLE core_audit_log DISABLE TRIGGER USER",
            "DROP TRIGGER core_audit_log_chain ON core_audit_log",
            "INSERT INTO core_audit_log (id, at, username, action, table_name, row_id, changes, prev_hash, row_hash) "
            "SELECT max(id) + 1, now(), 'x', 'insert', 't', '1', '{}', 'x', 'x' FROM core_audit_log",
            "CREATE OR REPLACE FUNCTION core_audit_log_chain() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ "
            "LANGUAGE plpgsql",
        ):
            with pytest.raises(Exception, match="permission denied|must be owner|append-only"):
                with ctx.unit_of_work() as s:
                    s.execute(text(statement))
        # through the function, a row that does not continue the chain is refused all the same
        with pytest.raises(Exception, match="append-only"):
            with ctx.unit_of_work() as s:
                s.execute(text("SELECT core_audit_append(CAST(:r AS jsonb))"), {"r": json.dumps([{
                    "id": 1, "at": "2026-01-01T00:00:00+00:00", "user_id": None, "username": "x", "action": "insert",
                    "table_name": "t", "row_id": "1", "changes": "{}", "prev_hash": "0" * 64, "row_hash": "f" * 64}])})
        assert audit_head.verify_database(db).ok
    finally:
        if db is not None:
            db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{audit_role}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_a_dropped_audit_table_is_reported_not_crashed_on(office):
    assert audit_head.verify_database(office.db).ok
    with office.db.engine.begin() as conn:
        conn.execute(text("DROP TABLE core_audit_log"))
    result = audit_head.verify_database(office.db)
    assert not result.ok and result.report.problem == "missing_table" and "dropped" in result.message


def test_appending_to_the_chain_cannot_deadlock_with_row_locks_on_postgresql(office):
    """Writer B locks a row first and appends later; writer A appends first and then needs
    B's row. Were the chain's lock taken only at the append, each would wait for the other."""
    if office.db.is_sqlite:
        pytest.skip("SQLite writers take the whole database at BEGIN IMMEDIATE")
    from suite.core.models import LoginEvent

    with office.unit_of_work() as s:
        s.add(LoginEvent(at=office.now(), username="x", success=False, reason=""))
        s.flush()
        event_id = s.scalar(text("SELECT max(id) FROM core_login_events"))
    b_locked, a_flushed = threading.Event(), threading.Event()
    errors = []

    def writer_b():
        try:
            with office.unit_of_work() as s:
                # a row lock taken on the connection, outside the ORM (as bookkeeping writes do)
                s.connection().execute(update(LoginEvent.__table__).where(LoginEvent.__table__.c.id == event_id)
                                       .values(reason="b"))
                b_locked.set()
                a_flushed.wait(3)
                s.add(Customer(name="乙", kind="person", notes="", archived=False))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            b_locked.set()

    def writer_a():
        try:
            b_locked.wait(10)
            with office.unit_of_work() as s:
                s.add(Customer(name="甲", kind="person", notes="", archived=False))
                s.flush()
                a_flushed.set()
                s.execute(update(LoginEvent).where(LoginEvent.id == event_id).values(reason="a"))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            a_flushed.set()

    threads = [threading.Thread(target=writer_b), threading.Thread(target=writer_a)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert _verify(office.db).ok
    with office.read() as s:
        assert s.scalar(text("SELECT reason FROM core_login_events WHERE id = :i"), {"i": event_id}) == "a"
